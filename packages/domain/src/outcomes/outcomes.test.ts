import { describe, expect, it } from 'vitest';
import {
  competitiveWorkPercent,
  employmentBand,
  type OutcomeCounts,
  quarterOf,
  quarterPeriod,
  quartersIn,
  suppressForExport,
  suppressSmall,
} from './outcomes.ts';

describe('periods', () => {
  it.each([
    [2026, 1, '2026-01-01', '2026-03-31'],
    [2026, 2, '2026-04-01', '2026-06-30'],
    [2026, 3, '2026-07-01', '2026-09-30'],
    [2026, 4, '2026-10-01', '2026-12-31'],
    [2028, 1, '2028-01-01', '2028-03-31'],
  ] as const)('%i Q%i is %s to %s', (year, quarter, from, to) => {
    expect(quarterPeriod(year, quarter)).toEqual({ from, to });
  });

  it.each([
    ['2026-01-01', '2026-Q1'],
    ['2026-03-31', '2026-Q1'],
    ['2026-04-01', '2026-Q2'],
    ['2026-12-31', '2026-Q4'],
  ])('%s is in %s', (date, quarter) => expect(quarterOf(date)).toBe(quarter));

  it('lists the quarters a period touches, across a new year', () => {
    expect(quartersIn({ from: '2025-11-15', to: '2026-04-01' }).map((q) => q.quarter)).toEqual([
      '2025-Q4',
      '2026-Q1',
      '2026-Q2',
    ]);
    expect(quartersIn({ from: '2026-02-01', to: '2026-02-01' })).toEqual([
      { quarter: '2026-Q1', period: { from: '2026-01-01', to: '2026-03-31' } },
    ]);
  });
});

describe('employment share and benchmarks (31 % minimal, 41 % average, 50 % excellent)', () => {
  it.each([
    [0, 10, 0],
    [41, 100, 41],
    [1, 3, 33.3],
    [2, 3, 66.7],
  ])('%i of %i served → %d %%', (working, served, percent) => {
    expect(competitiveWorkPercent({ served, inCompetitiveWork: working })).toBe(percent);
  });

  it('has no share when nobody was served', () => {
    expect(competitiveWorkPercent({ served: 0, inCompetitiveWork: 0 })).toBeNull();
  });

  it.each([
    [30.9, 'below_minimal'],
    [31, 'minimal'],
    [40.9, 'minimal'],
    [41, 'average'],
    [49.9, 'average'],
    [50, 'excellent'],
  ] as const)('%d %% is %s', (percent, band) => expect(employmentBand(percent)).toBe(band));
});

describe('small cells in exports', () => {
  it.each([
    [0, 0],
    [1, 'withheld'],
    [4, 'withheld'],
    [5, 5],
    [120, 120],
  ])('%i → %s', (count, shown) => expect(suppressSmall(count)).toBe(shown));

  const counts: OutcomeCounts = {
    served: 40,
    inCompetitiveWork: 3,
    jobStarts: 6,
    competitiveJobStarts: 4,
    educationStarts: 0,
    firstJobs: 2,
    medianDaysToFirstJob: 75,
    jobsHeld90Days: 5,
    jobEndings: { dismissed: 1, better_job: 7 },
  };

  it('withholds counts under 5 and whatever is derived from them', () => {
    expect(suppressForExport(counts)).toEqual({
      served: 40,
      inCompetitiveWork: 'withheld',
      competitiveWorkPercent: 'withheld',
      jobStarts: 6,
      competitiveJobStarts: 'withheld',
      educationStarts: 0,
      firstJobs: 'withheld',
      medianDaysToFirstJob: 'withheld',
      jobsHeld90Days: 5,
      jobEndings: { dismissed: 'withheld', better_job: 7 },
    });
  });

  it('leaves a figure with no value empty rather than withheld', () => {
    const none = suppressForExport({
      ...counts,
      served: 0,
      inCompetitiveWork: 0,
      firstJobs: 0,
      medianDaysToFirstJob: null,
    });
    expect(none.competitiveWorkPercent).toBeNull();
    expect(none.medianDaysToFirstJob).toBeNull();
  });

  it('shows the share and the median when their counts are shown', () => {
    const shown = suppressForExport({ ...counts, inCompetitiveWork: 18, firstJobs: 6 });
    expect(shown.competitiveWorkPercent).toBe(45);
    expect(shown.medianDaysToFirstJob).toBe(75);
  });
});
