import type { Phase } from '@ips-bridge/domain';
import type { DbOrTrx } from '../connection.ts';

export interface PhaseHistoryEntry {
  id: number;
  phase: Phase;
  startedOn: string;
  reason: string | null;
  plannedRecontact: string | null;
  recordedBy: { id: string; displayName: string } | null;
  recordedAt: Date;
}

export interface ChangeEntry {
  id: number;
  entity: string;
  action: string;
  before: unknown;
  after: unknown;
  changedBy: { id: string; displayName: string } | null;
  changedAt: Date;
}

/**
 * Bumps the participant's version if it is still `expectedVersion` (optimistic concurrency) and applies `set`.
 * Returns the new version, or null when someone else saved first.
 */
export async function updateParticipantIfVersion(
  db: DbOrTrx,
  participantId: string,
  expectedVersion: number,
  set: { phase?: Phase; phase_since?: string; first_contact_date?: string | null },
  now: Date,
): Promise<number | null> {
  const row = await db
    .updateTable('participant')
    .set((eb) => ({ ...set, updated_at: now, version: eb('version', '+', 1) }))
    .where('id', '=', participantId)
    .where('version', '=', expectedVersion)
    .returning('version')
    .executeTakeFirst();
  return row?.version ?? null;
}

export async function appendPhase(
  db: DbOrTrx,
  entry: {
    participantId: string;
    phase: Phase;
    startedOn: string;
    reason: string | null;
    plannedRecontact: string | null;
    recordedBy: string;
    at: Date;
  },
): Promise<void> {
  await db
    .insertInto('participant_phase')
    .values({
      participant_id: entry.participantId,
      phase: entry.phase,
      started_on: entry.startedOn,
      reason: entry.reason,
      planned_recontact: entry.plannedRecontact,
      recorded_by: entry.recordedBy,
      recorded_at: entry.at,
    })
    .execute();
}

export async function listPhaseHistory(db: DbOrTrx, participantId: string): Promise<PhaseHistoryEntry[]> {
  const rows = await db
    .selectFrom('participant_phase as ph')
    .leftJoin('app_user as u', 'u.id', 'ph.recorded_by')
    .select([
      'ph.id',
      'ph.phase',
      'ph.started_on',
      'ph.reason',
      'ph.planned_recontact',
      'ph.recorded_at',
      'u.id as user_id',
      'u.display_name',
    ])
    .where('ph.participant_id', '=', participantId)
    .orderBy('ph.id', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    phase: r.phase,
    startedOn: r.started_on,
    reason: r.reason,
    plannedRecontact: r.planned_recontact,
    recordedBy: r.user_id && r.display_name ? { id: r.user_id, displayName: r.display_name } : null,
    recordedAt: r.recorded_at,
  }));
}

/** Keeps one change to a participant's record: who, when, what it was before and after. */
export async function appendChange(
  db: DbOrTrx,
  entry: {
    participantId: string;
    entity: string;
    action: string;
    before: unknown;
    after: unknown;
    changedBy: string;
    at: Date;
  },
): Promise<void> {
  await db
    .insertInto('change_log')
    .values({
      participant_id: entry.participantId,
      entity: entry.entity,
      action: entry.action,
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
      changed_by: entry.changedBy,
      changed_at: entry.at,
    })
    .execute();
}

export async function listChanges(db: DbOrTrx, participantId: string): Promise<ChangeEntry[]> {
  const rows = await db
    .selectFrom('change_log as c')
    .leftJoin('app_user as u', 'u.id', 'c.changed_by')
    .select([
      'c.id',
      'c.entity',
      'c.action',
      'c.before',
      'c.after',
      'c.changed_at',
      'u.id as user_id',
      'u.display_name',
    ])
    .where('c.participant_id', '=', participantId)
    .orderBy('c.id', 'desc')
    .limit(500)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    entity: r.entity,
    action: r.action,
    before: r.before,
    after: r.after,
    changedBy: r.user_id && r.display_name ? { id: r.user_id, displayName: r.display_name } : null,
    changedAt: r.changed_at,
  }));
}
