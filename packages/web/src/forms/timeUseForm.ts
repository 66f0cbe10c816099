import { addDays, COMMUNITY_TIME_TARGET_PERCENT, communitySharePercent, weekStart } from '@ips-bridge/domain';
import type { TFunction } from 'i18next';
import type { FieldProblem } from '../api/problem.ts';
import type { TimeUse, TimeUseInput } from '../api/types.ts';
import type { Language } from '../i18n/catalogue.ts';
import { type FieldErrors, mapServerFieldErrors } from './fieldErrors.ts';
import { decimalForInput, parseDecimal } from './numbers.ts';

/**
 * A specialist's week: hours out in the community (with jobseekers and employers) and hours in the office, and the
 * community share against the IPS target. Checked with the server's rules: 0–100 hours each, 100 at most in all.
 */

export const MAX_WEEK_HOURS = 100;

export const TIME_USE_FIELDS = ['communityHours', 'officeHours'] as const;
export type TimeUseField = (typeof TIME_USE_FIELDS)[number];
export type TimeUseValues = Record<TimeUseField, string>;

export type RecordedWeek = TimeUse['weeks'][number];

/** One week on the page: recorded (with its version) or not yet (version 0, which creates it). */
export interface TimeUseWeek {
  weekStart: string;
  recorded: RecordedWeek | null;
  version: number;
}

/** This week and the `count - 1` before it, newest first, each with what has been recorded for it. */
export function timeUseWeeks(recorded: readonly RecordedWeek[], today: string, count: number): TimeUseWeek[] {
  const thisWeek = weekStart(today);
  const byStart = new Map(recorded.map((week) => [week.weekStart, week]));
  return Array.from({ length: count }, (_, index) => {
    const start = addDays(thisWeek, -7 * index);
    const week = byStart.get(start) ?? null;
    return { weekStart: start, recorded: week, version: week?.version ?? 0 };
  });
}

/** The community share over all recorded weeks together, or null when nothing is recorded. */
export function overallShare(
  recorded: readonly RecordedWeek[],
): { percent: number; weeks: number; meetsTarget: boolean } | null {
  const withHours = recorded.filter((week) => week.communityHours + week.officeHours > 0);
  const community = withHours.reduce((sum, week) => sum + week.communityHours, 0);
  const office = withHours.reduce((sum, week) => sum + week.officeHours, 0);
  const percent = communitySharePercent(community, office);
  if (percent === null) return null;
  return { percent, weeks: withHours.length, meetsTarget: percent >= COMMUNITY_TIME_TARGET_PERCENT };
}

export function timeUseFormValues(week: RecordedWeek | null, language: Language): TimeUseValues {
  if (week === null) return { communityHours: '', officeHours: '' };
  return {
    communityHours: decimalForInput(week.communityHours, language),
    officeHours: decimalForInput(week.officeHours, language),
  };
}

function hoursProblem(t: TFunction, value: string): string | undefined {
  const hours = parseDecimal(value);
  if (hours === null) return t('timeUse.errors.required');
  if (Number.isNaN(hours)) return t('timeUse.errors.notANumber');
  if (hours < 0 || hours > MAX_WEEK_HOURS) return t('timeUse.errors.range', { max: MAX_WEEK_HOURS });
  return undefined;
}

export function validateTimeUse(t: TFunction, values: TimeUseValues): FieldErrors<TimeUseField> {
  const errors: FieldErrors<TimeUseField> = {};
  const community = hoursProblem(t, values.communityHours);
  const office = hoursProblem(t, values.officeHours);
  if (community) errors.communityHours = community;
  if (office) errors.officeHours = office;
  if (!community && !office) {
    const total = (parseDecimal(values.communityHours) ?? 0) + (parseDecimal(values.officeHours) ?? 0);
    if (total > MAX_WEEK_HOURS)
      errors.officeHours = t('timeUse.errors.tooManyHours', { max: MAX_WEEK_HOURS });
  }
  return errors;
}

/** Hours to two decimals, as the server keeps them. */
export function toTimeUse(values: TimeUseValues): TimeUseInput {
  const round = (value: string) => Math.round((parseDecimal(value) ?? 0) * 100) / 100;
  return { communityHours: round(values.communityHours), officeHours: round(values.officeHours) };
}

/** What the server can object to: the week (not a Monday, not begun) or too many hours. */
export function mapTimeUseServerErrors(
  t: TFunction,
  error: unknown,
): { fields: FieldErrors<TimeUseField>; other: string[] } {
  return mapServerFieldErrors(t, error, TIME_USE_FIELDS, (problem: FieldProblem) => {
    if (problem.code === 'too_many_hours') return t('timeUse.errors.tooManyHours', { max: MAX_WEEK_HOURS });
    if (problem.code === 'not_a_monday') return t('timeUse.errors.notAMonday');
    if (problem.code === 'date_in_future') return t('timeUse.errors.weekInFuture');
    return undefined;
  });
}
