import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestContext,
  type TestClient,
  type TestContext,
  testNationalId,
} from '../testing/test-context.ts';

// Meeting quality over time (issue 5 item 6): the team figures (aggregates, withheld below five), the participant's
// figures through the access layer, and bad periods. The seeded set is written straight into the tables so that the
// timestamps are the ones counted; the expected figures are counted by hand in the comments.

let ctx: TestContext;
let supervisor: TestClient;
let spec: TestClient;
let participantId: string;
const clock = new Date('2026-11-20T12:00:00.000Z');
const PERIOD = 'from=2026-10-01&to=2026-11-30';

beforeAll(async () => {
  ctx = await createTestContext({ now: () => clock });
  const { users } = ctx.fixtures;
  spec = await ctx.login('specA1');
  supervisor = await ctx.login('supervisorA');
  participantId = (
    await spec.post('/api/participants', {
      givenName: 'Kari',
      familyName: 'Kvalitet',
      nationalId: testNationalId(91),
      referralSource: 'self',
      referralDate: '2026-09-01',
    })
  ).json().id;
  await ctx.db
    .insertInto('care_team_member')
    .values([{ participant_id: participantId, user_id: users.navA, role: 'nav_counsellor' }])
    .execute();
  await ctx.db
    .updateTable('participant')
    .set({ user_id: users.jobseeker1 })
    .where('id', '=', participantId)
    .execute();

  // Six held meetings, 5–20 Oct at 10:00 Oslo time, and one cancelled one that must not count.
  const days = ['05', '08', '11', '14', '17', '20'];
  const followUps = ['yes', 'yes', 'yes', 'partly', 'no', 'yes'] as const;
  for (const [i, day] of days.entries()) {
    const startsAt = new Date(`2026-10-${day}T08:00:00Z`);
    const before = new Date(startsAt.getTime() - 86_400_000);
    const after = new Date(startsAt.getTime() + 3_600_000);
    const { id } = await ctx.db
      .insertInto('meeting')
      .values({
        participant_id: participantId,
        organiser_id: users.specA1,
        starts_at: startsAt,
        ends_at: new Date(startsAt.getTime() + 3_600_000),
        place: 'Møterom',
        purpose: 'Samarbeidsmøte',
        created_at: new Date('2026-10-01T08:00:00Z'),
        // The financial item resolved in the first three: 3 of 6.
        ...(i < 3
          ? {
              financial_resolution: 'Avklart',
              financial_resolved_at: after,
              financial_resolved_by: users.navA,
            }
          : {}),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await ctx.db
      .insertInto('meeting_party')
      .values([
        { meeting_id: id, user_id: users.jobseeker1, role: 'jobseeker' },
        { meeting_id: id, user_id: users.specA1, role: 'employment_specialist' },
      ])
      .execute();
    // Both answered beforehand in the first four; in the fifth only the jobseeker; in the sixth the specialist
    // answered after the start: 4 of 6.
    const answer = (userId: string, answeredAt: Date) => ({
      meeting_id: id,
      user_id: userId,
      need: 'Økonomi',
      contribution: '',
      answered_at: answeredAt,
    });
    const answers = [answer(users.jobseeker1, before)];
    if (i < 4) answers.push(answer(users.specA1, before));
    if (i === 5) answers.push(answer(users.specA1, after));
    await ctx.db.insertInto('meeting_expectation').values(answers).execute();
    // One action each, due 25 Oct: done 20 Oct in the first four (on time), 30 Oct in the fifth (late), still open
    // in the sixth (overdue on 20 Nov): 4 of 6 on time, 1 overdue.
    await ctx.db
      .insertInto('meeting_action')
      .values({
        meeting_id: id,
        participant_id: participantId,
        text: 'Tiltak',
        owner_id: users.specA1,
        deadline: '2026-10-25',
        done_on: i < 4 ? '2026-10-20' : i === 4 ? '2026-10-30' : null,
        created_by: users.specA1,
      })
      .execute();
    // The jobseeker's answers: yes ×4, partly ×1, no ×1.
    await ctx.db
      .insertInto('meeting_follow_up')
      .values({
        meeting_id: id,
        user_id: users.jobseeker1,
        answer: followUps[i] as 'yes',
        answered_at: after,
      })
      .execute();
  }
  await ctx.db
    .insertInto('meeting')
    .values({
      participant_id: participantId,
      organiser_id: users.specA1,
      starts_at: new Date('2026-10-22T08:00:00Z'),
      ends_at: new Date('2026-10-22T09:00:00Z'),
      place: 'Møterom',
      purpose: 'Avlyst møte',
      status: 'cancelled',
      financial_resolved_at: new Date('2026-10-22T09:00:00Z'),
    })
    .execute();
  // Three questions for NAV: answered after 1 and 3 days, one open since 10 Nov (10 days by 20 Nov).
  await ctx.db
    .insertInto('nav_question')
    .values([
      {
        participant_id: participantId,
        question: 'Hva skjer med AAP?',
        asked_at: new Date('2026-10-02T10:00:00Z'),
      },
      { participant_id: participantId, question: 'Frikort?', asked_at: new Date('2026-10-12T10:00:00Z') },
      { participant_id: participantId, question: 'Bostøtte?', asked_at: new Date('2026-11-10T10:00:00Z') },
    ])
    .execute();
  await ctx.db
    .updateTable('nav_question')
    .set({ answer: 'Svar', answered_on: '2026-10-03' })
    .where('question', '=', 'Hva skjer med AAP?')
    .execute();
  await ctx.db
    .updateTable('nav_question')
    .set({ answer: 'Svar', answered_on: '2026-10-15' })
    .where('question', '=', 'Frikort?')
    .execute();
});
afterAll(() => ctx.close());

describe('GET /api/team/meeting-quality', () => {
  it.each(['navA', 'therapistA', 'jobseeker1'] as const)('is refused for %s', async (user) => {
    const response = await (await ctx.login(user)).get(`/api/team/meeting-quality?${PERIOD}`);
    expect(response.statusCode).toBe(403);
  });

  it("gives the team's figures and withholds those resting on fewer than five", async () => {
    const response = await supervisor.get(`/api/team/meeting-quality?${PERIOD}`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      period: { from: '2026-10-01', to: '2026-11-30' },
      empty: false,
      meetingsHeld: 6,
      minimumBase: 5,
      expectationsBeforehand: { status: 'shown', count: 4, of: 6 },
      financialResolved: { status: 'shown', count: 3, of: 6, share: 0.5 },
      actions: { status: 'shown', due: 6, onTime: 4, late: 1, overdue: 1, notYetDue: 0 },
      // Three questions: fewer than five.
      navWait: { status: 'too_few' },
      gotWhatNeeded: { status: 'shown', answers: 6, counts: { yes: 4, partly: 1, no: 1 } },
      gotWhatNeededByRole: {
        jobseeker: { status: 'shown', answers: 6 },
        employment_specialist: { status: 'none' },
      },
    });
    expect(response.json().navWait).toEqual({ status: 'too_few' });
  });

  it("is the same for a specialist of the team, and empty for another team's supervisor", async () => {
    const mine = (await spec.get(`/api/team/meeting-quality?${PERIOD}`)).json();
    expect(mine.meetingsHeld).toBe(6);
    const other = (await (await ctx.login('supervisorB')).get(`/api/team/meeting-quality?${PERIOD}`)).json();
    expect(other).toMatchObject({ empty: true, meetingsHeld: 0, expectationsBeforehand: { status: 'none' } });
  });

  it('defaults to the 91 days that end today', async () => {
    const body = (await supervisor.get('/api/team/meeting-quality')).json();
    expect(body.period).toEqual({ from: '2026-08-22', to: '2026-11-20' });
    expect(body.meetingsHeld).toBe(6);
  });

  it.each([
    { query: 'from=2026-11-30&to=2026-10-01', path: 'to', code: 'end_before_start' },
    { query: 'from=2026-10-01', path: 'to', code: 'required' },
    { query: 'from=2026-10-01&to=2026-13-01', path: 'to', code: 'invalid_format' },
    { query: 'from=2020-01-01&to=2026-10-01', path: 'to', code: 'period_too_long' },
  ])('answers 400 for $query', async ({ query, path, code }) => {
    const response = await supervisor.get(`/api/team/meeting-quality?${query}`);
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().errors).toContainEqual(expect.objectContaining({ path, code }));
  });
});

