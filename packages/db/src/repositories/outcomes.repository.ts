import type { OutcomeCounts, OutcomeGrouping, Period } from '@ips-bridge/domain';
import { type RawBuilder, sql } from 'kysely';
import type { DbOrTrx } from '../connection.ts';

export interface OutcomeGroupRow {
  /** The team's or specialist's id, or the region's name; null for the total, and for "no specialist/region". */
  key: string | null;
  label: string | null;
  total: boolean;
  counts: OutcomeCounts;
}

/**
 * Outcome counts for a period (definitions in packages/domain/src/outcomes/outcomes.ts), per team, specialist or
 * region and in total, in two statements: one pass over the people served with their jobs and education
 * pre-aggregated per person (hash joins, no per-person lookups), and one for job endings by reason. `teamIds`
 * null means every team. Only aggregates leave the database.
 */
export async function outcomeCounts(
  db: DbOrTrx,
  input: { period: Period; teamIds: readonly string[] | null; groupBy: OutcomeGrouping },
): Promise<OutcomeGroupRow[]> {
  const { from, to } = input.period;
  const key = keyExpression(input.groupBy);
  const scope = scopeCte(input.period, input.teamIds, input.groupBy);
  const main = await sql<{
    key: string | null;
    is_total: number;
    served: number;
    in_work: number;
    job_starts: number;
    competitive_starts: number;
    education_starts: number;
    first_jobs: number;
    median_days: number | null;
    held_90: number;
  }>`
    WITH ${scope},
    job_facts AS (
      SELECT j.participant_id,
             bool_or(j.competitive AND j.start_date <= ${to}::date
                     AND coalesce(j.end_date, ${to}::date) >= ${from}::date) AS working,
             count(*) FILTER (WHERE j.start_date BETWEEN ${from}::date AND ${to}::date) AS starts,
             count(*) FILTER (WHERE j.competitive AND j.start_date BETWEEN ${from}::date AND ${to}::date)
               AS competitive_starts,
             min(j.start_date) AS first_start,
             count(*) FILTER (WHERE j.start_date + 90 BETWEEN ${from}::date AND ${to}::date
                              AND (j.end_date IS NULL OR j.end_date >= j.start_date + 90)) AS held_90
        FROM job j JOIN scope s ON s.id = j.participant_id
       GROUP BY j.participant_id
    ),
    education_facts AS (
      SELECT e.participant_id, count(*) AS starts
        FROM education e JOIN scope s ON s.id = e.participant_id
       WHERE e.start_date BETWEEN ${from}::date AND ${to}::date
       GROUP BY e.participant_id
    )
    SELECT ${key} AS key,
           GROUPING(${key}) AS is_total,
           count(*)::int AS served,
           count(*) FILTER (WHERE jf.working)::int AS in_work,
           coalesce(sum(jf.starts), 0)::int AS job_starts,
           coalesce(sum(jf.competitive_starts), 0)::int AS competitive_starts,
           coalesce(sum(ef.starts), 0)::int AS education_starts,
           count(*) FILTER (WHERE jf.first_start BETWEEN ${from}::date AND ${to}::date)::int AS first_jobs,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY jf.first_start - s.referral_date)
             FILTER (WHERE jf.first_start BETWEEN ${from}::date AND ${to}::date) AS median_days,
           coalesce(sum(jf.held_90), 0)::int AS held_90
      FROM scope s
      LEFT JOIN job_facts jf ON jf.participant_id = s.id
      LEFT JOIN education_facts ef ON ef.participant_id = s.id
     GROUP BY GROUPING SETS ((${key}), ())
  `.execute(db);

  const endings = await sql<{ key: string | null; is_total: number; reason: string | null; n: number }>`
    WITH ${scope}
    SELECT ${key} AS key, GROUPING(${key}) AS is_total, j.end_reason AS reason, count(*)::int AS n
      FROM job j JOIN scope s ON s.id = j.participant_id
     WHERE j.end_date BETWEEN ${from}::date AND ${to}::date
     GROUP BY GROUPING SETS ((${key}, j.end_reason), (j.end_reason))
  `.execute(db);
  const endingsOf = new Map<string, Record<string, number>>();
  for (const e of endings.rows) {
    const id = e.is_total ? '\u0000total' : (e.key ?? '');
    const reasons = endingsOf.get(id) ?? {};
    reasons[e.reason ?? 'other'] = (reasons[e.reason ?? 'other'] ?? 0) + e.n;
    endingsOf.set(id, reasons);
  }

  const labels = await labelsFor(
    db,
    input.groupBy,
    main.rows.flatMap((r) => (r.is_total || r.key === null ? [] : [r.key])),
  );
  return main.rows
    .map((r) => ({
      key: r.is_total ? null : r.key,
      label: r.is_total || r.key === null ? null : (labels.get(r.key) ?? r.key),
      total: Boolean(r.is_total),
      counts: {
        served: r.served,
        inCompetitiveWork: r.in_work,
        jobStarts: r.job_starts,
        competitiveJobStarts: r.competitive_starts,
        educationStarts: r.education_starts,
        firstJobs: r.first_jobs,
        medianDaysToFirstJob: r.median_days === null ? null : Math.round(Number(r.median_days)),
        jobsHeld90Days: r.held_90,
        jobEndings: endingsOf.get(r.is_total ? '\u0000total' : (r.key ?? '')) ?? {},
      },
    }))
    .sort((a, b) => Number(a.total) - Number(b.total) || (a.label ?? '').localeCompare(b.label ?? '', 'nb'));
}

