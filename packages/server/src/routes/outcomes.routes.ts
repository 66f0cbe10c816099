import {
  type OutcomeExport,
  outcomeExportQuery,
  outcomeExportSchema,
  outcomePeriodQuery,
  outcomeReportSchema,
  outcomeTrendSchema,
} from '@ips-bridge/contracts';
import { type Db, outcomeCounts, outcomeTrend } from '@ips-bridge/db';
import {
  competitiveWorkPercent,
  EMPLOYMENT_BENCHMARKS,
  employmentBand,
  type OutcomeCounts,
  quartersIn,
  SMALL_CELL_LIMIT,
  suppressForExport,
} from '@ips-bridge/domain';
import ExcelJS from 'exceljs';
import type { App } from '../app-types.ts';
import { requireAuth } from '../http/access.ts';
import { AppError } from '../http/errors.ts';
import { problemResponses } from '../http/schemas.ts';

/**
 * Outcome reports (issue 7): aggregates only, for the caller's own team, or every team for an administrator.
 * On screen the counts are exact (the team's own people); exports withhold counts under 5 and what derives from
 * them, so a file that travels cannot point out a person.
 */
const READERS = {
  access: { kind: 'authenticated', roles: ['employment_specialist', 'ips_supervisor', 'administrator'] },
} as const;

const MAX_TREND_QUARTERS = 20;

function withShare(counts: OutcomeCounts) {
  const percent = competitiveWorkPercent(counts);
  return {
    ...counts,
    competitiveWorkPercent: percent,
    band: percent === null ? null : employmentBand(percent),
  };
}

const COLUMNS = [
  'group',
  'served',
  'inCompetitiveWork',
  'competitiveWorkPercent',
  'jobStarts',
  'competitiveJobStarts',
  'educationStarts',
  'firstJobs',
  'medianDaysToFirstJob',
  'jobsHeld90Days',
] as const;

/** A withheld count is written `<5`; a figure with no value (no one to take a median of) is left empty. */
function shown(value: number | 'withheld' | null): string | number {
  if (value === 'withheld') return `<${SMALL_CELL_LIMIT}`;
  return value ?? '';
}

