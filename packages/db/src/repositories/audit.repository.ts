import type { DbOrTrx } from '../connection.ts';
import type { NewAuditRow } from '../schema.ts';

export interface AuditEntry {
  actorUserId: string | null;
  actorRole: string | null;
  action: string;
  participantId: string | null;
  outcome: 'allowed' | 'denied';
  reason: string | null;
  requestId: string | null;
}

/** Appends audit rows. Call it with the same transaction as the data it describes. */
export async function appendAudit(db: DbOrTrx, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const rows: NewAuditRow[] = entries.map((e) => ({
    actor_user_id: e.actorUserId,
    actor_role: e.actorRole,
    action: e.action,
    participant_id: e.participantId,
    outcome: e.outcome,
    reason: e.reason,
    request_id: e.requestId,
  }));
  await db.insertInto('audit_log').values(rows).execute();
}

export interface AuditRecord extends AuditEntry {
  id: number;
  at: Date;
}

export async function listAuditForParticipant(db: DbOrTrx, participantId: string): Promise<AuditRecord[]> {
  const rows = await db
    .selectFrom('audit_log')
    .selectAll()
    .where('participant_id', '=', participantId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actorUserId: r.actor_user_id,
    actorRole: r.actor_role,
    action: r.action,
    participantId: r.participant_id,
    outcome: r.outcome,
    reason: r.reason,
    requestId: r.request_id,
  }));
}
