/**
 * Caseload latency at national scale: seeds a synthetic database (default 50 000 participants; `--participants N`),
 * then measures, in one run and on the same in-process app, a bare route (the ceiling), a specialist's caseload
 * (about 20 rows), a supervisor's team caseload (first page of 100) and a name search. Prints percentiles.
 *
 *   node bench/caseload.bench.ts [--participants 50000] [--requests 300]
 *
 * Uses DATABASE_URL's server when set, else an embedded PostgreSQL in a temporary folder.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { buildApp, loadTestConfig } from '@ips-bridge/server';
import { openBenchDatabase } from './bench-database.ts';
import { parseParticipantCount, SYNTHETIC_PASSWORD, seedSyntheticData } from './synthetic-data.ts';

const { values } = parseArgs({
  options: {
    participants: { type: 'string', default: '50000' },
    requests: { type: 'string', default: '300' },
  },
});
const requests = Number(values.requests);
let participants: number;
try {
  participants = parseParticipantCount(values.participants);
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
if (!(requests >= 10 && requests <= 100_000)) {
  console.error('--requests must be 10–100000');
  process.exit(2);
}

const database = await openBenchDatabase();
const db = database.db;

try {
  const seeded = await seedSyntheticData(db, participants);
  const count = seeded.participants;
  console.log(
    `Seeded ${count} participants, ${seeded.specialists} specialists in ${seeded.teams} teams in ${seeded.seconds.toFixed(1)} s`,
  );

  const app = await buildApp({ config: loadTestConfig({ LOGIN_MAX_FAILURES: '1000' }), db });
  const login = async (username: string) => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password: SYNTHETIC_PASSWORD },
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
  await database.close();
}
