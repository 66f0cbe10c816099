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
  meetingRhythmIndicators,
  suppressIndicatorForExport,
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

describe('treatment-team and NAV meetings (items 5–6, O2 weekly, O3 monthly)', () => {
  // Mon 2 Nov – Sun 29 Nov 2026: four whole weeks, one month.
  const NOV = { from: '2026-11-02', to: '2026-11-29' };
  const tt = (date: string, attended = true) => ({ kind: 'treatment_team' as const, date, attended });
  const nav = (date: string) => ({ kind: 'nav' as const, date, attended: true });
  it('counts specialist-weeks with an attended meeting and specialist-months with NAV', () => {
    const [weekly, monthly] = meetingRhythmIndicators(
      [
        // every week, and NAV once
        [tt('2026-11-03'), tt('2026-11-10'), tt('2026-11-17'), tt('2026-11-24'), nav('2026-11-12')],
        // two weeks (a missed one and one outside the period do not count), no NAV
        [tt('2026-11-03'), tt('2026-11-10', false), tt('2026-11-17'), tt('2026-10-27')],
      ],
      NOV,
    );
    expect(weekly).toMatchObject({
      key: 'treatment_team_meetings',
      value: 75, // 6 of 8 specialist-weeks
      status: 'below_target',
      basis: { specialists: 2, specialistWeeks: 8, specialistWeeksAttended: 6, specialistsEveryWeek: 1 },
    });
    expect(monthly).toMatchObject({
      key: 'nav_meetings',
      value: 50,
      status: 'below_target',
      basis: { specialistMonths: 2, specialistMonthsWithMeeting: 1, specialistsEveryMonth: 1 },
    });
  });
  it('meets the target when every specialist kept the rhythm', () => {
    const [weekly, monthly] = meetingRhythmIndicators(
      [[tt('2026-11-03'), tt('2026-11-10'), tt('2026-11-17'), tt('2026-11-24'), nav('2026-11-02')]],
      NOV,
    );
    expect([weekly.status, weekly.value, monthly.status, monthly.value]).toEqual([
      'meets_target',
      100,
      'meets_target',
      100,
    ]);
  });
  it('has no data without specialists', () => {
    const [weekly, monthly] = meetingRhythmIndicators([], NOV);
    expect([weekly.status, monthly.status]).toEqual(['no_data', 'no_data']);
  });
});

describe('small-cell suppression in exports (item 5)', () => {
  it('withholds counts of 1–4 jobseekers and the figure derived from them', () => {
    const exported = suppressIndicatorForExport(
      competitiveJobsIndicator(
        [
          { startDate: '2026-02-01', competitive: true },
          { startDate: '2026-02-02', competitive: true },
          { startDate: '2026-02-03', competitive: false },
        ],
        Q1,
      ),
    );
    expect(exported).toMatchObject({
      value: 'withheld',
      basis: { jobs: 'withheld', competitive: 'withheld' },
    });
  });
  it('shows 5 or more, and zero, as they are', () => {
    const jobs = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ startDate: `2026-02-0${i + 1}`, competitive: i > 0 }));
    expect(suppressIndicatorForExport(competitiveJobsIndicator(jobs(6), Q1))).toMatchObject({
      value: 83,
      basis: { jobs: 6, competitive: 5 },
    });
    // 4 competitive of 5: the 4 is withheld, and so is the share, which would give it away.
    expect(suppressIndicatorForExport(competitiveJobsIndicator(jobs(5), Q1))).toMatchObject({
      value: 'withheld',
      basis: { jobs: 5, competitive: 'withheld' },
    });
    expect(suppressIndicatorForExport(competitiveJobsIndicator([], Q1))).toMatchObject({
      value: null,
      basis: { jobs: 0, competitive: 0 },
    });
  });
  it('leaves counts of staff as they are', () => {
    const exported = suppressIndicatorForExport(caseloadIndicator([12, 3]));
    expect(exported).toMatchObject({
      value: 7.5,
      basis: { specialists: 2, participants: 15, largest: 12, overTarget: 0 },
    });
    expect(suppressIndicatorForExport(caseloadIndicator([2, 1]))).toMatchObject({
      value: 'withheld',
      basis: { specialists: 2, participants: 'withheld', largest: 'withheld' },
    });
  });
  it('withholds the share within target of a withheld number referred', () => {
    const exported = suppressIndicatorForExport(
      firstEmployerContactIndicator(
        [{ referralDate: '2026-01-05', firstEmployerContact: '2026-01-20' }],
        Q1,
        '2026-03-31',
      ),
    );
    expect(exported.basis).toMatchObject({ referred: 'withheld', withinTargetPercent: 'withheld' });
  });
});
