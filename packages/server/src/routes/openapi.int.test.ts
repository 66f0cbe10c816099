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

  it('names the file types of the routes that answer with a file', async () => {
    const doc = (await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const exportAnswer = doc.paths['/api/reports/outcomes/export'].get.responses['200'].content;
    expect(Object.keys(exportAnswer)).toEqual([
      'application/json',
      'text/csv',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ]);
    // format=json keeps the report's schema; the CSV is text and the workbook bytes.
    expect(exportAnswer['application/json'].schema).toBeDefined();
    expect(exportAnswer['text/csv'].schema).toEqual({ type: 'string' });
    expect(
      exportAnswer['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'].schema,
    ).toBeUndefined();
    const invitation = Object.entries(
      doc.paths as Record<string, { get?: { responses: Record<string, { content: object }> } }>,
    ).find(([path]) => path.endsWith('/invitation.ics'))?.[1].get;
    expect(Object.keys(invitation?.responses['200']?.content ?? {})).toEqual(['text/calendar']);
    // Problem answers are untouched.
    expect(Object.keys(doc.paths['/api/reports/outcomes/export'].get.responses['400'].content)).toEqual([
      'application/problem+json',
    ]);
  });
});
