import { sql } from 'kysely';
import type { DbOrTrx } from '../connection.ts';

export interface SessionRecord {
  userId: string;
  csrfToken: string;
  expiresAt: Date;
  lastSeenAt: Date;
}

export async function insertSession(
  db: DbOrTrx,
  input: { tokenHash: string; userId: string; csrfToken: string; expiresAt: Date; now: Date },
): Promise<void> {
  await db
    .insertInto('user_session')
    .values({
      token_hash: input.tokenHash,
      user_id: input.userId,
      csrf_token: input.csrfToken,
      expires_at: input.expiresAt,
      created_at: input.now,
      last_seen_at: input.now,
    })
    .execute();
}

/** The live session for a token hash, or undefined when it is unknown, expired or idle too long. */
export async function findLiveSession(
  db: DbOrTrx,
  tokenHash: string,
  now: Date,
  idleMs: number,
): Promise<SessionRecord | undefined> {
  const row = await db
    .selectFrom('user_session')
    .select(['user_id', 'csrf_token', 'expires_at', 'last_seen_at'])
    .where('token_hash', '=', tokenHash)
    .where('expires_at', '>', now)
    .where('last_seen_at', '>', new Date(now.getTime() - idleMs))
    .executeTakeFirst();
  return row
    ? {
        userId: row.user_id,
        csrfToken: row.csrf_token,
        expiresAt: row.expires_at,
        lastSeenAt: row.last_seen_at,
      }
    : undefined;
}

export async function touchSession(db: DbOrTrx, tokenHash: string, now: Date): Promise<void> {
  await db
    .updateTable('user_session')
    .set({ last_seen_at: now })
    .where('token_hash', '=', tokenHash)
    .execute();
}

export async function deleteSession(db: DbOrTrx, tokenHash: string): Promise<void> {
  await db.deleteFrom('user_session').where('token_hash', '=', tokenHash).execute();
}

export async function deleteExpiredSessions(db: DbOrTrx, now: Date): Promise<void> {
  await db.deleteFrom('user_session').where('expires_at', '<=', now).execute();
}

export async function recordLoginAttempt(
  db: DbOrTrx,
  input: { username: string; clientIp: string; succeeded: boolean; at: Date },
): Promise<void> {
  await db
    .insertInto('login_attempt')
    .values({
      username: input.username.toLowerCase(),
      client_ip: input.clientIp,
      succeeded: input.succeeded,
      at: input.at,
    })
    .execute();
}

/** Failed attempts since `since`, for a username and for a client address (the throttle counts both). */
export async function countFailedLogins(
  db: DbOrTrx,
  input: { username: string; clientIp: string; since: Date },
): Promise<{ byUsername: number; byIp: number }> {
  const row = await db
    .selectFrom('login_attempt')
    .select([
      sql<number>`count(*) FILTER (WHERE username = ${input.username.toLowerCase()})`.as('by_username'),
      sql<number>`count(*) FILTER (WHERE client_ip = ${input.clientIp})`.as('by_ip'),
    ])
    .where('succeeded', '=', false)
    .where('at', '>', input.since)
    .where((eb) =>
      eb.or([eb('username', '=', input.username.toLowerCase()), eb('client_ip', '=', input.clientIp)]),
    )
    .executeTakeFirstOrThrow();
  return { byUsername: row.by_username, byIp: row.by_ip };
}
