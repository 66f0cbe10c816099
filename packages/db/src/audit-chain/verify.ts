import {
  AUDIT_CHAIN_COLUMNS,
  type AuditChainColumns,
  auditChainHash,
  auditRowHash,
  fromChainColumns,
  GENESIS_HASH,
} from './canonical.ts';
import { type AnyKysely, AuditChainMissingError, hasAuditChain, query } from './query.ts';
import type { ChainHead } from './seal.ts';

/**
 * Recomputes the audit hash chain from its first seal (docs/adr/0003-audit-hash-chain.md), in batches so that memory
 * stays bounded, inside one snapshot (REPEATABLE READ) so that a sealer running meanwhile does not disturb it.
 */

export type AuditChainProblemKind =
  | 'row-missing'
  | 'row-changed'
  | 'link-broken'
  | 'unsealed-inside'
  | 'anchor-mismatch';

export interface AuditChainProblem {
  auditId: number;
  kind: AuditChainProblemKind;
  message: string;
}

export interface AuditChainReport {
  /** No problem of any kind. */
  ok: boolean;
  /** Rows in audit_log. */
  auditRows: number;
  /** Seals checked (the whole chain). */
  sealedRows: number;
  /** Rows after the chain's head, not sealed yet (normal for the last few seconds of activity). */
  pendingRows: number;
  /** The time of the oldest of those, ISO 8601. */
  oldestPendingAt: string | null;
  head: ChainHead | null;
  /** How many problems of each kind. */
  counts: Record<AuditChainProblemKind, number>;
  /** The problem with the lowest audit id: where the log stops being trustworthy. */
  firstProblem: AuditChainProblem | null;
  /** The first problems in id order (at most `maxProblems`). */
  problems: AuditChainProblem[];
}

export interface VerifyOptions {
  batchSize?: number;
  /** Problems listed in the report (all are counted); default 20. */
  maxProblems?: number;
  /** A head recorded earlier (`ips-bridge audit seal` prints it): its seal must still be there, unchanged. */
  anchor?: ChainHead;
  /** Called after each batch with the number of seals checked so far. */
  onProgress?: (checked: number) => void;
}

/** Verifies the chain; resolves with the report (a break is a report with ok: false, not an error). */
export async function verifyAuditChain(
  db: AnyKysely,
  options: VerifyOptions = {},
): Promise<AuditChainReport> {
  if (db.isTransaction) return verifyInSnapshot(db, options);
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute((trx) => verifyInSnapshot(trx, options));
}

