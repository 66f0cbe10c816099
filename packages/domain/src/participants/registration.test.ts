import { describe, expect, it } from 'vitest';
import { daysBetween, isValidLocalDate, osloDate } from '../shared/local-date.ts';
import { nationalIdProblem, referralDateProblem } from './registration.ts';

describe('registration rules', () => {
  it.each([
    { value: '01018012371', expected: null },
    { value: '0101801237', expected: 'national_id_format' },
    { value: '01018012372', expected: 'national_id_checksum' },
  ])('national id $value → $expected', ({ value, expected }) => {
    expect(nationalIdProblem(value)).toBe(expected);
  });

  it.each([
    { value: '2026-11-22', today: '2026-11-22', expected: null },
    { value: '2026-11-21', today: '2026-11-22', expected: null },
    { value: '2026-11-23', today: '2026-11-22', expected: 'date_in_future' },
    { value: '1999-12-31', today: '2026-11-22', expected: 'date_too_early' },
    { value: '2026-02-30', today: '2026-11-22', expected: 'date_format' },
    { value: '22.11.2026', today: '2026-11-22', expected: 'date_format' },
  ])('referral date $value (today $today) → $expected', ({ value, today, expected }) => {
    expect(referralDateProblem(value, today)).toBe(expected);
  });
});

describe('local dates', () => {
  it('takes the Norwegian calendar date of an instant (23:30 UTC on 31 Dec is already 1 Jan in Oslo)', () => {
    expect(osloDate(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
    expect(osloDate(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(osloDate(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });

  it.each([
    { from: '2026-01-01', to: '2026-01-31', days: 30 },
    { from: '2026-03-28', to: '2026-03-30', days: 2 },
    { from: '2026-02-01', to: '2026-01-01', days: -31 },
  ])('counts $days days from $from to $to', ({ from, to, days }) => {
    expect(daysBetween(from, to)).toBe(days);
  });

  it.each(['2024-02-29', '2026-12-31'])('accepts %s', (d) => expect(isValidLocalDate(d)).toBe(true));
  it.each(['2025-02-29', '2026-13-01', '2026-1-1', 'x'])('rejects %s', (d) =>
    expect(isValidLocalDate(d)).toBe(false),
  );
});
