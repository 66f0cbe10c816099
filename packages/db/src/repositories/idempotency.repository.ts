import { sql } from 'kysely';
import type { DbOrTrx } from '../connection.ts';

/** Who sent a keyed request and to which route: a key means one thing only within its identity. */
export interface IdempotencyKeyId {
  /** `user:<id>` for a logged-in caller, `anonymous` on a public route without a session. */
  scope: string;
  method: string;
  /** The route pattern, e.g. `/api/participants/:participantId/jobs`. */
  route: string;
  key: string;
}

export interface IdempotencyRecord extends IdempotencyKeyId {
  /** SHA-256 (hex) of the request: method, URL, If-Match, content type and body. */
  fingerprint: string;
  statusCode: number;
  responseHeaders: Record<string, string>;
  responseBody: Buffer;
  createdAt: Date;
  expiresAt: Date;
}

/**
 * Takes the in-flight lock on a key for the rest of the transaction (a PostgreSQL advisory lock, so it holds across
 * app instances). False when another transaction holds it: the same key is being processed right now.
 */
export async function tryLockIdempotencyKey(trx: DbOrTrx, id: IdempotencyKeyId): Promise<boolean> {
  const name = `idempotency-key\n${id.scope}\n${id.method}\n${id.route}\n${id.key}`;
  const result = await sql<{ locked: boolean }>`
    SELECT pg_try_advisory_xact_lock(hashtextextended(${name}, 0)) AS locked
  `.execute(trx);
  return result.rows[0]?.locked === true;
}

/** The recorded answer for a key, unless it has expired. */
export async function findIdempotencyRecord(
  db: DbOrTrx,
  id: IdempotencyKeyId,
  now: Date,
): Promise<IdempotencyRecord | undefined> {
  const row = await db
    .selectFrom('idempotency_key')
    .selectAll()
    .where('scope', '=', id.scope)
    .where('method', '=', id.method)
    .where('route', '=', id.route)
    .where('key', '=', id.key)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return row
    ? {
        scope: row.scope,
        method: row.method,
        route: row.route,
        key: row.key,
        fingerprint: row.fingerprint,
        statusCode: row.status_code,
        responseHeaders: row.response_headers,
        responseBody: row.response_body,
        createdAt: row.created_at,
        expiresAt: row.expires_at,
      }
    : undefined;
}

/**
 * Records a completed write's answer. Call it in the write's own transaction. False when the key already has a
 * record (the caller then rolls back: the write must not happen twice).
 */
export async function insertIdempotencyRecord(db: DbOrTrx, record: IdempotencyRecord): Promise<boolean> {
  const inserted = await db
    .insertInto('idempotency_key')
    .values({
      scope: record.scope,
      method: record.method,
      route: record.route,
      key: record.key,
      fingerprint: record.fingerprint,
      status_code: record.statusCode,
      response_headers: JSON.stringify(record.responseHeaders),
      response_body: record.responseBody,
      created_at: record.createdAt,
      expires_at: record.expiresAt,
    })
    .onConflict((oc) => oc.columns(['scope', 'method', 'route', 'key']).doNothing())
    .returning('key')
    .executeTakeFirst();
  return inserted !== undefined;
}

/** Deletes expired records: all of them, or only the one for `id`. Returns how many went. */
export async function deleteExpiredIdempotencyRecords(
  db: DbOrTrx,
  now: Date,
  id?: IdempotencyKeyId,
): Promise<number> {
  let query = db.deleteFrom('idempotency_key').where('expires_at', '<=', now);
  if (id) {
    query = query
      .where('scope', '=', id.scope)
      .where('method', '=', id.method)
      .where('route', '=', id.route)
      .where('key', '=', id.key);
  }
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}
