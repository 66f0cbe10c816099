import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PROVIDER_ROLES,
  DEFAULT_REQUIRED_LEVEL,
  decideOidcLogin,
  levelSatisfies,
} from './oidc-login.ts';

describe('levelSatisfies', () => {
  it.each([
    // ID-porten (docs.digdir.no: the client must check acr is high enough)
    ['idporten-loa-high', 'idporten-loa-high', true],
    ['idporten-loa-high', 'idporten-loa-substantial', false],
    ['idporten-loa-substantial', 'idporten-loa-high', true],
    ['idporten-loa-high', undefined, false],
    ['idporten-loa-high', '', false],
    ['idporten-loa-high', 4, false],
    // eIDAS words as HelseID reports them
    ['high', 'high', true],
    ['high', 'substantial', false],
    ['substantial', 'high', true],
    // values on different ladders never satisfy each other
    ['high', 'idporten-loa-high', false],
    ['idporten-loa-high', 'high', false],
    // unknown values only match exactly
    ['urn:custom:mfa', 'urn:custom:mfa', true],
    ['urn:custom:mfa', 'urn:custom:other', false],
    // no requirement
    [null, undefined, true],
  ] as const)('required %s, reported %s → %s', (required, reported, expected) => {
    expect(levelSatisfies(required, reported)).toBe(expected);
  });
});

describe('decideOidcLogin', () => {
  const idporten = { roles: DEFAULT_PROVIDER_ROLES.idporten, requiredLevel: DEFAULT_REQUIRED_LEVEL.idporten };
  const helseid = { roles: DEFAULT_PROVIDER_ROLES.helseid, requiredLevel: DEFAULT_REQUIRED_LEVEL.helseid };
  it.each([
    [idporten, 'jobseeker', 'idporten-loa-high', 'allowed'],
    [idporten, 'jobseeker', 'idporten-loa-substantial', 'level_too_low'],
    [idporten, 'therapist', 'idporten-loa-high', 'role_not_allowed'],
    [idporten, 'administrator', 'idporten-loa-high', 'role_not_allowed'],
    [helseid, 'therapist', 'high', 'allowed'],
    [helseid, 'therapist', 'substantial', 'level_too_low'],
    [helseid, 'jobseeker', 'high', 'role_not_allowed'],
  ] as const)('%o, %s with %s → %s', (policy, role, level, expected) => {
    expect(decideOidcLogin(policy, role, level)).toBe(expected);
  });

  it('lets a per-role requirement override the provider default', () => {
    const policy = {
      roles: DEFAULT_PROVIDER_ROLES.entra,
      requiredLevel: null,
      requiredLevelByRole: { administrator: 'urn:custom:mfa' },
    };
    expect(decideOidcLogin(policy, 'nav_counsellor', undefined)).toBe('allowed');
    expect(decideOidcLogin(policy, 'administrator', undefined)).toBe('level_too_low');
    expect(decideOidcLogin(policy, 'administrator', 'urn:custom:mfa')).toBe('allowed');
  });

  it('keeps staff off ID-porten and jobseekers off Entra and HelseID by default', () => {
    expect(DEFAULT_PROVIDER_ROLES.idporten).toEqual(['jobseeker']);
    expect(DEFAULT_PROVIDER_ROLES.entra).not.toContain('jobseeker');
    expect(DEFAULT_PROVIDER_ROLES.helseid).not.toContain('jobseeker');
  });
});