function csvCell(value: string | number): string {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function toCsv(report: OutcomeExport, reasons: readonly string[]): string {
  const header = [...COLUMNS, ...reasons.map((r) => `ended_${r}`)];
  const lines = report.rows.map((row) =>
    [
      ...COLUMNS.map((c) => csvCell(c === 'group' ? row.group : shown(row[c]))),
      ...reasons.map((r) => csvCell(shown(row.jobEndings[r as keyof typeof row.jobEndings] ?? 0))),
    ].join(','),
  );
  return `${[header.join(','), ...lines].join('\r\n')}\r\n`;
}

async function toXlsx(report: OutcomeExport, reasons: readonly string[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'IPS Bridge';
  const sheet = workbook.addWorksheet('Outcomes');
  sheet.addRow([`IPS Bridge outcomes ${report.period.from} – ${report.period.to}`]);
  sheet.addRow([`Counts under ${SMALL_CELL_LIMIT} are withheld and shown as <${SMALL_CELL_LIMIT}.`]);
  sheet.addRow([]);
  sheet.addRow([...COLUMNS, ...reasons.map((r) => `ended_${r}`)]).font = { bold: true };
  for (const row of report.rows) {
    sheet.addRow([
      ...COLUMNS.map((c) => (c === 'group' ? row.group : shown(row[c]))),
      ...reasons.map((r) => shown(row.jobEndings[r as keyof typeof row.jobEndings] ?? 0)),
    ]);
  }
  sheet.getColumn(1).width = 32;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function registerOutcomeRoutes(app: App, deps: { db: Db; now: () => Date }): void {
  const { db } = deps;

  /** The teams the caller's report covers: null (all) for an administrator, else their own team. */
  const teamsOf = (request: Parameters<typeof requireAuth>[0]) => {
    const { user } = requireAuth(request);
    if (user.role === 'administrator') return { teamIds: null, scope: 'all' as const };
    return { teamIds: user.team ? [user.team.id] : [], scope: 'team' as const };
  };

  app.get(
    '/api/reports/outcomes',
    {
      config: READERS,
      schema: {
        tags: ['reports'],
        summary:
          'Outcomes for a period per team, specialist or region and in total: people served, share in ' +
          'competitive work against the IPS benchmarks, job and education starts, time to first job, jobs held ' +
          '90 days, job endings by reason (aggregates only)',
        querystring: outcomePeriodQuery,
        response: { 200: outcomeReportSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { teamIds, scope } = teamsOf(request);
      const { from, to, groupBy } = request.query;
      const rows = await outcomeCounts(db, { period: { from, to }, teamIds, groupBy });
      const total = rows.find((r) => r.total);
      const empty: OutcomeCounts = {
        served: 0,
        inCompetitiveWork: 0,
        jobStarts: 0,
        competitiveJobStarts: 0,
        educationStarts: 0,
        firstJobs: 0,
        medianDaysToFirstJob: null,
        jobsHeld90Days: 0,
        jobEndings: {},
      };
      return {
        period: { from, to },
        groupBy,
        scope,
        benchmarks: EMPLOYMENT_BENCHMARKS,
        groups: rows
          .filter((r) => !r.total)
          .map((r) => ({ key: r.key, label: r.label, ...withShare(r.counts) })),
        total: withShare(total?.counts ?? empty),
      };
    },
  );

  app.get(
    '/api/reports/outcomes/trend',
    {
      config: READERS,
      schema: {
        tags: ['reports'],
        summary: `Totals per calendar quarter over a period (at most ${MAX_TREND_QUARTERS} quarters), for a trend`,
        querystring: outcomePeriodQuery,
        response: { 200: outcomeTrendSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { teamIds } = teamsOf(request);
      const quarters = quartersIn(request.query);
      if (quarters.length > MAX_TREND_QUARTERS) {
        throw new AppError('validation_failed', {
          errors: [
            { path: 'to', code: 'period_too_long', message: `At most ${MAX_TREND_QUARTERS} quarters` },
          ],
        });
      }
      const totals = await outcomeTrend(db, { periods: quarters.map((q) => q.period), teamIds });
      const out = quarters.map((q, i) => {
        const t = totals[i];
        const served = t?.served ?? 0;
        const inCompetitiveWork = t?.inCompetitiveWork ?? 0;
        return {
          quarter: q.quarter,
          ...q.period,
          served,
          inCompetitiveWork,
          competitiveWorkPercent: competitiveWorkPercent({ served, inCompetitiveWork }),
          jobStarts: t?.jobStarts ?? 0,
        };
      });
      return { quarters: out };
    },
  );

  app.get(
    '/api/reports/outcomes/export',
    {
      config: {
        ...READERS,
        fileResponse: {
          mediaTypes: [
            'application/json',
            'text/csv',
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          ],
        },
      },
      schema: {
        tags: ['reports'],
        summary:
          `The outcome report as CSV, Excel or JSON for sharing, with every count under ${SMALL_CELL_LIMIT} ` +
          'withheld (and what derives from it). 422 empty_report when nobody was served in the period.',
        querystring: outcomeExportQuery,
        // format=json answers with this schema; csv and xlsx send the same rows as a file.
        response: { 200: outcomeExportSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { teamIds } = teamsOf(request);
      const { from, to, groupBy, format } = request.query;
      const rows = await outcomeCounts(db, { period: { from, to }, teamIds, groupBy });
      const total = rows.find((r) => r.total);
      if (!total || total.counts.served === 0) throw new AppError('empty_report');
      const report: OutcomeExport = {
        period: { from, to },
        groupBy,
        suppressedBelow: SMALL_CELL_LIMIT,
        rows: [...rows.filter((r) => !r.total), total].map((r) => ({
          group: r.total ? 'total' : (r.label ?? '—'),
          ...suppressForExport(r.counts),
        })),
      };
      const reasons = [...new Set(rows.flatMap((r) => Object.keys(r.counts.jobEndings)))].sort();
      const name = `ips-bridge-outcomes-${from}-${to}`;
      if (format === 'json') return report;
      reply.header('content-disposition', `attachment; filename="${name}.${format}"`);
      // Files are sent as they are; the JSON schema above describes format=json.
      if (format === 'csv')
        return reply.type('text/csv; charset=utf-8').send(toCsv(report, reasons) as never);
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .send((await toXlsx(report, reasons)) as never);
    },
  );
}
