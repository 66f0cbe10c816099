import type { ReferralSource } from '@ips-bridge/domain';
import { sql } from 'kysely';
import type { DbOrTrx } from '../connection.ts';

export type ReferralStatus = 'new' | 'accepted' | 'duplicate' | 'withdrawn';

export interface ReferralRecord {
  id: string;
  teamId: string;
  source: ReferralSource;
  referredBy: { id: string; displayName: string; role: string } | null;
  givenName: string;
  familyName: string;
  nationalId: string | null;
  phone: string | null;
  email: string | null;
  message: string;
  receivedOn: string;
  status: ReferralStatus;
  participantId: string | null;
  version: number;
}

function referralQuery(db: DbOrTrx) {
  return db
    .selectFrom('referral as r')
    .leftJoin('app_user as u', 'u.id', 'r.referred_by')
    .select([
      'r.id',
      'r.team_id',
      'r.source',
      'r.given_name',
      'r.family_name',
      'r.national_id',
      'r.phone',
      'r.email',
      'r.message',
      'r.received_on',
      'r.status',
      'r.participant_id',
      'r.version',
      'u.id as user_id',
      'u.display_name',
      'u.role',
    ]);
}

type ReferralRow = NonNullable<Awaited<ReturnType<ReturnType<typeof referralQuery>['executeTakeFirst']>>>;

function toReferral(r: ReferralRow): ReferralRecord {
  return {
    id: r.id,
    teamId: r.team_id,
    source: r.source,
    referredBy:
      r.user_id && r.display_name && r.role
        ? { id: r.user_id, displayName: r.display_name, role: r.role }
        : null,
    givenName: r.given_name,
    familyName: r.family_name,
    nationalId: r.national_id,
    phone: r.phone,
    email: r.email,
    message: r.message,
    receivedOn: r.received_on,
    status: r.status,
    participantId: r.participant_id,
    version: r.version,
  };
}

export interface NewReferral {
  teamId: string;
  source: ReferralSource;
  referredBy: string | null;
  givenName: string;
  familyName: string;
  nationalId: string | null;
  phone: string | null;
  email: string | null;
  message: string;
  receivedOn: string;
  at: Date;
}

export async function insertReferral(db: DbOrTrx, input: NewReferral): Promise<string> {
  const row = await db
    .insertInto('referral')
    .values({
      team_id: input.teamId,
      source: input.source,
      referred_by: input.referredBy,
      given_name: input.givenName,
      family_name: input.familyName,
      national_id: input.nationalId,
      phone: input.phone,
      email: input.email,
      message: input.message,
      received_on: input.receivedOn,
      participant_id: null,
      handled_by: null,
      handled_at: null,
      created_at: input.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function listReferrals(
  db: DbOrTrx,
  teamId: string,
  status: ReferralStatus | null,
): Promise<ReferralRecord[]> {
  let query = referralQuery(db).where('r.team_id', '=', teamId);
  if (status) query = query.where('r.status', '=', status);
  const rows = await query.orderBy('r.created_at', 'desc').limit(500).execute();
  return rows.map(toReferral);
}

export async function findReferral(db: DbOrTrx, referralId: string): Promise<ReferralRecord | undefined> {
  const row = await referralQuery(db).where('r.id', '=', referralId).executeTakeFirst();
  return row ? toReferral(row) : undefined;
}

export async function closeReferralIfVersion(
  db: DbOrTrx,
  input: {
    referralId: string;
    expectedVersion: number;
    status: ReferralStatus;
    participantId: string | null;
    handledBy: string;
    at: Date;
  },
): Promise<boolean> {
  const result = await db
    .updateTable('referral')
    .set((eb) => ({
      status: input.status,
      participant_id: input.participantId,
      handled_by: input.handledBy,
      handled_at: input.at,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', input.referralId)
    .where('version', '=', input.expectedVersion)
    .where('status', '=', 'new')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Records one anonymous submission and tells how many came from the address within the window (a throttle). */
export async function countPublicSubmissions(
  db: DbOrTrx,
  input: { kind: string; clientIp: string; since: Date },
): Promise<number> {
  const row = await db
    .selectFrom('public_submission')
    .select(sql<number>`count(*)`.as('n'))
    .where('kind', '=', input.kind)
    .where('client_ip', '=', input.clientIp)
    .where('at', '>', input.since)
    .executeTakeFirstOrThrow();
  return row.n;
}

export async function recordPublicSubmission(
  db: DbOrTrx,
  input: { kind: string; clientIp: string; at: Date },
): Promise<void> {
  await db
    .insertInto('public_submission')
    .values({ kind: input.kind, client_ip: input.clientIp, at: input.at })
    .execute();
}

/** IPS teams that take referrals, for the public form's team choice (names and regions only). */
export async function listIpsTeams(
  db: DbOrTrx,
): Promise<{ id: string; name: string; region: string | null }[]> {
  return db
    .selectFrom('organisation')
    .select(['id', 'name', 'region'])
    .where('kind', '=', 'ips_team')
    .orderBy('name')
    .execute();
}
