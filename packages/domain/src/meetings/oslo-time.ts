import type { LocalDate } from '../shared/local-date.ts';

/**
 * Wall-clock time in Norway (Europe/Oslo) to and from instants, by the rule Norway follows (the EU summer-time
 * directive 2000/84/EC): CET (UTC+1), and CEST (UTC+2) from 01:00 UTC on the last Sunday of March until 01:00 UTC on
 * the last Sunday of October. The calendar file states the same rule in its VTIMEZONE, so the app and every calendar
 * agree on what "10:00 in Oslo" is.
 */

/** The day of month of the last Sunday of `month` (1–12) in `year`. */
export function lastSundayOf(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month, 0));
  return last.getUTCDate() - last.getUTCDay();
}

/** The instants summer time starts and ends in `year` (both at 01:00 UTC). */
export function summerTimeBounds(year: number): { start: number; end: number } {
  return {
    start: Date.UTC(year, 2, lastSundayOf(year, 3), 1),
    end: Date.UTC(year, 9, lastSundayOf(year, 10), 1),
  };
}

/** Oslo's offset from UTC at `at`, in minutes (60 or 120). */
export function osloOffsetMinutes(at: Date): number {
  const { start, end } = summerTimeBounds(at.getUTCFullYear());
  const t = at.getTime();
  return t >= start && t < end ? 120 : 60;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * The instant of an Oslo wall-clock time `YYYY-MM-DDTHH:MM`, or null when it is malformed or does not exist (the
 * hour skipped when summer time starts). In the hour that occurs twice in October the earlier (summer) one is meant.
 */
export function osloLocalToInstant(local: string): Date | null {
  const m = LOCAL.exec(local);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  if (mo < 1 || mo > 12 || h > 23 || mi > 59) return null;
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  const check = new Date(asUtc);
  if (check.getUTCDate() !== d || check.getUTCMonth() !== mo - 1) return null;
  for (const offset of [120, 60]) {
    const candidate = new Date(asUtc - offset * 60_000);
    if (osloOffsetMinutes(candidate) === offset) return candidate;
  }
  return null;
}

/** The Oslo wall-clock time of an instant, as `YYYY-MM-DDTHH:MM`. */
export function instantToOsloLocal(at: Date): string {
  const shifted = new Date(at.getTime() + osloOffsetMinutes(at) * 60_000);
  return shifted.toISOString().slice(0, 16);
}

/** The Oslo calendar date of an instant (same as osloDate, by the rule above). */
export function osloDateOf(at: Date): LocalDate {
  return instantToOsloLocal(at).slice(0, 10);
}
