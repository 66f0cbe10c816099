import {
  FIRST_EMPLOYER_CONTACT_TARGET_DAYS,
  WEEKLY_FACE_TO_FACE_TARGET,
} from '../employers/employer-contacts.ts';
import { CASELOAD_TARGET } from '../journey/caseload.ts';
import { type ExportedFigure, suppressSmall } from '../outcomes/outcomes.ts';
import { addDays, daysBetween, type LocalDate } from '../shared/local-date.ts';
import { inPeriod, type Period, periodDays } from '../shared/period.ts';
import { integrationRhythm, type TeamMeetingFact } from '../workforce/team-integration.ts';
import { COMMUNITY_TIME_TARGET_PERCENT } from '../workforce/time-use.ts';
import type { FidelityIndicatorKey } from './scale-types.ts';

/**
 * Fidelity indicators computed from what IPS Bridge records, for a team and a period, shown beside the items they
 * inform (ips-model.md §6: "auto-fill indicators from data"). Aggregates only: counts, shares and averages, never
 * people. Targets are the IPS-25 top anchors (caseload ≤ 20, community time ≥ 65 %, ≥ 6 face-to-face employer
 * contacts per specialist per week, first employer contact ≤ 30 days, follow-along rhythm, competitive jobs) —
 * most of them unverified against the manual (fidelity-verification.md), like the anchors they come from.
 */

export type IndicatorStatus = 'meets_target' | 'below_target' | 'no_data' | 'not_recorded';

export interface Indicator {
  key: FidelityIndicatorKey;
  status: IndicatorStatus;
  /** The headline figure (unit per indicator), null with no data. */
  value: number | null;
  target: { comparison: 'at_most' | 'at_least'; value: number } | null;
  /** Counts behind the figure (aggregates only). */
  basis: Record<string, number | null>;
}

function judged(
  key: FidelityIndicatorKey,
  value: number | null,
  target: Indicator['target'],
  basis: Indicator['basis'],
): Indicator {
  let status: IndicatorStatus = 'no_data';
  if (value !== null && target)
    status = (target.comparison === 'at_most' ? value <= target.value : value >= target.value)
      ? 'meets_target'
      : 'below_target';
  else if (value !== null) status = 'meets_target';
  return { key, status, value, target, basis };
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const percent = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 100));

/** Item 1: active participants per specialist at the end of the period (value: the mean, one decimal). */
export function caseloadIndicator(caseloads: readonly number[]): Indicator {
  const specialists = caseloads.length;
  const total = caseloads.reduce((s, n) => s + n, 0);
  const max = specialists === 0 ? null : Math.max(...caseloads);
  const over = caseloads.filter((n) => n > CASELOAD_TARGET).length;
  const value = specialists === 0 ? null : round1(total / specialists);
  const indicator = judged(
    'caseload',
    value,
    { comparison: 'at_most', value: CASELOAD_TARGET },
    { specialists, participants: total, largest: max, overTarget: over },
  );
  // The target is per specialist: one specialist over it is a miss even if the mean is fine.
  return over > 0 ? { ...indicator, status: 'below_target' } : indicator;
}

/** Item 24: share of the specialists' recorded hours spent in the community, over weeks starting in the period. */
export function communityTimeIndicator(
  weeks: ReadonlyArray<{ weekStart: LocalDate; communityHours: number; officeHours: number }>,
  period: Period,
): Indicator {
  const inside = weeks.filter((w) => inPeriod(w.weekStart, period));
  const community = inside.reduce((s, w) => s + w.communityHours, 0);
  const office = inside.reduce((s, w) => s + w.officeHours, 0);
  return judged(
    'community_time',
    percent(community, community + office),
    { comparison: 'at_least', value: COMMUNITY_TIME_TARGET_PERCENT },
    { weeksRecorded: inside.length, communityHours: round1(community), officeHours: round1(office) },
  );
}

/** Item 17: face-to-face employer contacts per specialist per week over the period. */
export function employerContactIndicator(
  contacts: ReadonlyArray<{ date: LocalDate; faceToFace: boolean }>,
  specialists: number,
  period: Period,
): Indicator {
  const faceToFace = contacts.filter((c) => c.faceToFace && inPeriod(c.date, period)).length;
  const weeks = periodDays(period) / 7;
  const value = specialists === 0 || weeks <= 0 ? null : round1(faceToFace / specialists / weeks);
  return judged(
    'employer_contacts',
    value,
    { comparison: 'at_least', value: WEEKLY_FACE_TO_FACE_TARGET },
    { faceToFace, specialists, weeks: round1(weeks) },
  );
}

/**
 * Items 9 and 15: for people referred in the period, the days from referral to their first employer contact. The
 * value is the median over those with a contact; people still waiting past the target count against it.
 */
