import { estimateBenefits } from '@ips-bridge/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestContext,
  type TestClient,
  type TestContext,
  testNationalId,
} from '../testing/test-context.ts';

let ctx: TestContext;
let spec: TestClient;
let participantId: string;
let base: string;

const input = {
  year: 2026,
  situation: { kind: 'aap', basisIncome: 400_000, age: 35, children: 1 },
  scenarios: [
    { label: '10 timer', hoursPerWeek: 10, hourlyWage: 200, weeksPerYear: 46 },
    { label: '25 timer', hoursPerWeek: 25, hourlyWage: 200, weeksPerYear: 46 },
  ],
} as const;

beforeAll(async () => {
  ctx = await createTestContext({ now: () => new Date('2026-11-22T10:00:00Z') });
  spec = await ctx.login('specA1');
  participantId = (
    await spec.post('/api/participants', {
      givenName: 'Mona',
      familyName: 'Money',
      nationalId: testNationalId(60),
      referralSource: 'nav',
      referralDate: '2026-10-01',
    })
  ).json().id;
  base = `/api/participants/${participantId}`;
  await ctx.db
    .updateTable('participant')
    .set({ user_id: ctx.fixtures.users.jobseeker1 })
    .where('id', '=', participantId)
    .execute();
});
afterAll(() => ctx.close());

describe('POST /api/v1/benefits/estimate', () => {
  it('answers without login with the same figures as the pure calculation', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/benefits/estimate',
      payload: input,
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    const expected = estimateBenefits(input);
    expect(body.baseline.net).toEqual(expected.baseline.net);
    expect(body.scenarios.map((s: { net: unknown }) => s.net)).toEqual(expected.scenarios.map((s) => s.net));
    expect(body.scenarios[1].flags).toContain('aap_stops_above_60_percent');
    expect(body.scenarios[0].steps.length).toBeGreaterThan(3);
    expect(body.scenarios[0].steps[0].reference.law).toMatch(/folketrygdloven|skatte/i);
    expect(body.disclaimer).toBeDefined();
    // Nothing about the request is stored.
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'like', 'benefits%')
      .execute();
    expect(audit).toEqual([]);
  });

  it.each([
    {
      why: 'negative hours',
      patch: { scenarios: [{ hoursPerWeek: -1, hourlyWage: 200, weeksPerYear: 46 }] },
      path: 'scenarios.0.hoursPerWeek',
    },
    {
      why: 'hours above 100',
      patch: { scenarios: [{ hoursPerWeek: 101, hourlyWage: 200, weeksPerYear: 46 }] },
      path: 'scenarios.0.hoursPerWeek',
    },
    {
      why: 'a negative wage',
      patch: { scenarios: [{ hoursPerWeek: 10, hourlyWage: -5, weeksPerYear: 46 }] },
      path: 'scenarios.0.hourlyWage',
    },
    {
      why: 'uføregrad above 100',
      patch: {
        situation: { kind: 'uforetrygd', uforegrad: 120, household: 'single', monthsReceivedBeforeYear: 30 },
      },
      path: 'situation.uforegrad',
    },
    { why: 'a year without rule data', patch: { year: 2019 }, path: 'year' },
    { why: 'no scenarios', patch: { scenarios: [] }, path: 'scenarios' },
    { why: 'an unknown benefit', patch: { situation: { kind: 'dagpenger' } }, path: 'situation.kind' },
  ])('answers 400 for $why, naming $path', async ({ patch, path }) => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/benefits/estimate',
      payload: { ...input, ...patch },
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().errors.map((e: { path: string }) => e.path)).toContain(path);
  });
});

