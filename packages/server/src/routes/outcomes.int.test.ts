import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestContext,
  type TestClient,
  type TestContext,
  testNationalId,
} from '../testing/test-context.ts';

let ctx: TestContext;
let specA1: TestClient;
let admin: TestClient;
const Q1 = 'from=2026-01-01&to=2026-03-31';

interface Person {
  team: 'teamA' | 'teamB';
  specialist: 'specA1' | 'specA2' | 'specB1';
  referred: string;
  ended?: string;
  jobs?: { start: string; end?: string; reason?: 'dismissed' | 'better_job'; competitive: boolean }[];
  education?: string[];
}

// Q1 2026 for team A: P1, P2, P3 and P6 are served (4); P1 and P2 work competitively (2); job starts P2, P3 (2,
// one competitive); first jobs P2 (22 days) and P3 (9 days), median 15.5 → 16; P1's job reaches 90 days on
// 2026-03-01; P2's job ends, dismissed; P6 starts education. P4 ended before the quarter, P5 is referred after it.
const PEOPLE: Person[] = [
  {
    team: 'teamA',
    specialist: 'specA1',
    referred: '2025-10-01',
    jobs: [{ start: '2025-12-01', competitive: true }],
  },
  {
    team: 'teamA',
    specialist: 'specA1',
    referred: '2026-01-10',
    jobs: [{ start: '2026-02-01', end: '2026-03-15', reason: 'dismissed', competitive: true }],
  },
  {
    team: 'teamA',
    specialist: 'specA2',
    referred: '2026-02-01',
    jobs: [{ start: '2026-02-10', competitive: false }],
  },
  { team: 'teamA', specialist: 'specA2', referred: '2025-01-01', ended: '2025-12-01' },
  { team: 'teamA', specialist: 'specA2', referred: '2026-04-01' },
  { team: 'teamA', specialist: 'specA1', referred: '2025-06-01', education: ['2026-03-01'] },
  { team: 'teamB', specialist: 'specB1', referred: '2026-01-01' },
];

