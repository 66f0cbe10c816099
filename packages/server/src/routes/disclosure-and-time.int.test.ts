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

beforeAll(async () => {
  ctx = await createTestContext({ now: () => new Date('2026-11-20T10:00:00Z') }); // Friday 20 November
  spec = await ctx.login('specA1');
  const id = (
    await spec.post('/api/participants', {
      givenName: 'Dina',
      familyName: 'Disclosure',
      nationalId: testNationalId(70),
      referralSource: 'self',
      referralDate: '2026-10-01',
    })
  ).json().id;
  url = `/api/participants/${id}/disclosure-plan`;
});
afterAll(() => ctx.close());

const put = (client: TestClient, target: string, body: unknown, ifMatch: string) =>
  ctx.app.inject({
    method: 'PUT',
    url: target,
    headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken, 'if-match': ifMatch },
    payload: body as Record<string, unknown>,
  });

const plan = {
  mayKnow: 'At jeg trenger faste pauser',
  mustNotKnow: 'Diagnosen min',
  pros: 'Lettere å få tilrettelegging',
  cons: 'Redd for fordommer',
  discussedOn: '2026-11-18',
};

describe('disclosure plan', () => {
  it('is empty, then created with If-Match "0", then updated from its version', async () => {
    expect((await spec.get(url)).json()).toEqual({ version: 0, plan: null });
    const created = await put(spec, url, plan, '"0"');
    expect(created.statusCode).toBe(200);
    expect(created.json()).toMatchObject({
      version: 1,
      plan: { mustNotKnow: 'Diagnosen min', updatedBy: { id: ctx.fixtures.users.specA1 } },
    });
    expect((await put(spec, url, plan, '"0"')).statusCode).toBe(412);
    const updated = await put(spec, url, { ...plan, mayKnow: 'Ingenting ennå' }, '"1"');
    expect(updated.json()).toMatchObject({ version: 2, plan: { mayKnow: 'Ingenting ennå' } });
  });

  it('refuses a future date and unknown fields', async () => {
    expect((await put(spec, url, { ...plan, discussedOn: '2026-11-21' }, '"2"')).statusCode).toBe(400);
    expect((await put(spec, url, { ...plan, diagnosis: 'x' }, '"2"')).statusCode).toBe(400);
  });

  it('is readable by the jobseeker and hidden from other teams', async () => {
    expect((await (await ctx.login('specB1')).get(url)).statusCode).toBe(404);
  });
});

describe('time use (IPS target: 65 % in the community)', () => {
  it('records weeks and reports the community share', async () => {
    const week = (start: string, community: number, office: number, ifMatch: string) =>
      put(spec, `/api/me/time-use/${start}`, { communityHours: community, officeHours: office }, ifMatch);
    expect((await week('2026-11-16', 26, 11.5, '"0"')).statusCode).toBe(204);
    expect((await week('2026-11-09', 20, 17.5, '"0"')).statusCode).toBe(204);
    expect((await week('2026-11-09', 21, 16.5, '"0"')).statusCode).toBe(412);
    expect((await week('2026-11-09', 21, 16.5, '"1"')).statusCode).toBe(204);
    const list = (await spec.get('/api/me/time-use')).json();
    expect(list.target).toBe(65);
    expect(list.weeks).toEqual([
      expect.objectContaining({
        weekStart: '2026-11-16',
        communitySharePercent: 69,
        meetsTarget: true,
        version: 1,
      }),
      expect.objectContaining({
        weekStart: '2026-11-09',
        communityHours: 21,
        communitySharePercent: 56,
        meetsTarget: false,
        version: 2,
      }),
    ]);
  });

  it.each([
    {
      why: 'a week that does not start on Monday',
      start: '2026-11-17',
      body: { communityHours: 1, officeHours: 1 },
    },
    { why: 'a week that has not begun', start: '2026-11-23', body: { communityHours: 1, officeHours: 1 } },
    { why: 'more than 100 hours', start: '2026-11-02', body: { communityHours: 60, officeHours: 41 } },
    { why: 'negative hours', start: '2026-11-02', body: { communityHours: -1, officeHours: 1 } },
  ])('refuses $why', async ({ start, body }) => {
    expect((await put(spec, `/api/me/time-use/${start}`, body, '"0"')).statusCode).toBe(400);
  });

  it('is for employment specialists', async () => {
    expect((await (await ctx.login('navA')).get('/api/me/time-use')).statusCode).toBe(403);
  });
});
