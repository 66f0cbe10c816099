/** The roles a user of IPS Bridge can have. English code names; Norwegian terms in docs/glossary.md. */
export const ROLES = [
  'jobseeker',
  'employment_specialist',
  'ips_supervisor',
  'nav_counsellor',
  'therapist',
  'administrator',
] as const;

export type Role = (typeof ROLES)[number];

/** Roles that can be linked to a participant's care team. */
export const CARE_TEAM_ROLES = ['employment_specialist', 'nav_counsellor', 'therapist'] as const;
export type CareTeamRole = (typeof CARE_TEAM_ROLES)[number];

/** Staff roles that work with participants (everyone but the jobseeker and the administrator). */
export const STAFF_ROLES = [
  'employment_specialist',
  'ips_supervisor',
  'nav_counsellor',
  'therapist',
] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export function isStaffRole(role: Role): role is StaffRole {
  return (STAFF_ROLES as readonly string[]).includes(role);
}

export const ORGANISATION_KINDS = ['nav_office', 'health_unit', 'ips_team'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** Roles that may register a new participant (referral by others comes with the journey issue). */
export const REGISTERING_ROLES: readonly Role[] = ['employment_specialist', 'ips_supervisor'];
