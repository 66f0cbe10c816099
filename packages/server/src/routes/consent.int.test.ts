import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestContext,
  type TestClient,
  type TestContext,
  testNationalId,
} from '../testing/test-context.ts';

// Consent enforced by the server: the jobseeker (or a specialist recording a paper form) widens or narrows what each
// care-team member sees, blocks a person, and reads who has seen what; a supervisor may break the glass.

let ctx: TestContext;
let spec: TestClient;
let nav: TestClient;
let therapist: TestClient;
let jobseeker: TestClient;
let participantId: string;
let base: string;
let clock = new Date('2026-11-22T10:00:00.000Z');

const profile = {
  content: {
    workHistory: [],
    education: [],
    preferences: {
      jobTypes: ['lager'],
      hoursPerWeekMin: null,
      hoursPerWeekMax: null,
      places: [],
      conditions: '',
    },
    strengths: 'Punktlig',
    whatHelps: '',
    whatGetsInTheWay: '',
  },
  health: { earlyWarningSigns: 'Sover dårlig', copingStrategies: 'Går tur' },
};

beforeAll(async () => {
  ctx = await createTestContext({ now: () => clock });
  spec = await ctx.login('specA1');
  const created = await spec.post('/api/participants', {
    givenName: 'Synne',
    familyName: 'Samtykke',
    nationalId: testNationalId(71),
    referralSource: 'self',
    referralDate: '2026-10-01',
  });
  participantId = created.json().id;
  base = `/api/participants/${participantId}`;
  const { users } = ctx.fixtures;
  await ctx.db
    .insertInto('care_team_member')
    .values([
      { participant_id: participantId, user_id: users.navA, role: 'nav_counsellor' },
      { participant_id: participantId, user_id: users.therapistA, role: 'therapist' },
    ])
    .execute();
  await ctx.db
    .updateTable('participant')
    .set({ user_id: users.jobseeker1 })
    .where('id', '=', participantId)
    .execute();
  const saved = await ctx.app.inject({
    method: 'PUT',
    url: `${base}/career-profile`,
    headers: { cookie: spec.cookie, 'x-csrf-token': spec.csrfToken, 'if-match': '"0"' },
    payload: profile,
  });
  expect(saved.statusCode).toBe(200);
  nav = await ctx.login('navA');
  therapist = await ctx.login('therapistA');
  jobseeker = await ctx.login('jobseeker1');
});
afterAll(() => ctx.close());

