import type { Role } from '@ips-bridge/domain';

/** The roles that work with the team's employers and job development (the server refuses everyone else). */
export const JOB_DEVELOPMENT_ROLES: readonly Role[] = ['employment_specialist', 'ips_supervisor'];

export function isJobDevelopmentRole(role: Role): boolean {
  return JOB_DEVELOPMENT_ROLES.includes(role);
}
