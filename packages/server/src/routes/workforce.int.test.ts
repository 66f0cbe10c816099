import { insertParticipantsBulk } from '@ips-bridge/db';
import type { Phase } from '@ips-bridge/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestContext,
  type TestClient,
  type TestContext,
  testNationalId,
} from '../testing/test-context.ts';

// The supervisors' workforce view and supervision notes (issue 7 item 4), the fidelity meeting indicators (items 5
// and 6 of the scale) from team meetings, and the indicator export with small-cell suppression (issue 7 item 5).
//
// The fixed data set (today Sunday 22 Nov 2026; period 1 Sep – 22 Nov 2026, 83 days = 11.86 weeks), team A:
// - specA1: 21 participants in job search since 1 Aug (one of them ended 10 Nov), one more referred 15 Oct
//   → active 30 Sep 21, 31 Oct 22, 22 Nov 21; now 21 (over 20). Treatment-team meetings 3 and 10 Nov attended,
//   17 Nov missed, 25 Aug before the period; NAV 20 Oct; a collaboration meeting held 5 Nov (another cancelled,
//   one still to come) → 2 + 1 + 1 = 4 meetings, 0.3 a week. Time: weeks of 7 Sep (20 out, 10 in) and 14 Sep
//   (10/10) → 30 of 50 hours = 60 % (under 65). Flags: over_caseload, low_community_time.
// - specA2: 4 participants working since 10 Sep with a job from 15 Sep; contacts: one on 1 Nov (next due 1 Dec),
//   one on 1 Oct (due 31 Oct: overdue), two none since the start (due 18 Sep: overdue) → 3 overdue (falling
//   behind). NAV 12 Nov. Time: week of 5 Oct 26/4 → 87 %; week of 31 Aug (before the period) not counted.
// - specB1 (team B): one participant with an overdue job, never in team A's figures.

let ctx: TestContext;
let supervisorA: TestClient;
let specA1: TestClient;
let specA2: TestClient;
let supervisorB: TestClient;
let admin: TestClient;
const clock = new Date('2026-11-22T10:00:00.000Z');
const PERIOD = 'from=2026-09-01&to=2026-11-22';

