import { CASELOAD_TARGET } from '../journey/caseload.ts';
import { addDays, type LocalDate } from '../shared/local-date.ts';
import { type Period, periodDays } from '../shared/period.ts';
import { COMMUNITY_TIME_TARGET_PERCENT } from './time-use.ts';

/**
 * The supervisors' workforce view (issue 7 item 4): per employment specialist, the caseload now and over time, the
 * follow-along contacts that are overdue, meetings per week and the share of time in the community — and flags, in
 * words, when a specialist needs the supervisor's attention. Sources: IPS-25 item 1 (caseload ≤ 20, verified) and
 * item 24 (≥ 65 % of the time in the community), `shared/reference/ips-model.md` §1.3; "falling behind" is our own
 * rule (below), not an IPS anchor.
 */

/** A specialist with more active participants than this is flagged (IPS-25 item 1: 20 or fewer). */
export const WORKFORCE_CASELOAD_LIMIT = CASELOAD_TARGET;

/**
 * "Falling behind": this many or more overdue follow-along contacts (jobs whose next contact by the IPS rhythm —
 * before the start, within 3 days, weekly in the first month, then every 30 days — is past due). Our choice: one or
 * two late contacts happen in any busy week (holidays, a sick day); three or more at once means the specialist is
 * not keeping up with the people in work and the supervisor should talk it through.
 */
export const FALLING_BEHIND_OVERDUE_THRESHOLD = 3;

export const WORKFORCE_FLAGS = ['over_caseload', 'falling_behind', 'low_community_time'] as const;
export type WorkforceFlag = (typeof WORKFORCE_FLAGS)[number];

export interface SpecialistWorkloadFacts {
  /** Active participants (phases referred … in work) now. */
  activeNow: number;
  /** Follow-along contacts overdue now. */
  overdueFollowUps: number;
  /** Share of the recorded hours in the period spent in the community, or null when no week was recorded. */
  communitySharePercent: number | null;
}

/**
 * The flags for one specialist: over 20 active participants; falling behind (overdue follow-ups at or above the
 * threshold); community time under 65 % (only when time was recorded: no data is no flag, the page says so).
 */
export function workforceFlags(facts: SpecialistWorkloadFacts): WorkforceFlag[] {
  const flags: WorkforceFlag[] = [];
  if (facts.activeNow > WORKFORCE_CASELOAD_LIMIT) flags.push('over_caseload');
  if (facts.overdueFollowUps >= FALLING_BEHIND_OVERDUE_THRESHOLD) flags.push('falling_behind');
  if (facts.communitySharePercent !== null && facts.communitySharePercent < COMMUNITY_TIME_TARGET_PERCENT)
    flags.push('low_community_time');
  return flags;
}

/**
 * The months of a period for the caseload over time: each calendar month that overlaps the period, counted on its
 * last day — or on the period's last day for the month it ends in.
 */
export function caseloadCountDays(period: Period): Array<{ month: string; date: LocalDate }> {
  const out: Array<{ month: string; date: LocalDate }> = [];
  let year = Number(period.from.slice(0, 4));
  let month = Number(period.from.slice(5, 7));
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > period.to.slice(0, 7)) break;
    const next = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
    const lastDay = addDays(next, -1);
    out.push({ month: key, date: lastDay < period.to ? lastDay : period.to });
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return out;
}

/** Meetings per week over the period, one decimal (a period of 7 days is one week). */
export function meetingsPerWeek(count: number, period: Period): number {
  const weeks = periodDays(period) / 7;
  return Math.round((count / weeks) * 10) / 10;
}

/** Supervision notes: dated, short, about the specialist's work — never about jobseekers. */
export const SUPERVISION_NOTE_MAX_LENGTH = 2000;

/** The longest period the workforce view covers (one query per month for the caseload over time): two years. */
export const WORKFORCE_MAX_PERIOD_DAYS = 2 * 366;
