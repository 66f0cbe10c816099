import { describe, expect, it } from 'vitest';
import { integrationRhythm, recentPeriods, type TeamMeetingFact } from './team-integration.ts';

const tt = (date: string, attended = true): TeamMeetingFact => ({ kind: 'treatment_team', date, attended });
const nav = (date: string): TeamMeetingFact => ({ kind: 'nav', date, attended: true });

describe('treatment-team rhythm (fidelity O2: weekly)', () => {
  // 2026-11-02 is a Monday; the period Mon 2 Nov – Sun 29 Nov is four whole weeks.
  it.each([
    {
      name: 'every week',
      meetings: [tt('2026-11-03'), tt('2026-11-10'), tt('2026-11-17'), tt('2026-11-24')],
      attended: 4,
      without: [],
      meets: true,
    },
    {
      name: 'one week missed',
      meetings: [tt('2026-11-03'), tt('2026-11-10'), tt('2026-11-24')],
      attended: 3,
      without: ['2026-11-16'],
      meets: false,
    },
    {
      name: 'two in one week count once',
      meetings: [tt('2026-11-03'), tt('2026-11-05')],
      attended: 1,
      without: ['2026-11-09', '2026-11-16', '2026-11-23'],
      meets: false,
    },
    {
      name: 'a meeting recorded as not attended does not count',
      meetings: [tt('2026-11-03'), tt('2026-11-10', false), tt('2026-11-17'), tt('2026-11-24')],
      attended: 3,
      without: ['2026-11-09'],
      meets: false,
    },
    {
      name: 'NAV meetings do not count as treatment-team meetings',
      meetings: [nav('2026-11-03')],
      attended: 0,
      without: ['2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23'],
      meets: false,
    },
    {
      name: 'meetings outside the period do not count',
      meetings: [tt('2026-10-27'), tt('2026-11-30')],
      attended: 0,
      without: ['2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23'],
      meets: false,
    },
  ])('$name', ({ meetings, attended, without, meets }) => {
    const rhythm = integrationRhythm(meetings, '2026-11-02', '2026-11-29').treatmentTeam;
    expect(rhythm.weeks).toBe(4);
    expect(rhythm.weeksAttended).toBe(attended);
    expect(rhythm.weeksWithout).toEqual(without);
    expect(rhythm.meetsExpectation).toBe(meets);
  });

  it('counts the weeks a period overlaps, partial weeks included', () => {
    // Wed 4 Nov – Tue 10 Nov overlaps two ISO weeks.
    expect(integrationRhythm([], '2026-11-04', '2026-11-10').treatmentTeam.weeks).toBe(2);
    // Across the new year: Mon 28 Dec 2026 – Sun 10 Jan 2027 is two weeks.
    const rhythm = integrationRhythm([tt('2027-01-01')], '2026-12-28', '2027-01-10').treatmentTeam;
    expect(rhythm).toMatchObject({ weeks: 2, weeksAttended: 1, weeksWithout: ['2027-01-04'] });
  });
});

describe('NAV rhythm (fidelity O3: at least monthly)', () => {
  it.each([
    {
      name: 'every month',
      meetings: [nav('2026-09-30'), nav('2026-10-01'), nav('2026-11-20')],
      with: 3,
      without: [],
      meets: true,
    },
    {
      name: 'one month without',
      meetings: [nav('2026-09-15'), nav('2026-11-02')],
      with: 2,
      without: ['2026-10'],
      meets: false,
    },
    {
      name: 'several in one month count once',
      meetings: [nav('2026-10-01'), nav('2026-10-31')],
      with: 1,
      without: ['2026-09', '2026-11'],
      meets: false,
    },
    {
      name: 'treatment-team meetings do not count',
      meetings: [tt('2026-10-01')],
      with: 0,
      without: ['2026-09', '2026-10', '2026-11'],
      meets: false,
    },
  ])('$name', ({ meetings, with: withMeeting, without, meets }) => {
    const rhythm = integrationRhythm(meetings, '2026-09-01', '2026-11-22').nav;
    expect(rhythm.months).toBe(3);
    expect(rhythm.monthsWithMeeting).toBe(withMeeting);
    expect(rhythm.monthsWithout).toEqual(without);
    expect(rhythm.meetsExpectation).toBe(meets);
  });

  it('counts months across a new year', () => {
    expect(integrationRhythm([], '2026-11-15', '2027-02-01').nav.monthsWithout).toEqual([
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
    ]);
  });

  it('refuses a period that ends before it starts', () => {
    expect(() => integrationRhythm([], '2026-11-02', '2026-11-01')).toThrow(RangeError);
  });
});

describe('the periods shown', () => {
  it.each([
    {
      today: '2026-11-22',
      weeks: { from: '2026-10-26', to: '2026-11-22' },
      months: { from: '2026-09-01', to: '2026-11-22' },
    },
    {
      today: '2027-02-03',
      weeks: { from: '2027-01-11', to: '2027-02-03' },
      months: { from: '2026-12-01', to: '2027-02-03' },
    },
  ])('$today', ({ today, weeks, months }) => {
    expect(recentPeriods(today)).toEqual({ weeks, months });
  });
});