const auditCount = async (action: string, userId: string, outcome: 'allowed' | 'denied') =>
  Number(
    (
      await ctx.db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('participant_id', '=', participantId)
        .where('action', '=', action)
        .where('actor_user_id', '=', userId)
        .where('outcome', '=', outcome)
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('default sharing', () => {
  it('keeps early warning signs from NAV and shows them to the therapist', async () => {
    const forNav = (await nav.get(`${base}/career-profile`)).json();
    expect(forNav).toMatchObject({ health: null, healthWithheld: true, content: { strengths: 'Punktlig' } });
    const forTherapist = (await therapist.get(`${base}/career-profile`)).json();
    expect(forTherapist).toMatchObject({
      healthWithheld: false,
      health: { earlyWarningSigns: 'Sover dårlig' },
    });
    const version = (await nav.get(`${base}/career-profile/versions/1`)).json();
    expect(version).toMatchObject({ health: null, healthWithheld: true });
  });

  it('lets NAV save the profile without touching the warning signs it cannot see', async () => {
    const response = await ctx.app.inject({
      method: 'PUT',
      url: `${base}/career-profile`,
      headers: { cookie: nav.cookie, 'x-csrf-token': nav.csrfToken, 'if-match': '"1"' },
      payload: { ...profile, health: { earlyWarningSigns: '', copingStrategies: '' } },
    });
    expect(response.statusCode).toBe(200);
    const forSpec = (await spec.get(`${base}/career-profile`)).json();
    expect(forSpec.version).toBe(2);
    expect(forSpec.health).toEqual(profile.health);
  });

  it('shows the jobseeker the whole picture, with the defaults', async () => {
    const response = await jobseeker.get(`${base}/consents`);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    const navRow = body.recipients.find((r: { role: string }) => r.role === 'nav_counsellor');
    const cell = (row: { sharing: { category: string }[] }, category: string) =>
      row.sharing.find((s) => s.category === category);
    expect(cell(navRow, 'benefits')).toEqual({
      category: 'benefits',
      shared: true,
      by: 'default',
      withdrawn: false,
    });
    expect(cell(navRow, 'warning_signs')).toMatchObject({ shared: false, by: 'default' });
    expect(body.recipients.map((r: { role: string }) => r.role)).toEqual(
      expect.arrayContaining(['employment_specialist', 'nav_counsellor', 'therapist', 'ips_supervisor']),
    );
    expect(body.history).toEqual([]);
  });
});

describe('the jobseeker decides', () => {
  it('withdraws benefits from NAV: the next request is refused and audited as denied', async () => {
    expect((await nav.get(`${base}/money`)).statusCode).toBe(200);
    const deniedBefore = await auditCount('benefits.read', ctx.fixtures.users.navA, 'denied');
    const response = await jobseeker.post(`${base}/consents`, {
      recordedVia: 'jobseeker',
      changes: [
        {
          recipient: { kind: 'role', role: 'nav_counsellor' },
          category: 'benefits',
          decision: 'withdraw',
          purpose: 'Jeg tar dette selv',
        },
      ],
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().history[0]).toMatchObject({
      category: 'benefits',
      decision: 'withdraw',
      recordedVia: 'jobseeker',
      validFrom: '2026-11-22',
    });
    expect((await nav.get(`${base}/money`)).statusCode).toBe(404);
    expect(await auditCount('benefits.read', ctx.fixtures.users.navA, 'denied')).toBe(deniedBefore + 1);
    // The specialist is not affected.
    expect((await spec.get(`${base}/money`)).statusCode).toBe(200);
  });

  it('shares warning signs with one named NAV counsellor for a limited time', async () => {
    const grant = await jobseeker.post(`${base}/consents`, {
      recordedVia: 'jobseeker',
      changes: [
        {
          recipient: { kind: 'user', userId: ctx.fixtures.users.navA },
          category: 'warning_signs',
          decision: 'grant',
          purpose: 'Møtet om arbeidsutprøving',
          validTo: '2026-11-30',
        },
      ],
    });
    expect(grant.statusCode).toBe(201);
    expect((await nav.get(`${base}/career-profile`)).json()).toMatchObject({ healthWithheld: false });
    clock = new Date('2026-12-01T10:00:00.000Z');
    try {
      // Sessions from the 22nd have timed out by then: log in again.
      const navLater = await ctx.login('navA');
      expect((await navLater.get(`${base}/career-profile`)).json()).toMatchObject({ healthWithheld: true });
    } finally {
      clock = new Date('2026-11-22T10:00:00.000Z');
      // The expired sessions are gone for good: log everyone in again.
      [spec, nav, therapist, jobseeker] = await Promise.all([
        ctx.login('specA1'),
        ctx.login('navA'),
        ctx.login('therapistA'),
        ctx.login('jobseeker1'),
      ]);
    }
  });

  it('refuses bad changes with a clear error and writes nothing', async () => {
    const before = (await jobseeker.get(`${base}/consents`)).json().history.length;
    const cases = [
      {
        recordedVia: 'jobseeker',
        changes: [
          {
            recipient: { kind: 'user', userId: ctx.fixtures.users.specB1 },
            category: 'benefits',
            decision: 'grant',
          },
        ],
      },
      {
        recordedVia: 'jobseeker',
        changes: [
          {
            recipient: { kind: 'role', role: 'therapist' },
            category: 'benefits',
            decision: 'withdraw',
            validTo: '2027-01-01',
          },
        ],
      },
      {
        recordedVia: 'jobseeker',
        changes: [{ recipient: { kind: 'role', role: 'therapist' }, category: 'secrets', decision: 'grant' }],
      },
      {
        recordedVia: 'paper',
        changes: [
          { recipient: { kind: 'role', role: 'therapist' }, category: 'benefits', decision: 'grant' },
        ],
      },
      {
        recordedVia: 'jobseeker',
        changes: [
          {
            recipient: { kind: 'role', role: 'therapist' },
            category: 'benefits',
            decision: 'grant',
            validTo: '2026-01-01',
          },
        ],
      },
    ];
    for (const body of cases) {
      const response = await jobseeker.post(`${base}/consents`, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json().errors.length).toBeGreaterThan(0);
    }
    expect((await jobseeker.get(`${base}/consents`)).json().history.length).toBe(before);
  });

  it('lets the specialist record a paper consent, but not NAV or the therapist', async () => {
    const body = {
      recordedVia: 'paper',
      changes: [
        {
          recipient: { kind: 'role', role: 'therapist' },
          category: 'diagnosis_treatment',
          decision: 'grant',
          purpose: 'Signert skjema',
        },
      ],
    };
    const bySpec = await spec.post(`${base}/consents`, body);
    expect(bySpec.statusCode).toBe(201);
    expect(bySpec.json().history[0]).toMatchObject({
      recordedVia: 'paper',
      recordedBy: { id: ctx.fixtures.users.specA1 },
    });
    expect((await nav.post(`${base}/consents`, body)).statusCode).toBe(403);
    expect((await therapist.post(`${base}/consents`, body)).statusCode).toBe(403);
    // A staff member cannot pretend to be the jobseeker.
    expect((await spec.post(`${base}/consents`, { ...body, recordedVia: 'jobseeker' })).statusCode).toBe(400);
  });
});

describe('blocks and break-the-glass', () => {
  it('blocks the therapist from everything, also from the caseload, until the jobseeker lifts it', async () => {
    const block = await jobseeker.post(`${base}/blocks`, {
      userId: ctx.fixtures.users.therapistA,
      reason: 'Ønsker ikke',
    });
    expect(block.statusCode).toBe(201);
    expect((await therapist.get(base)).statusCode).toBe(404);
    expect((await therapist.get(`${base}/plan`)).statusCode).toBe(404);
    const caseload = (await therapist.get('/api/participants')).json();
    expect(caseload.items.map((i: { id: string }) => i.id)).not.toContain(participantId);
    expect(await auditCount('participant.read', ctx.fixtures.users.therapistA, 'denied')).toBeGreaterThan(0);
    // Blocking twice is a conflict; staff cannot block.
    expect(
      (await jobseeker.post(`${base}/blocks`, { userId: ctx.fixtures.users.therapistA })).statusCode,
    ).toBe(409);
    expect((await spec.post(`${base}/blocks`, { userId: ctx.fixtures.users.therapistA })).statusCode).toBe(
      403,
    );

    const blockId = block.json().blocks[0].id;
    const lifted = await jobseeker.post(`${base}/blocks/${blockId}/lift`);
    expect(lifted.statusCode).toBe(200);
    expect(lifted.json().blocks).toEqual([]);
    expect((await therapist.get(base)).statusCode).toBe(200);
  });

  it('lets another team’s supervisor read outside consent with a reason, read-only, shown in the access log', async () => {
    const supervisorB = await ctx.login('supervisorB');
    expect((await supervisorB.get(base)).statusCode).toBe(404);
    const tooShort = await supervisorB.post(`${base}/emergency-access`, { reason: 'kort' });
    expect(tooShort.statusCode).toBe(400);
    const opened = await supervisorB.post(`${base}/emergency-access`, {
      reason: 'Deltakeren er i krise og teamleder i team A er syk',
    });
    expect(opened.statusCode).toBe(201);
    expect(opened.json().expiresAt).toBe('2026-11-22T11:00:00.000Z');
    expect((await supervisorB.get(base)).statusCode).toBe(200);
    expect((await supervisorB.get(`${base}/money`)).statusCode).toBe(200);
    // Read-only.
    expect((await supervisorB.post(`${base}/first-contact`, { date: '2026-11-20' })).statusCode).toBe(404);
    // A specialist cannot break the glass.
    const specB = await ctx.login('specB1');
    expect(
      (await specB.post(`${base}/emergency-access`, { reason: 'Vil bare se litt på dette' })).statusCode,
    ).toBe(403);

    const log = (await jobseeker.get(`${base}/access-log?limit=500`)).json();
    const glass = log.items.filter((i: { basis: string }) => i.basis === 'break-the-glass');
    expect(glass.length).toBeGreaterThanOrEqual(3);
    expect(glass[0].statedReason).toBe('Deltakeren er i krise og teamleder i team A er syk');
    expect(glass[0].who.displayName).toBe('Test supervisorB');
    const opening = log.items.find((i: { action: string }) => i.action === 'emergency_access.open');
    expect(opening.statedReason).toBe('Deltakeren er i krise og teamleder i team A er syk');
    // The access log is the jobseeker's: staff cannot read it.
    expect((await spec.get(`${base}/access-log`)).statusCode).toBe(403);
  });

  it('shows what others did by default, and the jobseeker’s own reads only when asked', async () => {
    await jobseeker.get(base);
    await spec.get(base);
    type Entry = { who: { displayName: string }; action: string };
    const others = (await jobseeker.get(`${base}/access-log?limit=500`)).json();
    const all = (await jobseeker.get(`${base}/access-log?limit=500&includeOwn=true`)).json();
    const own = (items: Entry[]) => items.filter((i) => i.who.displayName === 'Test jobseeker1');
    expect(own(others.items)).toEqual([]);
    expect(others.items.some((i: Entry) => i.who.displayName === 'Test specA1')).toBe(true);
    expect(own(all.items).some((i) => i.action === 'participant.read')).toBe(true);
    expect(all.total).toBe(others.total + own(all.items).length);
    expect((await jobseeker.get(`${base}/access-log?includeOwn=yes`)).statusCode).toBe(400);
  });

  it('audits each sensitive read exactly once', async () => {
    const before = await auditCount('career_profile.read', ctx.fixtures.users.specA1, 'allowed');
    await spec.get(`${base}/career-profile`);
    expect(await auditCount('career_profile.read', ctx.fixtures.users.specA1, 'allowed')).toBe(before + 1);
  });
});

describe('therapist notes', () => {
  it('stores a note once and shows it to each reader only as far as their consent reaches', async () => {
    const written = await therapist.post(`${base}/therapist-notes`, {
      category: 'warning_signs',
      text: 'Trekker seg unna når det blir mye. Korte dager i starten hjelper.',
    });
    expect(written.statusCode).toBe(201);
    const note = written.json().items[0];
    // The therapist sees who it is shared with while writing and after.
    const names = (list: { displayName: string }[]) => list.map((r) => r.displayName).sort();
    expect(names(note.sharedWith)).toContain('Test specA1');
    const byCategory = written.json().sharingByCategory;
    expect(
      byCategory.find((c: { category: string }) => c.category === 'diagnosis_treatment').sharedWith,
    ).toEqual(expect.any(Array));

    // The specialist sees it by default; NAV only while the jobseeker shares warning signs with them.
    expect(
      (await spec.get(`${base}/therapist-notes`)).json().items.map((n: { id: string }) => n.id),
    ).toContain(note.id);
    const navSees = async () =>
      (await nav.get(`${base}/therapist-notes`)).json().items.some((n: { id: string }) => n.id === note.id);
    const shareWithNav = async (decision: 'grant' | 'withdraw') =>
      jobseeker.post(`${base}/consents`, {
        recordedVia: 'jobseeker',
        changes: [
          {
            recipient: { kind: 'user', userId: ctx.fixtures.users.navA },
            category: 'warning_signs',
            decision,
          },
        ],
      });
    await shareWithNav('withdraw');
    expect(await navSees()).toBe(false);
    await shareWithNav('grant');
    expect(await navSees()).toBe(true);
    const sharedNow = async () =>
      names((await therapist.get(`${base}/therapist-notes`)).json().items[0].sharedWith);
    expect(await sharedNow()).toContain('Test navA');
    await shareWithNav('withdraw');
    expect(await navSees()).toBe(false);
    expect(await sharedNow()).not.toContain('Test navA');
    // The jobseeker sees every note about them.
    expect(
      (await jobseeker.get(`${base}/therapist-notes`)).json().items.map((n: { id: string }) => n.id),
    ).toContain(note.id);
  });

  it('lets only the care-team therapist write, in a health category, and keeps the text out of the history', async () => {
    const body = { category: 'diagnosis_treatment', text: 'Diagnose: F20' };
    expect((await spec.post(`${base}/therapist-notes`, body)).statusCode).toBe(403);
    expect((await nav.post(`${base}/therapist-notes`, body)).statusCode).toBe(403);
    expect(
      (await therapist.post(`${base}/therapist-notes`, { ...body, category: 'benefits' })).statusCode,
    ).toBe(400);
    expect((await therapist.post(`${base}/therapist-notes`, { ...body, text: '' })).statusCode).toBe(400);
    const written = await therapist.post(`${base}/therapist-notes`, body);
    expect(written.statusCode).toBe(201);
    // Diagnosis is shared with nobody by default: the specialist does not see it, the author does.
    expect(
      (await spec.get(`${base}/therapist-notes`))
        .json()
        .items.some((n: { text: string }) => n.text === body.text),
    ).toBe(false);
    expect(
      (await therapist.get(`${base}/therapist-notes`))
        .json()
        .items.some((n: { text: string }) => n.text === body.text),
    ).toBe(true);
    const history = await spec.get(`${base}/history`);
    expect(history.body).not.toContain('F20');
  });
});
