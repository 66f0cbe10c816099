import { osloDate } from '@ips-bridge/domain';
import { describe, expect, it } from 'vitest';
import { chosenWeek, isoWeekNumber, weekNavigation } from './week.ts';

describe('ISO week numbers', () => {
  it.each([
    { monday: '2025-12-29', week: 1 }, // 1 January 2026 is a Thursday: the week belongs to 2026
    { monday: '2026-01-05', week: 2 },
    { monday: '2026-03-16', week: 12 },
    { monday: '2026-12-28', week: 53 }, // 2026 has 53 weeks
    { monday: '2027-01-04', week: 1 },
  ])('the week starting $monday is week $week', ({ monday, week }) => {
    expect(isoWeekNumber(monday)).toBe(week);
  });
});

describe('the week the page shows', () => {
  const today = '2026-03-19'; // a Thursday

  it('is this week unless a valid date is given', () => {
    expect(chosenWeek(null, today)).toBe('2026-03-16');
    expect(chosenWeek('not-a-date', today)).toBe('2026-03-16');
    expect(chosenWeek('2026-02-30', today)).toBe('2026-03-16');
    expect(chosenWeek('2026-03-08', today)).toBe('2026-03-02'); // a Sunday belongs to the week before
  });

  it('offers the next week only for past weeks', () => {
    expect(weekNavigation('2026-03-16', today)).toEqual({
      start: '2026-03-16',
      end: '2026-03-22',
      previous: '2026-03-09',
      next: null,
      isCurrent: true,
      number: 12,
    });
    expect(weekNavigation('2026-03-09', today)).toMatchObject({ next: '2026-03-16', isCurrent: false });
  });
});

describe('this week is Oslo’s week, not UTC’s', () => {
  it.each([
    { at: '2026-11-22T22:59:00Z', monday: '2026-11-16', number: 47 }, // Sunday 23:59 in Oslo
    { at: '2026-11-22T23:30:00Z', monday: '2026-11-23', number: 48 }, // Monday 00:30 in Oslo, Sunday in UTC
    { at: '2026-03-29T22:00:00Z', monday: '2026-03-30', number: 14 }, // Monday 00:00 the night after spring's change
    { at: '2026-10-25T23:00:00Z', monday: '2026-10-26', number: 44 }, // Monday 00:00 after autumn's 25-hour day
  ])('at $at the page shows the week of $monday (week $number) as this week', ({ at, monday, number }) => {
    const today = osloDate(new Date(at));
    const start = chosenWeek(null, today);
    expect(start).toBe(monday);
    expect(weekNavigation(start, today)).toMatchObject({ isCurrent: true, next: null, number });
  });
});
