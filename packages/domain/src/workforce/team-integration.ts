import { weekStart } from '../employers/employer-contacts.ts';
import { addDays, type LocalDate } from '../shared/local-date.ts';

/**
 * Team integration: how often the employment specialist meets the mental health treatment team and the NAV
 * counsellors. These are team-level records (no participant data) that later feed the fidelity review.
 *
 * IPS fidelity scale (IPS-25, shared/reference/ips-model.md §1.3):
 * - O2 "Integration through frequent team-member contact": the specialist attends the treatment team's meetings
 *   weekly (not replaced by administrative meetings).
 * - O3 "Collaboration between employment specialists and vocational rehabilitation counsellors" (in Norway the NAV
 *   counsellor): scheduled face-to-face meetings at least monthly.
 */
export const TEAM_MEETING_KINDS = ['treatment_team', 'nav'] as const;
export type TeamMeetingKind = (typeof TEAM_MEETING_KINDS)[number];

/** Fidelity O2: one attended treatment-team meeting in every week. */
export const TREATMENT_TEAM_EXPECTATION = { per: 'week', fidelityItem: 'O2' } as const;
/** Fidelity O3: at least one meeting with NAV in every month. */
export const NAV_MEETING_EXPECTATION = { per: 'month', fidelityItem: 'O3' } as const;

export interface TeamMeetingFact {
  kind: TeamMeetingKind;
  date: LocalDate;
  /** Whether the specialist was there (a treatment-team meeting can be recorded as missed). */
  attended: boolean;
}

export interface IntegrationRhythm {
  from: LocalDate;
  to: LocalDate;
  treatmentTeam: {
    /** ISO weeks (Monday first) that overlap the period. */
    weeks: number;
    /** Of those, weeks with at least one attended treatment-team meeting. */
    weeksAttended: number;
    /** The Mondays of weeks without one. */
    weeksWithout: LocalDate[];
    meetsExpectation: boolean;
  };
  nav: {
    /** Calendar months that overlap the period. */
    months: number;
    /** Of those, months with at least one meeting with NAV. */
    monthsWithMeeting: number;
    /** The months (YYYY-MM) without one. */
    monthsWithout: string[];
    meetsExpectation: boolean;
  };
}

function weeksOverlapping(from: LocalDate, to: LocalDate): LocalDate[] {
  const weeks: LocalDate[] = [];
  for (let monday = weekStart(from); monday <= to; monday = addDays(monday, 7)) weeks.push(monday);
  return weeks;
}

function monthsOverlapping(from: LocalDate, to: LocalDate): string[] {
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > last) break;
    months.push(key);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/**
 * The meeting rhythm kept in a period (both dates included): weeks with an attended treatment-team meeting against
 * the weeks of the period (O2), and months with a NAV meeting against the months of the period (O3). Weeks and months
 * count when they overlap the period, so a period of the last four weeks up to today counts the current week too.
 * Meetings outside the period and missed meetings do not count.
 */
export function integrationRhythm(
  meetings: readonly TeamMeetingFact[],
  from: LocalDate,
  to: LocalDate,
): IntegrationRhythm {
  if (from > to) throw new RangeError('The period ends before it starts');
  const inPeriod = meetings.filter((m) => m.attended && m.date >= from && m.date <= to);
  const attendedWeeks = new Set(
    inPeriod.filter((m) => m.kind === 'treatment_team').map((m) => weekStart(m.date)),
  );
  const navMonths = new Set(inPeriod.filter((m) => m.kind === 'nav').map((m) => m.date.slice(0, 7)));
  const weeks = weeksOverlapping(from, to);
  const months = monthsOverlapping(from, to);
  const weeksWithout = weeks.filter((w) => !attendedWeeks.has(w));
  const monthsWithout = months.filter((m) => !navMonths.has(m));
  return {
    from,
    to,
    treatmentTeam: {
      weeks: weeks.length,
      weeksAttended: weeks.length - weeksWithout.length,
      weeksWithout,
      meetsExpectation: weeksWithout.length === 0,
    },
    nav: {
      months: months.length,
      monthsWithMeeting: months.length - monthsWithout.length,
      monthsWithout,
      meetsExpectation: monthsWithout.length === 0,
    },
  };
}

/** The periods the app shows: the last `weeks` weeks (this one included) and the last `months` months. */
export function recentPeriods(
  today: LocalDate,
  weeks = 4,
  months = 3,
): { weeks: { from: LocalDate; to: LocalDate }; months: { from: LocalDate; to: LocalDate } } {
  let year = Number(today.slice(0, 4));
  let month = Number(today.slice(5, 7)) - (months - 1);
  while (month < 1) {
    month += 12;
    year -= 1;
  }
  return {
    weeks: { from: addDays(weekStart(today), -7 * (weeks - 1)), to: today },
    months: { from: `${year}-${String(month).padStart(2, '0')}-01`, to: today },
  };
}