beforeAll(async () => {
  ctx = await createTestContext({ now: () => clock });
  const { users, teamA, teamB } = ctx.fixtures;
  [supervisorA, specA1, specA2, supervisorB, admin] = await Promise.all([
    ctx.login('supervisorA'),
    ctx.login('specA1'),
    ctx.login('specA2'),
    ctx.login('supervisorB'),
    ctx.login('admin'),
  ]);
  let n = 200;
  const people = (
    count: number,
    input: { teamId: string; specialistId: string; referralDate: string; phase: Phase; phaseSince: string },
  ) =>
    insertParticipantsBulk(
      ctx.db,
      Array.from({ length: count }, () => {
        n += 1;
        return {
          teamId: input.teamId,
          givenName: 'Test',
          familyName: `Person ${n}`,
          nationalId: testNationalId(n),
          birthDate: '1990-01-01',
          phone: null,
          email: null,
          referralSource: 'self' as const,
          referralDate: input.referralDate,
          createdBy: null,
          phase: input.phase,
          phaseSince: input.phaseSince,
          specialistId: input.specialistId,
        };
      }),
    );
  const a1 = await people(21, {
    teamId: teamA,
    specialistId: users.specA1,
    referralDate: '2026-07-01',
    phase: 'job_search',
    phaseSince: '2026-08-01',
  });
  await ctx.db
    .insertInto('participant_phase')
    .values({ participant_id: a1[0] ?? '', phase: 'ended', started_on: '2026-11-10', recorded_by: null })
    .execute();
  await people(1, {
    teamId: teamA,
    specialistId: users.specA1,
    referralDate: '2026-10-15',
    phase: 'referred',
    phaseSince: '2026-10-15',
  });
  const a2 = await people(4, {
    teamId: teamA,
    specialistId: users.specA2,
    referralDate: '2026-06-01',
    phase: 'working',
    phaseSince: '2026-09-10',
  });
  const b1 = await people(1, {
    teamId: teamB,
    specialistId: users.specB1,
    referralDate: '2026-06-01',
    phase: 'working',
    phaseSince: '2026-09-10',
  });
  for (const id of [...a2, ...b1])
    await ctx.db
      .insertInto('job')
      .values({
        participant_id: id,
        employer_id: null,
        employer_name: 'Butikken',
        title: 'Butikkmedarbeider',
        competitive: true,
        hours_per_week: 20,
        hourly_wage: 200,
        start_date: '2026-09-15',
        found_with_ips: true,
        end_date: null,
        end_reason: null,
        created_by: null,
      })
      .execute();
  const contact = (participantId: string, date: string) => ({
    participant_id: participantId,
    job_id: null,
    contact_date: date,
    with_whom: 'jobseeker' as const,
    face_to_face: true,
    setting: 'community' as const,
    recorded_by: null,
  });
  await ctx.db
    .insertInto('support_contact')
    .values([contact(a2[0] ?? '', '2026-11-01'), contact(a2[1] ?? '', '2026-10-01')])
    .execute();
  const meeting = (specialistId: string, kind: 'treatment_team' | 'nav', date: string, attended = true) => ({
    specialist_id: specialistId,
    kind,
    held_on: date,
    counterpart: kind === 'nav' ? 'NAV Test' : 'DPS Test',
    attended,
    participants_discussed: null,
  });
  await ctx.db
    .insertInto('team_meeting')
    .values([
      meeting(users.specA1, 'treatment_team', '2026-11-03'),
      meeting(users.specA1, 'treatment_team', '2026-11-10'),
      meeting(users.specA1, 'treatment_team', '2026-11-17', false),
      meeting(users.specA1, 'treatment_team', '2026-08-25'),
      meeting(users.specA1, 'nav', '2026-10-20'),
      meeting(users.specA2, 'nav', '2026-11-12'),
    ])
    .execute();
  const collaboration = (startsAt: string, status: 'planned' | 'cancelled') => ({
    participant_id: a1[1] ?? '',
    organiser_id: users.specA1,
    starts_at: new Date(startsAt),
    ends_at: new Date(new Date(startsAt).getTime() + 3_600_000),
    purpose: 'Samarbeidsmøte',
    status,
  });
  await ctx.db
    .insertInto('meeting')
    .values([
      collaboration('2026-11-05T09:00:00Z', 'planned'),
      collaboration('2026-11-06T09:00:00Z', 'cancelled'),
      collaboration('2026-11-25T09:00:00Z', 'planned'),
    ])
    .execute();
  const week = (userId: string, weekStart: string, community: number, office: number) => ({
    user_id: userId,
    week_start: weekStart,
    community_hours: community,
    office_hours: office,
  });
  await ctx.db
    .insertInto('time_use')
    .values([
      week(users.specA1, '2026-09-07', 20, 10),
      week(users.specA1, '2026-09-14', 10, 10),
      week(users.specA2, '2026-10-05', 26, 4),
      week(users.specA2, '2026-08-31', 0, 30),
    ])
    .execute();
});
afterAll(() => ctx.close());

