import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestContext,
  type TestClient,
  type TestContext,
  testNationalId,
} from '../testing/test-context.ts';

// Team integration (issue 5 item 7): the specialist's treatment-team and NAV meetings against the IPS rhythm; and the
// focused start page for NAV counsellors and therapists (item 9).

let ctx: TestContext;
let spec: TestClient;
let nav: TestClient;
let therapist: TestClient;
let participantId: string;
let hiddenId: string;
let clock = new Date('2026-11-22T10:00:00.000Z'); // a Sunday

beforeAll(async () => {
  ctx = await createTestContext({ now: () => clock });
  spec = await ctx.login('specA1');
  nav = await ctx.login('navA');
  therapist = await ctx.login('therapistA');
  const { users } = ctx.fixtures;
  const register = async (familyName: string, index: number) =>
    (
      await spec.post('/api/participants', {
        givenName: 'Stine',
        familyName,
        nationalId: testNationalId(index),
        referralSource: 'self',
        referralDate: '2026-10-01',
      })
    ).json().id as string;
  participantId = await register('Startside', 61);
  hiddenId = await register('Skjult', 62);
  for (const id of [participantId, hiddenId]) {
    await ctx.db
      .insertInto('care_team_member')
      .values([
        { participant_id: id, user_id: users.navA, role: 'nav_counsellor' },
        { participant_id: id, user_id: users.therapistA, role: 'therapist' },
      ])
      .execute();
  }
  await ctx.db
    .updateTable('participant')
    .set({ user_id: users.jobseeker1 })
    .where('id', '=', participantId)
    .execute();
  // Registration records the first phase with the database's clock; put it well before the test clock's "now".
  await sql`
    UPDATE participant_phase SET recorded_at = '2026-10-01T08:00:00Z'
    WHERE participant_id IN (${participantId}, ${hiddenId})
  `.execute(ctx.db);
  // The second participant shuts NAV out of contact and plan: NAV must not see them on the start page.
  await ctx.db
    .insertInto('consent_record')
    .values({
      participant_id: hiddenId,
      recipient_user_id: users.navA,
      category: 'contact_and_plan',
      decision: 'withdraw',
      valid_from: '2026-11-01',
      recorded_by: users.specA1,
      recorded_via: 'paper',
    })
    .execute();
});
afterAll(() => ctx.close());

describe('team meetings', () => {
  const record = (body: Record<string, unknown>) => spec.post('/api/me/team-meetings', body);

  it('records treatment-team and NAV meetings and shows the rhythm kept', async () => {
    for (const date of ['2026-10-27', '2026-11-03', '2026-11-17']) {
      const response = await record({
        kind: 'treatment_team',
        date,
        counterpart: 'DPS Test, poliklinikk',
        participantsDiscussed: 4,
        note: 'Gikk gjennom henvisninger',
      });
      expect(response.statusCode).toBe(201);
    }
    expect(
      (await record({ kind: 'treatment_team', date: '2026-11-10', counterpart: 'DPS Test', attended: false }))
        .statusCode,
    ).toBe(201);
    expect(
      (await record({ kind: 'nav', date: '2026-10-15', counterpart: 'NAV Test', note: 'Tiltak' })).statusCode,
    ).toBe(201);
    const last = await record({ kind: 'nav', date: '2026-11-20', counterpart: 'NAV Test' });
    expect(last.statusCode).toBe(201);
    const body = last.json();
    expect(body.items).toHaveLength(6);
    expect(body.items[0]).toMatchObject({
      kind: 'nav',
      date: '2026-11-20',
      attended: true,
      participantsDiscussed: null,
    });
    // Last four weeks: 26 Oct – 22 Nov; attended in the weeks of 26 Oct, 2 Nov and 16 Nov; missed 9 Nov.
    expect(body.rhythm.treatmentTeam).toMatchObject({
      from: '2026-10-26',
      weeks: 4,
      weeksAttended: 3,
      weeksWithout: ['2026-11-09'],
      meetsExpectation: false,
      fidelityItem: 'O2',
    });
    expect(body.rhythm.nav).toMatchObject({
      from: '2026-09-01',
      months: 3,
      monthsWithMeeting: 2,
      monthsWithout: ['2026-09'],
      fidelityItem: 'O3',
    });
  });

  it('refuses a date in the future, a NAV meeting marked as missed, and roles other than the specialist', async () => {
    const future = await record({ kind: 'nav', date: '2026-11-23', counterpart: 'NAV Test' });
    expect(future.statusCode).toBe(400);
    expect(future.json().errors[0]).toMatchObject({ path: 'date', code: 'date_in_future' });
    const missedNav = await record({
      kind: 'nav',
      date: '2026-11-20',
      counterpart: 'NAV Test',
      attended: false,
    });
    expect(missedNav.statusCode).toBe(400);
    expect((await record({ kind: 'treatment_team', date: '2026-11-20', counterpart: '' })).statusCode).toBe(
      400,
    );
    expect((await nav.get('/api/me/team-meetings')).statusCode).toBe(403);
    expect((await (await ctx.login('supervisorA')).post('/api/me/team-meetings', {})).statusCode).toBe(403);
  });

  it("shows each specialist's own records only, and the supervisor their team's figures", async () => {
    const other = await ctx.login('specA2');
    expect((await other.get('/api/me/team-meetings')).json().items).toEqual([]);
    const team = (await (await ctx.login('supervisorA')).get('/api/team/team-meetings')).json();
    const names = team.specialists.map((s: { displayName: string }) => s.displayName);
    expect(names).toEqual(['Test specA1', 'Test specA2']);
    expect(team.specialists[0]).toMatchObject({
      lastTreatmentTeamMeeting: '2026-11-17',
      lastNavMeeting: '2026-11-20',
      rhythm: { treatmentTeam: { weeksAttended: 3 } },
    });
    const otherTeam = (await (await ctx.login('supervisorB')).get('/api/team/team-meetings')).json();
    expect(otherTeam.specialists.map((s: { displayName: string }) => s.displayName)).toEqual(['Test specB1']);
  });
});

