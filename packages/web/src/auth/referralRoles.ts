import type { Role } from '@ips-bridge/domain';

/** Who may refer someone to an IPS team (the server refuses everyone else). Zero exclusion: anyone may be referred. */
export const REFERRING_ROLES: readonly Role[] = [
  'therapist',
  'nav_counsellor',
  'employment_specialist',
  'ips_supervisor',
];

/** The roles that get "Refer" in the menu: the professionals outside the IPS team. */
export const REFER_MENU_ROLES: readonly Role[] = ['therapist', 'nav_counsellor'];

/** Who works the team's referral inbox: accepting referrals or closing them. */
export const REFERRAL_INBOX_ROLES: readonly Role[] = ['employment_specialist', 'ips_supervisor'];

/** Time use is recorded by employment specialists, for themselves. */
export const TIME_USE_ROLES: readonly Role[] = ['employment_specialist'];
