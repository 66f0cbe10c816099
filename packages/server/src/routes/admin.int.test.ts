import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../testing/test-context.ts';

let ctx: TestContext;
let admin: TestClient;
beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.login('admin');
});
afterAll(() => ctx.close());

describe('administration', () => {
  it('creates an organisation and a user who can then log in', async () => {
    const org = await admin.post('/api/admin/organisations', {
      name: 'IPS Harstad',
      kind: 'ips_team',
      region: 'Troms',
    });
    expect(org.statusCode).toBe(201);
    const teamId = org.json().id;
    expect(
      (await admin.get('/api/admin/organisations')).json().items.map((o: { name: string }) => o.name),
    ).toContain('IPS Harstad');

    const user = await admin.post('/api/admin/users', {
      username: 'Ny.Spesialist',
      displayName: 'Ny Spesialist',
      role: 'employment_specialist',
      organisationId: ctx.fixtures.navOffice,
      teamId,
      password: 'a-long-enough-password',
    });
    expect(user.statusCode).toBe(201);
    expect(user.json()).toMatchObject({ username: 'ny.spesialist', teamId, active: true });
    const login = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'ny.spesialist', password: 'a-long-enough-password' },
    });
    expect(login.statusCode).toBe(200);
    expect(login.json().user.team.name).toBe('IPS Harstad');

    const audit = await ctx.db
      .selectFrom('audit_log')
      .select(['action'])
      .where('actor_user_id', '=', ctx.fixtures.users.admin)
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['organisation.create', 'user.create']);
  });

  it.each([
    { why: 'a short password', patch: { password: 'short' }, path: 'password' },
    { why: 'a bad username', patch: { username: 'a b' }, path: 'username' },
    { why: 'an unknown role', patch: { role: 'king' }, path: 'role' },
    { why: 'a team that is not an IPS team', patch: { teamId: 'NAV' }, path: 'teamId' },
  ])('answers 400 for $why', async ({ patch, path }) => {
    const body = {
      username: 'someone',
      displayName: 'Someone',
      role: 'therapist',
      organisationId: ctx.fixtures.healthUnit,
      password: 'a-long-enough-password',
      ...patch,
    };
    if (body.teamId === 'NAV') body.teamId = ctx.fixtures.navOffice;
    const response = await admin.post('/api/admin/users', body);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toContainEqual(expect.objectContaining({ path }));
  });

  it('refuses a taken username and a duplicate organisation with 409', async () => {
    const user = await admin.post('/api/admin/users', {
      username: 'speca1',
      displayName: 'Duplicate',
      role: 'therapist',
      organisationId: ctx.fixtures.healthUnit,
      password: 'a-long-enough-password',
    });
    expect(user.statusCode).toBe(409);
    expect(user.json().code).toBe('username_taken');
    const org = await admin.post('/api/admin/organisations', { name: 'IPS Team A', kind: 'ips_team' });
    expect(org.statusCode).toBe(409);
  });

  it('is for administrators only', async () => {
    for (const who of ['specA1', 'supervisorA', 'jobseeker1'] as const) {
      const client = await ctx.login(who);
      expect((await client.get('/api/admin/users')).statusCode, who).toBe(403);
      expect(
        (await client.post('/api/admin/organisations', { name: 'X', kind: 'nav_office' })).statusCode,
      ).toBe(403);
    }
  });
});