/** The people served in the period: referred by its end and not ended before its start. */
function scopeCte(
  period: Period,
  teamIds: readonly string[] | null,
  groupBy: OutcomeGrouping,
): RawBuilder<unknown> {
  const teams =
    teamIds === null
      ? sql`TRUE`
      : teamIds.length === 0
        ? sql`FALSE`
        : sql`p.team_id IN (${sql.join(teamIds.map((id) => sql`${id}::uuid`))})`;
  // The specialist and the region are looked up only when the report is grouped by them.
  const specialist =
    groupBy === 'specialist'
      ? sql`(SELECT c.user_id FROM care_team_member c
              WHERE c.participant_id = p.id AND c.role = 'employment_specialist'
              ORDER BY c.since, c.user_id LIMIT 1)`
      : sql`NULL::uuid`;
  const region =
    groupBy === 'region'
      ? sql`(SELECT o.region FROM organisation o WHERE o.id = p.team_id)`
      : sql`NULL::text`;
  return sql`scope AS (
    SELECT p.id, p.team_id, p.referral_date, ${region} AS region, ${specialist} AS specialist_id
      FROM participant p
     WHERE p.referral_date <= ${period.to}::date
       AND NOT (p.phase = 'ended' AND p.phase_since < ${period.from}::date)
       AND ${teams}
  )`;
}

function keyExpression(groupBy: OutcomeGrouping): RawBuilder<string | null> {
  if (groupBy === 'team') return sql`s.team_id::text`;
  if (groupBy === 'specialist') return sql`s.specialist_id::text`;
  return sql`s.region`;
}

async function labelsFor(
  db: DbOrTrx,
  groupBy: OutcomeGrouping,
  keys: string[],
): Promise<Map<string, string>> {
  if (groupBy === 'region' || keys.length === 0) return new Map(keys.map((k) => [k, k]));
  const rows =
    groupBy === 'team'
      ? await db.selectFrom('organisation').select(['id', 'name as label']).where('id', 'in', keys).execute()
      : await db
          .selectFrom('app_user')
          .select(['id', 'display_name as label'])
          .where('id', 'in', keys)
          .execute();
  return new Map(rows.map((r) => [r.id, r.label]));
}

export interface OutcomeTrendRow {
  from: string;
  to: string;
  served: number;
  inCompetitiveWork: number;
  jobStarts: number;
}

/**
 * The trend's totals for several periods (calendar quarters) in one statement: each period is a row of a VALUES list
 * and the people served, those in competitive work and the job starts are counted per period with the same
 * definitions as `outcomeCounts` (scope and `working` as there). Periods come back in the order given.
 */
export async function outcomeTrend(
  db: DbOrTrx,
  input: { periods: readonly Period[]; teamIds: readonly string[] | null },
): Promise<OutcomeTrendRow[]> {
  if (input.periods.length === 0) return [];
  const teams =
    input.teamIds === null
      ? sql`TRUE`
      : input.teamIds.length === 0
        ? sql`FALSE`
        : sql`p.team_id IN (${sql.join(input.teamIds.map((id) => sql`${id}::uuid`))})`;
  const periods = sql.join(input.periods.map((p, i) => sql`(${i}::int, ${p.from}::date, ${p.to}::date)`));
  const result = await sql<{ n: number; served: number; in_work: number; job_starts: number }>`
    WITH q(n, from_date, to_date) AS (VALUES ${periods}),
    scope AS (
      SELECT q.n, q.from_date, q.to_date, p.id
        FROM q JOIN participant p
          ON p.referral_date <= q.to_date
         AND NOT (p.phase = 'ended' AND p.phase_since < q.from_date)
       WHERE ${teams}
    ),
    facts AS (
      SELECT s.n, s.id,
             bool_or(j.competitive AND j.start_date <= s.to_date
                     AND coalesce(j.end_date, s.to_date) >= s.from_date) AS working,
             count(j.id) FILTER (WHERE j.start_date BETWEEN s.from_date AND s.to_date) AS starts
        FROM scope s LEFT JOIN job j ON j.participant_id = s.id
       GROUP BY s.n, s.id
    )
    SELECT q.n,
           count(f.id)::int AS served,
           count(f.id) FILTER (WHERE f.working)::int AS in_work,
           coalesce(sum(f.starts), 0)::int AS job_starts
      FROM q LEFT JOIN facts f ON f.n = q.n
     GROUP BY q.n
     ORDER BY q.n
  `.execute(db);
  return result.rows.map((r) => {
    const period = input.periods[r.n] as Period;
    return {
      from: period.from,
      to: period.to,
      served: r.served,
      inCompetitiveWork: r.in_work,
      jobStarts: r.job_starts,
    };
  });
}
