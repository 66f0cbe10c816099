import type { ErasureGround, Phase, RestrictionSource } from '@ips-bridge/domain';
import { sql } from 'kysely';
import type { DbOrTrx } from '../connection.ts';
import { type SubjectLink, subjectWhere } from './subject-data.repository.ts';

/**
 * Restriction of processing (GDPR art. 18) and erasure (art. 17): the rows that record them, and the generic
 * statements the erasure runs over the tables the record of processing names (never a caller's input).
 */

export interface Restriction {
  id: string;
  participantId: string;
  source: RestrictionSource;
  reason: string;
  restrictedBy: string;
  restrictedAt: Date;
}

/** Whether the participant's record is erased, and the restriction in force, if any; undefined when unknown. */
export async function findRecordStatus(
  db: DbOrTrx,
  participantId: string,
): Promise<{ erased: boolean; restriction: Restriction | null } | undefined> {
  const row = await db
    .selectFrom('participant as p')
    .leftJoin('processing_restriction as r', (join) =>
      join.onRef('r.participant_id', '=', 'p.id').on('r.lifted_at', 'is', null),
    )
    .select([
      'p.erased_at',
      'r.id as restriction_id',
      'r.source',
      'r.reason',
      'r.restricted_by',
      'r.restricted_at',
    ])
    .where('p.id', '=', participantId)
    .executeTakeFirst();
  if (!row) return undefined;
  const restriction =
    row.restriction_id && row.source && row.reason !== null && row.restricted_by && row.restricted_at
      ? {
          id: row.restriction_id,
          participantId,
          source: row.source,
          reason: row.reason,
          restrictedBy: row.restricted_by,
          restrictedAt: row.restricted_at,
        }
      : null;
  return { erased: row.erased_at !== null, restriction };
}

