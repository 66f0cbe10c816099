import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestContext,
  type TestClient,
  type TestContext,
  testNationalId,
} from '../testing/test-context.ts';

let ctx: TestContext;
let spec: TestClient;
let url: string;

const profile = (strengths: string) => ({
  content: {
    workHistory: [
      {
        employer: 'Coop Extra',
        title: 'Butikkmedarbeider',
        from: '2019-03',
        to: '2020-08',
        wentWell: 'Kundene',
      },
    ],
    education: [{ subject: 'Restaurant- og matfag', level: 'vocational', completed: false }],
    preferences: {
      jobTypes: ['lager', 'butikk'],
      hoursPerWeekMin: 10,
      hoursPerWeekMax: 20,
      places: ['Tromsø'],
      conditions: 'Dagtid',
    },
    strengths,
    whatHelps: 'Faste rutiner',
    whatGetsInTheWay: 'Lange dager',
  },
  health: { earlyWarningSigns: 'Sover dårlig', copingStrategies: 'Går tur' },
});

beforeAll(async () => {
  ctx = await createTestContext();
  spec = await ctx.login('specA1');
  const created = await spec.post('/api/participants', {
    givenName: 'Kari',
    familyName: 'Karriere',
    nationalId: testNationalId(20),
    referralSource: 'self',
    referralDate: '2026-10-01',
  });
  url = `/api/participants/${created.json().id}/career-profile`;
});
afterAll(() => ctx.close());

const put = (body: unknown, ifMatch?: string) =>
  ctx.app.inject({
    method: 'PUT',
    url,
    headers: {
      cookie: spec.cookie,
      'x-csrf-token': spec.csrfToken,
      ...(ifMatch ? { 'if-match': ifMatch } : {}),
    },
    payload: body as Record<string, unknown>,
  });

describe('career profile', () => {
  it('is empty at version 0 until the first save', async () => {
    const response = await spec.get(url);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      version: 0,
      content: null,
      health: null,
      healthWithheld: false,
      history: [],
    });
    expect(response.headers.etag).toBe('"0"');
  });

  it('saves versions and keeps every one', async () => {
    const first = await put(profile('Punktlig'), '"0"');
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({
      version: 1,
      content: { strengths: 'Punktlig' },
      health: { copingStrategies: 'Går tur' },
    });
    expect(first.json().history[0].reason).toBe('first_version');

    const second = await put({ ...profile('Punktlig og blid'), reason: 'after_job_experience' }, '"1"');
    expect(second.statusCode).toBe(200);
    expect(
      second.json().history.map((h: { version: number; reason: string }) => [h.version, h.reason]),
    ).toEqual([
      [2, 'after_job_experience'],
      [1, 'first_version'],
    ]);
    const old = await spec.get(`${url}/versions/1`);
    expect(old.json().content.strengths).toBe('Punktlig');
    expect((await spec.get(`${url}/versions/9`)).statusCode).toBe(404);
  });

  it('answers 400, not 500, for a version number beyond PostgreSQL integers', async () => {
    // Found by the API fuzzer.
    const response = await spec.get(`${url}/versions/2147483648`);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0]).toMatchObject({ path: 'version' });
  });

  it('refuses a save from an old version (412) or without If-Match (428)', async () => {
    expect((await put(profile('Overwrite'), '"1"')).statusCode).toBe(412);
    expect((await put(profile('Overwrite'))).statusCode).toBe(428);
    expect((await spec.get(url)).json().content.strengths).toBe('Punktlig og blid');
  });

  it.each([
    { why: 'hours over 100', patch: { hoursPerWeekMax: 120 }, path: 'content.preferences.hoursPerWeekMax' },
    {
      why: 'fewest hours above the most',
      patch: { hoursPerWeekMin: 30, hoursPerWeekMax: 20 },
      path: 'content.preferences.hoursPerWeekMax',
    },
  ])('answers 400 for $why', async ({ patch, path }) => {
    const body = profile('x');
    const response = await put(
      { ...body, content: { ...body.content, preferences: { ...body.content.preferences, ...patch } } },
      '"2"',
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toContainEqual(expect.objectContaining({ path }));
  });

  it('answers 400 for a job that ends before it starts and for an unknown field', async () => {
    const body = profile('x');
    const backwards = await put(
      {
        ...body,
        content: {
          ...body.content,
          workHistory: [{ employer: 'A', title: 'B', from: '2020-05', to: '2020-01' }],
        },
      },
      '"2"',
    );
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors[0].path).toBe('content.workHistory');
    const unknown = await put({ ...body, diagnosis: 'F20' }, '"2"');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toContainEqual(
      expect.objectContaining({ path: 'diagnosis', code: 'unrecognized_key' }),
    );
  });

  it('is readable by the care team, writable by staff only, and hidden from others', async () => {
    const other = await ctx.login('specB1');
    expect((await other.get(url)).statusCode).toBe(404);
    const admin = await ctx.login('admin');
    expect((await admin.get(url)).statusCode).toBe(404);
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select(['action', 'outcome'])
      .where('action', 'like', 'career_profile.%')
      .execute();
    expect(audit.filter((a) => a.outcome === 'allowed').length).toBeGreaterThan(3);
    expect(audit.filter((a) => a.outcome === 'denied').length).toBe(2);
  });
});
