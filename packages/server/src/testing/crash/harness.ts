import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createDb, type Db, embeddedPostgresUrl, insertOrganisation, insertUser } from '@ips-bridge/db';
import { nextSyntheticNationalId, osloDate } from '@ips-bridge/domain';
import { sql } from 'kysely';
import { hashPassword } from '../../auth/password.ts';
import { type RunningTarget, startTarget } from '../app-process.ts';

/**
 * Crash-safety harness (issue 9, docs/operations.md "Crash safety"). Runs IPS Bridge as real processes on its own
 * embedded PostgreSQL, sends concurrent writes, and SIGKILLs the app and every PostgreSQL process at a random moment,
 * cycle after cycle. After each restart it retries every write whose answer the client never saw, with the same
 * Idempotency-Key, and checks in the database that every write the client saw acknowledged is there exactly once,
 * with its audit row.
 *
 * The control run (`durability: 'off'`) starts PostgreSQL with asynchronous commit and a 10-second WAL writer
 * delay: a commit is acknowledged while its WAL is still in shared memory, and SIGKILL of all PostgreSQL processes
 * throws that memory away. (fsync=off alone would not do: the operating system's cache survives a process kill.)
 * The harness must report lost writes there; if it does not, it cannot see loss and its green result means nothing.
 *
 * Everything random comes from one seed, printed first, so a failing run can be replayed with the same seed (the
 * operating system's scheduling still varies, so a replay is close, not identical).
 */

export interface CrashHarnessOptions {
  seed: number;
  /** Kill-and-restart cycles. */
  cycles: number;
  /** New writes started per cycle (registrations, goals, plan steps); the kill lands while they run. */
  writesPerCycle: number;
  /** Requests in flight at once. */
  concurrency: number;
  /** 'off' is the control run: durability deliberately switched off in PostgreSQL. */
  durability: 'on' | 'off';
  /** The control run stops at the first cycle that shows loss (default true). */
  stopAtFirstLoss?: boolean;
  log?: (line: string) => void;
}

export interface CrashReport {
  seed: number;
  durability: 'on' | 'off';
  cyclesRun: number;
  processesKilled: number;
  /** Writes the client saw acknowledged (201), including retries answered after a restart. */
  acknowledged: number;
  /** Writes whose answer was lost in a kill and that were sent again with the same key. */
  retried: number;
  /** Retries answered from the stored response (Idempotency-Replayed: true): the first attempt had committed. */
  replayed: number;
  /** Acknowledged writes missing from the database. */
  lost: string[];
  /** Writes found more than once. */
  duplicated: string[];
  /** Writes without their audit row. */
  missingAudit: string[];
  /** Answers the harness did not expect (a 4xx or 5xx that is not a kill's doing). */
  anomalies: string[];
}

type OpKind = 'participant' | 'goal' | 'step';
// MEETING MINUTES: when the meetings routes are merged (another branch, issue 9), add 'minutes' here, create the
// op in `followUps` below once its participant is acknowledged, and check it in `verify` like a plan step (count
// by marker text, one audit row each).

interface WriteOp {
  seq: number;
  kind: OpKind;
  key: string;
  /** Unique text carried by the record, found again in the database. */
  marker: string;
  path: string;
  body: Record<string, unknown>;
  participantSeq: number;
  state: 'new' | 'pending' | 'acked' | 'failed';
  attempts: number;
}

interface ChainState {
  participantId?: string;
  goalId?: string;
  stepsLeft: number;
}

const USERNAME = 'crash.specialist';
const PASSWORD = 'crash-harness-password';

