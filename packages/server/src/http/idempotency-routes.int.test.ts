import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestContext,
  type FixtureUser,
  type TestClient,
  type TestContext,
  testNationalId,
} from '../testing/test-context.ts';

/**
 * Every POST route honours Idempotency-Key: for each one, a valid request with a key is sent twice. The retry must
 * get the same status and body, marked as replayed, and must change no table at all (no second record, audit row
 * or change-log row). Before that, the same request whose answer cannot be recorded must leave every table as it
 * was: the route's writes and the key's record commit together or not at all. The list of cases is checked against the app's routes, so a new POST route fails here until
 * it has a case. A few PUT and DELETE routes are checked the same way.
 */

const archiveDir = mkdtempSync(path.join(tmpdir(), 'ipsb-idempotency-archive-'));
let ctx: TestContext;
const clients = {} as Record<FixtureUser, TestClient>;
let participantId: string;
let p: string;

/** Routes where the key is deliberately ignored (declared in the route's config, with the reason). */
const IGNORED = ['POST /api/auth/login', 'POST /api/auth/logout'];

interface Call {
  /** null: no session (a public route). */
  as: FixtureUser | null;
  url: string;
  body?: unknown;
  ifMatch?: number;
  /** A raw body with its content type instead of JSON. */
  raw?: { contentType: string; data: string };
}

const ESTIMATE = {
  year: 2026,
  situation: { kind: 'aap', basisIncome: 420_000, age: 41, children: 0 },
  scenarios: [{ label: '12 timer', hoursPerWeek: 12, hourlyWage: 215, weeksPerYear: 46 }],
};

let serial = 0;
const unique = () => ++serial;

async function ok(response: Promise<{ statusCode: number; body: string }>): Promise<Record<string, unknown>> {
  const r = await response;
  if (r.statusCode >= 300) throw new Error(`setup request failed: ${r.statusCode} ${r.body}`);
  return r.body === '' ? {} : (JSON.parse(r.body) as Record<string, unknown>);
}

async function send(call: Call, method: string, key?: string) {
  const client = call.as ? clients[call.as] : null;
  const headers: Record<string, string> = {};
  if (client) {
    headers.cookie = client.cookie;
    headers['x-csrf-token'] = client.csrfToken;
  }
  if (call.ifMatch !== undefined) headers['if-match'] = `"${call.ifMatch}"`;
  if (key) headers['idempotency-key'] = key;
  if (call.raw) headers['content-type'] = call.raw.contentType;
  return ctx.app.inject({
    method: method as 'POST',
    url: call.url,
    headers,
    ...(call.raw
      ? { payload: call.raw.data }
      : call.body === undefined
        ? {}
        : { payload: call.body as Record<string, unknown> }),
  });
}

const participantVersion = async () =>
  Number((await clients.specA1.get(p)).headers.etag?.replaceAll('"', '') ?? Number.NaN);

async function newEmployer(): Promise<string> {
  const employer = await ok(clients.specA1.post('/api/employers', { name: `Arbeidsgiver ${unique()}` }));
  return employer.id as string;
}

async function newReferral(): Promise<{ id: string; version: number }> {
  const referral = await ok(
    clients.therapistA.post('/api/referrals', {
      teamId: ctx.fixtures.teamA,
      givenName: 'Rune',
      familyName: `Henvist ${unique()}`,
      phone: '41234567',
    }),
  );
  return { id: referral.id as string, version: referral.version as number };
}

async function newScenario(): Promise<string> {
  const scenario = await ok(
    clients.jobseeker1.post(`${p}/benefit-scenarios`, { name: `Scenario ${unique()}`, input: ESTIMATE }),
  );
  return scenario.id as string;
}

