import { readFileSync } from 'node:fs';
import { tryLockIdempotencyKey } from '@ips-bridge/db';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestContext,
  type TestClient,
  type TestContext,
  testNationalId,
} from '../testing/test-context.ts';
import { ANONYMOUS_IDEMPOTENCY_TTL_MS, canonicalJson, IDEMPOTENCY_TTL_MS } from './idempotency.ts';

let clock = new Date('2026-11-22T10:00:00Z');
let ctx: TestContext;
let spec: TestClient;
let spec2: TestClient;
let therapist: TestClient;

beforeAll(async () => {
  ctx = await createTestContext({ now: () => clock });
  spec = await ctx.login('specA1');
  spec2 = await ctx.login('specA2');
  therapist = await ctx.login('therapistA');
});
afterAll(() => ctx.close());

let nextPerson = 0;
const person = () => ({
  givenName: 'Ida',
  familyName: 'Idempotent',
  nationalId: testNationalId(nextPerson++),
  referralSource: 'nav',
  referralDate: '2026-11-01',
});
const key = (label: string) => `test-${label}-${Math.random().toString(36).slice(2)}`;

const count = async (table: 'participant' | 'audit_log' | 'referral' | 'public_submission' | 'employer') =>
  Number((await ctx.db.selectFrom(table).select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow()).n);