/** A small, seedable PRNG (mulberry32): the same seed gives the same kill points and write mix. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function runCrashHarness(options: CrashHarnessOptions): Promise<CrashReport> {
  const log = options.log ?? (() => {});
  const random = seededRandom(options.seed);
  const root = mkdtempSync(path.join(tmpdir(), 'ipsb-crash-'));
  // As root, PostgreSQL runs as the postgres user and must be able to enter the folder.
  chmodSync(root, 0o755);
  const dataDir = path.join(root, 'data');
  const appPort = await freePort();
  const pgPort = await freePort();
  const output: string[] = [];
  const targetOptions = {
    dataDir,
    appPort,
    pgPort,
    onOutput: (line: string) => {
      output.push(line);
      if (output.length > 100) output.shift();
    },
  };
  const report: CrashReport = {
    seed: options.seed,
    durability: options.durability,
    cyclesRun: 0,
    processesKilled: 0,
    acknowledged: 0,
    retried: 0,
    replayed: 0,
    lost: [],
    duplicated: [],
    missingAudit: [],
    anomalies: [],
  };
  log(
    `crash harness: seed ${options.seed}, durability ${options.durability}, ${options.cycles} cycles × ` +
      `${options.writesPerCycle} writes, ${options.concurrency} in flight (replay: CRASH_SEED=${options.seed})`,
  );

  const ops: WriteOp[] = [];
  const chains = new Map<number, ChainState>();
  let participants = 0;
  let target: RunningTarget | null = null;
  try {
    target = await startTarget(targetOptions);
    await seedUser(pgPort, options.durability);

    const client = new Client();
    for (let cycle = 0; cycle <= options.cycles; cycle++) {
      const startedAt = Date.now();
      target ??= await startTarget(targetOptions);
      const startMs = Date.now() - startedAt;
      client.url = target.url;

      // 1. Every write whose answer the kill took away is sent again, same key, same body.
      const pending = ops.filter((op) => op.state === 'pending');
      report.retried += pending.length;
      await runPool(pending, options.concurrency, async (op) => {
        for (let attempt = 0; op.state === 'pending' && attempt < 20; attempt++) {
          await send(client, op, report, chains);
          if (op.state === 'pending') await sleep(200);
        }
        if (op.state === 'pending') {
          op.state = 'failed';
          report.anomalies.push(`${op.marker}: no answer after a restart`);
        }
      });

      // 2. Every acknowledged write is there exactly once, with its audit row.
      const before = report.lost.length + report.duplicated.length + report.missingAudit.length;
      await verify(pgPort, ops, chains, report);
      const found = report.lost.length + report.duplicated.length + report.missingAudit.length - before;
      log(
        `cycle ${cycle}: ${report.acknowledged} acknowledged so far, ${pending.length} retried after the kill, ` +
          `${found} problems found (restart took ${startMs} ms)`,
      );
      if (cycle === options.cycles || (found > 0 && options.stopAtFirstLoss !== false)) {
        report.cyclesRun = cycle;
        await target.stop();
        target = null;
        break;
      }

      // 3. New writes, and a SIGKILL of everything at a random point while they run.
      const budget = options.writesPerCycle;
      const killAtStarted = Math.max(1, Math.floor(budget * (0.3 + 0.65 * random())));
      const killDelayMs = Math.floor(random() * 40);
      let started = 0;
      let killed = false;
      let killing: Promise<void> | null = null;
      const running = target;
      const next = (): WriteOp | null => {
        if (killed || started >= budget) return null;
        const op = nextOp(ops, chains, random, () => participants++);
        started++;
        if (started === killAtStarted) {
          killing = sleep(killDelayMs).then(async () => {
            killed = true;
            report.processesKilled += await running.kill();
          });
        }
        return op;
      };
      await Promise.all(
        Array.from({ length: options.concurrency }, async () => {
          for (let op = next(); op; op = next()) await send(client, op, report, chains);
        }),
      );
      if (!killing) {
        killed = true;
        report.processesKilled += await running.kill();
      }
      await killing;
      target = null;
      report.cyclesRun = cycle + 1;
    }
  } catch (error) {
    throw new Error(
      `crash harness failed (seed ${options.seed}): ${error instanceof Error ? error.message : String(error)}\n` +
        `last app output:\n${output.slice(-20).join('\n')}`,
      { cause: error },
    );
  } finally {
    if (target) await target.kill().catch(() => 0);
    rmSync(root, { recursive: true, force: true });
  }
  log(
    `done: ${report.acknowledged} acknowledged, ${report.retried} retried (${report.replayed} replayed), ` +
      `${report.processesKilled} processes killed; lost ${report.lost.length}, duplicated ` +
      `${report.duplicated.length}, without audit ${report.missingAudit.length}, anomalies ${report.anomalies.length}`,
  );
  return report;
}

/** The next write: a follow-up of an acknowledged chain (its goal, then its steps), or a new registration. */
function nextOp(
  ops: WriteOp[],
  chains: Map<number, ChainState>,
  random: () => number,
  newParticipant: () => number,
): WriteOp {
  const ready = [...chains.entries()].filter(
    ([, chain]) =>
      (chain.participantId && !chain.goalId && chain.stepsLeft === -1) ||
      (chain.goalId && chain.stepsLeft > 0),
  );
  if (ready.length > 0 && random() < 0.7) {
    const [seq, chain] = ready[Math.floor(random() * ready.length)] as [number, ChainState];
    if (!chain.goalId) {
      chain.stepsLeft = -2; // goal in flight
      return addOp(ops, {
        kind: 'goal',
        marker: `crash goal ${seq}`,
        path: `/api/participants/${chain.participantId}/plan/goals`,
        body: { text: `crash goal ${seq}` },
        participantSeq: seq,
      });
    }
    const n = chain.stepsLeft--;
    return addOp(ops, {
      kind: 'step',
      marker: `crash step ${seq}.${n}`,
      path: `/api/participants/${chain.participantId}/plan/steps`,
      body: { goalId: chain.goalId, text: `crash step ${seq}.${n}`, ownerRole: 'employment_specialist' },
      participantSeq: seq,
    });
  }
  const seq = newParticipant();
  chains.set(seq, { stepsLeft: -1 });
  const nationalId = uniqueNationalId(seq);
  return addOp(ops, {
    kind: 'participant',
    marker: nationalId,
    path: '/api/participants',
    body: {
      givenName: `Crash${seq}`,
      familyName: 'Harness',
      nationalId,
      phone: null,
      email: null,
      referralSource: 'self',
      referralDate: osloDate(new Date()),
    },
    participantSeq: seq,
  });
}