describe('the workforce view', () => {
  it('shows each specialist of the team with hand-computed figures and flags', async () => {
    const response = await supervisorA.get(`/api/team/workforce?${PERIOD}`);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({
      team: { id: ctx.fixtures.teamA },
      from: '2026-09-01',
      to: '2026-11-22',
      today: '2026-11-22',
      thresholds: { caseload: 20, overdueFollowUps: 3, communityTimePercent: 65 },
    });
    const { users } = ctx.fixtures;
    expect(body.specialists.map((s: { id: string }) => s.id).sort()).toEqual(
      [users.specA1, users.specA2].sort(),
    );
    const a1 = body.specialists.find((s: { id: string }) => s.id === users.specA1);
    const a2 = body.specialists.find((s: { id: string }) => s.id === users.specA2);
    expect(a1).toEqual({
      id: users.specA1,
      displayName: 'Test specA1',
      activeNow: 21,
      caseloadByMonth: [
        { month: '2026-09', date: '2026-09-30', active: 21 },
        { month: '2026-10', date: '2026-10-31', active: 22 },
        { month: '2026-11', date: '2026-11-22', active: 21 },
      ],
      overdueFollowUps: 0,
      meetings: { treatmentTeam: 2, nav: 1, collaboration: 1, perWeek: 0.3 },
      communityTime: { percent: 60, communityHours: 30, officeHours: 20, weeksRecorded: 2 },
      flags: ['over_caseload', 'low_community_time'],
    });
    expect(a2).toMatchObject({
      activeNow: 4,
      caseloadByMonth: [{ active: 4 }, { active: 4 }, { active: 4 }],
      overdueFollowUps: 3,
      meetings: { treatmentTeam: 0, nav: 1, collaboration: 0, perWeek: 0.1 },
      communityTime: { percent: 87, weeksRecorded: 1 },
      flags: ['falling_behind'],
    });
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select(['actor_user_id', 'participant_id'])
      .where('action', '=', 'workforce.read')
      .execute();
    expect(audit).toContainEqual({ actor_user_id: users.supervisorA, participant_id: null });
  });

  it('is refused to a specialist and to another team’s supervisor (403 problem+json)', async () => {
    const asSpecialist = await specA1.get(`/api/team/workforce?${PERIOD}`);
    expect(asSpecialist.statusCode).toBe(403);
    expect(asSpecialist.headers['content-type']).toContain('application/problem+json');
    const otherTeam = await supervisorB.get(`/api/team/workforce?${PERIOD}&teamId=${ctx.fixtures.teamA}`);
    expect(otherTeam.statusCode).toBe(403);
    expect(otherTeam.headers['content-type']).toContain('application/problem+json');
  });

  it('lets an administrator see a team they name, and asks them to name one', async () => {
    const named = await admin.get(`/api/team/workforce?${PERIOD}&teamId=${ctx.fixtures.teamB}`);
    expect(named.statusCode).toBe(200);
    expect(named.json().specialists).toHaveLength(1);
    expect(named.json().specialists[0]).toMatchObject({ overdueFollowUps: 1, flags: [] });
    const unnamed = await admin.get(`/api/team/workforce?${PERIOD}`);
    expect(unnamed.statusCode).toBe(400);
    expect(unnamed.json().errors).toContainEqual(expect.objectContaining({ path: 'teamId' }));
  });

  it('refuses a period that ends before it starts, or is too long (400 on to)', async () => {
    const backwards = await supervisorA.get('/api/team/workforce?from=2026-11-22&to=2026-09-01');
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors).toContainEqual(
      expect.objectContaining({ path: 'to', code: 'end_before_start' }),
    );
    const long = await supervisorA.get('/api/team/workforce?from=2020-01-01&to=2026-11-22');
    expect(long.statusCode).toBe(400);
    expect(long.json().errors).toContainEqual(
      expect.objectContaining({ path: 'to', code: 'period_too_long' }),
    );
  });
});

describe('supervision notes', () => {
  const notesOf = (id: string) => `/api/team/specialists/${id}/supervision-notes`;
  const put = (client: TestClient, noteId: string, body: unknown, ifMatch?: string) =>
    ctx.app.inject({
      method: 'PUT',
      url: `/api/supervision-notes/${noteId}`,
      headers: {
        cookie: client.cookie,
        'x-csrf-token': client.csrfToken,
        ...(ifMatch ? { 'if-match': ifMatch } : {}),
      },
      payload: body as Record<string, unknown>,
    });

  it('the supervisor writes a note once per Idempotency-Key; the specialist reads it; others may not', async () => {
    const { users } = ctx.fixtures;
    const body = { date: '2026-11-20', text: 'Gikk gjennom arbeidsmengden; avtalt å overføre to deltakere.' };
    const key = { 'idempotency-key': 'supervision-note-0001' };
    const first = await supervisorA.post(notesOf(users.specA1), body, key);
    expect(first.statusCode).toBe(201);
    expect(first.headers.etag).toBe('"1"');
    const again = await supervisorA.post(notesOf(users.specA1), body, key);
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotency-replayed']).toBe('true');
    expect(again.json().id).toBe(first.json().id);

    const own = await specA1.get(notesOf(users.specA1));
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({ mayWrite: false, items: [{ text: body.text, date: '2026-11-20' }] });
    expect(own.json().items).toHaveLength(1);
    expect((await supervisorA.get(notesOf(users.specA1))).json().mayWrite).toBe(true);

    expect((await specA2.get(notesOf(users.specA1))).statusCode).toBe(403);
    expect((await supervisorB.get(notesOf(users.specA1))).statusCode).toBe(403);
    expect((await supervisorB.post(notesOf(users.specA1), body)).statusCode).toBe(403);
    expect((await specA1.post(notesOf(users.specA1), body)).statusCode).toBe(403);
  });

  it('refuses a date in the future and an empty text', async () => {
    const { users } = ctx.fixtures;
    const future = await supervisorA.post(notesOf(users.specA2), { date: '2026-11-23', text: 'Senere' });
    expect(future.statusCode).toBe(400);
    expect(future.json().errors).toContainEqual(
      expect.objectContaining({ path: 'date', code: 'date_in_future' }),
    );
    const empty = await supervisorA.post(notesOf(users.specA2), { date: '2026-11-20', text: '  ' });
    expect(empty.statusCode).toBe(400);
  });

  it('changes a note only with the ETag it was read with', async () => {
    const { users } = ctx.fixtures;
    const created = await supervisorA.post(notesOf(users.specA2), {
      date: '2026-11-19',
      text: 'Oppfølging i jobb henger etter.',
    });
    const id = created.json().id as string;
    const change = { date: '2026-11-19', text: 'Oppfølging i jobb henger etter; plan for neste uke.' };
    expect((await put(supervisorA, id, change)).statusCode).toBe(428);
    const ok = await put(supervisorA, id, change, '"1"');
    expect(ok.statusCode).toBe(200);
    expect(ok.headers.etag).toBe('"2"');
    expect(ok.json()).toMatchObject({ text: change.text, version: 2 });
    expect((await put(supervisorA, id, change, '"1"')).statusCode).toBe(412);
    expect((await put(supervisorB, id, change, '"2"')).statusCode).toBe(403);
  });
});