describe('the focused start page', () => {
  it('is for NAV counsellors and therapists', async () => {
    expect((await spec.get('/api/me/start')).statusCode).toBe(403);
    expect((await (await ctx.login('jobseeker1')).get('/api/me/start')).statusCode).toBe(403);
  });

  it('lists only the participants shared with the caller, with unread messages, and audits what it shows', async () => {
    await spec.post(`/api/participants/${participantId}/messages`, { text: 'Ny avtale på fredag.' });
    const response = await nav.get('/api/me/start');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.firstVisit).toBe(true);
    expect(body.participants.map((p: { id: string }) => p.id)).toEqual([participantId]);
    expect(body.participants[0]).toMatchObject({ unreadMessages: 1, familyName: 'Startside' });
    expect(body.meetings).toEqual([]);
    expect(body.actions).toEqual([]);
    const audited = await ctx.db
      .selectFrom('audit_log')
      .select('participant_id')
      .where('actor_user_id', '=', ctx.fixtures.users.navA)
      .where('action', '=', 'start_page.read')
      .execute();
    expect(audited.map((a) => a.participant_id)).toEqual([participantId]);
  });

  it('shows the meetings the caller is invited to, to prepare, and the meeting actions they own', async () => {
    const base = `/api/participants/${participantId}/meetings`;
    const planned = await spec.post(base, {
      date: '2026-11-25',
      startTime: '10:00',
      endTime: '11:00',
      place: 'Møterom 2',
      purpose: 'Samarbeidsmøte om arbeidstrening',
      inviteeIds: [ctx.fixtures.users.therapistA],
    });
    expect(planned.statusCode, planned.body).toBe(201);
    const meetingId = planned.json().meeting.id as string;
    const action = await spec.post(`${base}/${meetingId}/actions`, {
      text: 'Vurdere arbeidsevne før oppstart',
      ownerUserId: ctx.fixtures.users.therapistA,
      deadline: '2026-12-01',
    });
    expect(action.statusCode, action.body).toBe(201);
    const body = (await therapist.get('/api/me/start')).json();
    expect(body.meetings).toEqual([
      {
        id: meetingId,
        participantId,
        participantName: expect.stringContaining('Startside'),
        startsAt: '2026-11-25T09:00:00.000Z',
        needsPreparation: true,
      },
    ]);
    expect(body.actions).toEqual([
      expect.objectContaining({
        participantId,
        text: 'Vurdere arbeidsevne før oppstart',
        dueDate: '2026-12-01',
        daysOverdue: 0,
      }),
    ]);
  });

  it('tells the therapist what each jobseeker shares with them', async () => {
    const body = (await therapist.get('/api/me/start')).json();
    const shared = Object.fromEntries(
      body.participants.map((p: { id: string; sharedCategories: string[] }) => [p.id, p.sharedCategories]),
    );
    expect(shared[participantId]).toEqual([
      'contact_and_plan',
      'career_profile',
      'work_functioning',
      'warning_signs',
      'meeting_minutes',
    ]);
    expect(shared[participantId]).not.toContain('diagnosis_treatment');
  });

  it('shows what is new since the last visit: phase changes and notes the caller may read', async () => {
    expect((await nav.post('/api/me/start/visit')).statusCode).toBe(204);
    clock = new Date('2026-11-22T10:10:00.000Z');
    expect((await nav.get('/api/me/start')).json()).toMatchObject({
      firstVisit: false,
      since: '2026-11-22T10:00:00.000Z',
      participants: [{ phaseChanges: [], newNotes: 0 }],
    });
    const version = (await spec.get(`/api/participants/${participantId}`)).headers.etag as string;
    const changed = await ctx.app.inject({
      method: 'POST',
      url: `/api/participants/${participantId}/phase-changes`,
      headers: { cookie: spec.cookie, 'x-csrf-token': spec.csrfToken, 'if-match': version },
      payload: { phase: 'engagement', date: '2026-11-22' },
    });
    expect(changed.statusCode).toBeLessThan(300);
    // A note in a health category NAV is not given by default, and one in a category the specialist reads.
    await therapist.post(`/api/participants/${participantId}/therapist-notes`, {
      category: 'warning_signs',
      text: 'Søvn er første tegn.',
    });
    const forNav = (await nav.get('/api/me/start')).json().participants[0];
    expect(forNav.phaseChanges).toEqual([{ phase: 'engagement', startedOn: '2026-11-22' }]);
    expect(forNav.newNotes).toBe(0);
    expect(forNav.unreadMessages).toBe(1);
  });

  it('says how many days an owned action is past its deadline', async () => {
    // The therapist's action is due 1 December; on 3 December it is two days overdue.
    clock = new Date('2026-12-03T10:00:00.000Z');
    const later = await ctx.login('therapistA');
    const actions = (await later.get('/api/me/start')).json().actions;
    expect(actions).toEqual([
      expect.objectContaining({
        text: 'Vurdere arbeidsevne før oppstart',
        dueDate: '2026-12-01',
        daysOverdue: 2,
      }),
    ]);
  });

  it('lists the questions waiting for NAV with how long they have waited, past 48 hours flagged', async () => {
    // The test clock is 3 December 10:00 UTC.
    await ctx.db
      .insertInto('nav_question')
      .values([
        {
          participant_id: participantId,
          question: 'Hva skjer med AAP ved 15 timer?',
          asked_at: new Date('2026-12-02T12:00:00Z'),
        },
        {
          participant_id: participantId,
          question: 'Kan jeg beholde bostøtten?',
          asked_at: new Date('2026-11-30T09:00:00Z'),
        },
        // The other participant shuts NAV out: their question is not shown.
        { participant_id: hiddenId, question: 'Skjult spørsmål', asked_at: new Date('2026-11-29T09:00:00Z') },
      ])
      .execute();
    const answered = await ctx.db
      .insertInto('nav_question')
      .values({
        participant_id: participantId,
        question: 'Besvart spørsmål',
        asked_at: new Date('2026-11-28T09:00:00Z'),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await ctx.db
      .updateTable('nav_question')
      .set({ answer: 'Ja', answered_on: '2026-11-29' })
      .where('id', '=', answered.id)
      .execute();

    const questions = (await (await ctx.login('navA')).get('/api/me/start')).json().questions;
    expect(
      questions.map(
        (q: { question: string; hoursWaiting: number; overdue: boolean; participantId: string }) => [
          q.question,
          q.hoursWaiting,
          q.overdue,
          q.participantId,
        ],
      ),
    ).toEqual([
      ['Kan jeg beholde bostøtten?', 73, true, participantId],
      ['Hva skjer med AAP ved 15 timer?', 22, false, participantId],
    ]);
    // A therapist has no questions addressed to them here.
    expect((await (await ctx.login('therapistA')).get('/api/me/start')).json().questions).toEqual([]);
  });
});
