import { daysBetween, type LocalDate } from '../shared/local-date.ts';

/**
 * Interval and end reports to NAV, generated from the journey's own records for a period, so the specialist
 * writes only what the data cannot say. The jobseeker reads the report (and may comment) before it is sent.
 */
export const NAV_REPORT_KINDS = ['interval', 'end'] as const;
export type NavReportKind = (typeof NAV_REPORT_KINDS)[number];

export const NAV_REPORT_STATUSES = ['draft', 'with_jobseeker', 'ready', 'sent'] as const;
export type NavReportStatus = (typeof NAV_REPORT_STATUSES)[number];

export interface NavReportSources {
  phases: ReadonlyArray<{ phase: string; startedOn: LocalDate }>;
  goals: ReadonlyArray<{
    text: string;
    status: string;
    steps: ReadonlyArray<{
      text: string;
      status: string;
      dueDate: LocalDate | null;
      doneOn: LocalDate | null;
    }>;
  }>;
  employerContacts: ReadonlyArray<{ date: LocalDate; employerName: string; faceToFace: boolean }>;
  jobs: ReadonlyArray<{
    employerName: string;
    title: string;
    startDate: LocalDate;
    endDate: LocalDate | null;
    hoursPerWeek: number;
    endReason: string | null;
  }>;
  supportContacts: ReadonlyArray<{ date: LocalDate; faceToFace: boolean }>;
}

export interface NavReportFacts {
  period: { from: LocalDate; to: LocalDate };
  phaseAtStart: string | null;
  phaseAtEnd: string | null;
  phaseChanges: { phase: string; on: LocalDate }[];
  goals: { text: string; status: string }[];
  stepsDone: { text: string; on: LocalDate }[];
  employerContacts: { total: number; faceToFace: number; employers: string[] };
  jobsStarted: { employerName: string; title: string; startDate: LocalDate; hoursPerWeek: number }[];
  jobsEnded: { employerName: string; title: string; endDate: LocalDate; endReason: string | null }[];
  ongoingJobs: { employerName: string; title: string; hoursPerWeek: number }[];
  supportContacts: { total: number; faceToFace: number };
  nextSteps: { text: string; dueDate: LocalDate | null }[];
}

const inPeriod = (date: LocalDate, from: LocalDate, to: LocalDate) =>
  daysBetween(from, date) >= 0 && daysBetween(date, to) >= 0;

export function navReportFacts(sources: NavReportSources, from: LocalDate, to: LocalDate): NavReportFacts {
  const phases = [...sources.phases].sort((a, b) => daysBetween(b.startedOn, a.startedOn));
  const phaseOn = (date: LocalDate) =>
    [...phases].reverse().find((p) => daysBetween(p.startedOn, date) >= 0)?.phase ?? null;
  const contacts = sources.employerContacts.filter((c) => inPeriod(c.date, from, to));
  const support = sources.supportContacts.filter((c) => inPeriod(c.date, from, to));
  return {
    period: { from, to },
    phaseAtStart: phaseOn(from),
    phaseAtEnd: phaseOn(to),
    phaseChanges: phases
      .filter((p) => inPeriod(p.startedOn, from, to))
      .map((p) => ({ phase: p.phase, on: p.startedOn })),
    goals: sources.goals.map((g) => ({ text: g.text, status: g.status })),
    stepsDone: sources.goals.flatMap((g) =>
      g.steps.flatMap((s) =>
        s.status === 'done' && s.doneOn && inPeriod(s.doneOn, from, to)
          ? [{ text: s.text, on: s.doneOn }]
          : [],
      ),
    ),
    employerContacts: {
      total: contacts.length,
      faceToFace: contacts.filter((c) => c.faceToFace).length,
      employers: [...new Set(contacts.map((c) => c.employerName))].sort(),
    },
    jobsStarted: sources.jobs
      .filter((j) => inPeriod(j.startDate, from, to))
      .map((j) => ({
        employerName: j.employerName,
        title: j.title,
        startDate: j.startDate,
        hoursPerWeek: j.hoursPerWeek,
      })),
    jobsEnded: sources.jobs.flatMap((j) =>
      j.endDate && inPeriod(j.endDate, from, to)
        ? [{ employerName: j.employerName, title: j.title, endDate: j.endDate, endReason: j.endReason }]
        : [],
    ),
    ongoingJobs: sources.jobs
      .filter(
        (j) => daysBetween(j.startDate, to) >= 0 && (j.endDate === null || daysBetween(to, j.endDate) > 0),
      )
      .map((j) => ({ employerName: j.employerName, title: j.title, hoursPerWeek: j.hoursPerWeek })),
    supportContacts: { total: support.length, faceToFace: support.filter((c) => c.faceToFace).length },
    nextSteps: sources.goals.flatMap((g) =>
      g.steps.filter((s) => s.status === 'open').map((s) => ({ text: s.text, dueDate: s.dueDate })),
    ),
  };
}

export type NavReportProblem =
  | { field: 'periodTo'; code: 'period_reversed' | 'date_in_future' }
  | { field: 'periodFrom'; code: 'period_too_long' };

/** A report covers at most a year, ends today at the latest and does not run backwards. */
export function navReportPeriodProblems(
  from: LocalDate,
  to: LocalDate,
  today: LocalDate,
): NavReportProblem[] {
  if (daysBetween(from, to) < 0) return [{ field: 'periodTo', code: 'period_reversed' }];
  if (daysBetween(today, to) > 0) return [{ field: 'periodTo', code: 'date_in_future' }];
  if (daysBetween(from, to) > 366) return [{ field: 'periodFrom', code: 'period_too_long' }];
  return [];
}