export function firstEmployerContactIndicator(
  people: ReadonlyArray<{ referralDate: LocalDate; firstEmployerContact: LocalDate | null }>,
  period: Period,
  today: LocalDate,
): Indicator {
  const referred = people.filter((p) => inPeriod(p.referralDate, period));
  const days = referred
    .filter((p) => p.firstEmployerContact !== null)
    .map((p) => daysBetween(p.referralDate, p.firstEmployerContact as LocalDate))
    .sort((a, b) => a - b);
  const waitingOver = referred.filter(
    (p) =>
      p.firstEmployerContact === null &&
      daysBetween(p.referralDate, today) > FIRST_EMPLOYER_CONTACT_TARGET_DAYS,
  ).length;
  const median = days.length === 0 ? null : medianOf(days);
  const withinTarget = days.filter((d) => d <= FIRST_EMPLOYER_CONTACT_TARGET_DAYS).length;
  const indicator = judged(
    'days_to_first_employer_contact',
    median,
    { comparison: 'at_most', value: FIRST_EMPLOYER_CONTACT_TARGET_DAYS },
    {
      referred: referred.length,
      withContact: days.length,
      withinTarget,
      withinTargetPercent: percent(withinTarget, referred.length),
      waitingOverTarget: waitingOver,
    },
  );
  return waitingOver > 0 && indicator.status === 'meets_target'
    ? { ...indicator, status: 'below_target' }
    : indicator;
}

function medianOf(sorted: readonly number[]): number {
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] as number;
  return sorted.length % 2 === 1 ? upper : round1(((sorted[mid - 1] as number) + upper) / 2);
}

/**
 * The follow-along rhythm after a job start (jobs.ts followAlongStatus; ips-model.md SV12): a contact in the week
 * before the start, within 3 days after it, in each of the first four weeks, then in every 30 days for a year. Each
 * such window that lies wholly inside the period (and before the job ended) is due; it is kept when a contact falls
 * in it.
 */
export function followAlongWindows(start: LocalDate, end: LocalDate | null): Array<Period> {
  const windows: Period[] = [
    { from: addDays(start, -7), to: addDays(start, -1) },
    { from: start, to: addDays(start, 3) },
  ];
  for (let week = 0; week < 4; week++)
    windows.push({ from: addDays(start, week * 7), to: addDays(start, week * 7 + 6) });
  for (let month = 0; month < 12; month++)
    windows.push({ from: addDays(start, 28 + month * 30), to: addDays(start, 28 + month * 30 + 29) });
  return windows.filter((w) => end === null || w.to <= end);
}

/** Items 22 and 23: share of due follow-along windows with a contact. */
export function followAlongIndicator(
  jobs: ReadonlyArray<{
    startDate: LocalDate;
    endDate: LocalDate | null;
    contactDates: readonly LocalDate[];
  }>,
  period: Period,
): Indicator {
  let due = 0;
  let kept = 0;
  let jobsFollowed = 0;
  for (const job of jobs) {
    const windows = followAlongWindows(job.startDate, job.endDate).filter(
      (w) => w.from >= period.from && w.to <= period.to,
    );
    if (windows.length > 0) jobsFollowed++;
    for (const w of windows) {
      due++;
      if (job.contactDates.some((d) => inPeriod(d, w))) kept++;
    }
  }
  return judged(
    'follow_along',
    percent(kept, due),
    { comparison: 'at_least', value: 80 },
    { jobs: jobsFollowed, windowsDue: due, windowsKept: kept },
  );
}

const normalised = (s: string) => s.trim().toLocaleLowerCase('nb').replace(/\s+/g, ' ');

/** Items 19 and 20: among jobs started in the period, how many are of a different type / with a different employer. */
export function diversityIndicators(
  jobs: ReadonlyArray<{ startDate: LocalDate; title: string; employerKey: string }>,
  period: Period,
): [Indicator, Indicator] {
  const started = jobs.filter((j) => inPeriod(j.startDate, period));
  const types = new Set(started.map((j) => normalised(j.title))).size;
  const employers = new Set(started.map((j) => normalised(j.employerKey))).size;
  return [
    judged(
      'job_type_diversity',
      percent(types, started.length),
      { comparison: 'at_least', value: 85 },
      { jobs: started.length, distinctTypes: types },
    ),
    judged(
      'employer_diversity',
      percent(employers, started.length),
      { comparison: 'at_least', value: 85 },
      { jobs: started.length, distinctEmployers: employers },
    ),
  ];
}

/** Item 21 (and 10): share of jobs started in the period that are competitive. */
export function competitiveJobsIndicator(
  jobs: ReadonlyArray<{ startDate: LocalDate; competitive: boolean }>,
  period: Period,
): Indicator {
  const started = jobs.filter((j) => inPeriod(j.startDate, period));
  const competitive = started.filter((j) => j.competitive).length;
  return judged(
    'competitive_jobs',
    percent(competitive, started.length),
    { comparison: 'at_least', value: 95 },
    { jobs: started.length, competitive },
  );
}

/**
 * Item 12: share of jobs started in the period where the person had benefits planning before the start — in IPS
 * Bridge, a benefit scenario saved on or before the start date (benefits module, ips-model.md §6).
 */
