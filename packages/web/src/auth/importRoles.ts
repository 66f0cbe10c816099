import type { Role } from '@ips-bridge/domain';

/** Who may import participants, employers and jobs from a spreadsheet into their team (the server refuses others). */
export const IMPORT_ROLES: readonly Role[] = ['employment_specialist', 'ips_supervisor'];
