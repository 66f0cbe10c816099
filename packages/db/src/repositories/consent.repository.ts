import type { ConsentFacts, ConsentRecord, InformationCategory, RecipientRole } from '@ips-bridge/domain';
import { sql } from 'kysely';
import type { DbOrTrx } from '../connection.ts';

/**
 * What the jobseekers of `participantIds` have decided about sharing, with the blocks in force and the
 * break-the-glass openings still open at `now`: one query, so the policy can run on every request.
 */
export async function findConsentFactsMany(
  db: DbOrTrx,
  participantIds: readonly string[],
  now: Date,
): Promise<Map<string, ConsentFacts>> {
  const facts = new Map<string, ConsentFacts>();
  if (participantIds.length === 0) return facts;
  for (const id of participantIds) facts.set(id, { records: [], blockedUserIds: [], emergencyAccess: [] });
  const ids = sql.join(participantIds.map((id) => sql`${id}::uuid`));
  const result = await sql<{
    participant_id: string;
    kind: 'record' | 'block' | 'glass';
    sequence: string | null;
    user_id: string | null;
    role: RecipientRole | null;
    category: InformationCategory | null;
    decision: 'grant' | 'withdraw' | null;
    valid_from: string | null;
    valid_to: string | null;
    until: Date | null;
  }>`
    SELECT participant_id, 'record' AS kind, id::text AS sequence, recipient_user_id AS user_id,
           recipient_role AS role, category, decision, valid_from::text, valid_to::text, NULL::timestamptz AS until
      FROM consent_record WHERE participant_id IN (${ids})
    UNION ALL
    SELECT participant_id, 'block', NULL, blocked_user_id, NULL, NULL, NULL, NULL, NULL, NULL
      FROM access_block WHERE participant_id IN (${ids}) AND lifted_at IS NULL
    UNION ALL
    SELECT participant_id, 'glass', NULL, user_id, NULL, NULL, NULL, NULL, NULL, expires_at
      FROM emergency_access WHERE participant_id IN (${ids}) AND expires_at > ${now}
  `.execute(db);
  for (const row of result.rows) {
    const entry = facts.get(row.participant_id);
    if (!entry) continue;
    if (row.kind === 'record') {
      (entry.records as ConsentRecord[]).push(toConsentRecord(row));
    } else if (row.kind === 'block' && row.user_id) {
      (entry.blockedUserIds as string[]).push(row.user_id);
    } else if (row.kind === 'glass' && row.user_id && row.until) {
      (entry.emergencyAccess as { userId: string; until: string }[]).push({
        userId: row.user_id,
        until: row.until.toISOString(),
      });
    }
  }
  return facts;
}

function toConsentRecord(row: {
  sequence: string | null;
  user_id: string | null;
  role: RecipientRole | null;
  category: InformationCategory | null;
  decision: 'grant' | 'withdraw' | null;
  valid_from: string | null;
  valid_to: string | null;
}): ConsentRecord {
  return {
    recipient: row.user_id
      ? { kind: 'user', userId: row.user_id }
      : { kind: 'role', role: row.role as RecipientRole },
    category: row.category as InformationCategory,
    decision: row.decision as 'grant' | 'withdraw',
    validFrom: row.valid_from as string,
    validTo: row.valid_to,
    sequence: Number(row.sequence),
  };
}

export async function findConsentFacts(db: DbOrTrx, participantId: string, now: Date): Promise<ConsentFacts> {
  const all = await findConsentFactsMany(db, [participantId], now);
  return all.get(participantId) ?? { records: [], blockedUserIds: [], emergencyAccess: [] };
}

export interface NewConsentRecord {
  participantId: string;
  recipient: { kind: 'user'; userId: string } | { kind: 'role'; role: RecipientRole };
  category: InformationCategory;
  decision: 'grant' | 'withdraw';
  purpose: string;
  validFrom: string;
  validTo: string | null;
  recordedBy: string;
  recordedVia: 'jobseeker' | 'paper';
}