const keyRows = async () =>
  Number(
    (
      await ctx.db
        .selectFrom('idempotency_key')
        .select(sql<number>`count(*)`.as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('Idempotency-Key on a create', () => {
  it('replays the first answer to a retry, with the same status, body and ETag, and writes nothing again', async () => {
    const k = key('replay');
    const body = person();
    const first = await spec.post('/api/participants', body, { 'idempotency-key': k });
    expect(first.statusCode).toBe(201);
    expect(first.headers['idempotency-replayed']).toBeUndefined();
    const participants = await count('participant');
    const audits = await count('audit_log');

    const retry = await spec.post('/api/participants', body, { 'idempotency-key': k });
    expect(retry.statusCode).toBe(201);
    expect(retry.headers['idempotency-replayed']).toBe('true');
    expect(retry.json()).toEqual(first.json());
    expect(retry.headers.etag).toBe(first.headers.etag);
    expect(retry.headers['content-type']).toBe(first.headers['content-type']);
    expect(await count('participant')).toBe(participants);
    expect(await count('audit_log')).toBe(audits);
  });

  it('accepts the draft’s quoted form of the key and treats it as the bare key', async () => {
    const body = person();
    const first = await spec.post('/api/participants', body, { 'idempotency-key': '"quoted-key-0001"' });
    expect(first.statusCode).toBe(201);
    const retry = await spec.post('/api/participants', body, { 'idempotency-key': 'quoted-key-0001' });
    expect(retry.headers['idempotency-replayed']).toBe('true');
  });

  it('answers 422 when the key comes back with a different body, and writes nothing', async () => {
    const k = key('reused');
    expect((await spec.post('/api/participants', person(), { 'idempotency-key': k })).statusCode).toBe(201);
    const participants = await count('participant');
    const other = await spec.post('/api/participants', person(), { 'idempotency-key': k });
    expect(other.statusCode).toBe(422);
    expect(other.headers['content-type']).toContain('application/problem+json');
    expect(other.json().code).toBe('idempotency_key_reused');
    expect(await count('participant')).toBe(participants);
  });

  it('refuses a malformed key with 400 before anything is written', async () => {
    const participants = await count('participant');
    for (const bad of ['short', 'has space inside', 'ø-not-ascii-key', 'x'.repeat(201), '""']) {
      const response = await spec.post('/api/participants', person(), { 'idempotency-key': bad });
      expect(response.statusCode, bad).toBe(400);
      expect(response.json().code).toBe('idempotency_key_invalid');
    }
    expect(await count('participant')).toBe(participants);
  });

  it('does not use the key up on a refused request: the corrected request with the same key goes through', async () => {
    const k = key('fixable');
    const invalid = await spec.post(
      '/api/participants',
      { ...person(), referralDate: '2099-01-01' },
      {
        'idempotency-key': k,
      },
    );
    expect(invalid.statusCode).toBe(400);
    const taken = person();
    expect((await spec.post('/api/participants', taken)).statusCode).toBe(201);
    const conflict = await spec.post(
      '/api/participants',
      { ...person(), nationalId: taken.nationalId },
      {
        'idempotency-key': k,
      },
    );
    expect(conflict.statusCode).toBe(409);
    expect(conflict.json().code).toBe('national_id_taken');

    const fixed = await spec.post('/api/participants', person(), { 'idempotency-key': k });
    expect(fixed.statusCode).toBe(201);
    expect(fixed.headers['idempotency-replayed']).toBeUndefined();
  });

  it('undoes only the failed statement when a route turns a database error into a 4xx, and leaves the key free', async () => {
    const k = key('duplicate-employer');
    expect(
      (await spec.post('/api/employers', { name: 'Dyreklinikken', organisationNumber: '812345672' }))
        .statusCode,
    ).toBe(201);
    const duplicate = await spec.post(
      '/api/employers',
      { name: 'Dyreklinikken AS', organisationNumber: '812345672' },
      {
        'idempotency-key': k,
      },
    );
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().code).toBe('conflict');
    const fixed = await spec.post('/api/employers', { name: 'Dyreklinikken AS' }, { 'idempotency-key': k });
    expect(fixed.statusCode).toBe(201);
  });

  it('keeps the audit row of a denied access made with a key, and leaves the key free', async () => {
    const foreign = (await (await ctx.login('specB1')).post('/api/participants', person())).json()
      .id as string;
    const k = key('denied');
    const denied = await spec.post(
      `/api/participants/${foreign}/plan/goals`,
      { text: 'Jobb' },
      {
        'idempotency-key': k,
      },
    );
    expect(denied.statusCode).toBe(404);
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select(['outcome', 'action'])
      .where('participant_id', '=', foreign)
      .where('actor_user_id', '=', ctx.fixtures.users.specA1)
      .execute();
    expect(audit).toEqual([{ outcome: 'denied', action: 'plan.goal.create' }]);
    expect(
      await ctx.db.selectFrom('idempotency_key').select('key').where('key', '=', k).executeTakeFirst(),
    ).toBeUndefined();
  });

  it('scopes a key to the caller: another user with the same key and body creates their own record', async () => {
    const k = key('per-user');
    const body = { teamId: ctx.fixtures.teamA, givenName: 'Per', familyName: 'Bruker', phone: '41234567' };
    const referrals = await count('referral');
    const mine = await spec.post('/api/referrals', body, { 'idempotency-key': k });
    const theirs = await spec2.post('/api/referrals', body, { 'idempotency-key': k });
    expect([mine.statusCode, theirs.statusCode]).toEqual([201, 201]);
    expect(theirs.headers['idempotency-replayed']).toBeUndefined();
    expect(theirs.json().id).not.toBe(mine.json().id);
    expect(await count('referral')).toBe(referrals + 2);
  });

  it('scopes a key to the route: the same key on another route is a different action', async () => {
    const k = key('per-route');
    expect((await spec.post('/api/participants', person(), { 'idempotency-key': k })).statusCode).toBe(201);
    const referral = await spec.post(
      '/api/referrals',
      { teamId: ctx.fixtures.teamA, givenName: 'Rute', familyName: 'Annen', phone: '41234567' },
      { 'idempotency-key': k },
    );
    expect(referral.statusCode).toBe(201);
    expect(referral.headers['idempotency-replayed']).toBeUndefined();
  });

  it('answers 409 while the same key is being processed, and the key is free again afterwards', async () => {
    const k = key('in-flight');
    const body = person();
    // Hold the key's in-flight lock the way a running request does: a transaction on its own connection.
    const holder = await ctx.db.startTransaction().execute();
    try {
      const locked = await tryLockIdempotencyKey(holder, {
        scope: `user:${ctx.fixtures.users.specA1}`,
        method: 'POST',
        route: '/api/participants',
        key: k,
      });
      expect(locked).toBe(true);
      const busy = await spec.post('/api/participants', body, { 'idempotency-key': k });
      expect(busy.statusCode).toBe(409);
      expect(busy.json().code).toBe('idempotency_key_in_use');
      expect(busy.headers['retry-after']).toBe('1');
    } finally {
      await holder.rollback().execute();
    }
    expect((await spec.post('/api/participants', body, { 'idempotency-key': k })).statusCode).toBe(201);
  });

  it('lets exactly one of two simultaneous identical requests write; the other replays or is told to retry', async () => {
    for (let round = 0; round < 5; round++) {
      const k = key(`race-${round}`);
      const body = person();
      const participants = await count('participant');
      const answers = await Promise.all([
        spec.post('/api/participants', body, { 'idempotency-key': k }),
        spec.post('/api/participants', body, { 'idempotency-key': k }),
      ]);
      const statuses = answers.map((a) => a.statusCode).sort();
      expect([
        [201, 201],
        [201, 409],
      ]).toContainEqual(statuses);
      expect(answers.filter((a) => a.statusCode === 201 && !a.headers['idempotency-replayed'])).toHaveLength(
        1,
      );
      expect(await count('participant')).toBe(participants + 1);
    }
  });

  it('never keeps a write without its key: when recording the answer fails, the write is rolled back', async () => {
    await sql`
      CREATE FUNCTION test_refuse_key() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.key LIKE 'test-refused-%' THEN RAISE EXCEPTION 'refused by test'; END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER test_refuse_key BEFORE INSERT ON idempotency_key
        FOR EACH ROW EXECUTE FUNCTION test_refuse_key();
    `.execute(ctx.db);
    try {
      const participants = await count('participant');
      const audits = await count('audit_log');
      const response = await spec.post('/api/participants', person(), { 'idempotency-key': key('refused') });
      expect(response.statusCode).toBe(500);
      expect(response.headers.etag).toBeUndefined();
      expect(await count('participant')).toBe(participants);
      expect(await count('audit_log')).toBe(audits);
    } finally {
      await sql`DROP TRIGGER test_refuse_key ON idempotency_key; DROP FUNCTION test_refuse_key();`.execute(
        ctx.db,
      );
    }
  });
});

describe('Idempotency-Key on the public self-referral', () => {
  it('replays without a session (scope: the key alone), for an hour, and does not count the retry', async () => {
    const k = key('self');
    const body = { teamId: ctx.fixtures.teamA, givenName: 'Selma', familyName: 'Selv', phone: '41234567' };
    const send = () =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/public/self-referrals',
        headers: { 'idempotency-key': k },
        payload: body,
      });
    const referrals = await count('referral');
    const submissions = await count('public_submission');
    const first = await send();
    expect(first.statusCode).toBe(202);
    const retry = await send();
    expect(retry.statusCode).toBe(202);
    expect(retry.headers['idempotency-replayed']).toBe('true');
    expect(retry.json()).toEqual({ received: true });
    expect(await count('referral')).toBe(referrals + 1);
    expect(await count('public_submission')).toBe(submissions + 1);
    const stored = await ctx.db
      .selectFrom('idempotency_key')
      .select(['scope', 'created_at', 'expires_at'])
      .where('key', '=', k)
      .executeTakeFirstOrThrow();
    expect(stored.scope).toBe('anonymous');
    expect(stored.expires_at.getTime() - stored.created_at.getTime()).toBe(ANONYMOUS_IDEMPOTENCY_TTL_MS);
  });
});

