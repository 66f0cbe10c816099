import { daysBetween, isValidLocalDate, type LocalDate } from './local-date.ts';

/** A reporting period: both days included. Used by the outcome report and the fidelity indicators. */
export interface Period {
  from: LocalDate;
  to: LocalDate;
}

/** The longest period a report or an indicator covers: five years. */
export const MAX_PERIOD_DAYS = 5 * 366;

export type PeriodProblem = 'invalid_from' | 'invalid_to' | 'end_before_start' | 'too_long';

export function periodProblems(period: Period): PeriodProblem[] {
  const problems: PeriodProblem[] = [];
  if (!isValidLocalDate(period.from)) problems.push('invalid_from');
  if (!isValidLocalDate(period.to)) problems.push('invalid_to');
  if (problems.length > 0) return problems;
  const days = daysBetween(period.from, period.to);
  if (days < 0) return ['end_before_start'];
  if (days > MAX_PERIOD_DAYS) return ['too_long'];
  return [];
}

/** Days in the period, both ends included. */
export function periodDays(period: Period): number {
  return daysBetween(period.from, period.to) + 1;
}

export function inPeriod(date: LocalDate, period: Period): boolean {
  return date >= period.from && date <= period.to;
}
