import type { Role } from '@ips-bridge/domain';

/** Who gets the focused start page: NAV counsellors and therapists, who use IPS Bridge now and then. */
export const START_PAGE_ROLES: readonly Role[] = ['nav_counsellor', 'therapist'];

/** "Teamsamarbeid": specialists record their treatment-team and NAV meetings; supervisors see the team's rhythm. */
export const TEAMWORK_ROLES: readonly Role[] = ['employment_specialist', 'ips_supervisor'];

/** "Arbeidsbelastning": the supervisor's workforce view of their team (administrators use the API with a team). */
export const WORKFORCE_ROLES: readonly Role[] = ['ips_supervisor'];
