import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../testing/test-context.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

describe('OpenAPI description', () => {
  it('describes every API route, with its request schema and problem responses', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const doc = response.json();
    expect(doc.openapi).toBe('3.1.0');
    const documented = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(
      ([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p.replaceAll(/\{(\w+)\}/g, ':$1')}`),
    );
    const registered = ctx.app.accessTable
      .filter((r) => (r.url.startsWith('/api/') || r.url.startsWith('/health/')) && r.method !== 'HEAD')
      .filter((r) => r.url !== '/api/openapi.json')
      .map((r) => `${r.method} ${r.url}`);
    expect(documented.sort()).toEqual(registered.sort());

    const create = doc.paths['/api/participants'].post;
    const body = create.requestBody.content['application/json'].schema;
    expect(body.required).toEqual(
      expect.arrayContaining(['givenName', 'familyName', 'nationalId', 'referralSource']),
    );
    expect(body.additionalProperties).toBe(false);
    expect(Object.keys(create.responses)).toEqual(
      expect.arrayContaining(['201', '400', '401', '403', '409']),
    );
  });

  it('defines every schema and parameter it refers to by $ref', async () => {
    // Found by the API fuzzer: components.schemas was empty, so a client could not resolve bodies such as the
    // benefits estimate input or any response schema.
    const doc = (await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const refs = new Set([...JSON.stringify(doc).matchAll(/"\$ref":"#\/([^"]+)"/g)].map((m) => m[1] ?? ''));
    expect(refs.size).toBeGreaterThan(10);
    const unresolved = [...refs].filter(
      (ref) =>
        ref.split('/').reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], doc) ===
        undefined,
    );
    expect(unresolved).toEqual([]);
  });
});
