import { describe, expect, it } from 'vitest';
import { weekStart } from '../employers/employer-contacts.ts';
import { addDays, daysBetween, osloDate } from './local-date.ts';

// Dates and weeks are Norway's (Europe/Oslo: UTC+1 in winter, UTC+2 in summer), never UTC's or the machine's: on a
// Sunday night after 23:00 UTC in winter it is already Monday, and a new week, in Oslo. The DST changes in 2026 are
// on 29 March (02:00 → 03:00) and 25 October (03:00 → 02:00), both at 01:00 UTC.
describe('osloDate and the week it falls in, at the instants where UTC and Oslo disagree', () => {
  it.each([
    // Sunday night in winter: UTC still says Sunday 22 November.
    { at: '2026-11-22T22:59:59Z', date: '2026-11-22', monday: '2026-11-16' },
    { at: '2026-11-22T23:00:00Z', date: '2026-11-23', monday: '2026-11-23' },
    { at: '2026-11-22T23:30:00Z', date: '2026-11-23', monday: '2026-11-23' },
    { at: '2026-11-23T00:30:00Z', date: '2026-11-23', monday: '2026-11-23' },
    // Sunday night in summer: Oslo is two hours ahead.
    { at: '2026-06-14T21:59:59Z', date: '2026-06-14', monday: '2026-06-08' },
    { at: '2026-06-14T22:00:00Z', date: '2026-06-15', monday: '2026-06-15' },
    // The spring change: the night of 29 March is an hour short; that Sunday evening is already summer time.
    { at: '2026-03-29T00:59:59Z', date: '2026-03-29', monday: '2026-03-23' },
    { at: '2026-03-29T01:00:00Z', date: '2026-03-29', monday: '2026-03-23' },
    { at: '2026-03-29T21:59:59Z', date: '2026-03-29', monday: '2026-03-23' },
    { at: '2026-03-29T22:00:00Z', date: '2026-03-30', monday: '2026-03-30' },
    // The autumn change: 25 October has 25 hours; Monday begins at 23:00 UTC again.
    { at: '2026-10-24T21:59:59Z', date: '2026-10-24', monday: '2026-10-19' },
    { at: '2026-10-24T22:00:00Z', date: '2026-10-25', monday: '2026-10-19' },
    { at: '2026-10-25T22:30:00Z', date: '2026-10-25', monday: '2026-10-19' },
    { at: '2026-10-25T23:00:00Z', date: '2026-10-26', monday: '2026-10-26' },
    // New Year's Eve in UTC is New Year's Day in Oslo; the week began in the old year.
    { at: '2026-12-31T23:30:00Z', date: '2027-01-01', monday: '2026-12-28' },
  ])('$at is $date in Oslo, in the week starting $monday', ({ at, date, monday }) => {
    expect(osloDate(new Date(at))).toBe(date);
    expect(weekStart(osloDate(new Date(at)))).toBe(monday);
  });
});

describe('calendar arithmetic does not move across the DST changes', () => {
  it.each([
    { from: '2026-03-28', days: 2, to: '2026-03-30' },
    { from: '2026-10-24', days: 2, to: '2026-10-26' },
    { from: '2026-11-22', days: 7, to: '2026-11-29' },
    { from: '2026-11-23', days: -1, to: '2026-11-22' },
  ])('$from + $days days is $to', ({ from, days, to }) => {
    expect(addDays(from, days)).toBe(to);
    expect(daysBetween(from, to)).toBe(days);
  });
});