/** A fidelity review brought to `stage` (reviewers specA2 and specB1); returns its id and version. */
async function newFidelityReview(stage: 'scored_a' | 'agreed' | 'completed') {
  const review = await ok(
    clients.supervisorA.post('/api/fidelity/reviews', {
      periodFrom: '2026-01-01',
      periodTo: '2026-06-30',
      reviewerAId: ctx.fixtures.users.specA2,
      reviewerBId: ctx.fixtures.users.specB1,
    }),
  );
  const id = review.id as string;
  const url = `/api/fidelity/reviews/${id}`;
  const items = Array.from({ length: 25 }, (_, i) => ({ item: i + 1, score: i === 0 ? 2 : 4 }));
  await ok(send({ as: 'specA2', url: `${url}/sheet`, body: { items }, ifMatch: 1 }, 'PUT'));
  if (stage === 'scored_a') return { id, version: review.version as number };
  await ok(send({ as: 'specB1', url: `${url}/sheet`, body: { items }, ifMatch: 1 }, 'PUT'));
  await ok(send({ as: 'specA2', url: `${url}/sheet/submit` }, 'POST'));
  const both = await ok(send({ as: 'specB1', url: `${url}/sheet/submit` }, 'POST'));
  const agreed = await ok(
    send(
      { as: 'supervisorA', url: `${url}/consensus`, body: { items }, ifMatch: both.version as number },
      'PUT',
    ),
  );
  if (stage === 'agreed') return { id, version: agreed.version as number };
  const done = await ok(
    send({ as: 'supervisorA', url: `${url}/complete`, ifMatch: agreed.version as number }, 'POST'),
  );
  return { id, version: done.version as number };
}

/** A report to NAV brought to `stage`; returns its id and version. */
async function newReport(stage: 'draft' | 'edited' | 'shared' | 'ready') {
  const report = await ok(
    clients.specA1.post(`${p}/nav-reports`, {
      kind: 'interval',
      periodFrom: '2026-10-01',
      periodTo: '2026-11-20',
    }),
  );
  const id = report.id as string;
  let version = report.version as number;
  const step = async (as: FixtureUser, method: string, suffix: string, body?: unknown) => {
    const updated = await ok(
      send({ as, url: `${p}/nav-reports/${id}${suffix}`, body, ifMatch: version }, method),
    );
    version = updated.version as number;
  };
  if (stage === 'draft') return { id, version };
  await step('specA1', 'PUT', '', { summaryText: 'Går bra i jobb.', nextStepsText: 'Fortsette.' });
  if (stage === 'edited') return { id, version };
  await step('specA1', 'POST', '/share');
  if (stage === 'shared') return { id, version };
  await step('jobseeker1', 'POST', '/jobseeker-response', { comment: 'Enig.' });
  return { id, version };
}

/** A participant of their own for the GDPR-rights cases, so a restriction never reaches the other cases' record. */
async function freshParticipant(
  linkJobseeker2 = false,
): Promise<{ id: string; name: string; nationalId: string }> {
  const nationalId = testNationalId(400 + unique());
  const familyName = `Rettighet ${unique()}`;
  const created = await ok(
    clients.specA1.post('/api/participants', {
      givenName: 'Rita',
      familyName,
      nationalId,
      referralSource: 'self',
      referralDate: '2026-10-01',
    }),
  );
  const id = created.id as string;
  if (linkJobseeker2) {
    await ctx.db
      .updateTable('participant')
      .set({ user_id: null })
      .where('user_id', '=', ctx.fixtures.users.jobseeker2)
      .execute();
    await ctx.db
      .updateTable('participant')
      .set({ user_id: ctx.fixtures.users.jobseeker2 })
      .where('id', '=', id)
      .execute();
  }
  return { id, name: `Rita ${familyName}`, nationalId };
}

async function newErasureRequest(): Promise<{ id: string; name: string }> {
  const person = await freshParticipant();
  const request = await ok(
    clients.admin.post('/api/admin/privacy/erasure-requests', {
      participantId: person.id,
      ground: 'consent_withdrawn',
      receivedOn: '2026-11-20',
    }),
  );
  return { id: request.id as string, name: person.name };
}

