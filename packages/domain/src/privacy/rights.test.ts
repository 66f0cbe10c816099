import { describe, expect, it } from 'vitest';
import type { ParticipantAction } from '../access/participant-access.ts';
import type { Role } from '../access/roles.ts';
import {
  decideUnderRestriction,
  erasureConfirmationMatches,
  isRetentionDue,
  mayLiftRestriction,
  REQUEST_ERASURE_GROUNDS,
  retentionDueOn,
} from './rights.ts';

describe('decideUnderRestriction (GDPR art. 18(2))', () => {
  it.each<[Role, ParticipantAction, boolean]>([
    ['employment_specialist', 'read', true],
    ['employment_specialist', 'write', false],
    ['employment_specialist', 'contribute', false],
    ['ips_supervisor', 'write', false],
    ['nav_counsellor', 'contribute', false],
    ['therapist', 'write', false],
    ['therapist', 'read', true],
    ['jobseeker', 'read', true],
    ['jobseeker', 'contribute', true],
  ])('%s %s → allowed %s', (role, action, allowed) => {
    expect(decideUnderRestriction(role, action).allowed).toBe(allowed);
  });

  it('names the reason when it refuses', () => {
    expect(decideUnderRestriction('employment_specialist', 'write')).toEqual({
      allowed: false,
      reason: 'record-restricted',
    });
  });
});

describe('mayLiftRestriction (art. 18(3))', () => {
  it.each<[Role, 'jobseeker' | 'administrator', boolean]>([
    ['administrator', 'administrator', true],
    ['administrator', 'jobseeker', true],
    ['jobseeker', 'jobseeker', true],
    ['jobseeker', 'administrator', false],
    ['employment_specialist', 'jobseeker', false],
  ])('%s lifting one placed by %s → %s', (role, source, expected) => {
    expect(mayLiftRestriction(role, source)).toBe(expected);
  });
});

describe('retention', () => {
  it.each([
    ['2023-05-10', 3, '2026-05-10'],
    ['2024-02-29', 3, '2027-02-28'],
    ['2024-02-29', 4, '2028-02-29'],
    ['2020-12-31', 0, '2020-12-31'],
  ])('ended %s, kept %i years → due %s', (ended, years, due) => {
    expect(retentionDueOn(ended, years)).toBe(due);
  });

  it.each([
    { phase: 'ended', since: '2023-11-22', today: '2026-11-22', due: true },
    { phase: 'ended', since: '2023-11-23', today: '2026-11-22', due: false },
    { phase: 'paused', since: '2010-01-01', today: '2026-11-22', due: false },
    { phase: 'follow_along', since: '2010-01-01', today: '2026-11-22', due: false },
  ] as const)('$phase since $since on $today → due $due', ({ phase, since, today, due }) => {
    expect(isRetentionDue({ phase, phaseSince: since }, 3, today)).toBe(due);
  });
});

describe('erasureConfirmationMatches', () => {
  it.each([
    ['Kari Nordmann', true],
    ['  kari   NORDMANN ', true],
    ['Kari', false],
    ['Kari Nordman', false],
    ['', false],
  ])('%j → %s', (typed, expected) => {
    expect(erasureConfirmationMatches(typed, 'Kari', 'Nordmann')).toBe(expected);
  });

  it('leaves the retention ground to the retention run', () => {
    expect(REQUEST_ERASURE_GROUNDS).not.toContain('retention_expired');
    expect(REQUEST_ERASURE_GROUNDS).toContain('consent_withdrawn');
  });
});
