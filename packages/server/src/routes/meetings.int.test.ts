import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestContext,
  type TestClient,
  type TestContext,
  testNationalId,
} from '../testing/test-context.ts';

// A whole collaboration meeting through the API: plan, invitation (ICS), expectations (jobseeker first), agenda with
// the financial item, minutes with a therapist entry shown as far as consent reaches, actions, publication after the
// jobseeker has seen the minutes, follow-up answers; and the bad input the issue names.

let ctx: TestContext;
let spec: TestClient;
let nav: TestClient;
let therapist: TestClient;
let jobseeker: TestClient;
let specB: TestClient;
let participantId: string;
let base: string;
let clock = new Date('2026-11-22T10:00:00.000Z');
let users: TestContext['fixtures']['users'];

const plan = () => ({
  date: '2026-11-25',
  startTime: '10:00',
  endTime: '11:00',
  place: 'NAV Tromsø, møterom 2',
  videoLink: null,
  purpose: 'Avklare økonomi og neste steg mot jobb',
  inviteeIds: [users.jobseeker1, users.navA, users.therapistA],
});

beforeAll(async () => {
  ctx = await createTestContext({ now: () => clock });
  users = ctx.fixtures.users;
  spec = await ctx.login('specA1');
  const created = await spec.post('/api/participants', {
    givenName: 'Mina',
    familyName: 'Møte',
    nationalId: testNationalId(81),
    referralSource: 'self',
    referralDate: '2026-10-01',
  });
  participantId = created.json().id;
  base = `/api/participants/${participantId}`;
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
  nav = await ctx.login('navA');
  therapist = await ctx.login('therapistA');
  jobseeker = await ctx.login('jobseeker1');
  specB = await ctx.login('specB1');
});
afterAll(() => ctx.close());

/** Moves the clock; sessions time out when idle, so everyone logs in again. */
async function advanceTo(iso: string) {
  clock = new Date(iso);
  spec = await ctx.login('specA1');
  nav = await ctx.login('navA');
  therapist = await ctx.login('therapistA');
  jobseeker = await ctx.login('jobseeker1');
}

function codes(response: { json(): unknown }): string[] {
  return ((response.json() as { errors?: Array<{ code: string }> }).errors ?? []).map((e) => e.code);
}

async function withIfMatch(
  client: TestClient,
  method: 'PUT' | 'POST',
  url: string,
  etag: string,
  body?: unknown,
) {
  return ctx.app.inject({
    method,
    url,
    headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken, 'if-match': etag },
    ...(body === undefined ? {} : { payload: body as Record<string, unknown> }),
  });
}

describe('planning a meeting', () => {
  it.each([
    { name: 'a meeting in the past', change: { date: '2026-11-20' }, code: 'meeting_in_past' },
    {
      name: 'an invitee outside the care team',
      change: { inviteeIds: ['SPECB'] },
      code: 'invitee_outside_care_team',
    },
    { name: 'no place or link', change: { place: null }, code: 'place_or_link_required' },
    {
      name: 'the hour skipped in March',
      change: { date: '2027-03-28', startTime: '02:30' },
      code: 'time_does_not_exist',
    },
  ])('refuses $name with a field message', async ({ change, code }) => {
    const body = { ...plan(), ...change };
    if ('inviteeIds' in change) body.inviteeIds = [users.jobseeker1, users.specB1];
    const response = await spec.post(`${base}/meetings`, body);
    expect(response.statusCode).toBe(400);
    expect(codes(response)).toContain(code);
  });

  it('is refused to someone outside the care team without telling them it exists', async () => {
    expect((await specB.post(`${base}/meetings`, plan())).statusCode).toBe(404);
  });
});