/** A planned meeting with the jobseeker, NAV and the therapist; `started` moves it into the past (for minutes). */
async function newMeeting(started = false) {
  const { users } = ctx.fixtures;
  const meeting = await ok(
    clients.specA1.post(`${p}/meetings`, {
      date: '2026-11-25',
      startTime: '10:00',
      endTime: '11:00',
      place: 'Møterom 2',
      purpose: `Samarbeidsmøte ${unique()}`,
      inviteeIds: [users.jobseeker1, users.navA, users.therapistA],
    }),
  );
  const m = meeting.meeting as { id: string; version: number };
  if (started)
    await ctx.db
      .updateTable('meeting')
      .set({ starts_at: new Date('2026-11-22T09:00:00Z'), ends_at: new Date('2026-11-22T09:50:00Z') })
      .where('id', '=', m.id)
      .execute();
  return { id: m.id, version: m.version, url: `${p}/meetings/${m.id}` };
}

async function firstAgendaItem(url: string): Promise<string> {
  const built = await ok(clients.specA1.post(`${url}/agenda/build`));
  return (built.agenda as { id: string }[])[0]?.id ?? '';
}

/** One valid request per POST route; `prepare` may create what the request needs, without a key. */
const POST_CASES: Record<string, () => Promise<Call>> = {
  'POST /api/admin/organisations': async () => ({
    as: 'admin',
    url: '/api/admin/organisations',
    body: { name: `NAV Kontor ${unique()}`, kind: 'nav_office', region: 'Troms' },
  }),
  'POST /api/admin/users': async () => ({
    as: 'admin',
    url: '/api/admin/users',
    body: {
      username: `ny.bruker${unique()}`,
      displayName: 'Ny Bruker',
      role: 'nav_counsellor',
      organisationId: ctx.fixtures.navOffice,
      password: 'a-long-enough-password',
    },
  }),
  'POST /api/admin/users/:userId/identities': async () => ({
    as: 'admin',
    url: `/api/admin/users/${ctx.fixtures.users.navA}/identities`,
    body: { provider: 'entra', subject: `entra-subject-${unique()}` },
  }),
  'POST /api/v1/benefits/estimate': async () => ({
    as: null,
    url: '/api/v1/benefits/estimate',
    body: ESTIMATE,
  }),
  'POST /api/participants/:participantId/benefit-scenarios': async () => ({
    as: 'jobseeker1',
    url: `${p}/benefit-scenarios`,
    body: { name: 'Tolv timer', input: ESTIMATE },
  }),
  'POST /api/participants/:participantId/benefit-scenarios/:scenarioId/restore': async () => {
    const scenarioId = await newScenario();
    await ok(send({ as: 'jobseeker1', url: `${p}/benefit-scenarios/${scenarioId}` }, 'DELETE'));
    return { as: 'jobseeker1', url: `${p}/benefit-scenarios/${scenarioId}/restore` };
  },
  'POST /api/participants/:participantId/nav-questions': async () => ({
    as: 'jobseeker1',
    url: `${p}/nav-questions`,
    body: { question: 'Hva skjer med AAP om jeg jobber tolv timer?', scenarioId: await newScenario() },
  }),
  'POST /api/employers': async () => ({
    as: 'specA1',
    url: '/api/employers',
    body: { name: `Bakeriet ${unique()}` },
  }),
  'POST /api/employers/:employerId/contacts': async () => ({
    as: 'specA1',
    url: `/api/employers/${await newEmployer()}/contacts`,
    body: {
      date: '2026-11-19',
      faceToFace: true,
      purpose: 'job_development',
      participantIds: [participantId],
    },
  }),
  'POST /api/fidelity/reviews': async () => ({
    as: 'supervisorA',
    url: '/api/fidelity/reviews',
    body: {
      periodFrom: '2026-01-01',
      periodTo: '2026-06-30',
      reviewerAId: ctx.fixtures.users.specA2,
      reviewerBId: ctx.fixtures.users.specB1,
    },
  }),
  'POST /api/fidelity/reviews/:reviewId/sheet/submit': async () => {
    const review = await newFidelityReview('scored_a');
    return { as: 'specA2', url: `/api/fidelity/reviews/${review.id}/sheet/submit` };
  },
  'POST /api/fidelity/reviews/:reviewId/complete': async () => {
    const review = await newFidelityReview('agreed');
    return { as: 'supervisorA', url: `/api/fidelity/reviews/${review.id}/complete`, ifMatch: review.version };
  },
  'POST /api/fidelity/reviews/:reviewId/actions': async () => {
    const review = await newFidelityReview('completed');
    return {
      as: 'supervisorA',
      url: `/api/fidelity/reviews/${review.id}/actions`,
      body: { item: 1, what: `Felles kartlegging ${unique()}`, owner: 'Teamleder', dueDate: '2027-02-01' },
    };
  },
  'POST /api/job-leads': async () => ({
    as: 'specA1',
    url: '/api/job-leads',
    body: { employerId: await newEmployer(), title: 'Lagermedarbeider', jobType: 'lager' },
  }),
  'POST /api/imports/:entity': async () => ({
    as: 'specA1',
    url: '/api/imports/employers',
    raw: {
      contentType: 'text/csv',
      data: `name;organisation_number;sector;address;notes\nImportert ${unique()};;Lager;;\n`,
    },
  }),
  'POST /api/participants/:participantId/phase-changes': async () => ({
    as: 'specA1',
    url: `${p}/phase-changes`,
    body: { phase: 'engagement', date: '2026-11-20' },
    ifMatch: await participantVersion(),
  }),
  'POST /api/participants/:participantId/nav-reports': async () => ({
    as: 'specA1',
    url: `${p}/nav-reports`,
    body: { kind: 'interval', periodFrom: '2026-10-01', periodTo: '2026-11-21' },
  }),
  'POST /api/participants/:participantId/nav-reports/:reportId/share': async () => {
    const report = await newReport('edited');
    return { as: 'specA1', url: `${p}/nav-reports/${report.id}/share`, ifMatch: report.version };
  },
  'POST /api/participants/:participantId/nav-reports/:reportId/jobseeker-response': async () => {
    const report = await newReport('shared');
    return {
      as: 'jobseeker1',
      url: `${p}/nav-reports/${report.id}/jobseeker-response`,
      body: { comment: 'Ser bra ut.' },
      ifMatch: report.version,
    };
  },
  'POST /api/participants/:participantId/nav-reports/:reportId/send': async () => {
    const report = await newReport('ready');
    return { as: 'specA1', url: `${p}/nav-reports/${report.id}/send`, ifMatch: report.version };
  },
  'POST /api/participants': async () => ({
    as: 'specA1',
    url: '/api/participants',
    body: {
      givenName: 'Nora',
      familyName: 'Ny',
      nationalId: testNationalId(200 + unique()),
      referralSource: 'nav',
      referralDate: '2026-11-01',
    },
  }),
  'POST /api/participants/:participantId/plan/goals': async () => ({
    as: 'specA1',
    url: `${p}/plan/goals`,
    body: { text: 'Jobbe med dyr' },
  }),
  'POST /api/participants/:participantId/plan/steps': async () => {
    const plan = await ok(clients.specA1.post(`${p}/plan/goals`, { text: `Mål ${unique()}` }));
    const goals = plan.goals as { id: string }[];
    return {
      as: 'specA1',
      url: `${p}/plan/steps`,
      body: { goalId: goals.at(-1)?.id, text: 'Ringe dyreklinikken', ownerRole: 'jobseeker' },
    };
  },
  'POST /api/public/self-referrals': async () => ({
    as: null,
    url: '/api/public/self-referrals',
    body: { teamId: ctx.fixtures.teamA, givenName: 'Siri', familyName: 'Selv', email: 'siri@example.org' },
  }),
  'POST /api/referrals': async () => ({
    as: 'navA',
    url: '/api/referrals',
    body: { teamId: ctx.fixtures.teamA, givenName: 'Nils', familyName: 'Nav', phone: '41234567' },
  }),
  'POST /api/referrals/:referralId/accept': async () => {
    const referral = await newReferral();
    return {
      as: 'specA1',
      url: `/api/referrals/${referral.id}/accept`,
      body: { nationalId: testNationalId(300 + unique()) },
      ifMatch: referral.version,
    };
  },
  'POST /api/referrals/:referralId/close': async () => {
    const referral = await newReferral();
    return {
      as: 'specA1',
      url: `/api/referrals/${referral.id}/close`,
      body: { status: 'duplicate' },
      ifMatch: referral.version,
    };
  },
  'POST /api/participants/:participantId/jobs': async () => ({
    as: 'specA1',
    url: `${p}/jobs`,
    body: {
      employerName: 'Dyreklinikken',
      title: 'Dyrepleierassistent',
      competitive: true,
      hoursPerWeek: 12,
      hourlyWage: 215,
      startDate: '2026-11-16',
      foundWithIps: true,
    },
  }),
  'POST /api/participants/:participantId/education': async () => ({
    as: 'specA1',
    url: `${p}/education`,
    body: { institution: 'Fagskolen', programme: 'Dyrepleie', startDate: '2026-11-02' },
  }),
  'POST /api/participants/:participantId/support-contacts': async () => ({
    as: 'specA1',
    url: `${p}/support-contacts`,
    body: { date: '2026-11-20', withWhom: 'jobseeker', faceToFace: false, setting: 'phone' },
  }),
  'POST /api/participants/:participantId/consents': async () => ({
    as: 'jobseeker1',
    url: `${p}/consents`,
    body: {
      changes: [
        {
          recipient: { kind: 'user', userId: ctx.fixtures.users.navA },
          category: 'career_profile',
          decision: 'grant',
        },
      ],
      recordedVia: 'jobseeker',
    },
  }),
  'POST /api/participants/:participantId/blocks': async () => ({
    as: 'jobseeker1',
    url: `${p}/blocks`,
    body: { userId: ctx.fixtures.users.specB1, reason: 'Kjenner ham privat' },
  }),
  'POST /api/participants/:participantId/blocks/:blockId/lift': async () => {
    const overview = await ok(
      clients.jobseeker1.post(`${p}/blocks`, { userId: ctx.fixtures.users.supervisorB, reason: '' }),
    );
    const block = (overview.blocks as { id: string; userId: string }[]).find(
      (b) => b.userId === ctx.fixtures.users.supervisorB,
    );
    return { as: 'jobseeker1', url: `${p}/blocks/${block?.id}/lift` };
  },
  'POST /api/participants/:participantId/therapist-notes': async () => ({
    as: 'therapistA',
    url: `${p}/therapist-notes`,
    body: { category: 'work_functioning', text: `Korte dager hjelper ${unique()}` },
  }),
  'POST /api/participants/:participantId/restriction': async () => {
    const person = await freshParticipant(true);
    return {
      as: 'jobseeker2',
      url: `/api/participants/${person.id}/restriction`,
      body: { reason: 'Jeg mener opplysningene om meg er feil' },
    };
  },
  'POST /api/participants/:participantId/restriction/lift': async () => {
    const person = await freshParticipant(true);
    const url = `/api/participants/${person.id}/restriction`;
    await ok(clients.jobseeker2.post(url, { reason: 'Til avklaring' }));
    return { as: 'jobseeker2', url: `${url}/lift` };
  },
  'POST /api/admin/privacy/lookup': async () => ({
    as: 'admin',
    url: '/api/admin/privacy/lookup',
    body: { nationalId: (await freshParticipant()).nationalId },
  }),
  'POST /api/admin/privacy/restrictions': async () => ({
    as: 'admin',
    url: '/api/admin/privacy/restrictions',
    body: { participantId: (await freshParticipant()).id, reason: 'Riktigheten er bestridt (brev 20.11.)' },
  }),
  'POST /api/admin/privacy/restrictions/lift': async () => {
    const person = await freshParticipant();
    await ok(
      clients.admin.post('/api/admin/privacy/restrictions', { participantId: person.id, reason: 'Avklares' }),
    );
    return { as: 'admin', url: '/api/admin/privacy/restrictions/lift', body: { participantId: person.id } };
  },
  'POST /api/admin/privacy/erasure-requests': async () => ({
    as: 'admin',
    url: '/api/admin/privacy/erasure-requests',
    body: { participantId: (await freshParticipant()).id, ground: 'objection', receivedOn: '2026-11-21' },
  }),
  'POST /api/admin/privacy/erasure-requests/:requestId/confirm': async () => {
    const request = await newErasureRequest();
    return {
      as: 'admin',
      url: `/api/admin/privacy/erasure-requests/${request.id}/confirm`,
      body: { confirmName: request.name },
    };
  },
  'POST /api/admin/privacy/erasure-requests/:requestId/cancel': async () => {
    const request = await newErasureRequest();
    return { as: 'admin', url: `/api/admin/privacy/erasure-requests/${request.id}/cancel` };
  },
  'POST /api/participants/:participantId/messages': async () => ({
    as: 'specA1',
    url: `${p}/messages`,
    body: { text: `Møte torsdag ${unique()}` },
  }),
  'POST /api/participants/:participantId/messages/read': async () => {
    const sent = await ok(clients.specA1.post(`${p}/messages`, { text: `Les meg ${unique()}` }));
    const last = (sent.items as { id: string }[]).at(-1);
    return { as: 'navA', url: `${p}/messages/read`, body: { messageIds: [last?.id] } };
  },
  'POST /api/me/notifications/read': async () => {
    await ok(clients.specA1.post(`${p}/messages`, { text: `Varsle meg ${unique()}` }));
    return { as: 'navA', url: '/api/me/notifications/read', body: { all: true } };
  },
  'POST /api/me/team-meetings': async () => ({
    as: 'specA1',
    url: '/api/me/team-meetings',
    body: { kind: 'treatment_team', date: '2026-11-20', counterpart: 'DPS Test', participantsDiscussed: 3 },
  }),
  'POST /api/me/start/visit': async () => ({ as: 'navA', url: '/api/me/start/visit' }),
  'POST /api/team/specialists/:specialistId/supervision-notes': async () => ({
    as: 'supervisorA',
    url: `/api/team/specialists/${ctx.fixtures.users.specA1}/supervision-notes`,
    body: { date: '2026-11-20', text: `Veiledning ${unique()}` },
  }),
  'POST /api/participants/:participantId/emergency-access': async () => ({
    as: 'supervisorA',
    url: `${p}/emergency-access`,
    body: { reason: 'Akutt behov for kontaktopplysninger' },
  }),
  'POST /api/participants/:participantId/meetings': async () => ({
    as: 'specA1',
    url: `${p}/meetings`,
    body: {
      date: '2026-11-26',
      startTime: '09:00',
      endTime: '10:00',
      videoLink: 'https://video.example/møte',
      purpose: `Møte ${unique()}`,
      inviteeIds: [ctx.fixtures.users.jobseeker1],
    },
  }),
  'POST /api/participants/:participantId/meetings/:meetingId/cancel': async () => {
    const m = await newMeeting();
    return { as: 'specA1', url: `${m.url}/cancel`, ifMatch: m.version };
  },
  'POST /api/participants/:participantId/meetings/:meetingId/expectations/remind': async () => ({
    as: 'specA1',
    url: `${(await newMeeting()).url}/expectations/remind`,
  }),
  'POST /api/participants/:participantId/meetings/:meetingId/agenda/build': async () => ({
    as: 'specA1',
    url: `${(await newMeeting()).url}/agenda/build`,
  }),
  'POST /api/participants/:participantId/meetings/:meetingId/agenda': async () => ({
    as: 'specA1',
    url: `${(await newMeeting()).url}/agenda`,
    body: { title: 'Neste steg' },
  }),
  'POST /api/participants/:participantId/meetings/:meetingId/minutes': async () => {
    const m = await newMeeting(true);
    return {
      as: 'specA1',
      url: `${m.url}/minutes`,
      body: { agendaItemId: await firstAgendaItem(m.url), kind: 'decision', text: 'Prøve 20 timer' },
    };
  },
  'POST /api/participants/:participantId/meetings/:meetingId/actions': async () => ({
    as: 'specA1',
    url: `${(await newMeeting()).url}/actions`,
    body: { text: 'Ringe arbeidsgiver', ownerUserId: ctx.fixtures.users.navA, deadline: '2026-12-01' },
  }),
  'POST /api/participants/:participantId/meetings/:meetingId/minutes/seen': async () => ({
    as: 'jobseeker1',
    url: `${(await newMeeting()).url}/minutes/seen`,
  }),
  'POST /api/participants/:participantId/meetings/:meetingId/minutes/publish': async () => {
    const m = await newMeeting();
    await ok(clients.jobseeker1.post(`${m.url}/minutes/seen`));
    return { as: 'specA1', url: `${m.url}/minutes/publish` };
  },
  'POST /api/participants/:participantId/meetings/:meetingId/financial/answers': async () => {
    const m = await newMeeting();
    const question = await ok(
      clients.jobseeker1.post(`${p}/nav-questions`, { question: `Hva skjer med AAP? ${unique()}` }),
    );
    return {
      as: 'navA',
      url: `${m.url}/financial/answers`,
      body: { questionId: question.id, version: question.version, answer: 'AAP graderes' },
    };
  },
  'POST /api/participants/:participantId/meetings/:meetingId/financial/resolve': async () => ({
    as: 'navA',
    url: `${(await newMeeting()).url}/financial/resolve`,
    body: { resolution: 'Avklart' },
  }),
};

