/**
 * `npm run bench`: load and latency of the real server on a seeded synthetic database, side by side in one run.
 *
 *   npm run bench -- [--participants 100000] [--events 10] [--connections 50] [--duration 10] [--pool 10] [--check]
 *
 * 1. Seeds a synthetic database (bench/synthetic-data.ts; 1 000 to 1 000 000 participants, about --events journey
 *    events each) on DATABASE_URL's server, or on an embedded PostgreSQL in a temporary folder.
 * 2. Starts, each as a process of its own, the app (`ips-bridge start`, audit and access checks on, as in
 *    production) and a bare Fastify route (bench/bare-server.ts: the ceiling for an HTTP answer on this machine).
 * 3. Drives each endpoint with autocannon at --connections connections for --duration seconds after a warm-up.
 * 4. For each database endpoint, records the exact SQL one request issues (every statement on the wire, BEGIN,
 *    session check, access decision, audit INSERT and COMMIT included, captured from the pg driver of an in-process
 *    copy of the app) and replays it with --pool raw connections (the app's own pool size) for the same time: the
 *    limit for that endpoint on this machine.
 * 5. Prints req/s, p50/p99, each endpoint's share of the ceiling and of its raw-SQL limit, the peak memory of the
 *    app server (VmHWM) and of PostgreSQL (sum of proportional set sizes), and the targets in bench/load-report.ts.
 *    With --check the exit code is 1 when a target is missed.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createHistogram, performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createDb } from '@ips-bridge/db';
import { buildApp, loadTestConfig } from '@ips-bridge/server';
import autocannon from 'autocannon';
import pg from 'pg';
import { freePort } from '../test-support/postgres-global-setup.ts';
import { openBenchDatabase } from './bench-database.ts';
import { checks, type EndpointResult, type Figures, formatChecks, formatTable } from './load-report.ts';
import {
  parseParticipantCount,
  SYNTHETIC_PASSWORD,
  seedSyntheticData,
  seedSyntheticEvents,
} from './synthetic-data.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const { values } = parseArgs({
  options: {
    participants: { type: 'string', default: '100000' },
    connections: { type: 'string', default: '50' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    pool: { type: 'string', default: '10' },
    events: { type: 'string', default: '10' },
    check: { type: 'boolean', default: false },
  },
});

function wholeNumber(name: string, raw: string, min: number, max: number): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    console.error(`--${name} must be a whole number from ${min} to ${max}`);
    process.exit(2);
  }
  return n;
}
let participants: number;
try {
  participants = parseParticipantCount(values.participants);
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
const connections = wholeNumber('connections', values.connections, 1, 1000);
const duration = wholeNumber('duration', values.duration, 1, 600);
const warmup = wholeNumber('warmup', values.warmup, 0, 60);
const pool = wholeNumber('pool', values.pool, 1, 200);
const eventsPerParticipant = wholeNumber('events', values.events, 5, 200);

// --- capture of the SQL a request issues -------------------------------------------------------------------------

interface Statement {
  text: string;
  values: unknown[];
}
let capturing: Statement[] | null = null;
const originalQuery = pg.Client.prototype.query;
// Every statement the app sends goes through pg.Client#query (Kysely's driver calls it with text and values).
pg.Client.prototype.query = function capturedQuery(this: pg.Client, ...args: unknown[]) {
  if (capturing && typeof args[0] === 'string') {
    capturing.push({ text: args[0], values: Array.isArray(args[1]) ? [...args[1]] : [] });
  }
  return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
} as typeof pg.Client.prototype.query;

// --- processes and memory ----------------------------------------------------------------------------------------

function startChild(
  args: string[],
  env: NodeJS.ProcessEnv,
  ready: RegExp,
): Promise<{ child: ChildProcess; line: string }> {
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${args.join(' ')} did not start in 120 s\n${stderr}`)),
      120_000,
    );
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = out.split('\n').find((l) => ready.test(l));
      if (match) {
        clearTimeout(timer);
        resolve({ child, line: match });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${args.join(' ')} exited with ${code}\n${stderr}`));
    });
  });
}

function statusKb(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  try {
    const match = readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`^${field}:\\s+(\\d+)`, 'm'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

function pssKb(pid: number): number {
  try {
    const match = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8').match(/^Pss:\s+(\d+)/m);
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** The PostgreSQL processes to count: the embedded server's tree, or every `postgres` process on this machine. */
function postgresPids(embeddedDataDir: string | null): number[] {
  const procs: { pid: number; ppid: number; comm: string }[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      procs.push({ pid: Number(entry), ppid, comm });
    } catch {
      // The process ended while we looked.
    }
  }
  if (!embeddedDataDir) return procs.filter((p) => p.comm === 'postgres').map((p) => p.pid);
  const postmaster = Number(
    readFileSync(path.join(embeddedDataDir, 'postmaster.pid'), 'utf8').split('\n')[0],
  );
  return [postmaster, ...procs.filter((p) => p.ppid === postmaster).map((p) => p.pid)];
}