export function benefitsPlanningIndicator(
  jobs: ReadonlyArray<{ startDate: LocalDate; firstScenarioDate: LocalDate | null }>,
  period: Period,
): Indicator {
  const started = jobs.filter((j) => inPeriod(j.startDate, period));
  const planned = started.filter(
    (j) => j.firstScenarioDate !== null && j.firstScenarioDate <= j.startDate,
  ).length;
  return judged(
    'benefits_planning',
    percent(planned, started.length),
    { comparison: 'at_least', value: 100 },
    { jobs: started.length, plannedBefore: planned },
  );
}

/**
 * Items 5 and 6 (IPS-25 O2, O3) from the specialists' team-meeting records (docs/teamwork.md), by the same rule as
 * the "Teamsamarbeid" page (`integrationRhythm`): the share of specialist-weeks in the period with an attended
 * treatment-team meeting (target: every week), and the share of specialist-months with a meeting with NAV (target:
 * every month). Weeks and months count when they overlap the period.
 */
export function meetingRhythmIndicators(
  meetingsPerSpecialist: ReadonlyArray<readonly TeamMeetingFact[]>,
  period: Period,
): [Indicator, Indicator] {
  let weeks = 0;
  let weeksAttended = 0;
  let everyWeek = 0;
  let months = 0;
  let monthsWithMeeting = 0;
  let everyMonth = 0;
  for (const meetings of meetingsPerSpecialist) {
    const rhythm = integrationRhythm(meetings, period.from, period.to);
    weeks += rhythm.treatmentTeam.weeks;
    weeksAttended += rhythm.treatmentTeam.weeksAttended;
    if (rhythm.treatmentTeam.meetsExpectation) everyWeek++;
    months += rhythm.nav.months;
    monthsWithMeeting += rhythm.nav.monthsWithMeeting;
    if (rhythm.nav.meetsExpectation) everyMonth++;
  }
  const specialists = meetingsPerSpecialist.length;
  return [
    judged(
      'treatment_team_meetings',
      percent(weeksAttended, weeks),
      { comparison: 'at_least', value: 100 },
      {
        specialists,
        specialistWeeks: weeks,
        specialistWeeksAttended: weeksAttended,
        specialistsEveryWeek: everyWeek,
      },
    ),
    judged(
      'nav_meetings',
      percent(monthsWithMeeting, months),
      { comparison: 'at_least', value: 100 },
      {
        specialists,
        specialistMonths: months,
        specialistMonthsWithMeeting: monthsWithMeeting,
        specialistsEveryMonth: everyMonth,
      },
    ),
  ];
}

/** Meetings IPS Bridge does not record (kept for a scale file naming an indicator without data): a slot saying so. */
export function notRecordedIndicator(key: FidelityIndicatorKey): Indicator {
  return { key, status: 'not_recorded', value: null, target: null, basis: {} };
}

/**
 * The counts of jobseekers (or of their jobs) in each indicator's basis: these are withheld under 5 in an export
 * (issue 7 item 5, the same rule as the outcome report's export, `suppressSmall`). The other counts are of staff
 * (specialists, their weeks and hours) or of employer contacts, about no jobseeker.
 */
export const INDICATOR_PEOPLE_COUNTS: Readonly<Record<FidelityIndicatorKey, readonly string[]>> = {
  caseload: ['participants', 'largest'],
  community_time: [],
  employer_contacts: [],
  days_to_first_employer_contact: ['referred', 'withContact', 'withinTarget', 'waitingOverTarget'],
  treatment_team_meetings: [],
  nav_meetings: [],
  follow_along: ['jobs'],
  job_type_diversity: ['jobs', 'distinctTypes'],
  employer_diversity: ['jobs', 'distinctEmployers'],
  competitive_jobs: ['jobs', 'competitive'],
  benefits_planning: ['jobs', 'plannedBefore'],
};

export interface ExportedIndicator {
  key: FidelityIndicatorKey;
  status: IndicatorStatus;
  value: ExportedFigure;
  target: Indicator['target'];
  basis: Record<string, ExportedFigure>;
}

/**
 * An indicator as an export may show it: each count of jobseekers or their jobs of 1–4 is withheld, and so is the
 * headline figure when any count it derives from is withheld (a share of 2 out of 3 would give both away). Counts of
 * staff and of employer contacts are shown as they are.
 */
export function suppressIndicatorForExport(indicator: Indicator): ExportedIndicator {
  const peopleKeys = INDICATOR_PEOPLE_COUNTS[indicator.key];
  const basis: Record<string, ExportedFigure> = {};
  let withheld = false;
  for (const [key, value] of Object.entries(indicator.basis)) {
    if (value !== null && peopleKeys.includes(key)) {
      const shown = suppressSmall(value);
      if (shown === 'withheld') withheld = true;
      basis[key] = shown;
    } else basis[key] = value;
  }
  // The share that is within target is derived from withheld counts too.
  if (withheld && 'withinTargetPercent' in basis) basis.withinTargetPercent = 'withheld';
  return {
    key: indicator.key,
    status: indicator.status,
    value: withheld && indicator.value !== null ? 'withheld' : indicator.value,
    target: indicator.target,
    basis,
  };
}