/** A sample of other writes: the same mechanism serves PUT and DELETE. */
const OTHER_CASES: Record<string, () => Promise<Call>> = {
  'PUT /api/participants/:participantId/plan/goals/:goalId': async () => {
    const plan = await ok(clients.specA1.post(`${p}/plan/goals`, { text: `Mål ${unique()}` }));
    const goal = (plan.goals as { id: string; version: number }[]).at(-1);
    return {
      as: 'specA1',
      url: `${p}/plan/goals/${goal?.id}`,
      body: { text: 'Jobbe med hester', status: 'active' },
      ifMatch: goal?.version ?? 1,
    };
  },
  'PUT /api/me/locale': async () => ({ as: 'navA', url: '/api/me/locale', body: { locale: 'nn' } }),
  'PUT /api/me/contact-preferences': async () => ({
    as: 'jobseeker2',
    url: '/api/me/contact-preferences',
    body: {
      email: 'js2@example.no',
      phone: null,
      emailOptIn: true,
      smsOptIn: false,
      noDigitalContact: false,
    },
    ifMatch: 0,
  }),
  'DELETE /api/participants/:participantId/benefit-scenarios/:scenarioId': async () => ({
    as: 'jobseeker1',
    url: `${p}/benefit-scenarios/${await newScenario()}`,
  }),
};