beforeAll(async () => {
  ctx = await createTestContext();
  const { db, fixtures } = ctx;
  let n = 0;
  for (const person of PEOPLE) {
    n += 1;
    const specialist = fixtures.users[person.specialist];
    const participant = await db
      .insertInto('participant')
      .values({
        team_id: fixtures[person.team],
        given_name: `Outcome${n}`,
        family_name: 'Test',
        national_id: testNationalId(800 + n),
        birth_date: '1990-01-01',
        phone: null,
        email: null,
        referral_source: 'nav',
        referral_date: person.referred,
        phase: person.ended ? 'ended' : 'job_search',
        phase_since: person.ended ?? person.referred,
        created_by: specialist,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('care_team_member')
      .values({ participant_id: participant.id, user_id: specialist, role: 'employment_specialist' })
      .execute();
    for (const job of person.jobs ?? []) {
      await db
        .insertInto('job')
        .values({
          participant_id: participant.id,
          employer_id: null,
          employer_name: 'Arbeidsgiver AS',
          title: 'Lagermedarbeider',
          competitive: job.competitive,
          hours_per_week: 20,
          hourly_wage: 220,
          start_date: job.start,
          found_with_ips: true,
          end_date: job.end ?? null,
          end_reason: job.reason ?? null,
          created_by: specialist,
        })
        .execute();
    }
    for (const start of person.education ?? []) {
      await db
        .insertInto('education')
        .values({
          participant_id: participant.id,
          institution: 'Fagskolen',
          programme: 'Helsefag',
          start_date: start,
          end_date: null,
          completed: null,
          created_by: specialist,
        })
        .execute();
    }
  }
  specA1 = await ctx.login('specA1');
  admin = await ctx.login('admin');
});

afterAll(async () => {
  await ctx.close();
});

describe('outcome report', () => {
  it('counts the team’s quarter by the published definitions', async () => {
    const response = await specA1.get(`/api/reports/outcomes?${Q1}`);
    expect(response.statusCode).toBe(200);
    const report = response.json();
    expect(report.scope).toBe('team');
    expect(report.benchmarks).toEqual({ minimal: 31, average: 41, excellent: 50 });
    expect(report.total).toEqual({
      served: 4,
      inCompetitiveWork: 2,
      competitiveWorkPercent: 50,
      band: 'excellent',
      jobStarts: 2,
      competitiveJobStarts: 1,
      educationStarts: 1,
      firstJobs: 2,
      medianDaysToFirstJob: 16,
      jobsHeld90Days: 1,
      jobEndings: { dismissed: 1 },
    });
    expect(report.groups.map((g: { label: string; served: number }) => [g.label, g.served])).toEqual([
      ['IPS Team A', 4],
    ]);
  });

  it('splits by specialist, and gives an administrator every team', async () => {
    const bySpecialist = (await specA1.get(`/api/reports/outcomes?${Q1}&groupBy=specialist`)).json();
    expect(
      bySpecialist.groups.map((g: { label: string; served: number; inCompetitiveWork: number }) => [
        g.label,
        g.served,
        g.inCompetitiveWork,
      ]),
    ).toEqual([
      ['Test specA1', 3, 2],
      ['Test specA2', 1, 0],
    ]);
    const all = (await admin.get(`/api/reports/outcomes?${Q1}`)).json();
    expect(all.scope).toBe('all');
    expect(all.total.served).toBe(5);
    expect(all.groups.map((g: { label: string }) => g.label)).toEqual(['IPS Team A', 'IPS Team B']);
    const byRegion = (await admin.get(`/api/reports/outcomes?${Q1}&groupBy=region`)).json();
    expect(byRegion.groups.map((g: { key: string; served: number }) => [g.key, g.served])).toEqual([
      ['Nordland', 1],
      ['Troms', 4],
    ]);
  });

  it('gives totals per quarter for the trend', async () => {
    const trend = (await specA1.get('/api/reports/outcomes/trend?from=2025-10-01&to=2026-03-31')).json();
    // 2025-Q4: P1 and P6, and P4 until its end on 1 December.
    expect(trend.quarters.map((q: { quarter: string; served: number }) => [q.quarter, q.served])).toEqual([
      ['2025-Q4', 3],
      ['2026-Q1', 4],
    ]);
    // The trend's single statement counts exactly what the quarterly report counts, quarter by quarter.
    for (const q of trend.quarters) {
      const report = (await specA1.get(`/api/reports/outcomes?from=${q.from}&to=${q.to}`)).json();
      expect([q.served, q.inCompetitiveWork, q.jobStarts, q.competitiveWorkPercent]).toEqual([
        report.total.served,
        report.total.inCompetitiveWork,
        report.total.jobStarts,
        report.total.competitiveWorkPercent,
      ]);
    }
    expect(trend.quarters.some((q: { jobStarts: number }) => q.jobStarts > 0)).toBe(true);
  });

  it('shows an empty period as zeros, not as an error', async () => {
    const report = (await specA1.get('/api/reports/outcomes?from=2020-01-01&to=2020-03-31')).json();
    expect(report.groups).toEqual([]);
    expect(report.total.served).toBe(0);
    expect(report.total.competitiveWorkPercent).toBeNull();
  });

  it('refuses a bad period and callers without a team role', async () => {
    const backwards = await specA1.get('/api/reports/outcomes?from=2026-03-31&to=2026-01-01');
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors[0]).toMatchObject({ path: 'to', code: 'end_before_start' });
    const tooLong = await specA1.get('/api/reports/outcomes?from=2001-01-01&to=2026-01-01');
    expect(tooLong.json().errors[0]).toMatchObject({ code: 'period_too_long' });
    expect(
      (await specA1.get('/api/reports/outcomes?from=2026-01-01&to=2026-03-31&groupBy=x')).statusCode,
    ).toBe(400);
    for (const who of ['jobseeker1', 'navA', 'therapistA'] as const) {
      const client = await ctx.login(who);
      expect((await client.get(`/api/reports/outcomes?${Q1}`)).statusCode).toBe(403);
    }
  });
});

describe('outcome export', () => {
  it('withholds counts under 5 in a CSV, and what derives from them', async () => {
    const response = await admin.get(`/api/reports/outcomes/export?${Q1}&format=csv`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="ips-bridge-outcomes-2026-01-01-2026-03-31.csv"',
    );
    const [header, teamA, teamB, total] = response.body.trim().split('\r\n');
    expect(header).toBe(
      'group,served,inCompetitiveWork,competitiveWorkPercent,jobStarts,competitiveJobStarts,educationStarts,' +
        'firstJobs,medianDaysToFirstJob,jobsHeld90Days,ended_dismissed',
    );
    expect(teamA).toBe('IPS Team A,<5,<5,<5,<5,<5,<5,<5,<5,<5,<5');
    expect(teamB).toBe('IPS Team B,<5,0,<5,0,0,0,0,,0,0');
    expect(total).toBe('total,5,<5,<5,<5,<5,<5,<5,<5,<5,<5');
  });

  it('writes the same rows to an Excel file', async () => {
    const response = await admin.get(`/api/reports/outcomes/export?${Q1}&format=xlsx`);
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Outcomes');
    expect(sheet?.getRow(4).getCell(1).value).toBe('group');
    expect(sheet?.getRow(7).values).toEqual([
      undefined,
      'total',
      5,
      '<5',
      '<5',
      '<5',
      '<5',
      '<5',
      '<5',
      '<5',
      '<5',
      '<5',
    ]);
  });

  it('answers an export of a period nobody was served in with a clear error', async () => {
    const response = await specA1.get(
      '/api/reports/outcomes/export?from=2020-01-01&to=2020-03-31&format=csv',
    );
    expect(response.statusCode).toBe(422);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().code).toBe('empty_report');
  });
});
