/** Where a referral to IPS came from. Zero exclusion: anyone may refer, including the person themself. */
export const REFERRAL_SOURCES = [
  'self',
  'therapist',
  'nav',
  'employment_specialist',
  'family',
  'other',
] as const;
export type ReferralSource = (typeof REFERRAL_SOURCES)[number];