/** Which of `participantIds` are restricted now (for the "restricted" tag in lists). */
export async function restrictedAmong(db: DbOrTrx, participantIds: readonly string[]): Promise<Set<string>> {
  if (participantIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('processing_restriction')
    .select('participant_id')
    .where('participant_id', 'in', participantIds)
    .where('lifted_at', 'is', null)
    .execute();
  return new Set(rows.map((r) => r.participant_id));
}

/** Places a restriction; false when one is already in force (the partial unique index decides). */
export async function restrictProcessing(
  db: DbOrTrx,
  input: { participantId: string; source: RestrictionSource; reason: string; by: string; at: Date },
): Promise<boolean> {
  const inserted = await db
    .insertInto('processing_restriction')
    .values({
      participant_id: input.participantId,
      source: input.source,
      reason: input.reason,
      restricted_by: input.by,
      restricted_at: input.at,
    })
    .onConflict((oc) => oc.column('participant_id').where('lifted_at', 'is', null).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

/** Lifts the restriction in force; false when there was none. */
export async function liftRestriction(
  db: DbOrTrx,
  input: { participantId: string; by: string; at: Date },
): Promise<boolean> {
  const lifted = await db
    .updateTable('processing_restriction')
    .set({ lifted_by: input.by, lifted_at: input.at })
    .where('participant_id', '=', input.participantId)
    .where('lifted_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return lifted !== undefined;
}

export interface PrivacyCase {
  participantId: string;
  givenName: string;
  familyName: string;
  teamName: string;
  phase: Phase;
  phaseSince: string;
  erased: boolean;
  restriction: Restriction | null;
}

/** The few facts an administrator needs to act on a request about one person, found by identity number. */
export async function findPrivacyCaseByNationalId(
  db: DbOrTrx,
  nationalId: string,
): Promise<PrivacyCase | undefined> {
  const row = await db
    .selectFrom('participant')
    .select('id')
    .where('national_id', '=', nationalId)
    .executeTakeFirst();
  return row ? findPrivacyCase(db, row.id) : undefined;
}

export async function findPrivacyCase(db: DbOrTrx, participantId: string): Promise<PrivacyCase | undefined> {
  const row = await db
    .selectFrom('participant as p')
    .innerJoin('organisation as t', 't.id', 'p.team_id')
    .select(['p.id', 'p.given_name', 'p.family_name', 'p.phase', 'p.phase_since', 't.name as team_name'])
    .where('p.id', '=', participantId)
    .executeTakeFirst();
  if (!row) return undefined;
  const status = await findRecordStatus(db, participantId);
  return {
    participantId: row.id,
    givenName: row.given_name,
    familyName: row.family_name,
    teamName: row.team_name,
    phase: row.phase,
    phaseSince: row.phase_since,
    erased: status?.erased ?? false,
    restriction: status?.restriction ?? null,
  };
}

/** Every restriction in force, oldest first, with the person's name (the administrator's worklist). */
export async function listActiveRestrictions(db: DbOrTrx): Promise<(Restriction & { name: string })[]> {
  const rows = await db
    .selectFrom('processing_restriction as r')
    .innerJoin('participant as p', 'p.id', 'r.participant_id')
    .select([
      'r.id',
      'r.participant_id',
      'r.source',
      'r.reason',
      'r.restricted_by',
      'r.restricted_at',
      'p.given_name',
      'p.family_name',
    ])
    .where('r.lifted_at', 'is', null)
    .orderBy('r.restricted_at')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    participantId: r.participant_id,
    source: r.source,
    reason: r.reason,
    restrictedBy: r.restricted_by,
    restrictedAt: r.restricted_at,
    name: `${r.given_name} ${r.family_name}`,
  }));
}

// ── Erasure requests ────────────────────────────────────────────────────────────────────────────────────────────

export interface ErasureRequest {
  id: string;
  participantId: string;
  ground: ErasureGround;
  receivedOn: string;
  status: 'pending' | 'completed' | 'cancelled';
  recordedBy: string | null;
  recordedAt: Date;
  completedBy: string | null;
  completedAt: Date | null;
}

const erasureColumns = [
  'id',
  'participant_id',
  'ground',
  'received_on',
  'status',
  'recorded_by',
  'recorded_at',
  'completed_by',
  'completed_at',
] as const;

function toErasureRequest(r: {
  id: string;
  participant_id: string;
  ground: ErasureGround;
  received_on: string;
  status: 'pending' | 'completed' | 'cancelled';
  recorded_by: string | null;
  recorded_at: Date;
  completed_by: string | null;
  completed_at: Date | null;
}): ErasureRequest {
  return {
    id: r.id,
    participantId: r.participant_id,
    ground: r.ground,
    receivedOn: r.received_on,
    status: r.status,
    recordedBy: r.recorded_by,
    recordedAt: r.recorded_at,
    completedBy: r.completed_by,
    completedAt: r.completed_at,
  };
}

/** Records a request; undefined when one is already pending for the person. */
export async function createErasureRequest(
  db: DbOrTrx,
  input: { participantId: string; ground: ErasureGround; receivedOn: string; by: string | null; at: Date },
): Promise<ErasureRequest | undefined> {
  const row = await db
    .insertInto('erasure_request')
    .values({
      participant_id: input.participantId,
      ground: input.ground,
      received_on: input.receivedOn,
      recorded_by: input.by,
      recorded_at: input.at,
    })
    .onConflict((oc) => oc.column('participant_id').where('status', '=', 'pending').doNothing())
    .returning(erasureColumns)
    .executeTakeFirst();
  return row ? toErasureRequest(row) : undefined;
}

export async function findErasureRequest(
  db: DbOrTrx,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<ErasureRequest | undefined> {
  const row = await db
    .selectFrom('erasure_request')
    .select(erasureColumns)
    .where('id', '=', id)
    .$if(options.forUpdate === true, (qb) => qb.forUpdate())
    .executeTakeFirst();
  return row ? toErasureRequest(row) : undefined;
}

/** Requests, newest first, with the person's name while the record is not yet erased (then only the pseudonym). */
export async function listErasureRequests(
  db: DbOrTrx,
  limit = 200,
): Promise<(ErasureRequest & { name: string | null })[]> {
  const rows = await db
    .selectFrom('erasure_request as e')
    .innerJoin('participant as p', 'p.id', 'e.participant_id')
    .select([
      'e.id',
      'e.participant_id',
      'e.ground',
      'e.received_on',
      'e.status',
      'e.recorded_by',
      'e.recorded_at',
      'e.completed_by',
      'e.completed_at',
      'p.given_name',
      'p.family_name',
      'p.erased_at',
    ])
    .orderBy('e.recorded_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    ...toErasureRequest(r),
    name: r.erased_at === null ? `${r.given_name} ${r.family_name}` : null,
  }));
}

export async function setErasureRequestStatus(
  db: DbOrTrx,
  input: { id: string; status: 'completed' | 'cancelled'; by: string | null; at: Date },
): Promise<void> {
  await db
    .updateTable('erasure_request')
    .set(
      input.status === 'completed'
        ? { status: 'completed', completed_by: input.by, completed_at: input.at }
        : { status: 'cancelled' },
    )
    .where('id', '=', input.id)
    .execute();
}

/** Participants whose journey ended on or before `endedBy` and who are not yet erased: retention candidates. */
export async function listEndedBefore(
  db: DbOrTrx,
  endedBy: string,
): Promise<{ id: string; phase: Phase; phaseSince: string }[]> {
  const rows = await db
    .selectFrom('participant')
    .select(['id', 'phase', 'phase_since'])
    .where('phase', '=', 'ended')
    .where('phase_since', '<=', endedBy)
    .where('erased_at', 'is', null)
    .orderBy('phase_since')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: r.id, phase: r.phase, phaseSince: r.phase_since }));
}

