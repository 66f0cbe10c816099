import type { OidcProvider } from '@ips-bridge/domain';
import type { DbOrTrx } from '../connection.ts';

/** External logins (OpenID Connect issuer + subject) linked to internal users, and logins in progress. */

export interface UserIdentity {
  id: string;
  userId: string;
  provider: OidcProvider;
  issuer: string;
  subject: string;
  linkedHow: 'administrator' | 'national_id';
  createdAt: Date;
  lastLoginAt: Date | null;
}

type IdentityRow = {
  id: string;
  user_id: string;
  provider: OidcProvider;
  issuer: string;
  subject: string;
  linked_how: 'administrator' | 'national_id';
  created_at: Date;
  last_login_at: Date | null;
};

function toIdentity(r: IdentityRow): UserIdentity {
  return {
    id: r.id,
    userId: r.user_id,
    provider: r.provider,
    issuer: r.issuer,
    subject: r.subject,
    linkedHow: r.linked_how,
    createdAt: r.created_at,
    lastLoginAt: r.last_login_at,
  };
}

const IDENTITY_COLUMNS = [
  'id',
  'user_id',
  'provider',
  'issuer',
  'subject',
  'linked_how',
  'created_at',
  'last_login_at',
] as const;

export async function findIdentity(
  db: DbOrTrx,
  issuer: string,
  subject: string,
): Promise<UserIdentity | undefined> {
  const row = await db
    .selectFrom('user_identity')
    .select(IDENTITY_COLUMNS)
    .where('issuer', '=', issuer)
    .where('subject', '=', subject)
    .executeTakeFirst();
  return row ? toIdentity(row) : undefined;
}

export async function listIdentitiesForUser(db: DbOrTrx, userId: string): Promise<UserIdentity[]> {
  const rows = await db
    .selectFrom('user_identity')
    .select(IDENTITY_COLUMNS)
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .execute();
  return rows.map(toIdentity);
}

/**
 * Links an external identity to a user. Throws the database's unique violation (23505) when the issuer + subject is
 * already linked to anyone: one internal identity per external identity.
 */
export async function insertIdentity(
  db: DbOrTrx,
  input: {
    userId: string;
    provider: OidcProvider;
    issuer: string;
    subject: string;
    linkedBy: string | null;
    linkedHow: 'administrator' | 'national_id';
    at: Date;
  },
): Promise<UserIdentity> {
  const row = await db
    .insertInto('user_identity')
    .values({
      user_id: input.userId,
      provider: input.provider,
      issuer: input.issuer,
      subject: input.subject,
      linked_by: input.linkedBy,
      linked_how: input.linkedHow,
      created_at: input.at,
    })
    .returning(IDENTITY_COLUMNS)
    .executeTakeFirstOrThrow();
  return toIdentity(row);
}

export async function deleteIdentity(db: DbOrTrx, userId: string, identityId: string): Promise<boolean> {
  const result = await db
    .deleteFrom('user_identity')
    .where('id', '=', identityId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

export async function touchIdentityLogin(db: DbOrTrx, identityId: string, at: Date): Promise<void> {
  await db.updateTable('user_identity').set({ last_login_at: at }).where('id', '=', identityId).execute();
}

/** The user id of the jobseeker account belonging to the participant with this national identity number, if any. */
export async function findJobseekerUserByNationalId(
  db: DbOrTrx,
  nationalId: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('participant as p')
    .innerJoin('app_user as u', 'u.id', 'p.user_id')
    .select('u.id')
    .where('p.national_id', '=', nationalId)
    .where('u.role', '=', 'jobseeker')
    .executeTakeFirst();
  return row?.id;
}

export interface LoginFlow {
  provider: OidcProvider;
  browserHash: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
  expiresAt: Date;
}

export async function insertLoginFlow(
  db: DbOrTrx,
  input: LoginFlow & { stateHash: string; createdAt: Date },
): Promise<void> {
  await db
    .insertInto('oidc_login_flow')
    .values({
      state_hash: input.stateHash,
      provider: input.provider,
      browser_hash: input.browserHash,
      nonce: input.nonce,
      code_verifier: input.codeVerifier,
      return_to: input.returnTo,
      created_at: input.createdAt,
      expires_at: input.expiresAt,
    })
    .execute();
  // Housekeeping on every start keeps the table small without a scheduler.
  await db.deleteFrom('oidc_login_flow').where('expires_at', '<=', input.createdAt).execute();
}

/**
 * Takes a login in progress out of the table: the row is deleted in the same statement, so a state can be used once
 * even when two instances receive the same callback at the same time. Expired rows are never returned.
 */
export async function takeLoginFlow(
  db: DbOrTrx,
  stateHash: string,
  now: Date,
): Promise<LoginFlow | undefined> {
  const row = await db
    .deleteFrom('oidc_login_flow')
    .where('state_hash', '=', stateHash)
    .returning(['provider', 'browser_hash', 'nonce', 'code_verifier', 'return_to', 'expires_at'])
    .executeTakeFirst();
  if (!row || row.expires_at <= now) return undefined;
  return {
    provider: row.provider,
    browserHash: row.browser_hash,
    nonce: row.nonce,
    codeVerifier: row.code_verifier,
    returnTo: row.return_to,
    expiresAt: row.expires_at,
  };
}
