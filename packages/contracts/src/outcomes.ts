import { JOB_END_REASONS, MAX_PERIOD_DAYS, OUTCOME_GROUPINGS, periodProblems } from '@ips-bridge/domain';
import { z } from 'zod';
import { isoDate, issueCode } from './common.ts';

/** A reporting period (both days included), checked as one: the end not before the start, at most five years. */
export const outcomePeriodQuery = z
  .strictObject({
    from: isoDate,
    to: isoDate,
    groupBy: z.enum(OUTCOME_GROUPINGS).default('team'),
  })
  .superRefine((query, ctx) => {
    const problems = periodProblems(query);
    if (problems.includes('end_before_start'))
      ctx.addIssue({
        ...issueCode('end_before_start', 'The end of the period is before its start'),
        path: ['to'],
      });
    if (problems.includes('too_long'))
      ctx.addIssue({
        ...issueCode('period_too_long', `A report covers at most ${MAX_PERIOD_DAYS} days`),
        path: ['to'],
      });
  });

export const outcomeExportQuery = outcomePeriodQuery.safeExtend({
  format: z.enum(['csv', 'xlsx', 'json']).default('csv'),
});

const counts = z.object({
  served: z.number().int(),
  inCompetitiveWork: z.number().int(),
  competitiveWorkPercent: z.number().nullable(),
  band: z.enum(['below_minimal', 'minimal', 'average', 'excellent']).nullable(),
  jobStarts: z.number().int(),
  competitiveJobStarts: z.number().int(),
  educationStarts: z.number().int(),
  firstJobs: z.number().int(),
  medianDaysToFirstJob: z.number().int().nullable(),
  jobsHeld90Days: z.number().int(),
  jobEndings: z.partialRecord(z.enum(JOB_END_REASONS), z.number().int()),
});

export const outcomeReportSchema = z
  .object({
    period: z.object({ from: z.string(), to: z.string() }),
    groupBy: z.enum(OUTCOME_GROUPINGS),
    /** The teams the report covers: the caller's own, or every team for an administrator. */
    scope: z.enum(['team', 'all']),
    benchmarks: z.object({ minimal: z.number(), average: z.number(), excellent: z.number() }),
    groups: z.array(
      z.object({ key: z.string().nullable(), label: z.string().nullable() }).extend(counts.shape),
    ),
    total: counts,
  })
  .meta({ id: 'OutcomeReport' });

export const outcomeTrendSchema = z
  .object({
    quarters: z.array(
      z.object({
        quarter: z.string(),
        from: z.string(),
        to: z.string(),
        served: z.number().int(),
        inCompetitiveWork: z.number().int(),
        competitiveWorkPercent: z.number().nullable(),
        jobStarts: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'OutcomeTrend' });

/** An exported figure: a number, "withheld" (a count under 5 or derived from one), or null (no value). */
const exported = z.union([z.number(), z.literal('withheld')]).nullable();
export const outcomeExportSchema = z
  .object({
    period: z.object({ from: z.string(), to: z.string() }),
    groupBy: z.enum(OUTCOME_GROUPINGS),
    suppressedBelow: z.number().int(),
    rows: z.array(
      z.object({
        group: z.string(),
        served: exported,
        inCompetitiveWork: exported,
        competitiveWorkPercent: exported,
        jobStarts: exported,
        competitiveJobStarts: exported,
        educationStarts: exported,
        firstJobs: exported,
        medianDaysToFirstJob: exported,
        jobsHeld90Days: exported,
        jobEndings: z.partialRecord(z.enum(JOB_END_REASONS), exported),
      }),
    ),
  })
  .meta({ id: 'OutcomeExport' });

export type OutcomeReport = z.output<typeof outcomeReportSchema>;
export type OutcomeTrend = z.output<typeof outcomeTrendSchema>;
export type OutcomeExport = z.output<typeof outcomeExportSchema>;
