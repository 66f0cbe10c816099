import { referralsNb } from '../referrals/nb.ts';
import { selfReferralNb } from '../selfReferral/nb.ts';

/**
 * Norsk bokmål: referrals: the public self-referral page, "Henvis", the team inbox and registering a participant.
 * Loaded with the pages that need them (`withTexts` in routes.tsx).
 */
export const referralNb = {
  selfReferral: selfReferralNb,
  referrals: referralsNb,
  register: {
    heading: 'Registrer deltaker',
    intro: 'Registrer en person som er henvist til IPS. Felt merket «valgfritt» kan stå tomme.',
    personHeading: 'Om personen',
    referralHeading: 'Om henvisningen',
    givenName: 'Fornavn',
    familyName: 'Etternavn',
    nationalId: 'Fødselsnummer',
    nationalIdDescription: '11 siffer. D-nummer kan også brukes.',
    phone: 'Telefon (valgfritt)',
    email: 'E-post (valgfritt)',
    referralSource: 'Henvist av',
    chooseReferralSource: 'Velg hvem som henviste',
    referralDate: 'Henvisningsdato',
    referralDateDescription: 'Datoen personen ble henvist til IPS.',
    submit: 'Registrer deltaker',
    givenNameRequired: 'Skriv inn fornavnet.',
    familyNameRequired: 'Skriv inn etternavnet.',
    nationalIdRequired: 'Skriv inn fødselsnummeret.',
    referralSourceRequired: 'Velg hvem som henviste personen.',
    referralDateRequired: 'Skriv inn henvisningsdatoen.',
  },
};
