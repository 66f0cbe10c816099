import { describe, expect, it } from 'vitest';
import { periodProblems } from '../shared/period.ts';
import {
  benefitsPlanningIndicator,
  caseloadIndicator,
  communityTimeIndicator,
  competitiveJobsIndicator,
  diversityIndicators,
  employerContactIndicator,
  firstEmployerContactIndicator,
  followAlongIndicator,
  followAlongWindows,
} from './indicators.ts';

const Q1 = { from: '2026-01-01', to: '2026-03-31' };

describe('the period', () => {
  it.each([
    { period: Q1, problems: [] },
    { period: { from: '2026-03-31', to: '2026-01-01' }, problems: ['end_before_start'] },
    { period: { from: '2026-02-30', to: '2026-03-01' }, problems: ['invalid_from'] },
    { period: { from: '2010-01-01', to: '2026-01-01' }, problems: ['too_long'] },
  ])('$period.from – $period.to → $problems', ({ period, problems }) => {
    expect(periodProblems(period)).toEqual(problems);
  });
});

describe('caseload per specialist (item 1, ≤ 20)', () => {
  it.each([
    { caseloads: [18, 20], value: 19, status: 'meets_target' },
    { caseloads: [12, 21], value: 16.5, status: 'below_target' },
    { caseloads: [], value: null, status: 'no_data' },
  ])('$caseloads → $value ($status)', ({ caseloads, value, status }) => {
    const result = caseloadIndicator(caseloads);
    expect([result.value, result.status]).toEqual([value, status]);
  });
});

describe('community time (item 24, ≥ 65 %)', () => {
  it('adds the hours of weeks starting in the period', () => {
    const result = communityTimeIndicator(
      [
        { weekStart: '2026-01-05', communityHours: 26, officeHours: 11.5 },
        { weekStart: '2026-01-12', communityHours: 20, officeHours: 17.5 },
        { weekStart: '2026-04-06', communityHours: 0, officeHours: 37.5 },
      ],
      Q1,
    );
    expect(result).toMatchObject({ value: 61, status: 'below_target', basis: { weeksRecorded: 2 } });
  });
});

describe('face-to-face employer contacts per specialist per week (item 17, ≥ 6)', () => {
  it('divides by specialists and weeks, counting face-to-face only', () => {
    const fortnight = { from: '2026-01-05', to: '2026-01-18' };
    const contacts = [
      ...Array.from({ length: 24 }, () => ({ date: '2026-01-07', faceToFace: true })),
      { date: '2026-01-08', faceToFace: false },
      { date: '2026-01-20', faceToFace: true },
    ];
    expect(employerContactIndicator(contacts, 2, fortnight)).toMatchObject({
      value: 6,
      status: 'meets_target',
    });
    expect(employerContactIndicator(contacts, 0, fortnight).status).toBe('no_data');
  });
});

describe('days from referral to first employer contact (item 15, ≤ 30)', () => {
  it('takes the median and counts those still waiting past 30 days against it', () => {
    const people = [
      { referralDate: '2026-01-10', firstEmployerContact: '2026-01-20' },
      { referralDate: '2026-01-10', firstEmployerContact: '2026-02-19' },
      { referralDate: '2026-02-01', firstEmployerContact: null },
      { referralDate: '2025-12-01', firstEmployerContact: '2026-01-02' },
    ];
    const result = firstEmployerContactIndicator(people, Q1, '2026-03-31');
    expect(result.value).toBe(25);
    expect(result.basis).toMatchObject({
      referred: 3,
      withContact: 2,
      withinTarget: 1,
      waitingOverTarget: 1,
    });
    expect(result.status).toBe('below_target');
  });
});

describe('follow-along rhythm (items 22–23)', () => {
  it('has windows before the start, in the first days, four weeks and then monthly', () => {
    const windows = followAlongWindows('2026-01-12', null);
    expect(windows[0]).toEqual({ from: '2026-01-05', to: '2026-01-11' });
    expect(windows[1]).toEqual({ from: '2026-01-12', to: '2026-01-15' });
    expect(windows).toHaveLength(18);
    expect(followAlongWindows('2026-01-12', '2026-01-20')).toHaveLength(3);
  });

  it('counts due windows inside the period and those with a contact', () => {
    const result = followAlongIndicator(
      [{ startDate: '2026-01-12', endDate: null, contactDates: ['2026-01-09', '2026-01-13', '2026-01-21'] }],
      { from: '2026-01-01', to: '2026-02-08' },
    );
    // Due: before, first days, weeks 1–4 (to 2026-02-08). Kept: before, first days, week 1, week 2.
    expect(result.basis).toEqual({ jobs: 1, windowsDue: 6, windowsKept: 4 });
    expect(result.value).toBe(67);
  });
});

describe('jobs started in the period (items 19–21, 12)', () => {
  const jobs = [
    {
      startDate: '2026-01-10',
      title: 'Butikkmedarbeider',
      employerKey: 'e1',
      competitive: true,
      firstScenarioDate: '2026-01-02',
    },
    {
      startDate: '2026-02-10',
      title: 'butikkmedarbeider ',
      employerKey: 'e2',
      competitive: true,
      firstScenarioDate: null,
    },
    {
      startDate: '2026-03-10',
      title: 'Lagerarbeider',
      employerKey: 'e2',
      competitive: false,
      firstScenarioDate: '2026-03-11',
    },
    {
      startDate: '2026-03-20',
      title: 'Kokk',
      employerKey: 'e3',
      competitive: true,
      firstScenarioDate: '2026-03-20',
    },
    {
      startDate: '2025-12-20',
      title: 'Sjåfør',
      employerKey: 'e4',
      competitive: true,
      firstScenarioDate: null,
    },
  ];
  it('measures diversity of job types and employers', () => {
    const [types, employers] = diversityIndicators(jobs, Q1);
    expect(types.basis).toEqual({ jobs: 4, distinctTypes: 3 });
    expect(types.value).toBe(75);
    expect(employers.value).toBe(75);
  });
  it('shares of competitive jobs and of benefits planning before the start', () => {
    expect(competitiveJobsIndicator(jobs, Q1)).toMatchObject({ value: 75, status: 'below_target' });
    expect(benefitsPlanningIndicator(jobs, Q1)).toMatchObject({ value: 50, basis: { plannedBefore: 2 } });
    expect(competitiveJobsIndicator([], Q1).status).toBe('no_data');
  });
});
