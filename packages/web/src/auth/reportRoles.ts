import type { Role } from '@ips-bridge/domain';

/** Who reads the team's outcome report (the server gives an administrator every team). */
export const OUTCOME_REPORT_ROLES: readonly Role[] = [
  'employment_specialist',
  'ips_supervisor',
  'administrator',
];
