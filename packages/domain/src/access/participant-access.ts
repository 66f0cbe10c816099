import type { CareTeamRole, Role } from './roles.ts';

/**
 * Who may see or change a participant's record — the foundation rule, before consent refines it:
 * the participant, their care team (specialist, NAV counsellor, therapist linked to them), and the supervisor
 * of the IPS team the participant belongs to. Administrators manage organisations and users and never see
 * participants' data. Source: the foundation issue, § 4; Normen's "tjenstlig behov" (need-to-know) principle.
 */

/**
 * read: see the record. write: change it (staff in the care team, the team supervisor). contribute: add to it in
 * ways the participant may too (their own benefit scenarios, questions for NAV) — write for staff, and the
 * participant's own record for the jobseeker.
 */
export type ParticipantAction = 'read' | 'write' | 'contribute';

export interface Actor {
  userId: string;
  role: Role;
  /** The IPS team the user works in (specialists and supervisors), if any. */
  teamId: string | null;
}

export interface ParticipantAccessFacts {
  participantId: string;
  /** The login linked to the participant, if they have one. */
  participantUserId: string | null;
  teamId: string;
  careTeam: ReadonlyArray<{ userId: string; role: CareTeamRole }>;
}

export type AccessBasis = 'own-record' | 'care-team' | 'team-supervisor';
export type DenyReason =
  | 'administrator-has-no-participant-access'
  | 'not-own-record'
  | 'not-in-care-team'
  | 'not-team-supervisor'
  | 'jobseeker-read-only';

export type AccessDecision = { allowed: true; basis: AccessBasis } | { allowed: false; reason: DenyReason };

export function decideParticipantAccess(
  actor: Actor,
  facts: ParticipantAccessFacts,
  action: ParticipantAction,
): AccessDecision {
  switch (actor.role) {
    case 'administrator':
      return { allowed: false, reason: 'administrator-has-no-participant-access' };
    case 'jobseeker':
      if (facts.participantUserId !== actor.userId) return { allowed: false, reason: 'not-own-record' };
      return action === 'write'
        ? { allowed: false, reason: 'jobseeker-read-only' }
        : { allowed: true, basis: 'own-record' };
    case 'ips_supervisor':
      if (actor.teamId !== null && actor.teamId === facts.teamId)
        return { allowed: true, basis: 'team-supervisor' };
      return inCareTeam(actor, facts)
        ? { allowed: true, basis: 'care-team' }
        : { allowed: false, reason: 'not-team-supervisor' };
    case 'employment_specialist':
    case 'nav_counsellor':
    case 'therapist':
      return inCareTeam(actor, facts)
        ? { allowed: true, basis: 'care-team' }
        : { allowed: false, reason: 'not-in-care-team' };
  }
}

function inCareTeam(actor: Actor, facts: ParticipantAccessFacts): boolean {
  return facts.careTeam.some((member) => member.userId === actor.userId);
}
