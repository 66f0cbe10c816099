import { describe, expect, it } from 'vitest';
import { followAlongStatus, jobProblems } from './jobs.ts';

const today = '2026-11-22';

describe('jobProblems', () => {
  const job = { startDate: '2026-11-01', endDate: null, hoursPerWeek: 15, hourlyWage: 210 };
  it.each([
    { why: 'a valid job', patch: {}, expected: [] },
    {
      why: '101 hours a week',
      patch: { hoursPerWeek: 101 },
      expected: [{ field: 'hoursPerWeek', code: 'hours_out_of_range' }],
    },
    { why: 'exactly 100 hours', patch: { hoursPerWeek: 100 }, expected: [] },
    {
      why: 'zero hours',
      patch: { hoursPerWeek: 0 },
      expected: [{ field: 'hoursPerWeek', code: 'hours_out_of_range' }],
    },
    {
      why: 'a negative wage',
      patch: { hourlyWage: -1 },
      expected: [{ field: 'hourlyWage', code: 'negative_wage' }],
    },
    {
      why: 'an end before the start',
      patch: { endDate: '2026-10-31' },
      expected: [{ field: 'endDate', code: 'end_before_start' }],
    },
    { why: 'an end on the start day', patch: { endDate: '2026-11-01' }, expected: [] },
    {
      why: 'an end in the future',
      patch: { endDate: '2026-11-23' },
      expected: [{ field: 'endDate', code: 'date_in_future' }],
    },
  ])('$why', ({ patch, expected }) => {
    expect(jobProblems({ ...job, ...patch }, today)).toEqual(expected);
  });
});

describe('followAlongStatus (IPS rhythm: before start, within 3 days, weekly the first month, then monthly)', () => {
  it.each([
    {
      why: 'job starts next week, no contact yet',
      start: '2026-11-29',
      contacts: [],
      stage: 'before_start',
      nextDue: '2026-11-28',
      overdue: false,
    },
    {
      why: 'started 5 days ago, no contact since',
      start: '2026-11-17',
      contacts: [],
      stage: 'first_days',
      nextDue: '2026-11-20',
      overdue: true,
    },
    {
      why: 'started 2 days ago, contact before start only',
      start: '2026-11-20',
      contacts: ['2026-11-19'],
      stage: 'first_days',
      nextDue: '2026-11-23',
      overdue: false,
    },
    {
      why: 'first month, last contact 6 days ago',
      start: '2026-11-02',
      contacts: ['2026-11-04', '2026-11-16'],
      stage: 'first_month',
      nextDue: '2026-11-23',
      overdue: false,
    },
    {
      why: 'first month, last contact 9 days ago',
      start: '2026-11-02',
      contacts: ['2026-11-04', '2026-11-13'],
      stage: 'first_month',
      nextDue: '2026-11-20',
      overdue: true,
    },
    {
      why: 'after the first month, monthly',
      start: '2026-06-01',
      contacts: ['2026-11-01'],
      stage: 'monthly',
      nextDue: '2026-12-01',
      overdue: false,
    },
    {
      why: 'after a year, still monthly (time-unlimited)',
      start: '2024-06-01',
      contacts: ['2026-10-01'],
      stage: 'monthly',
      nextDue: '2026-10-31',
      overdue: true,
    },
  ] as const)('$why', ({ start, contacts, stage, nextDue, overdue }) => {
    const status = followAlongStatus(start, contacts, today);
    expect(status).toMatchObject({ stage, nextDue, overdue });
  });
});
