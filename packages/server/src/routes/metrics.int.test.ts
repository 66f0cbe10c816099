import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, testNationalId } from '../testing/test-context.ts';

const TOKEN = 'metrics-token-0123456789abcdef0123456789abcdef';

describe('GET /metrics without METRICS_TOKEN', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(() => ctx.close());

  it('does not exist: 404 even with a bearer token or a session', async () => {
    const anonymous = await ctx.app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(anonymous.statusCode).toBe(404);
    const admin = await ctx.login('admin');
    expect((await admin.get('/metrics')).statusCode).toBe(404);
  });
});

describe('GET /metrics with METRICS_TOKEN', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext({ config: { METRICS_TOKEN: TOKEN } });
  });
  afterAll(() => ctx.close());

  const scrape = (authorization?: string) =>
    ctx.app.inject({ method: 'GET', url: '/metrics', headers: authorization ? { authorization } : {} });

  it('refuses a missing or wrong token, and a session is no substitute', async () => {
    const none = await scrape();
    expect(none.statusCode).toBe(401);
    expect(none.headers['www-authenticate']).toBe('Bearer');
    expect((await scrape(`Bearer ${TOKEN}x`)).statusCode).toBe(401);
    expect((await scrape(`Basic ${TOKEN}`)).statusCode).toBe(401);
    const admin = await ctx.login('admin');
    expect((await admin.get('/metrics')).statusCode).toBe(401);
  });

  it('reports process, HTTP by route pattern, pool and audit-seal metrics, with no identifier from a URL', async () => {
    const specialist = await ctx.login('specA1');
    const created = await specialist.post('/api/participants', {
      givenName: 'Metric',
      familyName: 'Person',
      nationalId: testNationalId(7),
      phone: null,
      email: null,
      referralSource: 'self',
      referralDate: '2026-11-01',
    });
    expect(created.statusCode).toBe(201);
    const participantId = (created.json() as { id: string }).id;
    expect((await specialist.get(`/api/participants/${participantId}`)).statusCode).toBe(200);
    expect((await specialist.get('/no/such/page/12345678901')).statusCode).toBeGreaterThanOrEqual(200);

    const response = await scrape(`Bearer ${TOKEN}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
    const text = response.body;
    expect(text).toContain('process_cpu_user_seconds_total');
    expect(text).toMatch(
      /ipsb_http_request_duration_seconds_count\{method="GET",route="\/api\/participants\/:participantId",status_code="200"\} 1\n/,
    );
    expect(text).toMatch(
      /ipsb_http_request_duration_seconds_bucket\{le="\+Inf",method="POST",route="\/api\/participants",status_code="201"\} 1\n/,
    );
    expect(text).not.toContain(participantId);
    expect(text).not.toContain('12345678901');
    expect(text).toMatch(/ipsb_db_pool_max_connections \d+/);
    expect(text).toMatch(/ipsb_db_pool_waiting_requests 0/);
    // No sealer runs in tests: the registration's and the read's audit rows are still unsealed.
    const unsealed = Number(/ipsb_audit_unsealed_rows (\d+)/.exec(text)?.[1]);
    expect(unsealed).toBeGreaterThanOrEqual(2);
    expect(text).toMatch(/ipsb_audit_seal_lag_seconds [\d.e+-]+/);
  });
});
