import type { Role } from '@ips-bridge/domain';

/**
 * Who opens the fidelity pages (the server decides per review: the team's staff, its supervisor, the two named
 * reviewers — who may be from another team — and administrators).
 */
export const FIDELITY_ROLES: readonly Role[] = [
  'employment_specialist',
  'ips_supervisor',
  'nav_counsellor',
  'therapist',
  'administrator',
];

/** The menu shows the page to the roles that review and are reviewed: IPS supervisors and specialists. */
export const FIDELITY_MENU_ROLES: readonly Role[] = ['ips_supervisor', 'employment_specialist'];
