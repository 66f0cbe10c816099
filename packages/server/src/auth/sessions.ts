import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import {
  type Db,
  deleteExpiredSessions,
  deleteSession,
  findLiveSession,
  findUserById,
  insertSession,
  touchSession,
  type User,
} from '@ips-bridge/db';
import type { Config } from '../config.ts';

/**
 * Server-side sessions in PostgreSQL. The browser holds only a random token in an HttpOnly cookie; the database holds
 * its SHA-256, so a leaked database copy cannot be replayed as a login. Each session has its own CSRF token, which the
 * web app sends in the x-csrf-token header on every state-changing request.
 */

export const SESSION_COOKIE = 'ipsb_session';

export interface AuthContext {
  user: User;
  tokenHash: string;
  csrfToken: string;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export async function createSession(
  db: Db,
  config: Config,
  userId: string,
  now: Date,
): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + config.sessionMaxMs);
  await insertSession(db, { tokenHash: hashToken(token), userId, csrfToken, expiresAt, now });
  // Housekeeping on login keeps the table small without a scheduler.
  await deleteExpiredSessions(db, now);
  return { token, csrfToken, expiresAt };
}

// last_seen_at is written at most once a minute per session, to keep reads cheap.
const TOUCH_INTERVAL_MS = 60_000;

export async function resolveSession(
  db: Db,
  config: Config,
  token: string,
  now: Date,
): Promise<AuthContext | null> {
  const tokenHash = hashToken(token);
  const session = await findLiveSession(db, tokenHash, now, config.sessionIdleMs);
  if (!session) return null;
  const user = await findUserById(db, session.userId);
  if (!user?.active) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS)
    await touchSession(db, tokenHash, now);
  return { user, tokenHash, csrfToken: session.csrfToken };
}

export async function endSession(db: Db, tokenHash: string): Promise<void> {
  await deleteSession(db, tokenHash);
}

export function csrfTokenMatches(expected: string, given: string | undefined): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
