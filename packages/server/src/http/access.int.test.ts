import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { loadTestConfig } from '../config.ts';
import { createTestContext, type TestContext } from '../testing/test-context.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

describe('the access layer', () => {
  it('refuses to build an app with a route that declares no access rule', async () => {
    await expect(
      buildApp({
        config: loadTestConfig(),
        db: ctx.db,
        extraRoutes: (app) => {
          app.get('/api/forgotten', async () => ({ secret: true }));
        },
      }),
    ).rejects.toThrow(/GET \/api\/forgotten declares no access rule/);
  });

  it('has a declared rule on every registered route, and only the expected routes are public', () => {
    const table = ctx.app.accessTable;
    expect(table.length).toBeGreaterThan(10);
    const publicRoutes = table
      .filter((r) => r.access.kind === 'public' && r.method !== 'HEAD')
      .map((r) => `${r.method} ${r.url}`)
      .sort();
    // The web shell (GET /*) is public too when the web app is built; it serves no personal data.
    expect(publicRoutes.filter((r) => r !== 'GET /*')).toEqual([
      'GET /api/auth/oidc/:provider/callback',
      'GET /api/auth/oidc/:provider/start',
      'GET /api/auth/oidc/providers',
      'GET /api/openapi.json',
      'GET /api/public/ips-teams',
      'GET /health/live',
      'GET /health/ready',
      'POST /api/auth/login',
      'POST /api/public/self-referrals',
      'POST /api/v1/benefits/estimate',
    ]);
    // Every route about one participant goes through the consent policy, except break-the-glass, which is how a
    // supervisor gets past it (audited, shown to the jobseeker, and still stopped by a block).
    const participantRoutes = table.filter(
      (r) =>
        r.url.includes(':participantId') && r.url !== '/api/participants/:participantId/emergency-access',
    );
    expect(participantRoutes.length).toBeGreaterThan(0);
    expect(participantRoutes.filter((r) => r.access.kind !== 'participant')).toEqual([]);
  });

  it('answers unknown API paths with a problem+json 404', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ status: 404, code: 'not_found' });
    expect(response.json().requestId).toBe(response.headers['x-request-id']);
  });

  it('sends security headers and no-store on API responses', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/health/live' });
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBeDefined();
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('rejects a non-JSON body with 415', async () => {
    const client = await ctx.login('specA1');
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/participants',
      headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken, 'content-type': 'text/plain' },
      payload: 'hello',
    });
    expect(response.statusCode).toBe(415);
    expect(response.json().code).toBe('unsupported_media_type');
  });
});