describe('Idempotency-Key on a file upload', () => {
  const employersCsv = readFileSync(
    new URL('../../../../docs/import/employers.csv', import.meta.url),
    'utf8',
  );
  const upload = (k: string, body: string, accept?: string) =>
    ctx.app.inject({
      method: 'POST',
      url: '/api/imports/employers',
      headers: {
        cookie: spec.cookie,
        'x-csrf-token': spec.csrfToken,
        'content-type': 'text/csv',
        'idempotency-key': k,
        ...(accept ? { accept } : {}),
      },
      payload: body,
    });

  it('replays an import answered as JSON; the same key with another file is 422', async () => {
    const k = key('import');
    const before = await count('employer');
    const first = await upload(k, employersCsv);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ imported: 2, problemCount: 0 });
    const retry = await upload(k, employersCsv);
    expect(retry.headers['idempotency-replayed']).toBe('true');
    expect(retry.json()).toEqual(first.json());
    expect(await count('employer')).toBe(before + 2);
    const otherFile = await upload(k, employersCsv.replace('Kaffebaren', 'Tebaren'));
    expect(otherFile.statusCode).toBe(422);
    expect(await count('employer')).toBe(before + 2);
  });

  it('replays an import answered as a stream of progress lines', async () => {
    const k = key('import-stream');
    const file = employersCsv.replaceAll('974 760 673', '').replace('Kaffebaren', 'Strømbaren');
    const before = await count('employer');
    const first = await upload(k, file, 'application/x-ndjson');
    expect(first.statusCode).toBe(200);
    const lines = first.body
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string });
    expect(lines.at(-1)).toMatchObject({ type: 'report', imported: 2 });
    const retry = await upload(k, file, 'application/x-ndjson');
    expect(retry.headers['idempotency-replayed']).toBe('true');
    expect(retry.headers['content-type']).toContain('application/x-ndjson');
    expect(retry.body).toBe(first.body);
    expect(await count('employer')).toBe(before + 2);
  });
});

