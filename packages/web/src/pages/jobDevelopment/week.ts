import { addDays, isValidLocalDate, type LocalDate, weekStart } from '@ips-bridge/domain';

/** The ISO week number (Norwegian "uke 12") of the week that starts on `monday`. */
export function isoWeekNumber(monday: LocalDate): number {
  // The week belongs to the year its Thursday is in; week 1 is the week with the year's first Thursday.
  const thursday = addDays(monday, 3);
  const yearStart = Date.UTC(Number(thursday.slice(0, 4)), 0, 1);
  const dayOfYear = Math.round((Date.parse(`${thursday}T00:00:00Z`) - yearStart) / 86_400_000);
  return Math.floor(dayOfYear / 7) + 1;
}

/** The week (its Monday) the page shows: the week of `?week=` when it is a real date, else this week. */
export function chosenWeek(param: string | null, today: LocalDate): LocalDate {
  return weekStart(param !== null && isValidLocalDate(param) ? param : today);
}

export interface WeekNavigation {
  start: LocalDate;
  end: LocalDate;
  previous: LocalDate;
  /** The following week, or null when the shown week is this week or later (nothing to log there yet). */
  next: LocalDate | null;
  isCurrent: boolean;
  number: number;
}

export function weekNavigation(start: LocalDate, today: LocalDate): WeekNavigation {
  const current = weekStart(today);
  return {
    start,
    end: addDays(start, 6),
    previous: addDays(start, -7),
    next: start < current ? addDays(start, 7) : null,
    isCurrent: start === current,
    number: isoWeekNumber(start),
  };
}
