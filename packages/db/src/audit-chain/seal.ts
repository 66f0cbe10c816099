import { setTimeout as sleep } from 'node:timers/promises';
import {
  AUDIT_CHAIN_COLUMNS,
  type AuditChainColumns,
  auditChainHash,
  auditRowHash,
  fromChainColumns,
  GENESIS_HASH,
} from './canonical.ts';
import { type AnyKysely, AuditChainMissingError, hasAuditChain, query } from './query.ts';

/**
 * The sealer (docs/adr/0003-audit-hash-chain.md): after audit rows have committed, it extends the hash chain over
 * them in id order, one audit_seal row per audit row. Requests never wait for it; it runs on a timer in the server
 * and on demand (`ips-bridge audit seal`).
 *
 * Identity ids are handed out when a row is inserted but become visible when its transaction commits, so a row with
 * a lower id can appear after a higher one. A row is sealed only when no open transaction can still add a row with
 * a lower id ("settled"):
 *  - rows up to L, the sequence's last value read at the start of the run, once every transaction that was writing
 *    to audit_log right after L was read has ended. An insert locks audit_log (RowExclusiveLock) before it takes its
 *    id, so any transaction holding an id ≤ L held that lock when we looked, and once it has ended its row is either
 *    visible or never will be;
 *  - and, beyond that, rows that directly follow the chain's head without a gap in the ids: a gap may be an
 *    uncommitted row, so sealing stops there until a later run can settle it.
 */

/** One sealer at a time, across all app instances on the database (a transaction-level advisory lock). */
const SEAL_LOCK_KEY = 7_240_393_001;

export interface SealOptions {
  /** How long to wait for the transactions that were writing audit rows when the run began (default 1 s). */
  waitMs?: number;
  /** Audit rows read and sealed per transaction (default 5 000). */
  batchSize?: number;
  /** Stop after about this many rows (default: until every settled row is sealed). */
  maxRows?: number;
}

export interface ChainHead {
  id: number;
  /** The chain hash of that row, hex. */
  hash: string;
}

export interface SealResult {
  /** Rows sealed by this run. */
  sealed: number;
  /** The chain's last seal after the run (null: nothing sealed yet). */
  head: ChainHead | null;
  /** Committed rows left unsealed because an earlier id may still belong to an open transaction. */
  waiting: boolean;
  /** Another sealer held the lock; this run sealed nothing more. */
  busy: boolean;
}

interface Settled {
  /** Every id up to this one is either committed and visible, or will never be. */
  upTo: number;
  /** Transactions from the start of the run still open after waitMs (then upTo is 0). */
  stillOpen: number;
}

/** Seals every settled audit row. Call it with the database, not inside a transaction. */
export async function sealAuditLog(db: AnyKysely, options: SealOptions = {}): Promise<SealResult> {
  if (db.isTransaction) throw new Error('sealAuditLog runs its own transactions: pass the database');
  if (!(await hasAuditChain(db))) throw new AuditChainMissingError();
  const batchSize = options.batchSize ?? 5000;
  const maxRows = options.maxRows ?? Number.POSITIVE_INFINITY;
  const settled = await settledIds(db, options.waitMs ?? 1000);

  let sealed = 0;
  let head: ChainHead | null = null;
  let waiting = false;
  for (;;) {
    const batch = await db.transaction().execute(async (trx) => {
      const [lock] = await query<{ ok: boolean }>(trx, 'SELECT pg_try_advisory_xact_lock($1) AS ok', [
        SEAL_LOCK_KEY,
      ]);
      if (!lock?.ok) return null;
      const [last] = await query<{ id: string; chain_hash: Buffer }>(
        trx,
        'SELECT audit_id::text AS id, chain_hash FROM audit_seal ORDER BY audit_id DESC LIMIT 1',
      );
      let previousId = last ? Number(last.id) : 0;
      let previousHash = last?.chain_hash ?? GENESIS_HASH;
      const candidates = await query<AuditChainColumns>(
        trx,
        `SELECT ${AUDIT_CHAIN_COLUMNS} FROM audit_log a WHERE a.id > $1 ORDER BY a.id LIMIT $2`,
        [previousId, Math.max(1, Math.min(batchSize, maxRows - sealed))],
      );
      const ids: number[] = [];
      const rowHashes: Buffer[] = [];
      const chainHashes: Buffer[] = [];
      let blocked = false;
      for (const columns of candidates) {
        const row = fromChainColumns(columns);
        if (row.id > settled.upTo && row.id !== previousId + 1) {
          blocked = true;
          break;
        }
        const rowHash = auditRowHash(row);
        previousHash = auditChainHash(previousHash, rowHash);
        previousId = row.id;
        ids.push(row.id);
        rowHashes.push(rowHash);
        chainHashes.push(previousHash);
      }
      if (ids.length > 0) {
        await query(
          trx,
          `INSERT INTO audit_seal (audit_id, row_hash, chain_hash)
           SELECT * FROM unnest($1::bigint[], $2::bytea[], $3::bytea[])`,
          [ids, rowHashes, chainHashes],
        );
      }
      return {
        count: ids.length,
        blocked,
        done: blocked || candidates.length < batchSize,
        head: previousId > 0 ? { id: previousId, hash: previousHash.toString('hex') } : null,
      };
    });
    if (!batch) return { sealed, head: head ?? (await chainHead(db)), waiting, busy: true };
    sealed += batch.count;
    head = batch.head;
    waiting = batch.blocked;
    if (batch.done || batch.count === 0 || sealed >= maxRows) break;
  }
  return { sealed, head, waiting, busy: false };
}