describe('GET /api/participants/{id}/meeting-quality', () => {
  it("gives one participant's figures, the NAV wait included, and audits the read", async () => {
    const response = await spec.get(`/api/participants/${participantId}/meeting-quality?${PERIOD}`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      minimumBase: 1,
      meetingsHeld: 6,
      // Waits 1 and 3 days: median 2, longest 3, one within two days; one open for 10 days.
      navWait: {
        status: 'shown',
        asked: 3,
        answered: 2,
        medianDays: 2,
        longestDays: 3,
        withinTwoDays: 1,
        open: 1,
        longestOpenDays: 10,
      },
    });
    const audited = await ctx.db
      .selectFrom('audit_log')
      .select(['participant_id', 'outcome'])
      .where('actor_user_id', '=', ctx.fixtures.users.specA1)
      .where('action', '=', 'meeting.quality')
      .execute();
    expect(audited).toContainEqual({ participant_id: participantId, outcome: 'allowed' });
  });

  it('is refused for someone outside the care team', async () => {
    const response = await (await ctx.login('specB1')).get(
      `/api/participants/${participantId}/meeting-quality?${PERIOD}`,
    );
    expect([403, 404]).toContain(response.statusCode);
  });

  it('validates the period', async () => {
    const response = await spec.get(
      `/api/participants/${participantId}/meeting-quality?from=2026-11-30&to=2026-10-01`,
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toContainEqual(
      expect.objectContaining({ path: 'to', code: 'end_before_start' }),
    );
  });
});
