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
