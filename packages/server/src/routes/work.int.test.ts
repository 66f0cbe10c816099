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

beforeAll(async () => {
  ctx = await createTestContext({ now: () => new Date('2026-11-22T10:00:00Z') });
  spec = await ctx.login('specA1');
  participantId = (
    await spec.post('/api/participants', {
      givenName: 'Jon',
      familyName: 'Jobb',
      nationalId: testNationalId(50),
      referralSource: 'self',
      referralDate: '2026-09-01',
    })
  ).json().id;
  base = `/api/participants/${participantId}`;
});
afterAll(() => ctx.close());

const job = {
  employerName: 'Rema 1000 Storgata',
  title: 'Lagermedarbeider',
  competitive: true,
  hoursPerWeek: 15,
  hourlyWage: 215.5,
  startDate: '2026-11-10',
  foundWithIps: true,
};

describe('jobs, education and follow-along', () => {
  it('starts empty', async () => {
    expect((await spec.get(`${base}/work`)).json()).toEqual({
      jobs: [],
      education: [],
      supportContacts: [],
      followAlong: null,
      contactAfterJobEnd: null,
    });
  });

  it.each([
    { why: 'hours over 100', patch: { hoursPerWeek: 101 }, path: 'hoursPerWeek' },
    { why: 'a negative wage', patch: { hourlyWage: -10 }, path: 'hourlyWage' },
    { why: 'no employer at all', patch: { employerName: undefined }, path: 'employerName' },
    {
      why: 'an employer outside the register',
      patch: { employerId: '00000000-0000-4000-8000-000000000000' },
      path: 'employerId',
    },
    // Found by the API fuzzer, each answered 500 before:
    {
      why: 'fewer hours than the database keeps (0.001, stored as 0)',
      patch: { hoursPerWeek: 0.001 },
      path: 'hoursPerWeek',
    },
    { why: 'the year 0000, which PostgreSQL has not', patch: { startDate: '0000-01-01' }, path: 'startDate' },
    { why: 'a title with a lone surrogate', patch: { title: 'Lager\udc00' }, path: 'title' },
    { why: 'a NUL character in the title', patch: { title: 'Lager\u0000' }, path: 'title' },
  ])('refuses a job with $why, writing nothing', async ({ patch, path }) => {
    const response = await spec.post(`${base}/jobs`, { ...job, ...patch });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toContainEqual(expect.objectContaining({ path }));
    expect((await spec.get(`${base}/work`)).json().jobs).toEqual([]);
  });

  it('records a job start, which moves the participant to "working" and starts the follow-along rhythm', async () => {
    const response = await spec.post(`${base}/jobs`, job);
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.jobs[0]).toMatchObject({
      employerName: 'Rema 1000 Storgata',
      hoursPerWeek: 15,
      hourlyWage: 215.5,
      endDate: null,
    });
    // Started 12 days ago with no contact since: the 3-day contact is overdue.
    expect(body.followAlong).toMatchObject({ stage: 'first_days', nextDue: '2026-11-13', overdue: true });
    const participant = (await spec.get(base)).json();
    expect(participant).toMatchObject({ phase: 'working', phaseSince: '2026-11-10' });
  });

  it('counts support contacts in the rhythm: weekly in the first month', async () => {
    const response = await spec.post(`${base}/support-contacts`, {
      date: '2026-11-20',
      withWhom: 'jobseeker',
      faceToFace: true,
      setting: 'community',
      note: 'Går fint',
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().followAlong).toMatchObject({
      stage: 'first_month',
      nextDue: '2026-11-27',
      overdue: false,
    });
    const future = await spec.post(`${base}/support-contacts`, {
      date: '2026-11-23',
      withWhom: 'employer',
      faceToFace: false,
      setting: 'phone',
    });
    expect(future.statusCode).toBe(400);
  });

  it('ends a job with a reason: back to job search, and a contact due within 3 days', async () => {
    const work = (await spec.get(`${base}/work`)).json();
    const current = work.jobs[0];
    const endBefore = await ctx.app.inject({
      method: 'PUT',
      url: `${base}/jobs/${current.id}/end`,
      headers: { cookie: spec.cookie, 'x-csrf-token': spec.csrfToken, 'if-match': `"${current.version}"` },
      payload: { endDate: '2026-11-01', reason: 'dismissed' },
    });
    expect(endBefore.statusCode).toBe(400);
    expect(endBefore.json().errors[0]).toMatchObject({ path: 'endDate', code: 'end_before_start' });

    const ended = await ctx.app.inject({
      method: 'PUT',
      url: `${base}/jobs/${current.id}/end`,
      headers: { cookie: spec.cookie, 'x-csrf-token': spec.csrfToken, 'if-match': `"${current.version}"` },
      payload: { endDate: '2026-11-21', reason: 'quit_health', note: 'For slitsomt nå' },
    });
    expect(ended.statusCode).toBe(200);
    expect(ended.json().jobs[0]).toMatchObject({ endDate: '2026-11-21', endReason: 'quit_health' });
    expect(ended.json().followAlong).toBeNull();
    expect(ended.json().contactAfterJobEnd).toMatchObject({ due: '2026-11-24', done: false, overdue: false });
    expect((await spec.get(base)).json().phase).toBe('job_search');

    const history = (await spec.get(`${base}/history`)).json();
    expect(history.phases.slice(0, 2).map((p: { phase: string }) => p.phase)).toEqual([
      'job_search',
      'working',
    ]);
  });

  it('records education, moving the participant to "in education"', async () => {
    const bad = await spec.post(`${base}/education`, {
      institution: 'Fagskolen',
      programme: 'Helsefag',
      startDate: '2026-11-15',
      endDate: '2026-11-01',
    });
    expect(bad.statusCode).toBe(400);
    const response = await spec.post(`${base}/education`, {
      institution: 'Fagskolen i Tromsø',
      programme: 'Helsefag',
      startDate: '2026-11-22',
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().education).toHaveLength(1);
    expect((await spec.get(base)).json().phase).toBe('education');
  });

  it('keeps it to the care team: jobseeker reads, others get 404', async () => {
    expect((await (await ctx.login('specA2')).get(`${base}/work`)).statusCode).toBe(404);
    expect((await (await ctx.login('navA')).post(`${base}/jobs`, job)).statusCode).toBe(404);
  });
});

describe('caseload columns from the work records', () => {
  it('shows the last contact and the next due step', async () => {
    const item = (await spec.get('/api/participants'))
      .json()
      .items.find((i: { id: string }) => i.id === participantId);
    // The support contact logged on 2026-11-20 is the latest contact; there are no plan steps.
    expect(item).toMatchObject({ lastContactDate: '2026-11-20', nextDueDate: null, nextDueOverdue: false });
  });
});
