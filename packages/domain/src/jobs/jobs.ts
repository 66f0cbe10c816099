import { addDays, daysBetween, type LocalDate } from '../shared/local-date.ts';

/**
 * Jobs, education and the follow-along support that IPS gives after a job starts. Sources: IPS fidelity scale items
 * on competitive employment, time-unlimited follow-along supports and job-ending follow-up
 * (shared/reference/ips-model.md); Jobbsporet's job and "avslutningsårsak" fields.
 */
export const JOB_END_REASONS = [
  'quit_own_wish',
  'quit_health',
  'dismissed',
  'temporary_ended',
  'better_job',
  'conflict',
  'moved',
  'other',
] as const;
export type JobEndReason = (typeof JOB_END_REASONS)[number];

export const MAX_JOB_HOURS_PER_WEEK = 100;

export interface JobFacts {
  startDate: LocalDate;
  endDate: LocalDate | null;
  hoursPerWeek: number;
  hourlyWage: number;
}

export type JobProblem =
  | { field: 'hoursPerWeek'; code: 'hours_out_of_range' }
  | { field: 'hourlyWage'; code: 'negative_wage' }
  | { field: 'endDate'; code: 'end_before_start' | 'date_in_future' };

export function jobProblems(job: JobFacts, today: LocalDate): JobProblem[] {
  const problems: JobProblem[] = [];
  if (!(job.hoursPerWeek > 0 && job.hoursPerWeek <= MAX_JOB_HOURS_PER_WEEK)) {
    problems.push({ field: 'hoursPerWeek', code: 'hours_out_of_range' });
  }
  if (job.hourlyWage < 0) problems.push({ field: 'hourlyWage', code: 'negative_wage' });
  if (job.endDate !== null) {
    if (daysBetween(job.startDate, job.endDate) < 0)
      problems.push({ field: 'endDate', code: 'end_before_start' });
    else if (daysBetween(today, job.endDate) > 0) problems.push({ field: 'endDate', code: 'date_in_future' });
  }
  return problems;
}

/** After a job ends, IPS contacts the person within 3 days and offers a new job search. */
export const CONTACT_AFTER_JOB_END_DAYS = 3;

/**
 * The IPS follow-along rhythm after a job start: a contact before the start, one within 3 days after it, weekly
 * through the first month, then monthly for at least a year — and, by default, for as long as the person wants
 * (time-unlimited). Returns when the next contact is due, given the contacts made since the job was agreed.
 */
export interface FollowAlongStatus {
  /** Which part of the rhythm applies now. */
  stage: 'before_start' | 'first_days' | 'first_month' | 'monthly';
  nextDue: LocalDate;
  overdue: boolean;
  daysOverdue: number;
}

export function followAlongStatus(
  jobStart: LocalDate,
  contactDates: readonly LocalDate[],
  today: LocalDate,
): FollowAlongStatus {
  const last = [...contactDates].sort().at(-1) ?? null;
  const sinceStart = daysBetween(jobStart, today);
  let stage: FollowAlongStatus['stage'];
  let nextDue: LocalDate;
  if (sinceStart < 0) {
    stage = 'before_start';
    // A contact before the start: due the day before, unless one has been made already.
    nextDue =
      last !== null && daysBetween(last, jobStart) >= 0
        ? addDays(jobStart, CONTACT_AFTER_JOB_END_DAYS)
        : addDays(jobStart, -1);
  } else if (last === null || daysBetween(jobStart, last) < 0) {
    stage = 'first_days';
    nextDue = addDays(jobStart, 3);
  } else if (sinceStart < 30) {
    stage = 'first_month';
    nextDue = addDays(last, 7);
  } else {
    stage = 'monthly';
    nextDue = addDays(last, 30);
  }
  const daysOverdue = Math.max(0, daysBetween(nextDue, today));
  return { stage, nextDue, overdue: daysOverdue > 0, daysOverdue };
}
