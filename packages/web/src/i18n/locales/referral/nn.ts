import type { CatalogueShape } from '../../catalogue.ts';
import { referralsNn } from '../referrals/nn.ts';
import { selfReferralNn } from '../selfReferral/nn.ts';
import type { referralNb } from './nb.ts';

/**
 * Norsk nynorsk: referrals: the public self-referral page, "Henvis", the team inbox and registering a participant.
 * Loaded with the pages that need them (`withTexts` in routes.tsx).
 */
export const referralNn: CatalogueShape<typeof referralNb> = {
  selfReferral: selfReferralNn,
  referrals: referralsNn,
  register: {
    heading: 'Registrer deltakar',
    intro: 'Registrer ein person som er tilvist til IPS. Felt merkte «valfritt» kan stå tomme.',
    personHeading: 'Om personen',
    referralHeading: 'Om tilvisinga',
    givenName: 'Fornamn',
    familyName: 'Etternamn',
    nationalId: 'Fødselsnummer',
    nationalIdDescription: '11 siffer. D-nummer kan også brukast.',
    phone: 'Telefon (valfritt)',
    email: 'E-post (valfritt)',
    referralSource: 'Tilvist av',
    chooseReferralSource: 'Vel kven som tilviste',
    referralDate: 'Tilvisingsdato',
    referralDateDescription: 'Datoen personen vart tilvist til IPS.',
    submit: 'Registrer deltakar',
    givenNameRequired: 'Skriv inn fornamnet.',
    familyNameRequired: 'Skriv inn etternamnet.',
    nationalIdRequired: 'Skriv inn fødselsnummeret.',
    referralSourceRequired: 'Vel kven som tilviste personen.',
    referralDateRequired: 'Skriv inn tilvisingsdatoen.',
  },
};
