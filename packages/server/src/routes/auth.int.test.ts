import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, TEST_PASSWORD, type TestContext } from '../testing/test-context.ts';

let ctx: TestContext;
let clock = new Date('2026-11-22T10:00:00Z');

beforeAll(async () => {
  ctx = await createTestContext({
    now: () => clock,
    config: { LOGIN_MAX_FAILURES: '3', SESSION_IDLE_MINUTES: '30', SESSION_MAX_HOURS: '8' },
  });
});
afterAll(() => ctx.close());

const login = (username: string, password: string, ip = '10.0.0.1') =>
  ctx.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
    remoteAddress: ip,
  });

describe('local login', () => {
  it('sets an HttpOnly, SameSite session cookie and returns the user and a CSRF token', async () => {
    const response = await login('speca1', TEST_PASSWORD);
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'ipsb_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.value.length).toBeGreaterThanOrEqual(40);
    const body = response.json();
    expect(body.user).toMatchObject({
      username: 'speca1',
      role: 'employment_specialist',
      team: { name: 'IPS Team A' },
    });
    expect(body.csrfToken.length).toBeGreaterThanOrEqual(40);
    expect(JSON.stringify(body)).not.toContain('argon2');
  });

  it('keeps only a hash of the session token in the database', async () => {
    const response = await login('speca2', TEST_PASSWORD);
    const token = response.cookies.find((c) => c.name === 'ipsb_session')?.value ?? '';
    const rows = await ctx.db.selectFrom('user_session').select('token_hash').execute();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r) => r.token_hash === token)).toBe(false);
  });

  it('stores passwords as argon2id hashes', async () => {
    const row = await ctx.db
      .selectFrom('app_user')
      .select('password_hash')
      .where('username', '=', 'speca1')
      .executeTakeFirst();
    expect(row?.password_hash).toMatch(/^\$argon2id\$/);
  });

  it.each([
    { username: 'speca1', password: 'wrong-password-123' },
    { username: 'nobody-here', password: TEST_PASSWORD },
  ])(
    'answers a wrong username or password the same way (401 invalid_credentials)',
    async ({ username, password }) => {
      const response = await login(username, password, '10.0.0.2');
      expect(response.statusCode).toBe(401);
      expect(response.json().code).toBe('invalid_credentials');
      expect(response.cookies).toHaveLength(0);
    },
  );

  it('throttles a username after repeated failures, even with the right password, from any address', async () => {
    for (let i = 0; i < 3; i++)
      expect((await login('navA', 'wrong-password-123', `10.1.0.${i}`)).statusCode).toBe(401);
    const blocked = await login('navA', TEST_PASSWORD, '10.1.0.9');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().code).toBe('too_many_attempts');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    clock = new Date(clock.getTime() + 16 * 60_000);
    expect((await login('navA', TEST_PASSWORD, '10.1.0.9')).statusCode).toBe(200);
  });

  it('rejects unknown fields and missing fields with 400', async () => {
    const extra = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'speca1', password: TEST_PASSWORD, admin: true },
    });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().errors).toContainEqual(expect.objectContaining({ path: 'admin' }));
    const missing = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'speca1' },
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors).toContainEqual(expect.objectContaining({ path: 'password' }));
  });
});

describe('sessions', () => {
  it('returns the session for a valid cookie and 401 without one', async () => {
    const client = await ctx.login('therapistA');
    const me = await client.get('/api/session');
    expect(me.statusCode).toBe(200);
    expect(me.json().user.role).toBe('therapist');
    expect(me.json().csrfToken).toBe(client.csrfToken);
    const anonymous = await ctx.app.inject({ method: 'GET', url: '/api/session' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.headers['content-type']).toContain('application/problem+json');
  });

  it('logout ends the session on the server: the old cookie no longer works', async () => {
    const client = await ctx.login('supervisorA');
    const noCsrf = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: client.cookie },
    });
    expect(noCsrf.statusCode).toBe(403);
    const out = await client.post('/api/auth/logout');
    expect(out.statusCode).toBe(204);
    const after = await client.get('/api/session');
    expect(after.statusCode).toBe(401);
  });

  it('expires a session after the idle timeout', async () => {
    const client = await ctx.login('specB1');
    expect((await client.get('/api/session')).statusCode).toBe(200);
    clock = new Date(clock.getTime() + 31 * 60_000);
    expect((await client.get('/api/session')).statusCode).toBe(401);
  });

  it('saves the language choice', async () => {
    const client = await ctx.login('jobseeker1');
    expect((await client.put('/api/me/locale', { locale: 'nn' })).statusCode).toBe(204);
    expect((await client.get('/api/session')).json().user.locale).toBe('nn');
    expect((await client.put('/api/me/locale', { locale: 'se' })).statusCode).toBe(400);
  });
});
