/**
 * Outcome measures per period, the way IPS programmes report them each quarter (IPS Employment Center's quarterly
 * outcome data: people served and the number with competitive jobs in the period; supervisors' data set: job
 * starts, education starts, jobs held 90 days, job endings — see the reference in
 * `shared/reference/ips-model.md` §3.1). The counting itself is SQL (packages/db outcomes repository, for speed
 * at national scale); the definitions, periods, benchmarks and small-cell suppression are here.
 *
 * Definitions, for a period [from, to] (both dates included):
 * - served: referred on or before `to`, and not ended before `from` (an ended journey counts up to its end date);
 * - in competitive work: served, with a competitive job (ordinary pay, open labour market) on at least one day of
 *   the period;
 * - job starts / competitive job starts / education starts: started within the period (every job counts, second
 *   and part-time jobs too, as in IPS Grow's "total job starts");
 * - first jobs: people whose first job ever started within the period; days to first job is the median of
 *   (first job start − referral date) over them;
 * - jobs held 90 days: jobs whose 90th day falls within the period and that had not ended before it;
 * - job endings: jobs that ended within the period, by reason.
 */
import type { LocalDate } from '../shared/local-date.ts';
import type { Period } from '../shared/period.ts';

/**
 * Share of the people served who worked competitively: 31 % is the minimal standard, 41 % the average and 50 %
 * excellent (8 years of data from 13 US states; ipsworks.nyspi.org, "How would I know if my program was
 * performing well?").
 */
export const EMPLOYMENT_BENCHMARKS = { minimal: 31, average: 41, excellent: 50 } as const;
export type EmploymentBand = 'below_minimal' | 'minimal' | 'average' | 'excellent';

/** Counts of people below this are not shown in exported reports (they could point out a person). */
export const SMALL_CELL_LIMIT = 5;
export const OUTCOME_GROUPINGS = ['team', 'specialist', 'region'] as const;
export type OutcomeGrouping = (typeof OUTCOME_GROUPINGS)[number];

export interface OutcomeCounts {
  served: number;
  inCompetitiveWork: number;
  jobStarts: number;
  competitiveJobStarts: number;
  educationStarts: number;
  firstJobs: number;
  medianDaysToFirstJob: number | null;
  jobsHeld90Days: number;
  jobEndings: Record<string, number>;
}

/** The calendar quarter `quarter` (1–4) of `year`. */
export function quarterPeriod(year: number, quarter: 1 | 2 | 3 | 4): Period {
  const firstMonth = (quarter - 1) * 3 + 1;
  const lastMonth = firstMonth + 2;
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return { from: `${year}-${pad(firstMonth)}-01`, to: `${year}-${pad(lastMonth)}-${pad(lastDay)}` };
}

/** The quarter a date falls in, as "2026-Q3". */
export function quarterOf(date: LocalDate): string {
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

/** The calendar quarters that overlap a period, in order, each as its own period (for a trend). */
export function quartersIn(period: Period): { quarter: string; period: Period }[] {
  const out: { quarter: string; period: Period }[] = [];
  let year = Number(period.from.slice(0, 4));
  let q = Math.floor((Number(period.from.slice(5, 7)) - 1) / 3) + 1;
  for (;;) {
    const p = quarterPeriod(year, q as 1 | 2 | 3 | 4);
    if (p.from > period.to) break;
    out.push({ quarter: `${year}-Q${q}`, period: p });
    q += 1;
    if (q === 5) {
      q = 1;
      year += 1;
    }
  }
  return out;
}

/** Percentage of the people served in competitive work, to one decimal; null when nobody was served. */
export function competitiveWorkPercent(
  counts: Pick<OutcomeCounts, 'served' | 'inCompetitiveWork'>,
): number | null {
  if (counts.served === 0) return null;
  return Math.round((1000 * counts.inCompetitiveWork) / counts.served) / 10;
}

export function employmentBand(percent: number): EmploymentBand {
  if (percent >= EMPLOYMENT_BENCHMARKS.excellent) return 'excellent';
  if (percent >= EMPLOYMENT_BENCHMARKS.average) return 'average';
  if (percent >= EMPLOYMENT_BENCHMARKS.minimal) return 'minimal';
  return 'below_minimal';
}

/** A figure in an exported report: a number, `withheld` (a count of 1–4, or derived from one), or null (none). */
export type ExportedFigure = number | 'withheld' | null;

/** A count as an export may show it: withheld for 1–4; zero and 5 or more as they are. */
export function suppressSmall(count: number): number | 'withheld' {
  return count > 0 && count < SMALL_CELL_LIMIT ? 'withheld' : count;
}

export interface SuppressedCounts {
  served: ExportedFigure;
  inCompetitiveWork: ExportedFigure;
  competitiveWorkPercent: ExportedFigure;
  jobStarts: ExportedFigure;
  competitiveJobStarts: ExportedFigure;
  educationStarts: ExportedFigure;
  firstJobs: ExportedFigure;
  medianDaysToFirstJob: ExportedFigure;
  jobsHeld90Days: ExportedFigure;
  jobEndings: Record<string, ExportedFigure>;
}

/**
 * The counts for an exported report: every count of people or jobs under 5 is withheld, and so is anything
 * derived from one (the share, when the number served or working is withheld; the median, when the first jobs
 * are), so a withheld number cannot be worked back from what is shown.
 */
export function suppressForExport(counts: OutcomeCounts): SuppressedCounts {
  const served = suppressSmall(counts.served);
  const working = suppressSmall(counts.inCompetitiveWork);
  const firstJobs = suppressSmall(counts.firstJobs);
  return {
    served,
    inCompetitiveWork: working,
    competitiveWorkPercent:
      served === 'withheld' || working === 'withheld' ? 'withheld' : competitiveWorkPercent(counts),
    jobStarts: suppressSmall(counts.jobStarts),
    competitiveJobStarts: suppressSmall(counts.competitiveJobStarts),
    educationStarts: suppressSmall(counts.educationStarts),
    firstJobs,
    medianDaysToFirstJob: firstJobs === 'withheld' ? 'withheld' : counts.medianDaysToFirstJob,
    jobsHeld90Days: suppressSmall(counts.jobsHeld90Days),
    jobEndings: Object.fromEntries(
      Object.entries(counts.jobEndings).map(([reason, n]) => [reason, suppressSmall(n)]),
    ),
  };
}
