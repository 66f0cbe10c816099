import { hash } from 'node:crypto';

/**
 * The audit hash chain's definition (docs/adr/0003-audit-hash-chain.md). The sealer and the verifier both use these
 * functions and AUDIT_CHAIN_COLUMNS, so a row hashes the same way wherever it is checked.
 *
 *   row_hash   = sha256(utf8(canonicalAuditRow(row)))
 *   chain_hash = sha256(previous chain_hash ‖ row_hash)      (32 bytes each; before the first row: 32 zero bytes)
 */

/** Bumped only with a new chain format; part of every serialised row. */
export const AUDIT_CHAIN_FORMAT = 'ips-bridge-audit-1';

/** The chain hash "before" the first row. */
export const GENESIS_HASH: Buffer = Buffer.alloc(32);

/** An audit row's fields as the chain sees them (`at` as AUDIT_CHAIN_COLUMNS renders it). */
export interface AuditChainRow {
  id: number;
  /** ISO 8601 in UTC with microseconds: 2026-11-22T10:15:30.123456Z (see AUDIT_CHAIN_COLUMNS). */
  at: string;
  actorUserId: string | null;
  actorRole: string | null;
  action: string;
  participantId: string | null;
  outcome: string;
  reason: string | null;
  requestId: string | null;
}

/**
 * The SELECT list that reads audit_log (aliased `a`) for the chain, with the time in a fixed text form that needs no
 * session setting: ISO 8601 in UTC with all six decimals, " BC" after a year before 1, and PostgreSQL's
 * 'infinity' / '-infinity' as they are. A JavaScript Date would drop the microseconds.
 */
export const AUDIT_CHAIN_COLUMNS = `a.id::text AS id,
  CASE WHEN NOT isfinite(a.at) THEN a.at::text
       ELSE to_char(a.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
            || CASE WHEN a.at < '0001-01-01T00:00:00Z' THEN ' BC' ELSE '' END
  END AS at,
  a.actor_user_id::text AS actor_user_id, a.actor_role, a.action, a.participant_id::text AS participant_id,
  a.outcome, a.reason, a.request_id`;

/** A row as AUDIT_CHAIN_COLUMNS returns it. */
export interface AuditChainColumns {
  id: string;
  at: string;
  actor_user_id: string | null;
  actor_role: string | null;
  action: string;
  participant_id: string | null;
  outcome: string;
  reason: string | null;
  request_id: string | null;
}

export function fromChainColumns(row: AuditChainColumns): AuditChainRow {
  return {
    id: Number(row.id),
    at: row.at,
    actorUserId: row.actor_user_id,
    actorRole: row.actor_role,
    action: row.action,
    participantId: row.participant_id,
    outcome: row.outcome,
    reason: row.reason,
    requestId: row.request_id,
  };
}

/**
 * The row as one line of JSON: an array of the format tag and the fields in a fixed order, strings as JSON strings,
 * missing values as null. JSON's quoting makes it unambiguous: no two different rows give the same text, whatever
 * the fields contain (quotes, commas, backslashes, line breaks, any Unicode).
 */
export function canonicalAuditRow(row: AuditChainRow): string {
  if (!Number.isSafeInteger(row.id) || row.id < 1) throw new RangeError(`audit id ${row.id} is not usable`);
  return JSON.stringify([
    AUDIT_CHAIN_FORMAT,
    row.id,
    row.at,
    row.actorUserId,
    row.actorRole,
    row.action,
    row.participantId,
    row.outcome,
    row.reason,
    row.requestId,
  ]);
}

// crypto.hash: one call per digest, no Hash object (about twice as fast as createHash for these small inputs).
export function auditRowHash(row: AuditChainRow): Buffer {
  return hash('sha256', Buffer.from(canonicalAuditRow(row), 'utf8'), 'buffer');
}

export function auditChainHash(previous: Buffer, rowHash: Buffer): Buffer {
  return hash('sha256', Buffer.concat([previous, rowHash]), 'buffer');
}
