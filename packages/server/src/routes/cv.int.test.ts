import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestContext,
  type TestClient,
  type TestContext,
  testNationalId,
} from '../testing/test-context.ts';

let ctx: TestContext;
let spec: TestClient;
let base: string;

beforeAll(async () => {
  ctx = await createTestContext({ now: () => new Date('2026-11-22T10:00:00Z') });
  spec = await ctx.login('specA1');
  const id = (
    await spec.post('/api/participants', {
      givenName: 'Cecilie',
      familyName: 'Cv',
      nationalId: testNationalId(95),
      referralSource: 'self',
      referralDate: '2026-09-01',
    })
  ).json().id;
  base = `/api/participants/${id}`;
  await ctx.db
    .updateTable('participant')
    .set({ user_id: ctx.fixtures.users.jobseeker1 })
    .where('id', '=', id)
    .execute();
  await ctx.app.inject({
    method: 'PUT',
    url: `${base}/career-profile`,
    headers: { cookie: spec.cookie, 'x-csrf-token': spec.csrfToken, 'if-match': '"0"' },
    payload: {
      content: {
        workHistory: [{ employer: 'Coop', title: 'Butikkmedarbeider', from: '2019-03', to: '2020-08' }],
        education: [],
        preferences: { jobTypes: ['butikk'], places: [], conditions: '' },
        strengths: 'Punktlig',
        whatHelps: '',
        whatGetsInTheWay: '',
      },
      health: { earlyWarningSigns: 'Skal ikke stå i CV-en', copingStrategies: '' },
    },
  });
  await spec.post(`${base}/jobs`, {
    employerName: 'Rema 1000',
    title: 'Lager',
    competitive: true,
    hoursPerWeek: 10,
    hourlyWage: 200,
    startDate: '2026-11-01',
    foundWithIps: true,
  });
});
afterAll(() => ctx.close());

describe('CV', () => {
  it('drafts from the career profile and jobs, never from the health part', async () => {
    const response = await spec.get(`${base}/cv`);
    expect(response.statusCode).toBe(200);
    const cv = response.json();
    expect(cv).toMatchObject({
      version: 0,
      draft: true,
      content: { summary: 'Punktlig', headline: 'butikk' },
    });
    expect(cv.content.experience.map((e: { employer: string }) => e.employer)).toEqual(['Rema 1000', 'Coop']);
    expect(response.body).not.toContain('Skal ikke stå');
  });

  it('lets the jobseeker edit and save their own CV with If-Match', async () => {
    const jobseeker = await ctx.login('jobseeker1');
    const draft = (await jobseeker.get(`${base}/cv`)).json();
    const put = (version: string, content: unknown) =>
      ctx.app.inject({
        method: 'PUT',
        url: `${base}/cv`,
        headers: { cookie: jobseeker.cookie, 'x-csrf-token': jobseeker.csrfToken, 'if-match': version },
        payload: content as Record<string, unknown>,
      });
    const saved = await put('"0"', { ...draft.content, summary: 'Punktlig, blid og glad i folk' });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({
      version: 1,
      draft: false,
      content: { summary: 'Punktlig, blid og glad i folk' },
    });
    expect((await put('"0"', draft.content)).statusCode).toBe(412);
    expect(
      (
        await put('"1"', {
          ...draft.content,
          experience: [{ title: 'x', employer: 'y', from: '2026-13', to: null, description: '' }],
        })
      ).statusCode,
    ).toBe(400);
    expect((await (await ctx.login('specB1')).get(`${base}/cv`)).statusCode).toBe(404);
  });
});