async function tableCounts(): Promise<Record<string, number>> {
  const tables = await sql<{ name: string }>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT LIKE 'kysely_%'
    ORDER BY table_name
  `.execute(ctx.db);
  const counts: Record<string, number> = {};
  for (const { name } of tables.rows) {
    const result = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(name)}`.execute(
      ctx.db,
    );
    counts[name] = result.rows[0]?.n ?? 0;
  }
  return counts;
}

beforeAll(async () => {
  ctx = await createTestContext({
    now: () => new Date('2026-11-22T10:00:00Z'),
    config: {
      ARCHIVE_DIR: archiveDir,
      // A provider to link external logins to; linking needs its configuration, never a connection.
      OIDC_PUBLIC_BASE_URL: 'http://app.test',
      OIDC_ENTRA_ISSUER: 'http://127.0.0.1:9/entra',
      OIDC_ENTRA_CLIENT_ID: 'ips-bridge',
      OIDC_ENTRA_CLIENT_SECRET: 'idempotency-test-secret',
    },
  });
  for (const user of [
    'specA1',
    'specA2',
    'specB1',
    'therapistA',
    'navA',
    'admin',
    'jobseeker1',
    'jobseeker2',
    'supervisorA',
  ] as const) {
    clients[user] = await ctx.login(user);
  }
  const participant = await ok(
    clients.specA1.post('/api/participants', {
      givenName: 'Ida',
      familyName: 'Idempotens',
      nationalId: testNationalId(150),
      referralSource: 'therapist',
      referralDate: '2026-10-01',
    }),
  );
  participantId = participant.id as string;
  p = `/api/participants/${participantId}`;
  await ctx.db
    .updateTable('participant')
    .set({ user_id: ctx.fixtures.users.jobseeker1 })
    .where('id', '=', participantId)
    .execute();
  await ctx.db
    .insertInto('care_team_member')
    .values([
      { participant_id: participantId, user_id: ctx.fixtures.users.navA, role: 'nav_counsellor' },
      { participant_id: participantId, user_id: ctx.fixtures.users.therapistA, role: 'therapist' },
    ])
    .execute();
  // Recording the answer fails for keys starting with "refused-".
  await sql`
    CREATE FUNCTION test_refuse_key() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.key LIKE 'refused-%' THEN RAISE EXCEPTION 'refused by test'; END IF;
      RETURN NEW;
    END $$;
    CREATE TRIGGER test_refuse_key BEFORE INSERT ON idempotency_key FOR EACH ROW EXECUTE FUNCTION test_refuse_key();
  `.execute(ctx.db);
});
afterAll(async () => {
  await ctx.close();
  rmSync(archiveDir, { recursive: true, force: true });
});