// --- measuring ---------------------------------------------------------------------------------------------------

interface Target {
  name: string;
  kind: EndpointResult['kind'];
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
}

async function drive(target: Target, seconds: number): Promise<EndpointResult['http']> {
  const result = await autocannon({
    url: target.url,
    method: target.method,
    headers: target.headers,
    body: target.body,
    connections,
    duration: seconds,
  });
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    failed: result.errors + result.timeouts + result.non2xx,
  };
}

/** Replays one request's statements on `pool` raw connections for `seconds`; one pass = one request. */
async function replay(url: string, statements: Statement[], seconds: number): Promise<Figures> {
  const clients = await Promise.all(
    Array.from({ length: pool }, async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      return client;
    }),
  );
  const histogram = createHistogram();
  let passes = 0;
  let stop = false;
  const start = performance.now();
  const worker = async (client: pg.Client) => {
    while (!stop) {
      const t0 = process.hrtime.bigint();
      for (const s of statements) await client.query(s.text, s.values);
      histogram.record(process.hrtime.bigint() - t0);
      passes++;
    }
  };
  const workers = clients.map(worker);
  await sleep(seconds * 1000);
  stop = true;
  await Promise.all(workers);
  const elapsed = (performance.now() - start) / 1000;
  await Promise.all(clients.map((c) => c.end()));
  return {
    requestsPerSecond: passes / elapsed,
    p50Ms: histogram.percentile(50) / 1e6,
    p99Ms: histogram.percentile(99) / 1e6,
  };
}

// --- the run -----------------------------------------------------------------------------------------------------

