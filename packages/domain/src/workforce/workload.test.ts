import { describe, expect, it } from 'vitest';
import { caseloadCountDays, meetingsPerWeek, workforceFlags } from './workload.ts';

describe('workforce flags', () => {
  it.each([
    { name: 'all well', facts: { activeNow: 18, overdueFollowUps: 1, communitySharePercent: 70 }, flags: [] },
    {
      name: '20 is within the limit',
      facts: { activeNow: 20, overdueFollowUps: 0, communitySharePercent: 65 },
      flags: [],
    },
    {
      name: '21 active is over',
      facts: { activeNow: 21, overdueFollowUps: 0, communitySharePercent: 80 },
      flags: ['over_caseload'],
    },
    {
      name: 'two overdue is not yet behind',
      facts: { activeNow: 10, overdueFollowUps: 2, communitySharePercent: 70 },
      flags: [],
    },
    {
      name: 'three overdue is falling behind',
      facts: { activeNow: 10, overdueFollowUps: 3, communitySharePercent: 70 },
      flags: ['falling_behind'],
    },
    {
      name: '64 % community time is under',
      facts: { activeNow: 10, overdueFollowUps: 0, communitySharePercent: 64 },
      flags: ['low_community_time'],
    },
    {
      name: 'no time recorded is no flag',
      facts: { activeNow: 10, overdueFollowUps: 0, communitySharePercent: null },
      flags: [],
    },
    {
      name: 'all three',
      facts: { activeNow: 25, overdueFollowUps: 7, communitySharePercent: 40 },
      flags: ['over_caseload', 'falling_behind', 'low_community_time'],
    },
  ])('$name', ({ facts, flags }) => {
    expect(workforceFlags(facts)).toEqual(flags);
  });
});

describe('caseload count days', () => {
  it('counts each month on its last day, the last month on the period end', () => {
    expect(caseloadCountDays({ from: '2026-09-15', to: '2026-11-22' })).toEqual([
      { month: '2026-09', date: '2026-09-30' },
      { month: '2026-10', date: '2026-10-31' },
      { month: '2026-11', date: '2026-11-22' },
    ]);
  });
  it('crosses a year end and February', () => {
    expect(caseloadCountDays({ from: '2027-12-01', to: '2028-02-29' }).map((m) => m.date)).toEqual([
      '2027-12-31',
      '2028-01-31',
      '2028-02-29',
    ]);
  });
  it('a period inside one month is that month, counted on its end', () => {
    expect(caseloadCountDays({ from: '2026-11-02', to: '2026-11-08' })).toEqual([
      { month: '2026-11', date: '2026-11-08' },
    ]);
  });
});

describe('meetings per week', () => {
  it.each([
    { count: 8, from: '2026-11-02', to: '2026-11-29', perWeek: 2 },
    { count: 5, from: '2026-11-02', to: '2026-11-29', perWeek: 1.3 },
    { count: 0, from: '2026-11-02', to: '2026-11-08', perWeek: 0 },
    { count: 1, from: '2026-11-02', to: '2026-11-02', perWeek: 7 },
  ])('$count meetings $from–$to: $perWeek a week', ({ count, from, to, perWeek }) => {
    expect(meetingsPerWeek(count, { from, to })).toBe(perWeek);
  });
});
