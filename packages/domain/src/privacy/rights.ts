import type { ParticipantAction } from '../access/participant-access.ts';
import type { Role } from '../access/roles.ts';
import type { Phase } from '../journey/phases.ts';
import type { LocalDate } from '../shared/local-date.ts';

/**
 * The data subject's rights beyond access: restriction of processing (GDPR art. 18) and erasure (art. 17), with the
 * retention rule that erases on its own. Pure rules; the server enforces them in the participant access layer and
 * in one erasure transaction (docs/privacy-rights.md).
 */

// ── Restriction (GDPR art. 18) ──────────────────────────────────────────────────────────────────────────────────

/**
 * Who restricted a record: the jobseeker themselves (art. 18(1)(a)–(d), asked for in the app), or an administrator
 * acting on a request received another way (letter, phone, through the specialist).
 */
export type RestrictionSource = 'jobseeker' | 'administrator';

export type RestrictionDecision = { allowed: true } | { allowed: false; reason: 'record-restricted' };

/**
 * What the rest of the access policy allows while a record is restricted. Art. 18(2): restricted data may, apart
 * from being stored, only be processed with the person's consent, for legal claims, to protect another person's
 * rights, or for an important public interest. So:
 * - storage goes on (nothing is deleted);
 * - reads stay as the access policy allows them: the person's own access (art. 15) and staff reads that the consent
 *   and need-to-know rules already permit, each audited, so the record can serve a complaint or a legal claim and the
 *   care team knows not to act on it (helsepersonelloven § 39/§ 40 duty to keep what was documented);
 * - every change by staff is refused ('write' and 'contribute');
 * - the jobseeker's own contributions stay allowed: they are processing with the person's own consent (art. 18(2)).
 */
export function decideUnderRestriction(role: Role, action: ParticipantAction): RestrictionDecision {
  if (action === 'read') return { allowed: true };
  if (role === 'jobseeker') return { allowed: true };
  return { allowed: false, reason: 'record-restricted' };
}

/**
 * Who may lift a restriction: an administrator always (after telling the person, art. 18(3)); the jobseeker only one
 * they placed themselves, since one placed for them on a contested accuracy (art. 18(1)(a)) ends when the check ends.
 */
export function mayLiftRestriction(role: Role, source: RestrictionSource): boolean {
  if (role === 'administrator') return true;
  return role === 'jobseeker' && source === 'jobseeker';
}

// ── Erasure (GDPR art. 17) ──────────────────────────────────────────────────────────────────────────────────────

/**
 * The lawful grounds an erasure is recorded under. The first five are art. 17(1)(a)–(e); `retention_expired` is the
 * storage-limitation principle (art. 5(1)(e)) applied by the retention run.
 */
export const ERASURE_GROUNDS = [
  'no_longer_necessary', // art. 17(1)(a)
  'consent_withdrawn', // art. 17(1)(b)
  'objection', // art. 17(1)(c), after an objection under art. 21(1)
  'unlawful_processing', // art. 17(1)(d)
  'legal_obligation', // art. 17(1)(e)
  'retention_expired', // art. 5(1)(e): the configured retention period after the journey ended
] as const;
export type ErasureGround = (typeof ERASURE_GROUNDS)[number];

/** Grounds an administrator can record for a request; the retention ground is the retention run's alone. */
export const REQUEST_ERASURE_GROUNDS = ERASURE_GROUNDS.filter(
  (g): g is Exclude<ErasureGround, 'retention_expired'> => g !== 'retention_expired',
);

/**
 * The default number of whole years a record is kept after the journey ended before it is anonymised. Three years
 * is the general limitation period for claims (foreldelsesloven § 2): after it the record is no longer needed to
 * establish or defend a legal claim (GDPR art. 17(3)(e)), and the follow-up it was collected for is over (art.
 * 5(1)(e)). A data controller whose archive plan (arkivlova § 6 and its bevarings- og kassasjonsvedtak) or whose
 * health-record duties (pasientjournalforskriften § 15, helsepersonelloven § 39) ask for longer sets
 * RETENTION_YEARS_AFTER_END higher; IPS Bridge is a shared workspace, not the patient journal, and holds no copy that
 * an archive or journal depends on (reports to NAV are filed in NAV's archive when sent).
 */
export const DEFAULT_RETENTION_YEARS_AFTER_END = 3;

/** The day a record whose journey ended on `endedOn` becomes due for anonymisation. 29 February moves to 28. */
export function retentionDueOn(endedOn: LocalDate, years: number): LocalDate {
  const [y, m, d] = endedOn.split('-').map(Number) as [number, number, number];
  const year = y + years;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = m === 2 && d === 29 && !leap ? 28 : d;
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whether a record is due for anonymisation today: only an ended journey counts (IPS support is time-unlimited). */
export function isRetentionDue(
  record: { phase: Phase; phaseSince: LocalDate },
  years: number,
  today: LocalDate,
): boolean {
  return record.phase === 'ended' && retentionDueOn(record.phaseSince, years) <= today;
}

/**
 * The second step of an erasure: the administrator types the person's full name. Case, extra spaces and accents'
 * composition do not matter; anything else does.
 */
export function erasureConfirmationMatches(typed: string, givenName: string, familyName: string): boolean {
  const norm = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('nb');
  return norm(typed) !== '' && norm(typed) === norm(`${givenName} ${familyName}`);
}