export interface SealLag {
  /** Committed audit rows after the chain's head. */
  rows: number;
  /** Age of the oldest of them in seconds (0 when none). */
  seconds: number;
}

/** How far sealing is behind the audit log (for the metrics endpoint: a growing lag means the sealer is stuck). */
export async function auditSealLag(db: AnyKysely): Promise<SealLag> {
  const [lag] = await query<{ rows: string; seconds: string | null }>(
    db,
    `SELECT count(*)::text AS rows, extract(epoch FROM now() - min(a.at))::text AS seconds
       FROM audit_log a
      WHERE a.id > coalesce((SELECT max(audit_id) FROM audit_seal), 0)`,
  );
  return { rows: Number(lag?.rows ?? 0), seconds: Math.max(0, Number(lag?.seconds ?? 0)) };
}

/** The chain's last seal, or null. */
export async function chainHead(db: AnyKysely): Promise<ChainHead | null> {
  const [last] = await query<{ id: string; chain_hash: Buffer }>(
    db,
    'SELECT audit_id::text AS id, chain_hash FROM audit_seal ORDER BY audit_id DESC LIMIT 1',
  );
  return last ? { id: Number(last.id), hash: last.chain_hash.toString('hex') } : null;
}

/**
 * The highest id below which no open transaction can still commit an audit row. Reads the sequence's last value
 * L, then the transactions that hold audit_log's insert lock, and waits (up to waitMs) until they have all ended.
 * With a sequence cache above 1 a session may hand out ids from its own reserve later, so L proves nothing: 0.
 */
async function settledIds(db: AnyKysely, waitMs: number): Promise<Settled> {
  const [sequence] = await query<{ last_value: string | null; cache: string }>(
    db,
    `SELECT pg_sequence_last_value(s.seqrelid)::text AS last_value, s.seqcache::text AS cache
       FROM pg_sequence s WHERE s.seqrelid = pg_get_serial_sequence('audit_log', 'id')::regclass`,
  );
  if (!sequence || Number(sequence.cache) !== 1) return { upTo: 0, stillOpen: 0 };
  const upTo = sequence.last_value === null ? 0 : Number(sequence.last_value);
  // A separate statement, so that it runs strictly after the sequence was read.
  let open = (
    await query<{ vxid: string }>(
      db,
      `SELECT DISTINCT virtualtransaction AS vxid FROM pg_locks
        WHERE locktype = 'relation' AND relation = 'audit_log'::regclass AND mode = 'RowExclusiveLock'
          AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
          AND pid IS DISTINCT FROM pg_backend_pid()`,
    )
  ).map((r) => r.vxid);
  const deadline = Date.now() + waitMs;
  while (open.length > 0) {
    // A transaction keeps its locks until it ends, so a virtual transaction id without locks has ended.
    open = (
      await query<{ vxid: string }>(
        db,
        'SELECT DISTINCT virtualtransaction AS vxid FROM pg_locks WHERE virtualtransaction = ANY($1::text[])',
        [open],
      )
    ).map((r) => r.vxid);
    if (open.length === 0) break;
    const left = deadline - Date.now();
    if (left <= 0) return { upTo: 0, stillOpen: open.length };
    await sleep(Math.min(20, left));
  }
  return { upTo, stillOpen: 0 };
}

export interface AuditSealer {
  /** Runs a seal now (after any run in progress). */
  sealNow(): Promise<SealResult>;
  /** Stops the timer and waits for a run in progress. */
  stop(): Promise<void>;
}

export interface AuditSealerOptions extends SealOptions {
  /** Pause between runs (default 2 s). */
  intervalMs?: number;
  onResult?: (result: SealResult) => void;
  onError?: (error: unknown) => void;
}

/**
 * Seals on a timer: a run, then intervalMs of rest, then the next run; the timer does not keep the process alive.
 * Several app instances may each run one: the advisory lock lets one seal at a time.
 */
export function startAuditSealer(db: AnyKysely, options: AuditSealerOptions = {}): AuditSealer {
  const intervalMs = options.intervalMs ?? 2000;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<SealResult> | null = null;

  const run = (): Promise<SealResult> => {
    const previous = running ?? Promise.resolve(null);
    const next = previous
      .catch(() => null)
      .then(() => sealAuditLog(db, options))
      .then((result) => {
        options.onResult?.(result);
        return result;
      });
    running = next;
    void next
      .catch(() => {})
      .finally(() => {
        if (running === next) running = null;
      });
    return next;
  };

  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      run()
        .catch((error: unknown) => options.onError?.(error))
        .finally(schedule);
    }, intervalMs);
    timer.unref();
  };
  schedule();

  return {
    sealNow: run,
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running?.catch(() => {});
    },
  };
}
