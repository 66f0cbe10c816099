import { generateKeyPairSync } from 'node:crypto';
import type { CustomFetch } from 'openid-client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  jwtPayload,
  signJwt,
  startTestIdentityProvider,
  type TestIdentityProvider,
  type TestLogin,
} from '../testing/oidc/test-identity-provider.ts';
import { createTestContext, type TestContext, testNationalId } from '../testing/test-context.ts';

// Login with OpenID Connect against real providers (oidc-provider) started here, one per kind: ID-porten for
// jobseekers, Entra ID for NAV staff, HelseID for therapists (docs/login.md). Tokens the providers would never issue
// are made by a small interception between the app and the token endpoints; the app's validation must reject them.

const BASE = 'http://app.test';
const HELSEID_LEVEL = 'helseid://claims/identity/assurance_level';

let ctx: TestContext;
let clock = new Date();
let idporten: TestIdentityProvider;
let entra: TestIdentityProvider;
let helseid: TestIdentityProvider;
let tamper: ((tokenResponse: Record<string, unknown>) => Record<string, unknown>) | null = null;
const issuedIdTokens: string[] = [];
let jobseekerNationalId = '';

// Between the app and the providers: records every ID token issued, and lets a test change the token response.
const interceptingFetch: CustomFetch = async (url, options) => {
  const response = await fetch(url, options as RequestInit);
  if (!url.endsWith('/token') || response.status !== 200) return response;
  let body = (await response.json()) as Record<string, unknown>;
  if (typeof body.id_token === 'string') issuedIdTokens.push(body.id_token);
  if (tamper) body = tamper(body);
  return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
};

beforeAll(async () => {
  idporten = await startTestIdentityProvider({
    clientId: 'ips-bridge-idporten',
    redirectUri: `${BASE}/api/auth/oidc/idporten/callback`,
    extraClaims: ['pid'],
    acrValues: ['idporten-loa-substantial', 'idporten-loa-high'],
  });
  entra = await startTestIdentityProvider({
    clientId: 'ips-bridge-entra',
    redirectUri: `${BASE}/api/auth/oidc/entra/callback`,
  });
  // HelseID takes only private_key_jwt: the app signs its client assertion with its own (EC) key.
  const clientKey = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const clientKid = 'ips-bridge-helseid-key';
  helseid = await startTestIdentityProvider({
    clientId: 'ips-bridge-helseid',
    redirectUri: `${BASE}/api/auth/oidc/helseid/callback`,
    extraClaims: [HELSEID_LEVEL],
    clientPublicJwk: {
      ...clientKey.publicKey.export({ format: 'jwk' }),
      kid: clientKid,
      alg: 'ES256',
      use: 'sig',
    },
  });
  const env = (name: string, op: TestIdentityProvider) => ({
    [`OIDC_${name}_ISSUER`]: op.issuer,
    [`OIDC_${name}_CLIENT_ID`]: op.clientId,
    ...(name === 'HELSEID'
      ? {
          OIDC_HELSEID_CLIENT_PRIVATE_JWK: JSON.stringify({
            ...clientKey.privateKey.export({ format: 'jwk' }),
            kid: clientKid,
          }),
        }
      : { [`OIDC_${name}_CLIENT_SECRET`]: op.clientSecret }),
  });
  ctx = await createTestContext({
    now: () => clock,
    oidc: { fetch: interceptingFetch },
    config: {
      OIDC_PUBLIC_BASE_URL: BASE,
      SESSION_IDLE_MINUTES: '30',
      SESSION_MAX_HOURS: '1',
      ...env('IDPORTEN', idporten),
      ...env('ENTRA', entra),
      ...env('HELSEID', helseid),
    },
  });

  // jobseeker1 is the participant's own account; staff and therapist get their logins linked by the administrator.
  const spec = await ctx.login('specA1');
  jobseekerNationalId = testNationalId(201);
  const created = await spec.post('/api/participants', {
    givenName: 'Ingrid',
    familyName: 'Innlogging',
    nationalId: jobseekerNationalId,
    referralSource: 'self',
    referralDate: '2026-10-01',
  });
  expect(created.statusCode).toBe(201);
  await ctx.db
    .updateTable('participant')
    .set({ user_id: ctx.fixtures.users.jobseeker1 })
    .where('id', '=', created.json().id)
    .execute();
  const admin = await ctx.login('admin');
  for (const [user, provider, subject] of [
    ['specA1', 'entra', 'entra-oid-spec-a1'],
    ['navA', 'entra', 'entra-oid-nav-a'],
    ['therapistA', 'helseid', 'helseid-sub-therapist-a'],
  ] as const) {
    const linked = await admin.post(`/api/admin/users/${ctx.fixtures.users[user]}/identities`, {
      provider,
      subject,
    });
    expect(linked.statusCode).toBe(201);
  }
});

