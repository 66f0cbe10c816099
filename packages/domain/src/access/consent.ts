import {
  type AccessBasis,
  type Actor,
  type DenyReason,
  decideParticipantAccess,
  type ParticipantAccessFacts,
  type ParticipantAction,
} from './participant-access.ts';
import type { CareTeamRole } from './roles.ts';

/**
 * Consent: what the jobseeker lets each member of their care team see, per category of information.
 *
 * Sources (see ../shared/reference/security-privacy.md §1.4–1.5):
 * - helsepersonelloven § 22: health information may be shared only as far as the person's consent reaches;
 *   consent is voluntary, informed, and may be limited in scope and time.
 * - NAV-loven § 7 with forvaltningsloven § 13 a nr. 1: NAV shares on consent, no more than needed.
 * - GDPR art. 7(3): withdrawing consent is as easy as giving it and takes effect at once (here: on the next
 *   request, because every request evaluates the consent records it reads in its own transaction).
 * - GDPR art. 18 / "sperring" (Normen, Veileder for tilgang til helse- og personopplysninger): the person may block
 *   a named person entirely; a block overrides every other rule, break-the-glass included.
 * - Normen "beslutningsstyrt/kortvarig tilgang": access outside the normal rules only with a stated reason, for a
 *   short time, logged and shown to the person (break-the-glass).
 */

/** The kinds of information consent is given for. Diagnosis and treatment is never shared by default. */
export const INFORMATION_CATEGORIES = [
  'contact_and_plan',
  'career_profile',
  'work_functioning',
  'warning_signs',
  'diagnosis_treatment',
  'benefits',
  'meeting_minutes',
] as const;
export type InformationCategory = (typeof INFORMATION_CATEGORIES)[number];

/** Categories that are health information (helsepersonelloven § 21–22 applies to what a therapist shares). */
export const HEALTH_CATEGORIES: readonly InformationCategory[] = [
  'work_functioning',
  'warning_signs',
  'diagnosis_treatment',
];

/** The roles a consent can name as recipient: the care-team roles and the IPS team's supervisor. */
export const RECIPIENT_ROLES = [
  'employment_specialist',
  'nav_counsellor',
  'therapist',
  'ips_supervisor',
] as const;
export type RecipientRole = (typeof RECIPIENT_ROLES)[number];

/**
 * What each role sees before the jobseeker has said anything, following need-to-know ("tjenstlig behov"): the
 * specialist works with all of the IPS journey; NAV needs the plan, the work side and the benefit situation but no
 * health information; the therapist needs the work side and the health-related parts they help with, not the
 * benefit situation; the team supervisor needs what supervision of job development uses. The jobseeker can widen or
 * narrow every cell, per role or per named person. Diagnosis and treatment is in no row: it is shared only on an
 * explicit consent.
 */
export const DEFAULT_SHARING: Readonly<Record<RecipientRole, readonly InformationCategory[]>> = {
  employment_specialist: [
    'contact_and_plan',
    'career_profile',
    'work_functioning',
    'warning_signs',
    'benefits',
    'meeting_minutes',
  ],
  nav_counsellor: ['contact_and_plan', 'career_profile', 'benefits', 'meeting_minutes'],
  therapist: ['contact_and_plan', 'career_profile', 'work_functioning', 'warning_signs', 'meeting_minutes'],
  ips_supervisor: ['contact_and_plan', 'career_profile'],
};

export type ConsentRecipient = { kind: 'user'; userId: string } | { kind: 'role'; role: RecipientRole };

/** One consent record: a grant or a withdrawal. Records are never changed; a later record overrides an earlier one. */
export interface ConsentRecord {
  recipient: ConsentRecipient;
  category: InformationCategory;
  decision: 'grant' | 'withdraw';
  /** First day it applies (Oslo date, YYYY-MM-DD). */
  validFrom: string;
  /** Last day a grant applies, or null for until withdrawn. A withdrawal has no end. */
  validTo: string | null;
  /** Order of recording: a higher number was recorded later. */
  sequence: number;
}

export interface EmergencyAccessGrant {
  userId: string;
  /** ISO instant until which the break-the-glass access lasts. */
  until: string;
}

/** Everything the jobseeker has decided about sharing, as it stands, plus open break-the-glass grants. */
export interface ConsentFacts {
  records: readonly ConsentRecord[];
  /** Users the jobseeker has blocked ("sperring"), effective now. */
  blockedUserIds: readonly string[];
  emergencyAccess: readonly EmergencyAccessGrant[];
}

export const NO_CONSENT_FACTS: ConsentFacts = { records: [], blockedUserIds: [], emergencyAccess: [] };

export type InformationBasis = AccessBasis | 'default-sharing' | 'consent' | 'break-the-glass';
export type InformationDenyReason =
  | DenyReason
  | 'blocked-by-jobseeker'
  | 'not-shared'
  | 'consent-withdrawn'
  | 'break-the-glass-is-read-only';

export type InformationDecision =
  | { allowed: true; basis: InformationBasis }
  | { allowed: false; reason: InformationDenyReason };

export interface AccessMoment {
  /** Today's Oslo date (YYYY-MM-DD): consent validity is by day. */
  today: string;
  /** The current instant (ISO): break-the-glass lasts to the minute. */
  now: string;
}