const database = await openBenchDatabase();
const children: ChildProcess[] = [];
try {
  const seeded = await seedSyntheticData(database.db, participants);
  const events = await seedSyntheticEvents(database.db, eventsPerParticipant);
  console.log(
    `Seeded ${seeded.participants} participants, ${seeded.specialists} specialists in ${seeded.teams} teams ` +
      `in ${seeded.seconds.toFixed(1)} s, ${events.total} journey events in ${events.seconds.toFixed(1)} s ` +
      `(${database.embeddedDataDir ? 'embedded PostgreSQL' : 'DATABASE_URL'})`,
  );

  const bare = await startChild(['bench/bare-server.ts'], process.env, /^listening \d+/);
  children.push(bare.child);
  const barePort = Number(bare.line.split(' ')[1]);

  const appPort = await freePort();
  const app = await startChild(
    ['packages/cli/src/main.ts', 'start'],
    {
      ...process.env,
      DATABASE_URL: database.url,
      HOST: '127.0.0.1',
      PORT: String(appPort),
      DB_POOL_SIZE: String(pool),
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'false',
      LOGIN_MAX_FAILURES: '1000',
      NODE_ENV: 'production',
    },
    /running/,
  );
  children.push(app.child);
  const appPid = app.child.pid ?? 0;
  const base = `http://127.0.0.1:${appPort}`;

  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: seeded.firstSpecialist, password: SYNTHETIC_PASSWORD }),
  });
  const cookie = login.headers
    .getSetCookie()
    .find((c) => c.startsWith('ipsb_session='))
    ?.split(';')[0];
  if (!login.ok || !cookie) throw new Error(`login failed: ${login.status} ${await login.text()}`);

  const estimateBody = JSON.stringify({
    year: 2026,
    situation: { kind: 'uforetrygd', uforegrad: 100, household: 'single', monthsReceivedBeforeYear: 30 },
    scenarios: [8, 16, 24, 32].map((hours) => ({ hoursPerWeek: hours, hourlyWage: 220, weeksPerYear: 46 })),
  });
  const targets: Target[] = [
    {
      name: 'bare Fastify (ceiling)',
      kind: 'ceiling',
      url: `http://127.0.0.1:${barePort}/bare`,
      method: 'GET',
      headers: {},
    },
    {
      name: 'caseload list',
      kind: 'database',
      url: `${base}/api/participants`,
      method: 'GET',
      headers: { cookie },
    },
    {
      name: 'participant page data',
      kind: 'database',
      url: `${base}/api/participants/${seeded.sampleParticipantId}`,
      method: 'GET',
      headers: { cookie },
    },
    {
      name: 'quarterly outcome report',
      kind: 'database',
      url: `${base}/api/reports/outcomes?from=2025-07-01&to=2025-09-30`,
      method: 'GET',
      headers: { cookie },
    },
    {
      name: 'benefits estimate',
      kind: 'compute',
      url: `${base}/api/v1/benefits/estimate`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: estimateBody,
    },
  ];

  // The statements of one request, from an in-process copy of the app on the same database and session.
  const captureDb = createDb({ connectionString: database.url, maxConnections: 2 });
  const inProcess = await buildApp({ config: loadTestConfig({}), db: captureDb });
  const sqlOf = new Map<string, Statement[]>();
  for (const t of targets.filter((x) => x.kind === 'database')) {
    const url = new URL(t.url);
    // Two requests first, so one-off work (the session's last-seen stamp, plan caches) is not counted.
    for (let i = 0; i < 3; i++) {
      if (i === 2) capturing = [];
      const response = await inProcess.inject({
        method: t.method,
        url: url.pathname + url.search,
        headers: t.headers,
      });
      if (response.statusCode !== 200) throw new Error(`${t.name}: ${response.statusCode} ${response.body}`);
    }
    sqlOf.set(t.name, capturing ?? []);
    capturing = null;
  }
  await inProcess.close();
  await captureDb.destroy();

  let pgPeakKb = 0;
  const sampler = setInterval(() => {
    const total = postgresPids(database.embeddedDataDir).reduce((sum, pid) => sum + pssKb(pid), 0);
    pgPeakKb = Math.max(pgPeakKb, total);
  }, 250);

  console.log(
    `\nautocannon: ${connections} connections, ${warmup} s warm-up + ${duration} s per endpoint; ` +
      `raw SQL: ${pool} connections (the app's pool)\n`,
  );
  const results: EndpointResult[] = [];
  for (const t of targets) {
    if (warmup > 0) await drive(t, warmup);
    const http = await drive(t, duration);
    const statements = sqlOf.get(t.name);
    let raw: EndpointResult['raw'];
    if (statements) {
      if (warmup > 0) await replay(database.url, statements, warmup);
      raw = { ...(await replay(database.url, statements, duration)), statements: statements.length };
    }
    results.push({ name: t.name, kind: t.kind, http, raw });
    console.log(`  measured ${t.name}${raw ? ` (${raw.statements} SQL statements per request)` : ''}`);
  }
  clearInterval(sampler);

  const appPeakRssMb = statusKb(appPid, 'VmHWM') / 1024;
  console.log(`\n${formatTable(results)}`);
  console.log(
    `\npeak memory: app server ${appPeakRssMb.toFixed(0)} MB (VmHWM), PostgreSQL ${(pgPeakKb / 1024).toFixed(0)} MB ` +
      `(sum of PSS over ${database.embeddedDataDir ? 'the embedded server' : "this machine's postgres processes"})`,
  );
  for (const [name, statements] of sqlOf) {
    console.log(`\nSQL of one request, ${name}:`);
    for (const s of statements) console.log(`  ${s.text.replace(/\s+/g, ' ').slice(0, 140)}`);
  }
  const list = checks(results, { appPeakRssMb });
  console.log(`\nTargets (${participants} participants; the targets are set for 100 000 at 50 connections):`);
  console.log(formatChecks(list));
  if (values.check && list.some((c) => !c.ok)) process.exitCode = 1;
} finally {
  for (const child of children) child.kill('SIGTERM');
  await Promise.all(
    children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : Promise.resolve())),
  );
  await database.close();
}