function addOp(ops: WriteOp[], op: Omit<WriteOp, 'seq' | 'key' | 'state' | 'attempts'>): WriteOp {
  const full: WriteOp = {
    ...op,
    seq: ops.length,
    key: randomBytes(16).toString('hex'),
    state: 'new',
    attempts: 0,
  };
  ops.push(full);
  return full;
}

/** One synthetic identity number per registration: a distinct birth date for each, from 1950 on. */
function uniqueNationalId(seq: number): string {
  const birth = new Date(Date.UTC(1950, 0, 1) + seq * 86_400_000).toISOString().slice(0, 10);
  return nextSyntheticNationalId(birth, 0);
}

class Client {
  url = '';
  private cookie: string | null = null;
  private csrf = '';
  private loggingIn: Promise<void> | null = null;

  async session(): Promise<{ cookie: string; csrf: string }> {
    if (!this.cookie) await this.login();
    return { cookie: this.cookie ?? '', csrf: this.csrf };
  }

  /** Log in again (once for all callers): in the control run the session itself can be among the lost writes. */
  login(): Promise<void> {
    this.loggingIn ??= (async () => {
      const response = await fetch(`${this.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: USERNAME, password: PASSWORD }),
        signal: AbortSignal.timeout(30_000),
      });
      if (response.status !== 200)
        throw new Error(`login failed: ${response.status} ${await response.text()}`);
      const cookie = response.headers.getSetCookie().find((c) => c.startsWith('ipsb_session='));
      if (!cookie) throw new Error('login gave no session cookie');
      this.cookie = cookie.split(';')[0] ?? '';
      this.csrf = ((await response.json()) as { csrfToken: string }).csrfToken;
    })().finally(() => {
      this.loggingIn = null;
    });
    return this.loggingIn;
  }

  forget(cookie: string): void {
    if (this.cookie === cookie) this.cookie = null;
  }
}

/** Sends one write. No answer (the kill) leaves it pending; 201 acknowledges it and opens its chain's next steps. */
async function send(client: Client, op: WriteOp, report: CrashReport, chains: Map<number, ChainState>) {
  op.attempts++;
  let status: number;
  let text: string;
  let replayed: boolean;
  let session: { cookie: string; csrf: string };
  try {
    session = await client.session();
    const response = await fetch(`${client.url}${op.path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: session.cookie,
        'x-csrf-token': session.csrf,
        'idempotency-key': op.key,
      },
      body: JSON.stringify(op.body),
      signal: AbortSignal.timeout(30_000),
    });
    status = response.status;
    replayed = response.headers.get('idempotency-replayed') === 'true';
    text = await response.text();
  } catch {
    op.state = 'pending';
    return;
  }
  const chain = chains.get(op.participantSeq);
  if (status === 201) {
    op.state = 'acked';
    report.acknowledged++;
    if (replayed) report.replayed++;
    const body = JSON.parse(text) as { id?: string; goals?: { id: string; text: string }[] };
    if (chain && op.kind === 'participant') {
      chain.participantId = body.id ?? '';
    } else if (chain && op.kind === 'goal') {
      chain.goalId = body.goals?.find((goal) => goal.text === op.marker)?.id ?? '';
      chain.stepsLeft = 1 + (op.seq % 4);
    }
    return;
  }
  if (status === 401) {
    // The session is gone (the control run can lose it): log in again and send again.
    client.forget(session.cookie);
    op.state = 'pending';
    return;
  }
  if (status === 409 && text.includes('idempotency_key_in_use')) {
    op.state = 'pending';
    return;
  }
  if (status === 503 || status === 502) {
    op.state = 'pending';
    return;
  }
  op.state = 'failed';
  if (chain && op.kind !== 'step') chain.stepsLeft = 0;
  report.anomalies.push(`${op.marker}: ${status} ${text.slice(0, 200)}`);
}

async function runPool<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>) {
  let index = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (index < items.length) {
        const item = items[index++] as T;
        await work(item);
      }
    }),
  );
}