/** The role in which a staff member relates to this participant, or null when they have no relation. */
export function recipientRoleOf(actor: Actor, facts: ParticipantAccessFacts): RecipientRole | null {
  const member = facts.careTeam.find((m) => m.userId === actor.userId);
  if (member) return member.role satisfies CareTeamRole;
  if (actor.role === 'ips_supervisor' && actor.teamId !== null && actor.teamId === facts.teamId)
    return 'ips_supervisor';
  return null;
}

function applies(record: ConsentRecord, category: InformationCategory, today: string): boolean {
  if (record.category !== category || record.validFrom > today) return false;
  return record.decision === 'withdraw' || record.validTo === null || today <= record.validTo;
}

function latest(records: readonly ConsentRecord[]): ConsentRecord | undefined {
  let found: ConsentRecord | undefined;
  for (const r of records) if (!found || r.sequence > found.sequence) found = r;
  return found;
}

/**
 * Whether `userId` in `role` may see `category` today, and why. A record naming the person beats one naming their
 * role; among records at the same level the latest wins; with no record the default sharing applies.
 */
export function effectiveSharing(
  records: readonly ConsentRecord[],
  userId: string,
  role: RecipientRole,
  category: InformationCategory,
  today: string,
): { shared: boolean; by: 'person' | 'role' | 'default'; withdrawn: boolean } {
  const valid = records.filter((r) => applies(r, category, today));
  const personal = latest(valid.filter((r) => r.recipient.kind === 'user' && r.recipient.userId === userId));
  const forRole = latest(valid.filter((r) => r.recipient.kind === 'role' && r.recipient.role === role));
  const decisive = personal ?? forRole;
  if (decisive) {
    return {
      shared: decisive.decision === 'grant',
      by: personal ? 'person' : 'role',
      withdrawn: decisive.decision === 'withdraw',
    };
  }
  return { shared: DEFAULT_SHARING[role].includes(category), by: 'default', withdrawn: false };
}

function hasEmergencyAccess(consent: ConsentFacts, userId: string, now: string): boolean {
  const at = Date.parse(now);
  return consent.emergencyAccess.some((g) => g.userId === userId && Date.parse(g.until) > at);
}

/** Who may open a record outside consent, with a stated reason (break-the-glass). */
export const BREAK_THE_GLASS_ROLES = ['ips_supervisor', 'administrator'] as const;

/**
 * The one access rule for a participant's information: may `actor` do `action` on `category` of this participant?
 * First the relationship (own record, care team, team supervisor), then the block, then the jobseeker's consent.
 * The jobseeker always sees all of their own information (GDPR art. 15).
 */
export function decideInformationAccess(
  actor: Actor,
  facts: ParticipantAccessFacts,
  consent: ConsentFacts,
  action: ParticipantAction,
  category: InformationCategory,
  at: AccessMoment,
): InformationDecision {
  if (actor.role === 'jobseeker') return decideParticipantAccess(actor, facts, action);
  if (consent.blockedUserIds.includes(actor.userId))
    return { allowed: false, reason: 'blocked-by-jobseeker' };

  const emergency =
    (BREAK_THE_GLASS_ROLES as readonly string[]).includes(actor.role) &&
    hasEmergencyAccess(consent, actor.userId, at.now);
  const outsideConsent = (reason: InformationDenyReason): InformationDecision => {
    if (!emergency) return { allowed: false, reason };
    return action === 'read'
      ? { allowed: true, basis: 'break-the-glass' }
      : { allowed: false, reason: 'break-the-glass-is-read-only' };
  };

  const relation = decideParticipantAccess(actor, facts, action);
  if (!relation.allowed) return outsideConsent(relation.reason);
  const role = recipientRoleOf(actor, facts);
  if (role === null) return outsideConsent('not-in-care-team');
  const sharing = effectiveSharing(consent.records, actor.userId, role, category, at.today);
  if (!sharing.shared) return outsideConsent(sharing.withdrawn ? 'consent-withdrawn' : 'not-shared');
  return { allowed: true, basis: sharing.by === 'default' ? 'default-sharing' : 'consent' };
}

/** The categories `actor` may read of this participant now: for removing fields from a response. */
export function readableCategories(
  actor: Actor,
  facts: ParticipantAccessFacts,
  consent: ConsentFacts,
  at: AccessMoment,
): Set<InformationCategory> {
  return new Set(
    INFORMATION_CATEGORIES.filter(
      (category) => decideInformationAccess(actor, facts, consent, 'read', category, at).allowed,
    ),
  );
}

/** The categories a therapist note can be written in: the health-related ones. */
export const THERAPIST_NOTE_CATEGORIES = [
  'work_functioning',
  'warning_signs',
  'diagnosis_treatment',
] as const;
export type TherapistNoteCategory = (typeof THERAPIST_NOTE_CATEGORIES)[number];

/**
 * Who of `recipients` may see information in `category` today: the "shared with" line a therapist sees while
 * writing a note, derived from the same rule that enforces it. Blocked people are left out.
 */
export function recipientsWhoMaySee<R extends { userId: string; role: RecipientRole }>(
  recipients: readonly R[],
  consent: ConsentFacts,
  category: InformationCategory,
  today: string,
): R[] {
  return recipients.filter(
    (r) =>
      !consent.blockedUserIds.includes(r.userId) &&
      effectiveSharing(consent.records, r.userId, r.role, category, today).shared,
  );
}