describe('a whole meeting', () => {
  let meetingId: string;
  let url: string;
  let etag: string;

  it('plans the meeting with the organiser as a party and an invitation in Europe/Oslo', async () => {
    const response = await spec.post(`${base}/meetings`, plan());
    expect(response.statusCode).toBe(201);
    const detail = response.json();
    meetingId = detail.meeting.id;
    url = `${base}/meetings/${meetingId}`;
    etag = response.headers.etag as string;
    expect(detail.meeting.startLocal).toBe('2026-11-25T10:00');
    expect(detail.meeting.startsAt).toBe('2026-11-25T09:00:00.000Z');
    expect(detail.meeting.parties.map((p: { role: string }) => p.role)).toEqual([
      'jobseeker',
      'employment_specialist',
      'nav_counsellor',
      'therapist',
    ]);
    expect(detail.waitingFor).toHaveLength(4);

    const ics = await jobseeker.get(`${url}/invitation.ics`);
    expect(ics.statusCode).toBe(200);
    expect(ics.headers['content-type']).toContain('text/calendar');
    const calendar = new ICAL.Component(ICAL.parse(ics.body));
    const zone = new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone') as ICAL.Component);
    ICAL.TimezoneService.register(zone, 'Europe/Oslo');
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent') as ICAL.Component);
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-11-25T09:00:00.000Z');
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(event.sequence).toBe(0);
  });

  it('moves the meeting: same UID, higher SEQUENCE; a stale ETag is refused', async () => {
    const moved = await withIfMatch(spec, 'PUT', url, etag, {
      ...plan(),
      startTime: '12:00',
      endTime: '13:00',
    });
    expect(moved.statusCode).toBe(200);
    expect((await withIfMatch(spec, 'PUT', url, etag, plan())).statusCode).toBe(412);
    etag = moved.headers.etag as string;
    const ics = (await nav.get(`${url}/invitation.ics`)).body;
    expect(ics).toContain(`UID:${meetingId}@ips-bridge`);
    expect(ics).toContain('SEQUENCE:1');
    expect(ics).toContain('DTSTART;TZID=Europe/Oslo:20261125T120000');
  });

  it('only the organiser changes the plan', async () => {
    expect((await withIfMatch(nav, 'PUT', url, etag, plan())).statusCode).toBe(403);
  });

  it('lets the jobseeker answer first, visible to chosen parties only', async () => {
    const early = await nav.put(`${url}/expectations/mine`, {
      need: 'Vite hvor mange timer',
      contribution: 'Svar om AAP',
    });
    expect(early.statusCode).toBe(409);
    const mine = await jobseeker.put(`${url}/expectations/mine`, {
      need: 'Vite om jeg mister AAP',
      contribution: 'Fortelle hva jeg vil jobbe med',
      visibleTo: [users.specA1, users.navA],
    });
    expect(mine.statusCode).toBe(200);
    expect(
      (await nav.put(`${url}/expectations/mine`, { need: 'Timetall', contribution: 'AAP-regler' }))
        .statusCode,
    ).toBe(200);
    expect(
      (await therapist.put(`${url}/expectations/mine`, { need: '', contribution: 'Råd om arbeidstid' }))
        .statusCode,
    ).toBe(200);
    const seenByTherapist = (await therapist.get(url)).json();
    expect(seenByTherapist.expectations.map((e: { role: string }) => e.role)).toEqual([
      'nav_counsellor',
      'therapist',
    ]);
    const seenByNav = (await nav.get(url)).json();
    expect(seenByNav.expectations.map((e: { role: string }) => e.role)).toContain('jobseeker');
    expect(seenByNav.waitingFor.map((p: { role: string }) => p.role)).toEqual(['employment_specialist']);
    const work = (await spec.get('/api/meetings/my-work')).json();
    expect(work.awaitingExpectations.map((w: { meetingId: string }) => w.meetingId)).toContain(meetingId);
  });

  it('builds the agenda from the answers with the standing financial item, and reorders it', async () => {
    await jobseeker.post(`${base}/nav-questions`, { question: 'Hva skjer med AAP om jeg jobber 20 timer?' });
    const built = (await spec.post(`${url}/agenda/build`)).json();
    expect(built.agenda.map((i: { kind: string }) => i.kind)).toEqual([
      'from_expectations',
      'financial',
      'from_expectations',
    ]);
    expect(built.financial.questions).toHaveLength(1);
    // Building again adds nothing that is already there.
    expect((await spec.post(`${url}/agenda/build`)).json().agenda).toHaveLength(3);
    const added = (await spec.post(`${url}/agenda`, { title: 'Neste steg' })).json();
    const ids = added.agenda.map((i: { id: string }) => i.id);
    const reordered = await spec.put(`${url}/agenda/order`, { itemIds: [ids[3], ids[0], ids[1], ids[2]] });
    expect(reordered.json().agenda[0].title).toBe('Neste steg');
    expect((await spec.put(`${url}/agenda/order`, { itemIds: [ids[0]] })).statusCode).toBe(409);
    // The therapist does not see the benefit situation by default.
    expect((await therapist.get(url)).json().financial).toBeNull();
  });

  it('runs the meeting: minutes, a consented therapist entry, NAV answers, actions', async () => {
    const before = await spec.post(`${url}/minutes`, {
      agendaItemId: (await spec.get(url)).json().agenda[0].id,
      kind: 'minute',
      text: 'for tidlig',
    });
    expect(before.statusCode).toBe(409);
    await advanceTo('2026-11-25T11:05:00.000Z');
    const detail = (await spec.get(url)).json();
    const [first, , financial] = detail.agenda;
    expect(
      (
        await spec.post(`${url}/minutes`, {
          agendaItemId: first.id,
          kind: 'minute',
          text: 'Vi gikk gjennom planen',
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (
        await spec.post(`${url}/minutes`, {
          agendaItemId: first.id,
          kind: 'decision',
          text: 'Prøve 20 timer',
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (
        await nav.post(`${url}/minutes`, {
          agendaItemId: first.id,
          kind: 'minute',
          text: 'x',
          category: 'warning_signs',
        })
      ).statusCode,
    ).toBe(400);
    const tEntry = await therapist.post(`${url}/minutes`, {
      agendaItemId: first.id,
      kind: 'minute',
      text: 'Korte dager i starten fungerer best',
      category: 'work_functioning',
    });
    expect(tEntry.statusCode).toBe(201);

    const question = detail.financial.questions[0];
    const answered = await nav.post(`${url}/financial/answers`, {
      questionId: question.id,
      version: question.version,
      answer: 'AAP graderes etter arbeidstimer',
    });
    expect(answered.statusCode).toBe(201);
    expect(answered.json().financial.questions[0].answeredInThisMeeting).toBe(true);
    expect(
      (await nav.post(`${url}/financial/resolve`, { resolution: 'Avklart: AAP graderes' })).statusCode,
    ).toBe(200);

    const noOwner = await spec.post(`${url}/actions`, {
      text: 'Ringe arbeidsgiver',
      ownerUserId: null,
      deadline: null,
    });
    expect(noOwner.statusCode).toBe(400);
    expect(codes(noOwner)).toEqual(['action_owner_required', 'action_deadline_required']);
    const outsider = await spec.post(`${url}/actions`, {
      text: 'x',
      ownerUserId: users.specB1,
      deadline: '2026-12-01',
    });
    expect(codes(outsider)).toEqual(['action_owner_not_party']);
    for (const [owner, deadline] of [
      [users.specA1, '2026-12-01'],
      [users.navA, '2026-11-30'],
    ] as const) {
      const action = await spec.post(`${url}/actions`, {
        agendaItemId: financial.id,
        text: `Oppgave for ${owner === users.navA ? 'NAV' : 'spesialist'}`,
        ownerUserId: owner,
        deadline,
      });
      expect(action.statusCode).toBe(201);
    }
    const navWork = (await nav.get('/api/meetings/my-work')).json();
    expect(navWork.actions).toHaveLength(1);
    expect(navWork.actions[0].participantName).toBe('Mina Møte');
  });

  it('shows draft minutes to the organiser, the jobseeker and authors only', async () => {
    const navView = (await nav.get(url)).json();
    expect(navView.minutes).toHaveLength(0);
    expect((await jobseeker.get(url)).json().minutes).toHaveLength(3);
  });

  it('publishes only after the jobseeker has seen the minutes', async () => {
    const early = await spec.post(`${url}/minutes/publish`);
    expect(early.statusCode).toBe(409);
    expect(early.json().detail).toContain('jobseeker must see');
    expect((await spec.post(`${url}/minutes/seen`)).statusCode).toBe(403);
    expect((await jobseeker.post(`${url}/minutes/seen`)).json().meeting.minutesState).toBe(
      'seen_by_jobseeker',
    );
    const published = await spec.post(`${url}/minutes/publish`);
    expect(published.json().meeting.minutesState).toBe('published');
    expect((await spec.post(`${url}/minutes/publish`)).statusCode).toBe(409);
  });

  it("shows the therapist's entry to NAV only while consent reaches, and changes at once when narrowed", async () => {
    // NAV has no work_functioning by default: the entry is hidden and counted.
    let navView = (await nav.get(url)).json();
    expect(navView.minutes.map((m: { text: string }) => m.text)).not.toContain(
      'Korte dager i starten fungerer best',
    );
    expect(navView.hiddenEntries).toBe(1);
    const grant = await jobseeker.post(`${base}/consents`, {
      recordedVia: 'jobseeker',
      changes: [
        { recipient: { kind: 'user', userId: users.navA }, category: 'work_functioning', decision: 'grant' },
      ],
    });
    expect(grant.statusCode).toBeLessThan(300);
    navView = (await nav.get(url)).json();
    const entry = navView.minutes.find((m: { category: string | null }) => m.category === 'work_functioning');
    expect(entry.text).toBe('Korte dager i starten fungerer best');
    expect(entry.sharedWith.map((r: { userId: string }) => r.userId)).toContain(users.navA);
    await jobseeker.post(`${base}/consents`, {
      recordedVia: 'jobseeker',
      changes: [
        {
          recipient: { kind: 'user', userId: users.navA },
          category: 'work_functioning',
          decision: 'withdraw',
        },
      ],
    });
    navView = (await nav.get(url)).json();
    expect(navView.hiddenEntries).toBe(1);
    expect(navView.minutes.some((m: { category: string | null }) => m.category === 'work_functioning')).toBe(
      false,
    );
  });

  it('edits published minutes only as a new version with the earlier text kept', async () => {
    const detail = (await spec.get(url)).json();
    const decision = detail.minutes.find((m: { kind: string }) => m.kind === 'decision');
    const revised = await spec.post(`${url}/minutes`, {
      agendaItemId: decision.agendaItemId,
      kind: 'decision',
      text: 'Prøve 15 timer',
      replacesId: decision.id,
    });
    expect(revised.statusCode).toBe(201);
    const after = revised.json();
    expect(after.meeting.minutesVersion).toBe(2);
    expect(after.meeting.minutesState).toBe('published');
    const old = after.minutes.find((m: { id: string }) => m.id === decision.id);
    expect(old.text).toBe('Prøve 20 timer');
    expect(old.replacedById).not.toBeNull();
    const again = await spec.post(`${url}/minutes`, {
      agendaItemId: decision.agendaItemId,
      kind: 'decision',
      text: 'Prøve 10 timer',
      replacesId: decision.id,
    });
    expect(again.statusCode).toBe(409);
    expect(
      (
        await nav.post(`${url}/minutes`, {
          agendaItemId: decision.agendaItemId,
          kind: 'decision',
          text: 'y',
          replacesId: old.replacedById,
        })
      ).statusCode,
    ).toBe(403);
  });

  it('flags overdue actions and lets only the owner mark them done', async () => {
    await advanceTo('2026-12-03T09:00:00.000Z');
    const actions = (await jobseeker.get(`${base}/meeting-actions`)).json().items;
    expect(actions.map((a: { daysOverdue: number }) => a.daysOverdue)).toEqual([3, 2]);
    const navAction = actions[0];
    const actionUrl = `${base}/meeting-actions/${navAction.id}/done`;
    expect(
      (await withIfMatch(spec, 'PUT', actionUrl, `"${navAction.version}"`, { done: true })).statusCode,
    ).toBe(403);
    const done = await withIfMatch(nav, 'PUT', actionUrl, `"${navAction.version}"`, { done: true });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ doneOn: '2026-12-03', daysOverdue: 0 });
    expect((await nav.get('/api/meetings/my-work')).json().actions).toHaveLength(0);
  });

  it('records follow-up answers, asking why unless the answer is yes', async () => {
    const late = await jobseeker.put(`${url}/expectations/mine`, { need: 'For sent', contribution: '' });
    expect(late.statusCode).toBe(409);
    const noWhy = await jobseeker.put(`${url}/follow-up/mine`, { answer: 'partly' });
    expect(noWhy.statusCode).toBe(400);
    expect(codes(noWhy)).toContain('why_required');
    expect(
      (await jobseeker.put(`${url}/follow-up/mine`, { answer: 'partly', why: 'Vil vite mer om skatt' }))
        .statusCode,
    ).toBe(200);
    const all = (await nav.put(`${url}/follow-up/mine`, { answer: 'yes' })).json();
    expect(all.followUps.map((f: { answer: string }) => f.answer)).toEqual(['partly', 'yes']);
  });

  it('ends access at once when the jobseeker withdraws meeting consent; earlier contributions stay attributed', async () => {
    await jobseeker.post(`${base}/consents`, {
      recordedVia: 'jobseeker',
      changes: [
        {
          recipient: { kind: 'user', userId: users.navA },
          category: 'meeting_minutes',
          decision: 'withdraw',
        },
      ],
    });
    expect((await nav.get(url)).statusCode).toBe(404);
    expect((await nav.get(`${url}/invitation.ics`)).statusCode).toBe(404);
    expect((await nav.get('/api/meetings/my-work')).json().awaitingExpectations).toHaveLength(0);
    const seen = (await spec.get(url)).json();
    expect(seen.expectations.find((e: { id: string }) => e.id === users.navA)?.displayName).toBe('Test navA');
    expect(seen.followUps.find((f: { id: string }) => f.id === users.navA)?.answer).toBe('yes');
    const again = await spec.post(`${base}/meetings`, { ...plan(), date: '2026-12-10' });
    expect(again.statusCode).toBe(400);
    expect(codes(again)).toEqual(['invitee_without_consent']);
    const list = (await spec.get(`${base}/meetings`)).json();
    expect(list.eligibleInvitees.map((i: { id: string }) => i.id)).not.toContain(users.navA);
  });

  it('cancels: the invitation becomes a CANCEL with a higher SEQUENCE', async () => {
    const current = await spec.get(url);
    const cancelled = await withIfMatch(spec, 'POST', `${url}/cancel`, current.headers.etag as string);
    expect(cancelled.statusCode).toBe(200);
    const ics = (await jobseeker.get(`${url}/invitation.ics`)).body;
    expect(ics).toContain('METHOD:CANCEL');
    expect(ics).toContain('SEQUENCE:2');
    expect(
      (await jobseeker.put(`${url}/expectations/mine`, { need: 'x', contribution: '' })).statusCode,
    ).toBe(409);
  });
});