export async function insertConsentRecords(db: DbOrTrx, records: readonly NewConsentRecord[]): Promise<void> {
  if (records.length === 0) return;
  await db
    .insertInto('consent_record')
    .values(
      records.map((r) => ({
        participant_id: r.participantId,
        recipient_user_id: r.recipient.kind === 'user' ? r.recipient.userId : null,
        recipient_role: r.recipient.kind === 'role' ? r.recipient.role : null,
        category: r.category,
        decision: r.decision,
        purpose: r.purpose,
        valid_from: r.validFrom,
        valid_to: r.validTo,
        recorded_by: r.recordedBy,
        recorded_via: r.recordedVia,
      })),
    )
    .execute();
}

export interface ConsentHistoryEntry extends NewConsentRecord {
  sequence: number;
  recordedByName: string;
  recordedAt: Date;
  recipientName: string | null;
}

/** Every consent record of a participant, newest first, with names for showing them. */
export async function listConsentHistory(db: DbOrTrx, participantId: string): Promise<ConsentHistoryEntry[]> {
  const rows = await db
    .selectFrom('consent_record as c')
    .innerJoin('app_user as by', 'by.id', 'c.recorded_by')
    .leftJoin('app_user as to', 'to.id', 'c.recipient_user_id')
    .select([
      'c.id',
      'c.participant_id',
      'c.recipient_user_id',
      'c.recipient_role',
      'c.category',
      'c.decision',
      'c.purpose',
      sql<string>`c.valid_from::text`.as('valid_from'),
      sql<string | null>`c.valid_to::text`.as('valid_to'),
      'c.recorded_by',
      'c.recorded_via',
      'c.recorded_at',
      'by.display_name as recorded_by_name',
      'to.display_name as recipient_name',
    ])
    .where('c.participant_id', '=', participantId)
    .orderBy('c.id', 'desc')
    .execute();
  return rows.map((r) => ({
    sequence: Number(r.id),
    participantId: r.participant_id,
    recipient: r.recipient_user_id
      ? { kind: 'user', userId: r.recipient_user_id }
      : { kind: 'role', role: r.recipient_role as RecipientRole },
    category: r.category,
    decision: r.decision,
    purpose: r.purpose,
    validFrom: r.valid_from,
    validTo: r.valid_to,
    recordedBy: r.recorded_by,
    recordedVia: r.recorded_via,
    recordedByName: r.recorded_by_name,
    recordedAt: r.recorded_at,
    recipientName: r.recipient_name,
  }));
}

export interface AccessBlockEntry {
  id: string;
  blockedUserId: string;
  blockedUserName: string;
  reason: string;
  createdAt: Date;
}

export async function listActiveBlocks(db: DbOrTrx, participantId: string): Promise<AccessBlockEntry[]> {
  const rows = await db
    .selectFrom('access_block as b')
    .innerJoin('app_user as u', 'u.id', 'b.blocked_user_id')
    .select(['b.id', 'b.blocked_user_id', 'u.display_name', 'b.reason', 'b.created_at'])
    .where('b.participant_id', '=', participantId)
    .where('b.lifted_at', 'is', null)
    .orderBy('b.created_at')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    blockedUserId: r.blocked_user_id,
    blockedUserName: r.display_name,
    reason: r.reason,
    createdAt: r.created_at,
  }));
}