describe('every POST route honours Idempotency-Key', () => {
  it('has a case for every POST route (and the ignored ones are exactly login and logout)', () => {
    const posts = ctx.app.accessTable
      .filter((r) => r.method === 'POST')
      .map((r) => `${r.method} ${r.url}`)
      .sort();
    const covered = [...Object.keys(POST_CASES), ...IGNORED].sort();
    const missing = posts.filter((r) => !covered.includes(r));
    expect(missing, 'add a case to idempotency-routes.int.test.ts for these').toEqual([]);
  });

  /** A case is skipped while its route is not registered (a route being built, or one removed). */
  const registered = (route: string) => ctx.app.accessTable.some((r) => `${r.method} ${r.url}` === route);

  const check = async (route: string, prepare: () => Promise<Call>) => {
    const method = route.split(' ')[0] ?? 'POST';
    const call = await prepare();
    const key = `every-route-${route.replaceAll(/[^a-z]/gi, '').slice(-40)}-${unique()}`;

    const before = await tableCounts();
    // When the answer cannot be recorded, nothing the route wrote is kept either: every write of every route runs
    // in the request transaction.
    const refused = await send(call, method, `refused-${key}`);
    expect(refused.statusCode, `${route}: ${refused.body}`).toBe(500);
    expect(await tableCounts(), `${route}: a write was kept without its key`).toEqual(before);

    const first = await send(call, method, key);
    expect(first.statusCode, `${route}: ${first.body}`).toBeGreaterThanOrEqual(200);
    expect(first.statusCode, `${route}: ${first.body}`).toBeLessThan(300);
    expect(first.headers['idempotency-replayed']).toBeUndefined();
    const after = await tableCounts();
    expect(after.idempotency_key, 'the answer is recorded').toBe((before.idempotency_key ?? 0) + 1);

    const retry = await send(call, method, key);
    expect(retry.statusCode, route).toBe(first.statusCode);
    expect(retry.headers['idempotency-replayed'], route).toBe('true');
    expect(retry.body, route).toBe(first.body);
    expect(retry.headers.etag, route).toBe(first.headers.etag);
    expect(await tableCounts(), `${route}: the retry changed no table`).toEqual(after);
  };

  for (const [route, prepare] of Object.entries({ ...POST_CASES, ...OTHER_CASES })) {
    it(route, async (test) => {
      if (!registered(route)) test.skip();
      await check(route, prepare);
    });
  }
});
