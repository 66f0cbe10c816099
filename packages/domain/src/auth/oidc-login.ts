import type { Role } from '../access/roles.ts';

/**
 * Rules for logging in with OpenID Connect (issue 6, item 7): which external identity provider may log in which
 * role, and whether the level of assurance the provider reports is high enough for that role.
 *
 * Sources: ID-porten's id_token documentation (docs.digdir.no, "oidc_protocol_id_token": the client MUST check that
 * `acr` is high enough for the service; values `idporten-loa-substantial` and `idporten-loa-high`); eIDAS levels of
 * assurance low < substantial < high; HelseID reports the level in `helseid://claims/identity/assurance_level`
 * (values low / substantial / high); OWASP ASVS 5.0 V10.3.4 (check acr/amr when strength matters) and V10.5
 * (nonce, `sub` as identity, exact issuer, audience = client id). Health and mental-health information calls for the
 * high level (docs/login.md).
 */

export const OIDC_PROVIDERS = ['idporten', 'entra', 'helseid'] as const;
export type OidcProvider = (typeof OIDC_PROVIDERS)[number];

export function isOidcProvider(value: string): value is OidcProvider {
  return (OIDC_PROVIDERS as readonly string[]).includes(value);
}

/** Who each provider logs in unless configured otherwise: citizens, NAV staff, health personnel. */
export const DEFAULT_PROVIDER_ROLES: Readonly<Record<OidcProvider, readonly Role[]>> = {
  idporten: ['jobseeker'],
  entra: ['employment_specialist', 'ips_supervisor', 'nav_counsellor', 'administrator'],
  helseid: ['therapist'],
};

/** The claim that carries the level of assurance for each provider. */
export const DEFAULT_LEVEL_CLAIM: Readonly<Record<OidcProvider, string>> = {
  idporten: 'acr',
  entra: 'acr',
  helseid: 'helseid://claims/identity/assurance_level',
};

/** The level each provider must report by default; null means the provider's level is not checked. */
export const DEFAULT_REQUIRED_LEVEL: Readonly<Record<OidcProvider, string | null>> = {
  idporten: 'idporten-loa-high',
  entra: null,
  helseid: 'high',
};

/**
 * Known levels, lowest first. A reported level satisfies a requirement when it is the same or higher on one of these
 * ladders; a value on no ladder only satisfies an identical requirement.
 */
export const ASSURANCE_LADDERS: readonly (readonly string[])[] = [
  ['idporten-loa-low', 'idporten-loa-substantial', 'idporten-loa-high'],
  ['low', 'substantial', 'high'],
  ['Level3', 'Level4'],
];

export function levelSatisfies(required: string | null, reported: unknown): boolean {
  if (required === null) return true;
  if (typeof reported !== 'string' || reported === '') return false;
  if (reported === required) return true;
  for (const ladder of ASSURANCE_LADDERS) {
    const need = ladder.indexOf(required);
    const have = ladder.indexOf(reported);
    if (need >= 0 && have >= 0) return have >= need;
  }
  return false;
}

export interface OidcLoginPolicy {
  roles: readonly Role[];
  /** Required level per role; a role missing here falls back to `requiredLevel`. */
  requiredLevelByRole?: Partial<Record<Role, string | null>>;
  requiredLevel: string | null;
}

export type OidcLoginDecision = 'allowed' | 'role_not_allowed' | 'level_too_low';

/** May a user with `role` log in through a provider with this policy, given the level the provider reported? */
export function decideOidcLogin(
  policy: OidcLoginPolicy,
  role: Role,
  reportedLevel: unknown,
): OidcLoginDecision {
  if (!policy.roles.includes(role)) return 'role_not_allowed';
  const required = policy.requiredLevelByRole?.[role] ?? policy.requiredLevel;
  return levelSatisfies(required, reportedLevel) ? 'allowed' : 'level_too_low';
}
