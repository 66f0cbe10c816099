import { describe, expect, it } from 'vitest';
import { demoMoment } from './demo-moment.ts';

describe('demoMoment', () => {
  const now = new Date('2026-11-22T23:00:00Z'); // 00:00 on 23 November in Oslo

  it.each([
    // date, Oslo time, expected instant
    ['2026-11-22', '09:00', '2026-11-22T08:00:00.000Z'], // earlier: kept, winter time
    ['2026-07-01', '09:00', '2026-07-01T07:00:00.000Z'], // earlier: kept, summer time
    ['2026-11-22', '23:59', '2026-11-22T22:59:00.000Z'], // exactly a minute before now: kept
    ['2026-11-23', '09:00', '2026-11-22T22:59:00.000Z'], // later the same Oslo day: a minute before now
    ['2026-12-06', '10:00', '2026-11-22T22:59:00.000Z'], // two weeks ahead: a minute before now
  ])('%s %s → %s', (date, time, expected) => {
    expect(demoMoment(date, time, now).toISOString()).toBe(expected);
  });

  it('refuses a time that does not exist in Oslo', () => {
    expect(() => demoMoment('2026-03-29', '02:30', now)).toThrow(/no such Oslo time/);
  });
});
