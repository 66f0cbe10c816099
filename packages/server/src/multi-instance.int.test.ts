import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { insertOrganisation, insertUser } from '@ips-bridge/db';
import { createTestDatabase, type TestDatabase } from '@ips-bridge/db/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '../../../test-support/postgres-global-setup.ts';
import { hashPassword } from './auth/password.ts';
import { type RunningTarget, startTarget } from './testing/app-process.ts';
import { testNationalId } from './testing/test-context.ts';

// Several app instances behind a load balancer share one PostgreSQL (docs/operations.md): sessions, idempotency
// records and their in-flight locks, record versions and failed logins all live in the database, never in one
// process's memory. Two real server processes on one database show it.

const PASSWORD = 'two-instances-password';
const MAX_FAILURES = 3;
let database: TestDatabase;
let a: RunningTarget;
let b: RunningTarget;
let root: string;

beforeAll(async () => {
  database = await createTestDatabase(inject('adminDatabaseUrl'));
  const team = await insertOrganisation(database.db, { name: 'Two Team', kind: 'ips_team', region: null });
  const nav = await insertOrganisation(database.db, { name: 'Two NAV', kind: 'nav_office', region: null });
  const passwordHash = await hashPassword(PASSWORD);
  for (const username of ['spec.one', 'spec.locked']) {
    await insertUser(database.db, {
      username,
      displayName: username,
      role: 'employment_specialist',
      organisationId: nav.id,
      teamId: team.id,
      passwordHash,
    });
  }
  root = mkdtempSync(path.join(tmpdir(), 'ipsb-two-'));
  chmodSync(root, 0o755);
  const start = async (name: string) =>
    startTarget({
      dataDir: path.join(root, name),
      appPort: await freePort(),
      databaseUrl: database.url,
      env: { LOGIN_MAX_FAILURES: String(MAX_FAILURES) },
    });
  [a, b] = await Promise.all([start('a'), start('b')]);
}, 120_000);

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await database?.drop();
  if (root) rmSync(root, { recursive: true, force: true });
});

interface Session {
  cookie: string;
  csrf: string;
}

async function login(instance: RunningTarget, username: string, password = PASSWORD) {
  return fetch(`${instance.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
}

async function session(instance: RunningTarget): Promise<Session> {
  const response = await login(instance, 'spec.one');
  expect(response.status).toBe(200);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('ipsb_session='));
  return {
    cookie: cookie?.split(';')[0] ?? '',
    csrf: ((await response.json()) as { csrfToken: string }).csrfToken,
  };
}

function call(
  instance: RunningTarget,
  s: Session,
  method: string,
  url: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  return fetch(`${instance.url}${url}`, {
    method,
    headers: {
      cookie: s.cookie,
      ...(method === 'GET' ? {} : { 'x-csrf-token': s.csrf }),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

/** Sends until the answer is not "the same key is in flight elsewhere" (the client's retry on Retry-After). */
async function postUntilSettled(
  instance: RunningTarget,
  s: Session,
  url: string,
  body: unknown,
  key: string,
) {
  for (let attempt = 0; ; attempt++) {
    const response = await call(instance, s, 'POST', url, body, { 'idempotency-key': key });
    const text = await response.text();
    if (!(response.status === 409 && text.includes('idempotency_key_in_use')) || attempt > 50) {
      return { status: response.status, text, replayed: response.headers.get('idempotency-replayed') };
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function newParticipant(index: number) {
  return {
    givenName: `Two${index}`,
    familyName: 'Instances',
    nationalId: testNationalId(index),
    phone: null,
    email: null,
    referralSource: 'self',
    referralDate: '2026-11-01',
  };
}

describe('two app processes on one PostgreSQL', () => {
  it('a session created on one instance works on the other, and a logout on either ends it on both', async () => {
    const s = await session(a);
    const onB = await call(b, s, 'GET', '/api/session');
    expect(onB.status).toBe(200);
    expect(((await onB.json()) as { user: { username: string } }).user.username).toBe('spec.one');
    expect((await call(b, s, 'POST', '/api/auth/logout')).status).toBe(204);
    expect((await call(a, s, 'GET', '/api/session')).status).toBe(401);
  });

  it('the same Idempotency-Key sent to both at once creates one record, and both answer the same', async () => {
    const s = await session(a);
    const body = newParticipant(1);
    const key = 'two-instances-key-0001';
    const [onA, onB] = await Promise.all([
      postUntilSettled(a, s, '/api/participants', body, key),
      postUntilSettled(b, s, '/api/participants', body, key),
    ]);
    expect([onA.status, onB.status]).toEqual([201, 201]);
    expect(JSON.parse(onA.text)).toEqual(JSON.parse(onB.text));
    // Exactly one of the two ran the route; the other was answered from the stored record.
    expect([onA.replayed, onB.replayed].filter((r) => r === 'true')).toHaveLength(1);
    const rows = await database.db
      .selectFrom('participant')
      .select('id')
      .where('national_id', '=', body.nationalId)
      .execute();
    expect(rows).toHaveLength(1);
    const audit = await database.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'participant.create')
      .where('participant_id', '=', rows[0]?.id ?? '')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('two updates with the same If-Match through different instances: one succeeds, the other gets 412', async () => {
    const s = await session(a);
    const created = await call(a, s, 'POST', '/api/participants', newParticipant(2));
    expect(created.status).toBe(201);
    const participantId = ((await created.json()) as { id: string }).id;
    const planUrl = `/api/participants/${participantId}/plan`;
    const withGoal = await call(a, s, 'POST', `${planUrl}/goals`, { text: 'Work in a bakery' });
    expect(withGoal.status).toBe(201);
    const goal = ((await withGoal.json()) as { goals: { id: string; version: number }[] }).goals[0];
    if (!goal) throw new Error('no goal');
    const update = (instance: RunningTarget, text: string) =>
      call(
        instance,
        s,
        'PUT',
        `${planUrl}/goals/${goal.id}`,
        { text, status: 'active' },
        {
          'if-match': `"${goal.version}"`,
        },
      );
    const answers = await Promise.all([update(a, 'Work in a bakery, mornings'), update(b, 'Work in a café')]);
    expect(answers.map((r) => r.status).sort()).toEqual([200, 412]);
    const saved = await database.db
      .selectFrom('plan_goal')
      .select(['text', 'version'])
      .where('id', '=', goal.id)
      .executeTakeFirstOrThrow();
    expect(saved.version).toBe(goal.version + 1);
    const winner = answers[0]?.status === 200 ? 'Work in a bakery, mornings' : 'Work in a café';
    expect(saved.text).toBe(winner);
  });

  it('failed logins count across instances: the limit is reached whichever instance is asked', async () => {
    for (let i = 0; i < MAX_FAILURES; i++) {
      const instance = i % 2 === 0 ? a : b;
      expect((await login(instance, 'spec.locked', 'wrong-password')).status).toBe(401);
    }
    // Neither instance alone saw three failures; together they did, so even the right password is refused.
    expect((await login(a, 'spec.locked')).status).toBe(429);
    expect((await login(b, 'spec.locked')).status).toBe(429);
  });
});
