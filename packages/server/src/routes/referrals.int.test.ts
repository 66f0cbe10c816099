import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestContext,
  type TestClient,
  type TestContext,
  testNationalId,
} from '../testing/test-context.ts';

let ctx: TestContext;
let spec: TestClient;

beforeAll(async () => {
  ctx = await createTestContext({ now: () => new Date('2026-11-22T10:00:00Z') });
  spec = await ctx.login('specA1');
});
afterAll(() => ctx.close());

const selfReferral = (teamId: string, ip = '10.9.0.1', body: Record<string, unknown> = {}) =>
  ctx.app.inject({
    method: 'POST',
    url: '/api/public/self-referrals',
    remoteAddress: ip,
    payload: {
      teamId,
      givenName: 'Siri',
      familyName: 'Selv',
      phone: '+47 911 11 111',
      message: 'Jeg vil jobbe',
      ...body,
    },
  });

const inbox = async (client: TestClient) =>
  (await client.get('/api/referrals')).json().items as {
    id: string;
    givenName: string;
    source: string;
    version: number;
  }[];

describe('referrals', () => {
  it('lists IPS teams publicly and takes a self-referral without login, showing nothing back', async () => {
    const teams = (await ctx.app.inject({ method: 'GET', url: '/api/public/ips-teams' })).json().items;
    expect(teams.map((t: { name: string }) => t.name)).toEqual(['IPS Team A', 'IPS Team B']);
    const response = await selfReferral(ctx.fixtures.teamA);
    expect(response.statusCode).toBe(202);
    expect(response.json()).toEqual({ received: true });
    const items = await inbox(spec);
    expect(items).toEqual([
      expect.objectContaining({ givenName: 'Siri', source: 'self', status: 'new', daysWaiting: 0 }),
    ]);
    expect(await inbox(await ctx.login('specB1'))).toEqual([]);
  });

  it.each([
    { why: 'no way to reach the person', body: { phone: null }, path: 'phone' },
    { why: 'a bad e-mail', body: { email: 'nope' }, path: 'email' },
    { why: 'an eligibility field', body: { diagnosis: 'F20' }, path: 'diagnosis' },
  ])('refuses a self-referral with $why', async ({ body, path }) => {
    const response = await selfReferral(ctx.fixtures.teamA, '10.9.0.2', body);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toContainEqual(expect.objectContaining({ path }));
  });

  it('refuses a team that is not an IPS team', async () => {
    const response = await selfReferral(ctx.fixtures.navOffice, '10.9.0.3');
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0]).toMatchObject({ path: 'teamId', code: 'unknown_team' });
  });

  it('throttles repeated anonymous submissions from one address', async () => {
    for (let i = 0; i < 5; i++)
      expect((await selfReferral(ctx.fixtures.teamB, '10.9.9.9')).statusCode).toBe(202);
    const sixth = await selfReferral(ctx.fixtures.teamB, '10.9.9.9');
    expect(sixth.statusCode).toBe(429);
    expect((await selfReferral(ctx.fixtures.teamB, '10.9.9.8')).statusCode).toBe(202);
  });

  it('lets a therapist refer; on acceptance the therapist joins the care team with the specialist', async () => {
    const therapist = await ctx.login('therapistA');
    const referred = await therapist.post('/api/referrals', {
      teamId: ctx.fixtures.teamA,
      givenName: 'Tor',
      familyName: 'Terapi',
      nationalId: testNationalId(80),
      message: 'Ønsker jobb på lager',
    });
    expect(referred.statusCode).toBe(201);
    expect(referred.json()).toMatchObject({
      source: 'therapist',
      referredBy: { id: ctx.fixtures.users.therapistA },
    });
    expect(
      (
        await (
          await ctx.login('jobseeker1')
        ).post('/api/referrals', {
          teamId: ctx.fixtures.teamA,
          givenName: 'x',
          familyName: 'y',
          phone: '12345',
        })
      ).statusCode,
    ).toBe(403);

    const referral = (await inbox(spec)).find((r) => r.givenName === 'Tor');
    if (!referral) throw new Error('referral missing');
    const accept = (body: unknown, version: number) =>
      ctx.app.inject({
        method: 'POST',
        url: `/api/referrals/${referral.id}/accept`,
        headers: { cookie: spec.cookie, 'x-csrf-token': spec.csrfToken, 'if-match': `"${version}"` },
        payload: body as Record<string, unknown>,
      });
    expect((await accept({ nationalId: '01018012372' }, referral.version)).statusCode).toBe(400);
    const accepted = await accept({ nationalId: testNationalId(80) }, referral.version);
    expect(accepted.statusCode).toBe(201);
    const participant = accepted.json();
    expect(participant).toMatchObject({
      givenName: 'Tor',
      referralSource: 'therapist',
      referralDate: '2026-11-22',
      phase: 'referred',
    });
    expect(participant.careTeam.map((m: { role: string }) => m.role).sort()).toEqual([
      'employment_specialist',
      'therapist',
    ]);
    expect((await accept({ nationalId: testNationalId(80) }, referral.version)).statusCode).toBe(412);
    expect((await inbox(spec)).some((r) => r.id === referral.id)).toBe(false);
    expect((await therapist.get(`/api/participants/${participant.id}`)).statusCode).toBe(200);
  });

  it('answers 409 when the person is already a participant, and closes the referral as a duplicate', async () => {
    const siri = (await inbox(spec)).find((r) => r.givenName === 'Siri');
    if (!siri) throw new Error('referral missing');
    const taken = await ctx.app.inject({
      method: 'POST',
      url: `/api/referrals/${siri.id}/accept`,
      headers: { cookie: spec.cookie, 'x-csrf-token': spec.csrfToken, 'if-match': `"${siri.version}"` },
      payload: { nationalId: testNationalId(80) },
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().code).toBe('national_id_taken');
    const closed = await ctx.app.inject({
      method: 'POST',
      url: `/api/referrals/${siri.id}/close`,
      headers: { cookie: spec.cookie, 'x-csrf-token': spec.csrfToken, 'if-match': `"${siri.version}"` },
      payload: { status: 'duplicate' },
    });
    expect(closed.statusCode).toBe(200);
    expect(closed.json().status).toBe('duplicate');
    expect(await inbox(spec)).toEqual([]);
  });
});
