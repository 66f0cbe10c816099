import { type Db, insertOrganisation, insertUser } from '@ips-bridge/db';
import { createTestDatabase } from '@ips-bridge/db/testing';
import { nextSyntheticNationalId, type Role } from '@ips-bridge/domain';
import type { LightMyRequestResponse } from 'fastify';
import { inject } from 'vitest';
import { type AppDeps, buildApp } from '../app.ts';
import type { App } from '../app-types.ts';
import { hashPassword } from '../auth/password.ts';
import { loadTestConfig } from '../config.ts';

export const TEST_PASSWORD = 'correct-horse-battery';

export interface Fixtures {
  teamA: string;
  teamB: string;
  navOffice: string;
  healthUnit: string;
  users: Record<FixtureUser, string>;
}

const FIXTURE_USERS = {
  specA1: { role: 'employment_specialist', team: 'A' },
  specA2: { role: 'employment_specialist', team: 'A' },
  specB1: { role: 'employment_specialist', team: 'B' },
  supervisorA: { role: 'ips_supervisor', team: 'A' },
  supervisorB: { role: 'ips_supervisor', team: 'B' },
  navA: { role: 'nav_counsellor', team: null },
  therapistA: { role: 'therapist', team: null },
  admin: { role: 'administrator', team: null },
  jobseeker1: { role: 'jobseeker', team: null },
  jobseeker2: { role: 'jobseeker', team: null },
} as const satisfies Record<string, { role: Role; team: 'A' | 'B' | null }>;

export type FixtureUser = keyof typeof FIXTURE_USERS;

export interface TestClient {
  csrfToken: string;
  cookie: string;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown): Promise<LightMyRequestResponse>;
}

export interface TestContext {
  app: App;
  db: Db;
  fixtures: Fixtures;
  login(user: FixtureUser): Promise<TestClient>;
  close(): Promise<void>;
}

async function seedFixtures(db: Db): Promise<Fixtures> {
  const passwordHash = await hashPassword(TEST_PASSWORD);
  const teamA = (await insertOrganisation(db, { name: 'IPS Team A', kind: 'ips_team', region: 'Troms' })).id;
  const teamB = (await insertOrganisation(db, { name: 'IPS Team B', kind: 'ips_team', region: 'Nordland' }))
    .id;
  const navOffice = (await insertOrganisation(db, { name: 'NAV Test', kind: 'nav_office', region: null })).id;
  const healthUnit = (await insertOrganisation(db, { name: 'DPS Test', kind: 'health_unit', region: null }))
    .id;
  const users = {} as Record<FixtureUser, string>;
  for (const [username, spec] of Object.entries(FIXTURE_USERS) as [
    FixtureUser,
    (typeof FIXTURE_USERS)[FixtureUser],
  ][]) {
    users[username] = await insertUser(db, {
      username: username.toLowerCase(),
      displayName: `Test ${username}`,
      role: spec.role,
      organisationId: spec.role === 'therapist' ? healthUnit : navOffice,
      teamId: spec.team === 'A' ? teamA : spec.team === 'B' ? teamB : null,
      passwordHash,
    });
  }
  return { teamA, teamB, navOffice, healthUnit, users };
}

export async function createTestContext(
  options: { config?: Record<string, string>; now?: () => Date; oidc?: AppDeps['oidc'] } = {},
): Promise<TestContext> {
  const testDb = await createTestDatabase(inject('adminDatabaseUrl'));
  const config = loadTestConfig(options.config);
  const app = await buildApp({
    config,
    db: testDb.db,
    ...(options.now ? { now: options.now } : {}),
    ...(options.oidc ? { oidc: options.oidc } : {}),
  });
  const fixtures = await seedFixtures(testDb.db);

  const login = async (user: FixtureUser): Promise<TestClient> => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: user.toLowerCase(), password: TEST_PASSWORD },
    });
    if (response.statusCode !== 200)
      throw new Error(`login as ${user} failed: ${response.statusCode} ${response.body}`);
    const sessionCookie = response.cookies.find((c) => c.name === 'ipsb_session');
    if (!sessionCookie) throw new Error('no session cookie');
    const cookie = `ipsb_session=${sessionCookie.value}`;
    const csrfToken = (response.json() as { csrfToken: string }).csrfToken;
    const send = (
      method: 'GET' | 'POST' | 'PUT',
      url: string,
      body?: unknown,
      headers: Record<string, string> = {},
    ) =>
      app.inject({
        method,
        url,
        headers: { cookie, ...(method === 'GET' ? {} : { 'x-csrf-token': csrfToken }), ...headers },
        ...(body === undefined ? {} : { payload: body as Record<string, unknown> }),
      });
    return {
      csrfToken,
      cookie,
      get: (url) => send('GET', url),
      post: (url, body, headers) => send('POST', url, body, headers),
      put: (url, body) => send('PUT', url, body),
    };
  };

  return {
    app,
    db: testDb.db,
    fixtures,
    login,
    close: async () => {
      await app.close();
      await testDb.drop();
    },
  };
}

/** A distinct valid synthetic national identity number per index (born 1990), for registering test participants. */
export function testNationalId(index: number): string {
  const day = String((index % 28) + 1).padStart(2, '0');
  return nextSyntheticNationalId(`1990-01-${day}`, 100 + Math.floor(index / 28) * 50);
}
