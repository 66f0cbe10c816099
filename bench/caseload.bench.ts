/**
 * Caseload latency at national scale: seeds a synthetic database (default 50 000 participants; `--participants N`),
 * then measures, in one run and on the same in-process app, a bare route (the ceiling), a specialist's caseload
 * (about 20 rows), a supervisor's team caseload (first page of 100) and a name search. Prints percentiles.
 *
 *   node bench/caseload.bench.ts [--participants 50000] [--requests 300]
 *
 * Uses DATABASE_URL's server when set, else an embedded PostgreSQL in a temporary folder.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { startEmbeddedPostgres } from '@ips-bridge/db';
import { createTestDatabase } from '@ips-bridge/db/testing';
import { nextSyntheticNationalId, PHASES } from '@ips-bridge/domain';
import { buildApp, hashPassword, loadTestConfig } from '@ips-bridge/server';
import { sql } from 'kysely';
import { freePort } from '../test-support/postgres-global-setup.ts';

const { values } = parseArgs({
  options: {
    participants: { type: 'string', default: '50000' },
    requests: { type: 'string', default: '300' },
  },
});
const participants = Number(values.participants);
const requests = Number(values.requests);
if (!(participants >= 1000 && participants <= 1_000_000) || !(requests >= 10 && requests <= 100_000)) {
  console.error('--participants must be 1000–1000000 and --requests 10–100000');
  process.exit(2);
}

const PER_SPECIALIST = 20;
const SPECIALISTS_PER_TEAM = 10;
const PASSWORD = 'benchmark-password';

let stopEmbedded: (() => Promise<void>) | null = null;
let tempDir: string | null = null;
let adminUrl = process.env.DATABASE_URL ?? '';
if (!adminUrl) {
  tempDir = mkdtempSync(path.join(tmpdir(), 'ipsb-bench-'));
  chmodSync(tempDir, 0o755);
  const server = await startEmbeddedPostgres({ dataDir: path.join(tempDir, 'pg'), port: await freePort() });
  adminUrl = server.url();
  stopEmbedded = () => server.stop();
}
const database = await createTestDatabase(adminUrl);
const db = database.db;

try {
  const seedStart = performance.now();
  const specialistsNeeded = Math.ceil(participants / PER_SPECIALIST);
  const teams = Math.ceil(specialistsNeeded / SPECIALISTS_PER_TEAM);
  const passwordHash = await hashPassword(PASSWORD);
  const nav = await db
    .insertInto('organisation')
    .values({ name: 'NAV Bench', kind: 'nav_office', region: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  await sql`
    INSERT INTO organisation (name, kind, region)
    SELECT 'IPS Bench ' || lpad(g::text, 6, '0'), 'ips_team', 'Bench' FROM generate_series(1, ${teams}) g
  `.execute(db);
  const teamRows = await db
    .selectFrom('organisation')
    .select('id')
    .where('kind', '=', 'ips_team')
    .orderBy('name')
    .execute();
  await sql`
    INSERT INTO app_user (username, display_name, role, organisation_id, team_id, password_hash)
    SELECT 'spec' || g, 'Specialist ' || g, 'employment_specialist', ${nav.id}, t.id, ${passwordHash}
    FROM generate_series(0, ${specialistsNeeded - 1}) g
    JOIN (SELECT id, row_number() OVER (ORDER BY name) - 1 AS n FROM organisation WHERE kind = 'ips_team') t
      ON t.n = g / ${SPECIALISTS_PER_TEAM}
  `.execute(db);
  await sql`
    INSERT INTO app_user (username, display_name, role, organisation_id, team_id, password_hash)
    SELECT 'lead' || (row_number() OVER (ORDER BY name)), 'Supervisor', 'ips_supervisor', ${nav.id}, id, ${passwordHash}
    FROM organisation WHERE kind = 'ips_team'
  `.execute(db);
  const specialists = await db
    .selectFrom('app_user')
    .select(['id', 'team_id'])
    .where('role', '=', 'employment_specialist')
    .orderBy(sql`substring(username from 5)::int`)
    .execute();

  // Unique synthetic identity numbers: the k-th valid number of each birth date, taken in order.
  const nextIndividual = new Map<string, number>();
  const uniqueId = (birth: string): string => {
    const from = nextIndividual.get(birth) ?? 0;
    const id = nextSyntheticNationalId(birth, from);
    const individual = Number(id.slice(6, 9));
    nextIndividual.set(birth, individual - (Number(birth.slice(0, 4)) >= 2000 ? 500 : 0) + 1);
    return id;
  };

  const BATCH = 5000;
  for (let start = 0; start < participants; start += BATCH) {
    const rows = [];
    for (let n = start; n < Math.min(participants, start + BATCH); n++) {
      const specialist = specialists[Math.floor(n / PER_SPECIALIST)];
      if (!specialist?.team_id) throw new Error('no specialist');
      const birth = `${1960 + (n % 45)}-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')}`;
      rows.push({
        team_id: specialist.team_id,
        given_name: `Given${n}`,
        family_name: `Family${n % 997}`,
        national_id: uniqueId(birth),
        birth_date: birth,
        phone: null,
        email: null,
        referral_source: 'nav' as const,
        referral_date: '2026-01-15',
        phase_since: '2026-01-15',
        phase: PHASES[n % PHASES.length] ?? 'referred',
        created_by: specialist.id,
      });
    }
    const inserted = await db
      .insertInto('participant')
      .values(rows)
      .returning(['id', 'created_by'])
      .execute();
    await db
      .insertInto('care_team_member')
      .values(
        inserted.flatMap((r) =>
          r.created_by
            ? [{ participant_id: r.id, user_id: r.created_by, role: 'employment_specialist' as const }]
            : [],
        ),
      )
      .execute();
  }
  await sql`ANALYZE`.execute(db);
  const count = (
    await db.selectFrom('participant').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow()
  ).n;
  console.log(
    `Seeded ${count} participants, ${specialists.length} specialists in ${teamRows.length} teams in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`,
  );

  const app = await buildApp({ config: loadTestConfig({ LOGIN_MAX_FAILURES: '1000' }), db });
  const login = async (username: string) => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password: PASSWORD },
    });
    const cookie = response.cookies.find((c) => c.name === 'ipsb_session');
    if (!cookie) throw new Error(`login failed for ${username}: ${response.body}`);
    return `ipsb_session=${cookie.value}`;
  };
  const specialistCookie = await login('spec0');
  const supervisorCookie = await login('lead1');

  async function measure(name: string, url: string, cookie: string | null) {
    const times: number[] = [];
    let rowsSeen = 0;
    for (let i = 0; i < requests; i++) {
      const t0 = performance.now();
      const response = await app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });
      times.push(performance.now() - t0);
      if (response.statusCode !== 200) throw new Error(`${name}: ${response.statusCode} ${response.body}`);
      if (i === 0) rowsSeen = (response.json() as { items?: unknown[] }).items?.length ?? 0;
    }
    times.sort((a, b) => a - b);
    const pct = (p: number) =>
      (times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))] ?? 0).toFixed(2);
    const mean = times.reduce((a, b) => a + b, 0) / times.length;
    console.log(
      `${name.padEnd(36)} rows ${String(rowsSeen).padStart(4)}  p50 ${pct(50).padStart(7)} ms  p95 ${pct(95).padStart(7)} ms  p99 ${pct(99).padStart(7)} ms  ${(1000 / mean).toFixed(0).padStart(6)} req/s (sequential)`,
    );
  }

  console.log(
    `\n${requests} sequential requests each, in-process (app.inject), ${count} participants in the database:`,
  );
  await measure('baseline: GET /health/live', '/health/live', null);
  await measure('specialist caseload (own ~20)', '/api/participants', specialistCookie);
  await measure('supervisor caseload (team, page 1)', '/api/participants?limit=100', supervisorCookie);
  await measure('supervisor name search', '/api/participants?q=family1', supervisorCookie);
  await app.close();
} finally {
  await database.drop();
  await stopEmbedded?.();
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
}