describe('fidelity indicators from team meetings, and their export', () => {
  it('computes treatment-team attendance per week and NAV meetings per month', async () => {
    // 2–22 Nov: three weeks (2, 9, 16 Nov) and one month per specialist.
    const response = await supervisorA.get(
      `/api/fidelity/teams/${ctx.fixtures.teamA}/indicators?from=2026-11-02&to=2026-11-22`,
    );
    expect(response.statusCode).toBe(200);
    const items = response.json().items as Array<{ key: string }>;
    expect(items.find((i) => i.key === 'treatment_team_meetings')).toMatchObject({
      status: 'below_target',
      value: 33, // specA1 2 of 3 weeks, specA2 0 of 3
      basis: { specialists: 2, specialistWeeks: 6, specialistWeeksAttended: 2, specialistsEveryWeek: 0 },
    });
    expect(items.find((i) => i.key === 'nav_meetings')).toMatchObject({
      status: 'below_target',
      value: 50, // specA2 met NAV in November, specA1 in October only
      basis: { specialistMonths: 2, specialistMonthsWithMeeting: 1, specialistsEveryMonth: 1 },
    });
  });

  it('withholds counts of jobseekers under 5 in the export, and the figure derived from them', async () => {
    const url = `/api/fidelity/teams/${ctx.fixtures.teamA}/indicators/export?${PERIOD}`;
    const json = await supervisorA.get(`${url}&format=json`);
    expect(json.statusCode).toBe(200);
    const items = json.json().items as Array<{ key: string }>;
    expect(json.json().suppressedBelow).toBe(5);
    // Four jobs started in the period (specA2's): withheld, and so is the share.
    expect(items.find((i) => i.key === 'competitive_jobs')).toMatchObject({
      value: 'withheld',
      basis: { jobs: 'withheld', competitive: 'withheld' },
    });
    // 25 active at the end: shown.
    expect(items.find((i) => i.key === 'caseload')).toMatchObject({
      value: 12.5,
      basis: { specialists: 2, participants: 25, largest: 21 },
    });
    const csv = await supervisorA.get(url);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('competitive_jobs,<5,>=95,meets_target,jobs=<5 competitive=<5');
    expect((await specA1.get(`${url}&format=json`)).statusCode).toBe(200);
    expect((await supervisorB.get(`${url}&format=json`)).statusCode).toBe(403);
    const backwards = await supervisorA.get(
      `/api/fidelity/teams/${ctx.fixtures.teamA}/indicators/export?from=2026-11-22&to=2026-09-01`,
    );
    expect(backwards.statusCode).toBe(400);
  });
});