async function withDb<T>(pgPort: number, work: (db: Db) => Promise<T>): Promise<T> {
  const db = createDb({
    connectionString: embeddedPostgresUrl(pgPort),
    maxConnections: 1,
    applicationName: 'crash-harness',
  });
  try {
    return await work(db);
  } finally {
    await db.destroy();
  }
}

/** The specialist the writes are made as; in the control run also the settings that switch durability off. */
async function seedUser(pgPort: number, durability: 'on' | 'off'): Promise<void> {
  await withDb(pgPort, async (db) => {
    const team = await insertOrganisation(db, { name: 'Crash Team', kind: 'ips_team', region: null });
    const nav = await insertOrganisation(db, { name: 'Crash NAV', kind: 'nav_office', region: null });
    await insertUser(db, {
      username: USERNAME,
      displayName: 'Crash Specialist',
      role: 'employment_specialist',
      organisationId: nav.id,
      teamId: team.id,
      passwordHash: await hashPassword(PASSWORD),
    });
    if (durability === 'off') {
      // Commits are acknowledged before their WAL is written, and the WAL writer waits 10 s between flushes and
      // is not woken by full pages: a SIGKILL of all PostgreSQL processes loses what sat in shared memory.
      await sql`ALTER SYSTEM SET synchronous_commit = 'off'`.execute(db);
      await sql`ALTER SYSTEM SET wal_writer_delay = '10s'`.execute(db);
      await sql`ALTER SYSTEM SET wal_writer_flush_after = '1GB'`.execute(db);
      // Takes effect at the first restart; the others at once.
      await sql`ALTER SYSTEM SET wal_buffers = '64MB'`.execute(db);
      await sql`SELECT pg_reload_conf()`.execute(db);
    }
    await sql`CHECKPOINT`.execute(db);
  });
}

/** Compares what the client saw acknowledged with what the database holds. */
async function verify(
  pgPort: number,
  ops: WriteOp[],
  chains: Map<number, ChainState>,
  report: CrashReport,
): Promise<void> {
  const found = await withDb(pgPort, async (db) => {
    const participants = await db.selectFrom('participant').select(['id', 'national_id']).execute();
    const goals = await db.selectFrom('plan_goal').select(['participant_id', 'text']).execute();
    const steps = await db.selectFrom('plan_step').select(['participant_id', 'text']).execute();
    const audits = await db
      .selectFrom('audit_log')
      .select(['action', 'participant_id', db.fn.countAll<number>().as('count')])
      .where('outcome', '=', 'allowed')
      .where('action', 'in', ['participant.create', 'plan.goal.create', 'plan.step.create'])
      .groupBy(['action', 'participant_id'])
      .execute();
    return { participants, goals, steps, audits };
  });
  const countBy = (values: string[]) => {
    const counts = new Map<string, number>();
    for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
    return counts;
  };
  const records = countBy([
    ...found.participants.map((p) => p.national_id),
    ...found.goals.map((g) => g.text),
    ...found.steps.map((s) => s.text),
  ]);
  const audit = new Map(found.audits.map((a) => [`${a.action} ${a.participant_id}`, a.count]));
  const rowsOf = (rows: { participant_id: string }[]) => countBy(rows.map((row) => row.participant_id));
  const goalRows = rowsOf(found.goals);
  const stepRows = rowsOf(found.steps);

  const seen = (list: string[], entry: string) => {
    if (!list.includes(entry)) list.push(entry);
  };
  for (const op of ops) {
    const count = records.get(op.marker) ?? 0;
    if (count > 1) seen(report.duplicated, `${op.kind} ${op.marker} (${count} times)`);
    if (op.state === 'acked' && count === 0) seen(report.lost, `${op.kind} ${op.marker}`);
  }
  for (const chain of chains.values()) {
    const id = chain.participantId;
    if (!id || !found.participants.some((p) => p.id === id)) continue;
    if ((audit.get(`participant.create ${id}`) ?? 0) !== 1) seen(report.missingAudit, `participant ${id}`);
    for (const [action, rows] of [
      ['plan.goal.create', goalRows],
      ['plan.step.create', stepRows],
    ] as const) {
      const written = rows.get(id) ?? 0;
      const audited = audit.get(`${action} ${id}`) ?? 0;
      if (audited !== written)
        seen(report.missingAudit, `${action} for ${id}: ${written} rows, ${audited} audited`);
    }
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
