import type { CatalogueShape } from '../../catalogue.ts';
import { referralsEn } from '../referrals/en.ts';
import { selfReferralEn } from '../selfReferral/en.ts';
import type { referralNb } from './nb.ts';

/**
 * English: referrals: the public self-referral page, "Henvis", the team inbox and registering a participant. Loaded
 * with the pages that need them (`withTexts` in routes.tsx).
 */
export const referralEn: CatalogueShape<typeof referralNb> = {
  selfReferral: selfReferralEn,
  referrals: referralsEn,
  register: {
    heading: 'Register participant',
    intro: 'Register a person who has been referred to IPS. Fields marked “optional” may be left empty.',
    personHeading: 'About the person',
    referralHeading: 'About the referral',
    givenName: 'Given name',
    familyName: 'Family name',
    nationalId: 'National identity number',
    nationalIdDescription: '11 digits. A D number can also be used.',
    phone: 'Phone (optional)',
    email: 'E-mail (optional)',
    referralSource: 'Referral source',
    chooseReferralSource: 'Choose who referred the person',
    referralDate: 'Referral date',
    referralDateDescription: 'The date the person was referred to IPS.',
    submit: 'Register participant',
    givenNameRequired: 'Enter the given name.',
    familyNameRequired: 'Enter the family name.',
    nationalIdRequired: 'Enter the national identity number.',
    referralSourceRequired: 'Choose who referred the person.',
    referralDateRequired: 'Enter the referral date.',
  },
};