describe('saved scenarios and questions for NAV', () => {
  let scenarioId: string;

  it('lets the jobseeker save their own scenario, with the net figures of the moment', async () => {
    const jobseeker = await ctx.login('jobseeker1');
    const saved = await jobseeker.post(`${base}/benefit-scenarios`, { name: 'Deltid i butikk', input });
    expect(saved.statusCode).toBe(201);
    const expected = estimateBenefits(input);
    expect(saved.json()).toMatchObject({
      name: 'Deltid i butikk',
      summary: {
        year: 2026,
        baselineNetMonthly: expected.baseline.net.monthly,
        scenarioNetMonthly: expected.scenarios.map((s) => s.net.monthly),
      },
      createdBy: { id: ctx.fixtures.users.jobseeker1 },
    });
    scenarioId = saved.json().id;
    const other = await ctx.login('jobseeker2');
    expect((await other.post(`${base}/benefit-scenarios`, { name: 'x', input })).statusCode).toBe(404);
  });

  it('refuses an invalid scenario without saving', async () => {
    const response = await spec.post(`${base}/benefit-scenarios`, {
      name: 'Bad',
      input: { ...input, year: 2030 },
    });
    expect(response.statusCode).toBe(400);
    expect((await spec.get(`${base}/money`)).json().scenarios).toHaveLength(1);
  });

  it('deletes with undo', async () => {
    const deleted = await ctx.app.inject({
      method: 'DELETE',
      url: `${base}/benefit-scenarios/${scenarioId}`,
      headers: { cookie: spec.cookie, 'x-csrf-token': spec.csrfToken },
    });
    expect(deleted.statusCode).toBe(204);
    expect((await spec.get(`${base}/money`)).json().scenarios).toEqual([]);
    const restored = await spec.post(`${base}/benefit-scenarios/${scenarioId}/restore`);
    expect(restored.statusCode).toBe(200);
    expect((await spec.get(`${base}/money`)).json().scenarios).toHaveLength(1);
  });

  it('collects questions for NAV and records the answer with its date', async () => {
    const jobseeker = await ctx.login('jobseeker1');
    const asked = await jobseeker.post(`${base}/nav-questions`, {
      question: 'Mister jeg AAP hvis jeg jobber 25 timer?',
      scenarioId,
    });
    expect(asked.statusCode).toBe(201);
    const question = asked.json();
    expect(question).toMatchObject({ scenarioId, answer: null, version: 1 });

    const badScenario = await jobseeker.post(`${base}/nav-questions`, {
      question: 'x',
      scenarioId: '00000000-0000-4000-8000-000000000000',
    });
    expect(badScenario.statusCode).toBe(400);

    const jobseekerAnswer = await ctx.app.inject({
      method: 'PUT',
      url: `${base}/nav-questions/${question.id}/answer`,
      headers: { cookie: jobseeker.cookie, 'x-csrf-token': jobseeker.csrfToken, 'if-match': '"1"' },
      payload: { answer: 'Ja', answeredOn: '2026-11-22' },
    });
    expect(jobseekerAnswer.statusCode).toBe(403);

    await ctx.db
      .insertInto('care_team_member')
      .values({ participant_id: participantId, user_id: ctx.fixtures.users.navA, role: 'nav_counsellor' })
      .execute();
    const nav = await ctx.login('navA');
    const answer = (ifMatch: string, answeredOn = '2026-11-21') =>
      ctx.app.inject({
        method: 'PUT',
        url: `${base}/nav-questions/${question.id}/answer`,
        headers: { cookie: nav.cookie, 'x-csrf-token': nav.csrfToken, 'if-match': ifMatch },
        payload: { answer: 'AAP stopper i uker over 60 % av normal arbeidstid.', answeredOn },
      });
    expect((await answer('"1"', '2026-11-30')).statusCode).toBe(400);
    const answered = await answer('"1"');
    expect(answered.statusCode).toBe(200);
    expect(answered.json()).toMatchObject({
      answeredOn: '2026-11-21',
      answeredBy: { id: ctx.fixtures.users.navA },
      version: 2,
    });
    expect((await answer('"1"')).statusCode).toBe(412);

    const money = (await jobseeker.get(`${base}/money`)).json();
    expect(money.questions[0].answer).toContain('60 %');
  });

  it('audits reads and writes of the saved money plan', async () => {
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select(['action', 'outcome'])
      .where('participant_id', '=', participantId)
      .where('action', 'like', 'benefits.%')
      .execute();
    const actions = new Set(audit.map((a) => a.action));
    for (const action of [
      'benefits.read',
      'benefits.scenario.save',
      'benefits.scenario.delete',
      'benefits.question.create',
      'benefits.question.answer',
    ]) {
      expect(actions.has(action), action).toBe(true);
    }
  });
});
