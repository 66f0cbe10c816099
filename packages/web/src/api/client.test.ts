import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, newIdempotencyKey, postRaw, setCsrfToken } from './client.ts';

/** Stubs fetch with the given answers in turn and records the headers of each request. */
function stubFetch(...answers: Response[]): Record<string, string>[] {
  const sent: Record<string, string>[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_path: string, init: RequestInit) => {
      sent.push({ ...(init.headers as Record<string, string>) });
      const next = answers.shift();
      if (!next) throw new Error('no more answers');
      return next;
    }),
  );
  return sent;
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const csrfRejected = () =>
  new Response(JSON.stringify({ title: 'CSRF', status: 403, code: 'csrf_token_invalid' }), {
    status: 403,
    headers: { 'content-type': 'application/problem+json' },
  });

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('Idempotency-Key in the API client', () => {
  it('makes keys the server accepts, a new one each time', () => {
    const keys = new Set(Array.from({ length: 50 }, () => newIdempotencyKey()));
    expect(keys.size).toBe(50);
    for (const key of keys) expect(key).toMatch(/^[0-9a-f]{32}$/);
  });

  it('sends one key per write and none on a read', async () => {
    const sent = stubFetch(json(201, {}), json(201, {}), json(200, {}));
    await api.post('/api/things', { a: 1 });
    await api.post('/api/things', { a: 1 });
    await api.get('/api/things');
    expect(sent[0]?.['idempotency-key']).toMatch(/^[0-9a-f]{32}$/);
    expect(sent[1]?.['idempotency-key']).toMatch(/^[0-9a-f]{32}$/);
    expect(sent[1]?.['idempotency-key']).not.toBe(sent[0]?.['idempotency-key']);
    expect(sent[2]?.['idempotency-key']).toBeUndefined();
  });

  it('keeps the key when it retries after refreshing the CSRF token, and takes the caller’s key', async () => {
    const sent = stubFetch(csrfRejected(), json(200, { csrfToken: 'fresh' }), json(201, {}), json(201, {}));
    await api.post('/api/things', { a: 1 });
    expect(sent).toHaveLength(3);
    expect(sent[2]?.['idempotency-key']).toBe(sent[0]?.['idempotency-key']);
    expect(sent[2]?.['x-csrf-token']).toBe('fresh');
    await api.post('/api/things', { a: 1 }, { idempotencyKey: 'the-users-retry-key' });
    expect(sent[3]?.['idempotency-key']).toBe('the-users-retry-key');
  });

  it('sends a key with a file upload, the same on its CSRF retry', async () => {
    const sent = stubFetch(csrfRejected(), json(200, { csrfToken: 'fresh' }), json(200, {}));
    await postRaw('/api/imports/employers', new Blob(['name\n']), { 'content-type': 'text/csv' });
    expect(sent[0]?.['idempotency-key']).toMatch(/^[0-9a-f]{32}$/);
    expect(sent[2]?.['idempotency-key']).toBe(sent[0]?.['idempotency-key']);
    expect(sent[2]?.['content-type']).toBe('text/csv');
  });
});
