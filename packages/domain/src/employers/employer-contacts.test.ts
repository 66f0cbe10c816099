import { describe, expect, it } from 'vitest';
import { daysToFirstEmployerContact, summariseWeek, weekStart } from './employer-contacts.ts';

describe('weeks', () => {
  it.each([
    { date: '2026-11-23', monday: '2026-11-23' }, // a Monday
    { date: '2026-11-22', monday: '2026-11-16' }, // a Sunday belongs to the week before
    { date: '2026-01-01', monday: '2025-12-29' }, // across the new year
  ])('$date is in the week starting $monday', ({ date, monday }) => {
    expect(weekStart(date)).toBe(monday);
  });
});

describe('summariseWeek (target: 6 face-to-face employer contacts a week)', () => {
  const contacts = [
    ...Array.from({ length: 5 }, () => ({ date: '2026-11-17', faceToFace: true })),
    { date: '2026-11-18', faceToFace: false },
    { date: '2026-11-23', faceToFace: true }, // next week
    { date: '2026-11-15', faceToFace: true }, // previous week
  ];
  it('counts only the week, face to face apart', () => {
    expect(summariseWeek('2026-11-16', contacts)).toEqual({
      weekStart: '2026-11-16',
      faceToFace: 5,
      other: 1,
      meetsTarget: false,
    });
  });
  it('meets the target at six', () => {
    const six = [...contacts, { date: '2026-11-22', faceToFace: true }];
    expect(summariseWeek('2026-11-16', six).meetsTarget).toBe(true);
  });
});

describe('days to first employer contact (target ≤ 30)', () => {
  it.each([
    { referral: '2026-10-01', first: '2026-10-31', days: 30 },
    { referral: '2026-10-01', first: null, days: null },
  ])('$referral → $first: $days', ({ referral, first, days }) => {
    expect(daysToFirstEmployerContact(referral, first)).toBe(days);
  });
});