describe('Idempotency-Key on other writes and where it is ignored', () => {
  it('replays a PUT, so a retried save is not answered 412 for its own change', async () => {
    const participantId = (await spec.post('/api/participants', person())).json().id as string;
    const k = key('put');
    const save = () =>
      ctx.app.inject({
        method: 'PUT',
        url: `/api/participants/${participantId}/first-contact`,
        headers: {
          cookie: spec.cookie,
          'x-csrf-token': spec.csrfToken,
          'if-match': '"1"',
          'idempotency-key': k,
        },
        payload: { date: '2026-11-20' },
      });
    const first = await save();
    expect(first.statusCode).toBe(200);
    const retry = await save();
    expect(retry.statusCode).toBe(200);
    expect(retry.headers['idempotency-replayed']).toBe('true');
    expect(retry.body).toBe(first.body);
  });

  it('ignores the key on login: its answer carries a session and is never stored', async () => {
    const login = () =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'idempotency-key': 'login-key-000001' },
        payload: { username: 'speca1', password: 'correct-horse-battery' },
      });
    const first = await login();
    const second = await login();
    expect([first.statusCode, second.statusCode]).toEqual([200, 200]);
    expect(second.headers['idempotency-replayed']).toBeUndefined();
    expect(second.json().csrfToken).not.toBe(first.json().csrfToken);
    expect(
      await ctx.db
        .selectFrom('idempotency_key')
        .select('key')
        .where('key', '=', 'login-key-000001')
        .execute(),
    ).toEqual([]);
  });

  it('describes the header once in OpenAPI and refers to it from every write that honours it', async () => {
    const doc = (await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.components.parameters.IdempotencyKey).toMatchObject({ name: 'Idempotency-Key', in: 'header' });
    const ref = { $ref: '#/components/parameters/IdempotencyKey' };
    for (const [path, operations] of Object.entries(doc.paths as Record<string, Record<string, unknown>>)) {
      for (const [method, operation] of Object.entries(
        operations as Record<string, { parameters?: unknown[] }>,
      )) {
        const expected = method !== 'get' && !['/api/auth/login', '/api/auth/logout'].includes(path);
        expect(
          operation.parameters?.some((p) => canonicalJson(p) === canonicalJson(ref)) ?? false,
          `${method} ${path}`,
        ).toBe(expected);
      }
    }
    expect(Object.keys(doc.paths['/api/participants'].post.responses)).toEqual(
      expect.arrayContaining(['409', '422']),
    );
  });
});

// Last: moving the clock a day on expires the sessions of the clients above.
describe('Idempotency-Key expiry', () => {
  it('forgets a key after 24 hours: the same request then runs again', async () => {
    const k = key('expiry');
    const body = { teamId: ctx.fixtures.teamA, givenName: 'Gammel', familyName: 'Nøkkel', phone: '41234567' };
    const start = clock;
    try {
      expect((await therapist.post('/api/referrals', body, { 'idempotency-key': k })).statusCode).toBe(201);
      clock = new Date(start.getTime() + IDEMPOTENCY_TTL_MS - 1);
      // Fresh logins: the test client's session does not live that long.
      const within = await (await ctx.login('therapistA')).post('/api/referrals', body, {
        'idempotency-key': k,
      });
      expect(within.headers['idempotency-replayed']).toBe('true');
      const referrals = await count('referral');
      clock = new Date(start.getTime() + IDEMPOTENCY_TTL_MS);
      const later = await (await ctx.login('therapistA')).post('/api/referrals', body, {
        'idempotency-key': k,
      });
      expect(later.statusCode).toBe(201);
      expect(later.headers['idempotency-replayed']).toBeUndefined();
      expect(await count('referral')).toBe(referrals + 1);
    } finally {
      clock = start;
    }
  });

  it('sweeps expired keys of everyone', async () => {
    const start = clock;
    try {
      await spec.post('/api/participants', person(), { 'idempotency-key': key('sweep') });
      expect(await keyRows()).toBeGreaterThan(0);
      clock = new Date(start.getTime() + 3 * IDEMPOTENCY_TTL_MS);
      const fresh = await ctx.login('specA1');
      await fresh.post('/api/participants', person(), { 'idempotency-key': key('sweeper') });
      expect(await keyRows()).toBe(1);
    } finally {
      clock = start;
    }
  });
});