// ── The erasure's statements ────────────────────────────────────────────────────────────────────────────────────

/** A replacement for a personal value: SQL NULL, a fixed text, or one of the computed placeholders. */
export type ErasureValue =
  | { kind: 'null' }
  | { kind: 'text'; value: string }
  /** An 11-digit placeholder starting 00 from a sequence: unique, and never a real fødselsnummer (day 00). */
  | { kind: 'placeholder_national_id' }
  /** A date cut to 1 January of its year (age bands for statistics stay possible, the birthday does not). */
  | { kind: 'year_only' };

function valueSql(column: string, value: ErasureValue) {
  switch (value.kind) {
    case 'null':
      return sql`NULL`;
    case 'text':
      return sql`${value.value}`;
    case 'placeholder_national_id':
      return sql`lpad(nextval('erased_national_id_seq')::text, 11, '0')`;
    case 'year_only':
      return sql`date_trunc('year', ${sql.ref(column)})::date`;
  }
}

/** Deletes the rows of `table` tied to the participant; returns how many. */
export async function deleteSubjectRows(
  db: DbOrTrx,
  table: string,
  link: SubjectLink,
  participantId: string,
): Promise<number> {
  const result =
    await sql`DELETE FROM ${sql.table(table)} WHERE ${subjectWhere(link, participantId)}`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

/** Overwrites `set`'s columns in the rows of `table` tied to the participant; returns how many rows. */
export async function overwriteSubjectRows(
  db: DbOrTrx,
  table: string,
  link: SubjectLink,
  participantId: string,
  set: Readonly<Record<string, ErasureValue>>,
): Promise<number> {
  const assignments = Object.entries(set).map(
    ([column, value]) => sql`${sql.ref(column)} = ${valueSql(column, value)}`,
  );
  if (assignments.length === 0) return 0;
  const result = await sql`UPDATE ${sql.table(table)} SET ${sql.join(assignments)} WHERE ${subjectWhere(
    link,
    participantId,
  )}`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

/** Marks the participant row erased (after its columns were overwritten). */
export async function markParticipantErased(db: DbOrTrx, participantId: string, at: Date): Promise<void> {
  await db.updateTable('participant').set({ erased_at: at }).where('id', '=', participantId).execute();
}

/**
 * The jobseeker's login, closed for good: deactivated, name and username replaced by placeholders, password gone,
 * sessions ended, and the rows that hold its username or replayable responses (login attempts, idempotency keys)
 * removed. The account row stays, because audit rows name it as an actor and must not change.
 */
export async function closeAccountForErasure(db: DbOrTrx, userId: string): Promise<void> {
  const user = await db.selectFrom('app_user').select('username').where('id', '=', userId).executeTakeFirst();
  if (!user) return;
  await db.deleteFrom('user_session').where('user_id', '=', userId).execute();
  await db.deleteFrom('login_attempt').where('username', '=', user.username).execute();
  await db.deleteFrom('idempotency_key').where('scope', '=', `user:${userId}`).execute();
  // External logins (ID-porten's pseudonymous subject) would let the person be found again, and log in.
  await db.deleteFrom('user_identity').where('user_id', '=', userId).execute();
  // The e-mail address and phone number given for notifications, and the notifications themselves.
  await db.deleteFrom('contact_preference').where('user_id', '=', userId).execute();
  await db.deleteFrom('notification').where('recipient_id', '=', userId).execute();
  await db
    .updateTable('app_user')
    .set({ username: `erased-${userId}`, display_name: '—', password_hash: null, active: false })
    .where('id', '=', userId)
    .execute();
}

/**
 * Stored responses (idempotency replays, at most a day old) that carry the participant's id: a staff member's
 * registration or edit of them would otherwise keep their name in a replay body until it expires.
 */
export async function deleteReplaysMentioning(db: DbOrTrx, participantId: string): Promise<number> {
  const result = await sql`
    DELETE FROM idempotency_key
    WHERE position(${participantId}::text in convert_from(response_body, 'UTF8')) > 0
  `.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

/** Locks the participant row for an erasure; its login and whether it is erased already, or undefined. */
export async function lockParticipantForErasure(
  db: DbOrTrx,
  participantId: string,
): Promise<{ user_id: string | null; erased_at: Date | null } | undefined> {
  return db
    .selectFrom('participant')
    .select(['user_id', 'erased_at'])
    .where('id', '=', participantId)
    .forUpdate()
    .executeTakeFirst();
}
