import { describe, expect, it } from 'vitest';
import { type Actor, decideParticipantAccess, type ParticipantAccessFacts } from './participant-access.ts';

const facts: ParticipantAccessFacts = {
  participantId: 'p1',
  participantUserId: 'u-jobseeker',
  teamId: 'team-a',
  careTeam: [
    { userId: 'u-spec-a1', role: 'employment_specialist' },
    { userId: 'u-nav', role: 'nav_counsellor' },
    { userId: 'u-therapist', role: 'therapist' },
  ],
};

const actor = (userId: string, role: Actor['role'], teamId: string | null = null): Actor => ({
  userId,
  role,
  teamId,
});

describe('decideParticipantAccess (foundation rule, before consent)', () => {
  it.each([
    {
      who: 'the care-team specialist',
      a: actor('u-spec-a1', 'employment_specialist', 'team-a'),
      action: 'read',
      expected: { allowed: true, basis: 'care-team' },
    },
    {
      who: 'the care-team specialist',
      a: actor('u-spec-a1', 'employment_specialist', 'team-a'),
      action: 'write',
      expected: { allowed: true, basis: 'care-team' },
    },
    {
      who: 'another specialist in the same team',
      a: actor('u-spec-a2', 'employment_specialist', 'team-a'),
      action: 'read',
      expected: { allowed: false, reason: 'not-in-care-team' },
    },
    {
      who: 'a specialist of another team',
      a: actor('u-spec-b1', 'employment_specialist', 'team-b'),
      action: 'read',
      expected: { allowed: false, reason: 'not-in-care-team' },
    },
    {
      who: 'the care-team NAV counsellor',
      a: actor('u-nav', 'nav_counsellor'),
      action: 'read',
      expected: { allowed: true, basis: 'care-team' },
    },
    {
      who: 'another NAV counsellor',
      a: actor('u-nav-2', 'nav_counsellor'),
      action: 'read',
      expected: { allowed: false, reason: 'not-in-care-team' },
    },
    {
      who: 'the care-team therapist',
      a: actor('u-therapist', 'therapist'),
      action: 'read',
      expected: { allowed: true, basis: 'care-team' },
    },
    {
      who: 'another therapist',
      a: actor('u-therapist-2', 'therapist'),
      action: 'read',
      expected: { allowed: false, reason: 'not-in-care-team' },
    },
    {
      who: "the team's supervisor",
      a: actor('u-sup-a', 'ips_supervisor', 'team-a'),
      action: 'read',
      expected: { allowed: true, basis: 'team-supervisor' },
    },
    {
      who: "another team's supervisor",
      a: actor('u-sup-b', 'ips_supervisor', 'team-b'),
      action: 'read',
      expected: { allowed: false, reason: 'not-team-supervisor' },
    },
    {
      who: 'a supervisor without a team',
      a: actor('u-sup-x', 'ips_supervisor', null),
      action: 'read',
      expected: { allowed: false, reason: 'not-team-supervisor' },
    },
    {
      who: 'the participant',
      a: actor('u-jobseeker', 'jobseeker'),
      action: 'read',
      expected: { allowed: true, basis: 'own-record' },
    },
    {
      who: 'the participant',
      a: actor('u-jobseeker', 'jobseeker'),
      action: 'write',
      expected: { allowed: false, reason: 'jobseeker-read-only' },
    },
    {
      who: 'another jobseeker',
      a: actor('u-jobseeker-2', 'jobseeker'),
      action: 'read',
      expected: { allowed: false, reason: 'not-own-record' },
    },
    {
      who: 'an administrator',
      a: actor('u-admin', 'administrator'),
      action: 'read',
      expected: { allowed: false, reason: 'administrator-has-no-participant-access' },
    },
    {
      who: 'the participant',
      a: actor('u-jobseeker', 'jobseeker'),
      action: 'contribute',
      expected: { allowed: true, basis: 'own-record' },
    },
    {
      who: 'another jobseeker',
      a: actor('u-jobseeker-2', 'jobseeker'),
      action: 'contribute',
      expected: { allowed: false, reason: 'not-own-record' },
    },
    {
      who: 'the care-team therapist',
      a: actor('u-therapist', 'therapist'),
      action: 'contribute',
      expected: { allowed: true, basis: 'care-team' },
    },
    {
      who: 'another specialist in the same team',
      a: actor('u-spec-a2', 'employment_specialist', 'team-a'),
      action: 'contribute',
      expected: { allowed: false, reason: 'not-in-care-team' },
    },
    {
      who: 'an administrator',
      a: actor('u-admin', 'administrator'),
      action: 'contribute',
      expected: { allowed: false, reason: 'administrator-has-no-participant-access' },
    },
  ] as const)('$who, $action → $expected.allowed', ({ a, action, expected }) => {
    expect(decideParticipantAccess(a, facts, action)).toEqual(expected);
  });

  it('does not let a jobseeker see a record whose login is unset', () => {
    const noLogin = { ...facts, participantUserId: null };
    expect(decideParticipantAccess(actor('u-jobseeker', 'jobseeker'), noLogin, 'read').allowed).toBe(false);
  });
});
