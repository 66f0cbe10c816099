import { daysBetween, isValidLocalDate, type LocalDate } from '../shared/local-date.ts';

/**
 * The IPS journey's phases. IPS has zero exclusion and time-unlimited support, so nobody is "discharged" for
 * inactivity: a person can be paused (a passive period with a reason and a planned re-contact) and picked up again.
 * Source: IPS fidelity scale items on zero exclusion, rapid job search and time-unlimited follow-along support
 * (shared/reference/ips-model.md); NAV's Jobbsporet models the same stages.
 */
export const PHASES = [
  'referred',
  'engagement',
  'career_profile',
  'job_search',
  'working',
  'education',
  'follow_along',
  'paused',
  'ended',
] as const;
export type Phase = (typeof PHASES)[number];

/** Phases in which the person is actively served (counted in the caseload). */
export const ACTIVE_PHASES: readonly Phase[] = [
  'referred',
  'engagement',
  'career_profile',
  'job_search',
  'working',
  'education',
  'follow_along',
];

export const PAUSE_REASONS = ['own_wish', 'health', 'unreachable', 'life_event', 'other'] as const;
export type PauseReason = (typeof PAUSE_REASONS)[number];

export const END_REASONS = [
  'own_wish',
  'moved',
  'other_service',
  'stable_in_work',
  'deceased',
  'other',
] as const;
export type EndReason = (typeof END_REASONS)[number];

export interface PhaseChange {
  phase: Phase;
  date: LocalDate;
  reason?: string | null;
  plannedRecontact?: LocalDate | null;
}

export type PhaseChangeProblem =
  | { field: 'phase'; code: 'same_phase' }
  | { field: 'date'; code: 'date_format' | 'date_in_future' | 'before_current_phase' }
  | { field: 'reason'; code: 'reason_required' | 'unknown_reason' }
  | { field: 'plannedRecontact'; code: 'recontact_required' | 'date_format' | 'recontact_not_after_date' };

/**
 * Checks a phase change against the current phase. Any move between phases is allowed (people move back and
 * forth: a job ends and the search starts again), but not to the phase one is in, not dated in the future, and
 * not before the current phase began. A pause needs a reason and a planned re-contact after its start; an
 * ending needs a reason.
 */
export function phaseChangeProblems(
  current: { phase: Phase; since: LocalDate },
  change: PhaseChange,
  today: LocalDate,
): PhaseChangeProblem[] {
  const problems: PhaseChangeProblem[] = [];
  if (change.phase === current.phase) problems.push({ field: 'phase', code: 'same_phase' });
  if (!isValidLocalDate(change.date)) problems.push({ field: 'date', code: 'date_format' });
  else if (daysBetween(today, change.date) > 0) problems.push({ field: 'date', code: 'date_in_future' });
  else if (daysBetween(current.since, change.date) < 0)
    problems.push({ field: 'date', code: 'before_current_phase' });

  if (change.phase === 'paused') {
    if (!change.reason) problems.push({ field: 'reason', code: 'reason_required' });
    else if (!(PAUSE_REASONS as readonly string[]).includes(change.reason)) {
      problems.push({ field: 'reason', code: 'unknown_reason' });
    }
    if (!change.plannedRecontact) problems.push({ field: 'plannedRecontact', code: 'recontact_required' });
    else if (!isValidLocalDate(change.plannedRecontact)) {
      problems.push({ field: 'plannedRecontact', code: 'date_format' });
    } else if (isValidLocalDate(change.date) && daysBetween(change.date, change.plannedRecontact) <= 0) {
      problems.push({ field: 'plannedRecontact', code: 'recontact_not_after_date' });
    }
  }
  if (change.phase === 'ended') {
    if (!change.reason) problems.push({ field: 'reason', code: 'reason_required' });
    else if (!(END_REASONS as readonly string[]).includes(change.reason)) {
      problems.push({ field: 'reason', code: 'unknown_reason' });
    }
  }
  return problems;
}

/** IPS: the first contact should happen within a week of the referral (rapid engagement). */
export const FIRST_CONTACT_TARGET_DAYS = 7;

export type FirstContactStatus =
  | { status: 'done'; days: number; late: boolean }
  | { status: 'pending'; daysSinceReferral: number; overdue: boolean };

export function firstContactStatus(
  referralDate: LocalDate,
  firstContactDate: LocalDate | null,
  today: LocalDate,
): FirstContactStatus {
  if (firstContactDate) {
    const days = daysBetween(referralDate, firstContactDate);
    return { status: 'done', days, late: days > FIRST_CONTACT_TARGET_DAYS };
  }
  const daysSinceReferral = daysBetween(referralDate, today);
  return { status: 'pending', daysSinceReferral, overdue: daysSinceReferral > FIRST_CONTACT_TARGET_DAYS };
}
