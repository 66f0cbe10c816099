/**
 * `npm run bench:outcomes`: the quarterly outcome report for all teams at national scale, beside hand-written SQL
 * for the same figures (issue 7: under 1 s on PostgreSQL with 100 000 participants and 5 million events, and within
 * 2× of the best hand-written SQL, measured side by side).
 *
 *   npm run bench:outcomes -- [--participants 100000] [--events 50] [--runs 10] [--check]
 *
 * Seeds bench/synthetic-data.ts (participants, then about --events journey events each: phase changes, jobs,
 * education, support contacts), then measures, one after the other and each --runs times after a warm-up:
 * 1. the HTTP route GET /api/reports/outcomes as an administrator (all teams; session, access layer, validation,
 *    both statements and the answer's serialisation), in-process;
 * 2. the hand-written SQL: one statement that computes the same totals straight from the tables, with no
 *    per-team grouping sets and no labels — the least work that gives the figures.
 * It checks that both give the same figures and prints the medians and the ratio. With --check the exit code is 1
 * when the route takes 1 s or more or more than twice the hand-written SQL.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { buildApp, hashPassword, loadTestConfig } from '@ips-bridge/server';
import { sql } from 'kysely';
import { openBenchDatabase } from './bench-database.ts';
import { parseParticipantCount, seedSyntheticData, seedSyntheticEvents } from './synthetic-data.ts';

const { values } = parseArgs({
  options: {
    participants: { type: 'string', default: '100000' },
    events: { type: 'string', default: '50' },
    runs: { type: 'string', default: '10' },
    check: { type: 'boolean', default: false },
  },
});
let participants: number;
try {
  participants = parseParticipantCount(values.participants);
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
const events = Number(values.events);
const runs = Number(values.runs);
if (
  !(Number.isInteger(events) && events >= 5 && events <= 200) ||
  !(Number.isInteger(runs) && runs >= 1 && runs <= 1000)
) {
  console.error('--events must be 5–200 and --runs 1–1000');
  process.exit(2);
}

// A quarter the synthetic referrals (2024–2026) and jobs cover densely.
const FROM = '2025-07-01';
const TO = '2025-09-30';

interface Totals {
  served: number;
  inCompetitiveWork: number;
  jobStarts: number;
  competitiveJobStarts: number;
  educationStarts: number;
  firstJobs: number;
  medianDaysToFirstJob: number | null;
  jobsHeld90Days: number;
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

async function timed<T>(
  label: string,
  run: () => Promise<T>,
): Promise<{ label: string; ms: number[]; last: T }> {
  let last = await run(); // warm-up: plans and caches
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    last = await run();
    ms.push(performance.now() - t0);
  }
  return { label, ms, last };
}

const database = await openBenchDatabase();
const db = database.db;
try {
  const seeded = await seedSyntheticData(db, participants);
  const seededEvents = await seedSyntheticEvents(db, events);
  console.log(
    `Seeded ${seeded.participants} participants in ${seeded.teams} teams (${seeded.seconds.toFixed(1)} s) and ` +
      `${seededEvents.total} events: ${seededEvents.phases} phase changes, ${seededEvents.jobs} jobs, ` +
      `${seededEvents.education} education starts, ${seededEvents.supportContacts} support contacts ` +
      `(${seededEvents.seconds.toFixed(1)} s; ${database.embeddedDataDir ? 'embedded PostgreSQL' : 'DATABASE_URL'})`,
  );

  const nav = await db
    .selectFrom('organisation')
    .select('id')
    .where('name', '=', 'NAV Bench')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('app_user')
    .values({
      username: 'benchadmin',
      display_name: 'Bench administrator',
      role: 'administrator',
      organisation_id: nav.id,
      team_id: null,
      password_hash: await hashPassword('benchmark-password'),
    })
    .execute();
  const app = await buildApp({ config: loadTestConfig({}), db });
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: 'benchadmin', password: 'benchmark-password' },
  });
  const cookie = login.cookies.find((c) => c.name === 'ipsb_session');
  if (!cookie) throw new Error(`login failed: ${login.body}`);

  const route = await timed('GET /api/reports/outcomes (all teams)', async () => {
    const response = await app.inject({
      method: 'GET',
      url: `/api/reports/outcomes?from=${FROM}&to=${TO}`,
      headers: { cookie: `ipsb_session=${cookie.value}` },
    });
    if (response.statusCode !== 200) throw new Error(`${response.statusCode} ${response.body}`);
    return (response.json() as { total: Totals }).total;
  });

  const handWritten = await timed('hand-written SQL (totals only)', async () => {
    const result = await sql<Totals>`
      WITH s AS (
        SELECT p.id, p.referral_date FROM participant p
         WHERE p.referral_date <= ${TO}::date AND NOT (p.phase = 'ended' AND p.phase_since < ${FROM}::date)
      ), j AS (
        SELECT participant_id,
               bool_or(competitive AND start_date <= ${TO}::date AND coalesce(end_date, ${TO}::date) >= ${FROM}::date) AS working,
               count(*) FILTER (WHERE start_date BETWEEN ${FROM}::date AND ${TO}::date) AS starts,
               count(*) FILTER (WHERE competitive AND start_date BETWEEN ${FROM}::date AND ${TO}::date) AS competitive_starts,
               min(start_date) AS first_start,
               count(*) FILTER (WHERE start_date + 90 BETWEEN ${FROM}::date AND ${TO}::date
                                AND (end_date IS NULL OR end_date >= start_date + 90)) AS held
          FROM job GROUP BY participant_id
      ), e AS (
        SELECT participant_id, count(*) AS n FROM education
         WHERE start_date BETWEEN ${FROM}::date AND ${TO}::date GROUP BY participant_id
      )
      SELECT count(*)::int AS "served",
             count(*) FILTER (WHERE j.working)::int AS "inCompetitiveWork",
             coalesce(sum(j.starts), 0)::int AS "jobStarts",
             coalesce(sum(j.competitive_starts), 0)::int AS "competitiveJobStarts",
             coalesce(sum(e.n), 0)::int AS "educationStarts",
             count(*) FILTER (WHERE j.first_start BETWEEN ${FROM}::date AND ${TO}::date)::int AS "firstJobs",
             round(percentile_cont(0.5) WITHIN GROUP (ORDER BY j.first_start - s.referral_date)
               FILTER (WHERE j.first_start BETWEEN ${FROM}::date AND ${TO}::date))::int AS "medianDaysToFirstJob",
             coalesce(sum(j.held), 0)::int AS "jobsHeld90Days"
        FROM s LEFT JOIN j ON j.participant_id = s.id LEFT JOIN e ON e.participant_id = s.id
    `.execute(db);
    return result.rows[0] as Totals;
  });
  await app.close();

  const keys = Object.keys(handWritten.last) as (keyof Totals)[];
  const differing = keys.filter((k) => route.last[k] !== handWritten.last[k]);
  const routeMs = median(route.ms);
  const sqlMs = median(handWritten.ms);
  console.log(`\nQuarter ${FROM} – ${TO}, all teams, median of ${runs} runs after a warm-up:`);
  for (const r of [route, handWritten]) {
    console.log(
      `  ${r.label.padEnd(40)} median ${median(r.ms).toFixed(1).padStart(8)} ms   min ${Math.min(...r.ms)
        .toFixed(1)
        .padStart(8)} ms`,
    );
  }
  console.log(`  route ÷ hand-written SQL: ${(routeMs / sqlMs).toFixed(2)}×`);
  console.log(`  figures: ${JSON.stringify(route.last)}`);
  console.log(
    differing.length === 0 ? '  same figures: yes' : `  same figures: NO (${differing.join(', ')})`,
  );
  const ok = differing.length === 0 && routeMs < 1000 && routeMs <= 2 * sqlMs;
  console.log(
    `\nTargets: under 1 s ${routeMs < 1000 ? 'ok' : 'MISS'}; within 2× of the hand-written SQL ${routeMs <= 2 * sqlMs ? 'ok' : 'MISS'}`,
  );
  if (differing.length > 0 || (values.check && !ok)) process.exitCode = 1;
} finally {
  await database.close();
}
// An explicit exit: a library's exit hook can end the process with 0 and drop process.exitCode (docs/operations.md).
process.exit(process.exitCode ?? 0);