async function verifyInSnapshot(db: AnyKysely, options: VerifyOptions): Promise<AuditChainReport> {
  if (!(await hasAuditChain(db))) throw new AuditChainMissingError();
  const batchSize = options.batchSize ?? 5000;
  const maxProblems = options.maxProblems ?? 20;
  const counts: Record<AuditChainProblemKind, number> = {
    'row-missing': 0,
    'row-changed': 0,
    'link-broken': 0,
    'unsealed-inside': 0,
    'anchor-mismatch': 0,
  };
  const problems: AuditChainProblem[] = [];
  const report = (auditId: number, kind: AuditChainProblemKind, message: string) => {
    counts[kind] += 1;
    if (problems.length < maxProblems) problems.push({ auditId, kind, message });
  };

  let previousHash = GENESIS_HASH;
  let previousId = 0;
  let sealedRows = 0;
  let anchorSeen = false;
  for (;;) {
    const batch = await query<
      {
        audit_id: string;
        row_hash: Buffer;
        chain_hash: Buffer;
        present: boolean;
      } & Partial<AuditChainColumns>
    >(
      db,
      `SELECT s.audit_id::text AS audit_id, s.row_hash, s.chain_hash, a.id IS NOT NULL AS present,
              ${AUDIT_CHAIN_COLUMNS}
         FROM audit_seal s LEFT JOIN audit_log a ON a.id = s.audit_id
        WHERE s.audit_id > $1 ORDER BY s.audit_id LIMIT $2`,
      [previousId, batchSize],
    );
    for (const seal of batch) {
      const id = Number(seal.audit_id);
      if (!seal.present) {
        report(id, 'row-missing', `audit row ${id} was sealed but is no longer in the audit log (deleted)`);
      } else if (!auditRowHash(fromChainColumns(seal as AuditChainColumns)).equals(seal.row_hash)) {
        report(
          id,
          'row-changed',
          `audit row ${id} differs from the row that was sealed (changed afterwards)`,
        );
      }
      if (!auditChainHash(previousHash, seal.row_hash).equals(seal.chain_hash)) {
        report(
          id,
          'link-broken',
          `the chain is broken before audit row ${id}: its seal does not follow from the seal of row ` +
            `${previousId || '(none: the chain’s start)'} (rows were removed with their seals, or seals were rewritten)`,
        );
      }
      if (options.anchor && id === options.anchor.id) {
        anchorSeen = true;
        if (seal.chain_hash.toString('hex') !== options.anchor.hash.toLowerCase()) {
          report(
            id,
            'anchor-mismatch',
            `audit row ${id}'s chain hash is ${seal.chain_hash.toString('hex')}, not the recorded ${options.anchor.hash} ` +
              '(the chain up to it was rewritten)',
          );
        }
      }
      // Go on from the stored hash, so that each later problem is found on its own.
      previousHash = seal.chain_hash;
      previousId = id;
      sealedRows += 1;
    }
    options.onProgress?.(sealedRows);
    if (batch.length < batchSize) break;
  }
  if (options.anchor && !anchorSeen) {
    report(
      options.anchor.id,
      'anchor-mismatch',
      `the recorded head, audit row ${options.anchor.id}, has no seal: the chain was cut back or rewritten` +
        (previousId ? ` (it now ends at row ${previousId})` : ' (it is empty)'),
    );
  }

  const inside = await query<{ id: string; total: string }>(
    db,
    `SELECT a.id::text AS id, (count(*) OVER ())::text AS total FROM audit_log a
      WHERE a.id <= $1 AND NOT EXISTS (SELECT FROM audit_seal s WHERE s.audit_id = a.id)
      ORDER BY a.id LIMIT $2`,
    [previousId, maxProblems],
  );
  const insideTotal = Number(inside[0]?.total ?? 0);
  for (const row of inside) {
    const id = Number(row.id);
    problems.push({
      auditId: id,
      kind: 'unsealed-inside',
      message: `audit row ${id} has no seal but lies inside the sealed part of the log (added after its place was sealed)`,
    });
  }
  counts['unsealed-inside'] = insideTotal;
  problems.sort((a, b) => a.auditId - b.auditId);
  problems.splice(maxProblems);

  const [totals] = await query<{ rows: string; pending: string; oldest: string | null }>(
    db,
    `SELECT count(*)::text AS rows, (count(*) FILTER (WHERE id > $1))::text AS pending,
            to_char(min(at) FILTER (WHERE id > $1) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS oldest
       FROM audit_log`,
    [previousId],
  );

  const ok = Object.values(counts).every((n) => n === 0);
  return {
    ok,
    auditRows: Number(totals?.rows ?? 0),
    sealedRows,
    pendingRows: Number(totals?.pending ?? 0),
    oldestPendingAt: totals?.oldest ?? null,
    head: previousId > 0 ? { id: previousId, hash: previousHash.toString('hex') } : null,
    counts,
    firstProblem: problems[0] ?? null,
    problems,
  };
}

/** Parses "ID:HASH" as printed by `ips-bridge audit seal` / `audit verify`. */
export function parseChainHead(text: string): ChainHead | null {
  const match = /^(\d{1,15}):([0-9a-fA-F]{64})$/.exec(text.trim());
  if (!match?.[1] || !match[2]) return null;
  return { id: Number(match[1]), hash: match[2].toLowerCase() };
}
