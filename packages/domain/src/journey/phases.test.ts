import { describe, expect, it } from 'vitest';
import { firstContactStatus, phaseChangeProblems } from './phases.ts';

const today = '2026-11-22';
const current = { phase: 'engagement' as const, since: '2026-11-01' };

describe('phaseChangeProblems', () => {
  it.each([
    { why: 'a move forward', change: { phase: 'job_search', date: '2026-11-20' }, expected: [] },
    { why: 'a move back', change: { phase: 'referred', date: '2026-11-22' }, expected: [] },
    {
      why: 'dated on the day the phase began',
      change: { phase: 'career_profile', date: '2026-11-01' },
      expected: [],
    },
    {
      why: 'the same phase',
      change: { phase: 'engagement', date: '2026-11-20' },
      expected: [{ field: 'phase', code: 'same_phase' }],
    },
    {
      why: 'a future date',
      change: { phase: 'job_search', date: '2026-11-23' },
      expected: [{ field: 'date', code: 'date_in_future' }],
    },
    {
      why: 'a date before the current phase began',
      change: { phase: 'job_search', date: '2026-10-31' },
      expected: [{ field: 'date', code: 'before_current_phase' }],
    },
    {
      why: 'an impossible date',
      change: { phase: 'job_search', date: '2026-02-30' },
      expected: [{ field: 'date', code: 'date_format' }],
    },
    {
      why: 'a pause with reason and re-contact',
      change: { phase: 'paused', date: '2026-11-22', reason: 'health', plannedRecontact: '2027-01-10' },
      expected: [],
    },
    {
      why: 'a pause without reason or re-contact',
      change: { phase: 'paused', date: '2026-11-22' },
      expected: [
        { field: 'reason', code: 'reason_required' },
        { field: 'plannedRecontact', code: 'recontact_required' },
      ],
    },
    {
      why: 'a pause whose re-contact is not after its start',
      change: { phase: 'paused', date: '2026-11-22', reason: 'own_wish', plannedRecontact: '2026-11-22' },
      expected: [{ field: 'plannedRecontact', code: 'recontact_not_after_date' }],
    },
    {
      why: 'an ending with an unknown reason',
      change: { phase: 'ended', date: '2026-11-22', reason: 'no_show' },
      expected: [{ field: 'reason', code: 'unknown_reason' }],
    },
    {
      why: 'an ending with a reason',
      change: { phase: 'ended', date: '2026-11-22', reason: 'stable_in_work' },
      expected: [],
    },
  ] as const)('$why → $expected.length problem(s)', ({ change, expected }) => {
    expect(phaseChangeProblems(current, change, today)).toEqual(expected);
  });
});

describe('firstContactStatus (target: within 7 days of referral)', () => {
  it.each([
    {
      referral: '2026-11-15',
      contact: null,
      expected: { status: 'pending', daysSinceReferral: 7, overdue: false },
    },
    {
      referral: '2026-11-14',
      contact: null,
      expected: { status: 'pending', daysSinceReferral: 8, overdue: true },
    },
    { referral: '2026-11-01', contact: '2026-11-08', expected: { status: 'done', days: 7, late: false } },
    { referral: '2026-11-01', contact: '2026-11-09', expected: { status: 'done', days: 8, late: true } },
  ])('referral $referral, first contact $contact', ({ referral, contact, expected }) => {
    expect(firstContactStatus(referral, contact, today)).toEqual(expected);
  });
});
