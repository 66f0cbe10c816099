import {
  appendChange,
  appendPhase,
  type DbOrTrx,
  type ParticipantRecord,
  updateParticipantIfVersion,
} from '@ips-bridge/db';
import type { Phase } from '@ips-bridge/domain';

export interface PhaseChangeRecord {
  phase: Phase;
  date: string;
  reason: string | null;
  plannedRecontact: string | null;
}

/**
 * Moves a participant to a new phase in the caller's transaction: the participant row (if still at the version
 * read), the dated phase history and the change log. Returns false when someone else saved the participant first.
 */
export async function recordPhaseChange(
  trx: DbOrTrx,
  current: ParticipantRecord,
  change: PhaseChangeRecord,
  by: string,
  at: Date,
): Promise<boolean> {
  const version = await updateParticipantIfVersion(
    trx,
    current.id,
    current.version,
    { phase: change.phase, phase_since: change.date },
    at,
  );
  if (version === null) return false;
  await appendPhase(trx, {
    participantId: current.id,
    phase: change.phase,
    startedOn: change.date,
    reason: change.reason,
    plannedRecontact: change.plannedRecontact,
    recordedBy: by,
    at,
  });
  await appendChange(trx, {
    participantId: current.id,
    entity: 'phase',
    action: 'change',
    before: { phase: current.phase, since: current.phaseSince },
    after: { phase: change.phase, since: change.date, reason: change.reason },
    changedBy: by,
    at,
  });
  return true;
}