/** Blocks a person; false when they were blocked already. */
export async function insertAccessBlock(
  db: DbOrTrx,
  block: { participantId: string; blockedUserId: string; reason: string; createdBy: string },
): Promise<boolean> {
  const inserted = await db
    .insertInto('access_block')
    .values({
      participant_id: block.participantId,
      blocked_user_id: block.blockedUserId,
      reason: block.reason,
      created_by: block.createdBy,
    })
    .onConflict((oc) =>
      oc.columns(['participant_id', 'blocked_user_id']).where('lifted_at', 'is', null).doNothing(),
    )
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

/** Lifts a block; false when there was none in force with that id. */
export async function liftAccessBlock(
  db: DbOrTrx,
  lift: { participantId: string; blockId: string; liftedBy: string; at: Date },
): Promise<boolean> {
  const result = await db
    .updateTable('access_block')
    .set({ lifted_at: lift.at, lifted_by: lift.liftedBy })
    .where('id', '=', lift.blockId)
    .where('participant_id', '=', lift.participantId)
    .where('lifted_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function insertEmergencyAccess(
  db: DbOrTrx,
  access: { participantId: string; userId: string; reason: string; openedAt: Date; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('emergency_access')
    .values({
      participant_id: access.participantId,
      user_id: access.userId,
      reason: access.reason,
      opened_at: access.openedAt,
      expires_at: access.expiresAt,
    })
    .execute();
}

export interface ConsentRecipientRow {
  userId: string;
  displayName: string;
  role: RecipientRole;
}

/** The people a participant's consent is about: their care team and the supervisors of their IPS team. */
export async function listConsentRecipients(
  db: DbOrTrx,
  participantId: string,
): Promise<ConsentRecipientRow[]> {
  const careTeam = await db
    .selectFrom('care_team_member as c')
    .innerJoin('app_user as u', 'u.id', 'c.user_id')
    .select(['c.user_id', 'u.display_name', 'c.role'])
    .where('c.participant_id', '=', participantId)
    .orderBy('c.since')
    .execute();
  const supervisors = await db
    .selectFrom('participant as p')
    .innerJoin('app_user as u', (join) =>
      join.onRef('u.team_id', '=', 'p.team_id').on('u.role', '=', 'ips_supervisor').on('u.active', '=', true),
    )
    .select(['u.id', 'u.display_name'])
    .where('p.id', '=', participantId)
    .orderBy('u.display_name')
    .execute();
  return [
    ...careTeam.map((m) => ({
      userId: m.user_id,
      displayName: m.display_name,
      role: m.role as RecipientRole,
    })),
    ...supervisors.map((s) => ({
      userId: s.id,
      displayName: s.display_name,
      role: 'ips_supervisor' as const,
    })),
  ];
}

export interface AccessLogRow {
  id: number;
  at: Date;
  displayName: string;
  role: string | null;
  organisation: string | null;
  action: string;
  outcome: 'allowed' | 'denied';
  basis: string | null;
  statedReason: string | null;
}

/**
 * Who has seen or changed a participant's information, newest first, from the audit log; break-the-glass entries
 * carry the reason stated at the latest opening before them (an access on that basis needs an opening in force, and
 * the latest one before it is that one). The minute of slack covers the opening's own audit row: its time is the
 * start of its transaction, a little before the opening's time is taken.
 */
export async function listAccessLog(
  db: DbOrTrx,
  participantId: string,
  page: { limit: number; offset: number; excludeActorId?: string | null },
): Promise<{ rows: AccessLogRow[]; total: number }> {
  // "Others only" keeps entries without an actor (the system's own work) and drops the given person's own.
  const notBy = page.excludeActorId ?? null;
  const rows = await db
    .selectFrom('audit_log as a')
    .leftJoin('app_user as u', 'u.id', 'a.actor_user_id')
    .leftJoin('organisation as o', 'o.id', 'u.organisation_id')
    .select([
      'a.id',
      'a.at',
      'u.display_name',
      'a.actor_role',
      'o.name as organisation',
      'a.action',
      'a.outcome',
      'a.reason',
      sql<string | null>`(
        SELECT e.reason FROM emergency_access e
         WHERE e.participant_id = a.participant_id AND e.user_id = a.actor_user_id
           AND e.opened_at <= a.at + interval '1 minute'
         ORDER BY e.opened_at DESC LIMIT 1)`.as('stated_reason'),
    ])
    .where('a.participant_id', '=', participantId)
    .$if(notBy !== null, (q) => q.where(sql<boolean>`a.actor_user_id IS DISTINCT FROM ${notBy}`))
    .orderBy('a.id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  const count = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('participant_id', '=', participantId)
    .$if(notBy !== null, (q) => q.where(sql<boolean>`actor_user_id IS DISTINCT FROM ${notBy}`))
    .executeTakeFirstOrThrow();
  return {
    rows: rows.map((r) => ({
      id: Number(r.id),
      at: r.at,
      displayName: r.display_name ?? '—',
      role: r.actor_role,
      organisation: r.organisation,
      action: r.action,
      outcome: r.outcome,
      basis: r.reason,
      statedReason: r.reason === 'break-the-glass' ? r.stated_reason : null,
    })),
    total: Number(count.n),
  };
}