afterAll(async () => {
  await ctx?.close();
  await Promise.all([idporten?.close(), entra?.close(), helseid?.close()]);
});

beforeEach(() => {
  clock = new Date();
  tamper = null;
});

interface Started {
  oidcCookie: string;
  authorizationUrl: URL;
}

async function start(provider: string): Promise<Started> {
  const response = await ctx.app.inject({ method: 'GET', url: `/api/auth/oidc/${provider}/start` });
  expect(response.statusCode).toBe(302);
  const cookie = response.cookies.find((c) => c.name === 'ipsb_oidc');
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
  return {
    oidcCookie: `ipsb_oidc=${cookie?.value}`,
    authorizationUrl: new URL(String(response.headers.location)),
  };
}

/** Plays the browser at the provider: follows its redirects until it sends the browser back to the app. */
async function atProvider(
  op: TestIdentityProvider,
  login: TestLogin,
  authorizationUrl: URL,
): Promise<string> {
  op.nextLogin = login;
  const jar = new Map<string, string>();
  let url = authorizationUrl;
  for (let hop = 0; hop < 10; hop++) {
    const response = await fetch(url, {
      redirect: 'manual',
      headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    for (const set of response.headers.getSetCookie()) {
      const [pair = ''] = set.split(';');
      const eq = pair.indexOf('=');
      jar.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    const location = response.headers.get('location');
    if (!location) throw new Error(`provider answered ${response.status}: ${await response.text()}`);
    url = new URL(location, url);
    if (url.origin === BASE) return `${url.pathname}${url.search}`;
  }
  throw new Error('too many redirects at the provider');
}

function callback(path: string, oidcCookie?: string) {
  return ctx.app.inject({ method: 'GET', url: path, headers: oidcCookie ? { cookie: oidcCookie } : {} });
}

async function login(provider: string, op: TestIdentityProvider, who: TestLogin) {
  const started = await start(provider);
  const path = await atProvider(op, who, started.authorizationUrl);
  const response = await callback(path, started.oidcCookie);
  return { response, path, started };
}

function sessionCookie(response: { cookies: { name: string; value: string }[] }): string | undefined {
  const found = response.cookies.find((c) => c.name === 'ipsb_session' && c.value !== '');
  return found ? `ipsb_session=${found.value}` : undefined;
}

async function lastOidcAudit() {
  return ctx.db
    .selectFrom('audit_log')
    .select(['actor_user_id', 'outcome', 'reason'])
    .where('action', '=', 'auth.oidc_login')
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
}

const jobseeker = (overrides: Partial<TestLogin> = {}): TestLogin => ({
  sub: 'idporten-pairwise-sub-1',
  acr: 'idporten-loa-high',
  claims: { pid: jobseekerNationalId },
  ...overrides,
});

async function expectRefused(response: Awaited<ReturnType<typeof callback>>, code: string, reason: RegExp) {
  expect(response.statusCode).toBe(302);
  expect(response.headers.location).toBe(`/login?error=${code}`);
  expect(sessionCookie(response)).toBeUndefined();
  const audit = await lastOidcAudit();
  expect(audit.outcome).toBe('denied');
  expect(audit.reason).toMatch(reason);
}

describe('starting a login', () => {
  it('redirects to the provider with the code flow, PKCE S256, state, nonce and the required acr', async () => {
    const { authorizationUrl } = await start('idporten');
    expect(authorizationUrl.origin).toBe(idporten.issuer);
    const q = authorizationUrl.searchParams;
    expect(q.get('response_type')).toBe('code');
    expect(q.get('client_id')).toBe(idporten.clientId);
    expect(q.get('redirect_uri')).toBe(`${BASE}/api/auth/oidc/idporten/callback`);
    expect(q.get('code_challenge_method')).toBe('S256');
    expect(q.get('code_challenge')?.length).toBe(43);
    expect(q.get('state')?.length).toBeGreaterThanOrEqual(32);
    expect(q.get('nonce')?.length).toBeGreaterThanOrEqual(32);
    expect(q.get('acr_values')).toBe('idporten-loa-high');
    // The state is kept server side only as a hash; the verifier never leaves the server.
    const flows = await ctx.db
      .selectFrom('oidc_login_flow')
      .select(['state_hash', 'code_verifier'])
      .execute();
    expect(flows.some((f) => f.state_hash === q.get('state'))).toBe(false);
    expect(authorizationUrl.href).not.toContain(flows[0]?.code_verifier ?? 'none');
  });

  it('answers problem+json for a provider it does not know', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/auth/oidc/feide/start' });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });

  it('lists the configured providers for the login page', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/auth/oidc/providers' });
    expect(response.json().items.map((p: { id: string }) => p.id)).toEqual(['idporten', 'entra', 'helseid']);
  });
});

describe('logging in (happy path per provider kind)', () => {
  it('ID-porten: a jobseeker at idporten-loa-high gets a session; the first login links by national id', async () => {
    const { response } = await login('idporten', idporten, jobseeker());
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/');
    const cookie = sessionCookie(response);
    expect(cookie).toBeDefined();
    const session = await ctx.app.inject({
      method: 'GET',
      url: '/api/session',
      headers: { cookie: cookie ?? '' },
    });
    expect(session.json().user).toMatchObject({ id: ctx.fixtures.users.jobseeker1, role: 'jobseeker' });
    // No token reaches the browser: only the app's session cookie, and the JSON has no JWT in it.
    expect(response.body).not.toMatch(/eyJ/);
    expect(session.body).not.toMatch(/eyJ/);
    const identities = await ctx.db
      .selectFrom('user_identity')
      .selectAll()
      .where('subject', '=', 'idporten-pairwise-sub-1')
      .execute();
    expect(identities).toHaveLength(1);
    expect(identities[0]).toMatchObject({ issuer: idporten.issuer, linked_how: 'national_id' });
    expect(await lastOidcAudit()).toMatchObject({
      outcome: 'allowed',
      actor_user_id: ctx.fixtures.users.jobseeker1,
    });
  });

  it('ID-porten: logging in again uses the same identity (one internal identity per issuer + subject)', async () => {
    const { response } = await login('idporten', idporten, jobseeker());
    expect(sessionCookie(response)).toBeDefined();
    const rows = await ctx.db
      .selectFrom('user_identity')
      .select(['user_id'])
      .where('issuer', '=', idporten.issuer)
      .where('subject', '=', 'idporten-pairwise-sub-1')
      .execute();
    expect(rows).toEqual([{ user_id: ctx.fixtures.users.jobseeker1 }]);
  });

  it('Entra ID: a linked employment specialist gets a session', async () => {
    const { response } = await login('entra', entra, { sub: 'entra-oid-spec-a1' });
    const session = await ctx.app.inject({
      method: 'GET',
      url: '/api/session',
      headers: { cookie: sessionCookie(response) ?? '' },
    });
    expect(session.json().user).toMatchObject({
      id: ctx.fixtures.users.specA1,
      role: 'employment_specialist',
    });
  });

  it('ends the session the browser had before, so one browser never holds two people', async () => {
    const before = await ctx.login('navA');
    const started = await start('entra');
    const path = await atProvider(entra, { sub: 'entra-oid-spec-a1' }, started.authorizationUrl);
    const response = await callback(path, `${started.oidcCookie}; ${before.cookie}`);
    expect(sessionCookie(response)).toBeDefined();
    expect((await before.get('/api/session')).statusCode).toBe(401);
  });

  it('HelseID: a linked therapist at assurance level high gets a session (client authenticated by private_key_jwt)', async () => {
    const { response } = await login('helseid', helseid, {
      sub: 'helseid-sub-therapist-a',
      claims: { [HELSEID_LEVEL]: 'high' },
    });
    const session = await ctx.app.inject({
      method: 'GET',
      url: '/api/session',
      headers: { cookie: sessionCookie(response) ?? '' },
    });
    expect(session.json().user).toMatchObject({ id: ctx.fixtures.users.therapistA, role: 'therapist' });
  });

  it('returns to the path the login started from, never to another site', async () => {
    const started = await ctx.app.inject({
      method: 'GET',
      url: '/api/auth/oidc/entra/start?returnTo=%2Fcaseload',
    });
    const cookie = started.cookies.find((c) => c.name === 'ipsb_oidc')?.value;
    const path = await atProvider(
      entra,
      { sub: 'entra-oid-spec-a1' },
      new URL(String(started.headers.location)),
    );
    const response = await callback(path, `ipsb_oidc=${cookie}`);
    expect(response.headers.location).toBe('/caseload');
    for (const bad of ['https://evil.test/', '//evil.test/x', '/\\evil.test']) {
      const refused = await ctx.app.inject({
        method: 'GET',
        url: `/api/auth/oidc/entra/start?returnTo=${encodeURIComponent(bad)}`,
      });
      expect(refused.statusCode).toBe(400);
      expect(refused.headers['content-type']).toContain('application/problem+json');
    }
  });
});

describe('refusing a login', () => {
  it('refuses an ID token from the wrong issuer', async () => {
    tamper = (body) => {
      const claims = jwtPayload(String(body.id_token));
      return {
        ...body,
        id_token: signJwt({ ...claims, iss: 'http://127.0.0.1:1' }, idporten.privateKey, idporten.kid),
      };
    };
    const { response } = await login('idporten', idporten, jobseeker());
    await expectRefused(response, 'oidc_failed', /validation:.*iss/);
  });

  it('refuses an ID token for another audience', async () => {
    tamper = (body) => {
      const claims = jwtPayload(String(body.id_token));
      return {
        ...body,
        id_token: signJwt({ ...claims, aud: 'someone-else' }, idporten.privateKey, idporten.kid),
      };
    };
    const { response } = await login('idporten', idporten, jobseeker());
    await expectRefused(response, 'oidc_failed', /validation:.*aud/);
  });

  it('refuses an expired ID token (the app clock is two hours on; the provider issues for one hour)', async () => {
    clock = new Date(Date.now() + 2 * 3_600_000);
    const { response } = await login('idporten', idporten, jobseeker());
    await expectRefused(response, 'oidc_failed', /validation:.*exp/);
  });

  it('refuses an ID token with a bad signature (signed by a key the provider does not publish)', async () => {
    const { privateKey: otherKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    tamper = (body) => ({
      ...body,
      id_token: signJwt(jwtPayload(String(body.id_token)), otherKey, idporten.kid),
    });
    const { response } = await login('idporten', idporten, jobseeker());
    await expectRefused(response, 'oidc_failed', /validation:.*signature/);
  });

  it('refuses a replayed state: the same callback twice logs in once', async () => {
    const first = await login('entra', entra, { sub: 'entra-oid-nav-a' });
    expect(sessionCookie(first.response)).toBeDefined();
    const replay = await callback(first.path, first.started.oidcCookie);
    await expectRefused(replay, 'oidc_expired', /state_unknown_used_or_expired/);
  });

  it('refuses a callback whose state was never issued', async () => {
    const { oidcCookie } = await start('entra');
    const response = await callback('/api/auth/oidc/entra/callback?code=abc&state=made-up-state', oidcCookie);
    await expectRefused(response, 'oidc_expired', /state_unknown_used_or_expired/);
  });

  it('refuses a callback in a browser that did not start the login (login CSRF)', async () => {
    const started = await start('entra');
    const path = await atProvider(entra, { sub: 'entra-oid-nav-a' }, started.authorizationUrl);
    const response = await callback(path, 'ipsb_oidc=someone-elses-browser');
    await expectRefused(response, 'oidc_failed', /browser_binding_mismatch/);
  });

  it('refuses a replayed ID token (nonce from an earlier login)', async () => {
    await login('idporten', idporten, jobseeker());
    const earlier = issuedIdTokens.at(-1);
    tamper = (body) => ({ ...body, id_token: earlier });
    const { response } = await login('idporten', idporten, jobseeker());
    await expectRefused(response, 'oidc_failed', /validation:.*nonce/);
  });

  it('refuses ID-porten below idporten-loa-high for a jobseeker', async () => {
    const { response } = await login('idporten', idporten, jobseeker({ acr: 'idporten-loa-substantial' }));
    await expectRefused(response, 'oidc_level_too_low', /level_too_low:idporten-loa-substantial/);
  });

  it('refuses HelseID below assurance level high, and with no level at all', async () => {
    for (const claims of [{ [HELSEID_LEVEL]: 'substantial' }, {}]) {
      const { response } = await login('helseid', helseid, { sub: 'helseid-sub-therapist-a', claims });
      await expectRefused(response, 'oidc_level_too_low', /level_too_low/);
    }
  });

  it('refuses an unknown subject (nothing is created for it)', async () => {
    const { response } = await login('entra', entra, { sub: 'entra-oid-stranger' });
    await expectRefused(response, 'oidc_not_linked', /identity_not_linked/);
    const stranger = await ctx.db
      .selectFrom('user_identity')
      .select('id')
      .where('subject', '=', 'entra-oid-stranger')
      .execute();
    expect(stranger).toEqual([]);
  });

  it('refuses an ID-porten login whose pid matches no jobseeker account', async () => {
    const { response } = await login('idporten', idporten, {
      sub: 'idporten-pairwise-sub-unknown',
      acr: 'idporten-loa-high',
      claims: { pid: testNationalId(202) },
    });
    await expectRefused(response, 'oidc_not_linked', /identity_not_linked/);
  });

  it('refuses a staff member through a provider that does not log in their role', async () => {
    // Linked directly in the database, as a wrong link would be: the role rule still holds at login.
    await ctx.db
      .insertInto('user_identity')
      .values({
        user_id: ctx.fixtures.users.specA2,
        provider: 'idporten',
        issuer: idporten.issuer,
        subject: 'idporten-sub-of-a-specialist',
        linked_how: 'administrator',
        linked_by: null,
      })
      .execute();
    const { response } = await login('idporten', idporten, {
      sub: 'idporten-sub-of-a-specialist',
      acr: 'idporten-loa-high',
    });
    await expectRefused(response, 'oidc_not_allowed', /role_not_allowed/);
  });

  it('shows the provider’s own refusal (the person cancelled) as a non-personal code', async () => {
    const { oidcCookie, authorizationUrl } = await start('entra');
    const state = authorizationUrl.searchParams.get('state') ?? '';
    const response = await callback(
      `/api/auth/oidc/entra/callback?error=access_denied&state=${state}`,
      oidcCookie,
    );
    await expectRefused(response, 'oidc_cancelled', /provider_error:access_denied/);
  });

  it('keeps tokens and personal data out of the audit reasons', async () => {
    const reasons = await ctx.db
      .selectFrom('audit_log')
      .select('reason')
      .where('action', '=', 'auth.oidc_login')
      .execute();
    expect(reasons.length).toBeGreaterThan(5);
    for (const { reason } of reasons) {
      expect(reason ?? '').not.toMatch(/eyJ|\d{11}/);
      expect(reason ?? '').not.toContain(jobseekerNationalId);
    }
  });
});

describe('sessions created by OIDC', () => {
  it('end after the inactivity timeout', async () => {
    const loginAt = new Date();
    clock = loginAt;
    const { response } = await login('entra', entra, { sub: 'entra-oid-spec-a1' });
    const cookie = sessionCookie(response) ?? '';
    clock = new Date(loginAt.getTime() + 29 * 60_000);
    expect(
      (await ctx.app.inject({ method: 'GET', url: '/api/session', headers: { cookie } })).statusCode,
    ).toBe(200);
    clock = new Date(loginAt.getTime() + (29 + 31) * 60_000);
    expect(
      (await ctx.app.inject({ method: 'GET', url: '/api/session', headers: { cookie } })).statusCode,
    ).toBe(401);
  });

  it('end at the absolute timeout even when used all the time', async () => {
    const loginAt = new Date();
    clock = loginAt;
    const { response } = await login('helseid', helseid, {
      sub: 'helseid-sub-therapist-a',
      claims: { [HELSEID_LEVEL]: 'high' },
    });
    const cookie = sessionCookie(response) ?? '';
    for (const minutes of [20, 40, 59]) {
      clock = new Date(loginAt.getTime() + minutes * 60_000);
      const ok = await ctx.app.inject({ method: 'GET', url: '/api/session', headers: { cookie } });
      expect(ok.statusCode).toBe(200);
    }
    clock = new Date(loginAt.getTime() + 61 * 60_000);
    const ended = await ctx.app.inject({ method: 'GET', url: '/api/session', headers: { cookie } });
    expect(ended.statusCode).toBe(401);
  });
});

describe('linking external logins (administrator)', () => {
  it('refuses a second user for the same issuer + subject', async () => {
    const admin = await ctx.login('admin');
    const again = await admin.post(`/api/admin/users/${ctx.fixtures.users.specA2}/identities`, {
      provider: 'entra',
      subject: 'entra-oid-spec-a1',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('identity_taken');
  });

  it('refuses a provider that does not log in the user’s role', async () => {
    const admin = await ctx.login('admin');
    const wrong = await admin.post(`/api/admin/users/${ctx.fixtures.users.navA}/identities`, {
      provider: 'idporten',
      subject: 'some-sub',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0]).toMatchObject({ path: 'provider', code: 'provider_not_for_role' });
  });

  it('lists and removes a link; the removed login no longer works', async () => {
    const admin = await ctx.login('admin');
    const userId = ctx.fixtures.users.navA;
    const list = await admin.get(`/api/admin/users/${userId}/identities`);
    const link = list.json().items.find((i: { subject: string }) => i.subject === 'entra-oid-nav-a');
    expect(link).toMatchObject({ provider: 'entra', issuer: entra.issuer, linkedHow: 'administrator' });
    const removed = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/admin/users/${userId}/identities/${link.id}`,
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken },
    });
    expect(removed.statusCode).toBe(204);
    const { response } = await login('entra', entra, { sub: 'entra-oid-nav-a' });
    await expectRefused(response, 'oidc_not_linked', /identity_not_linked/);
  });

  it('is for administrators only', async () => {
    const spec = await ctx.login('specA1');
    const response = await spec.get(`/api/admin/users/${ctx.fixtures.users.navA}/identities`);
    expect(response.statusCode).toBe(403);
  });
});
