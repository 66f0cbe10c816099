import {
  EARLIEST_REFERRAL_DATE,
  REFERRAL_SOURCES,
  type ReferralSource,
  referralDateProblem,
  validateNationalId,
} from '@ips-bridge/domain';
import type { TFunction } from 'i18next';
import type { NewParticipant } from '../api/types.ts';
import type { Language } from '../i18n/catalogue.ts';
import { formatLocalDate } from '../i18n/format.ts';
import { type FieldErrors, isPlausibleEmail, isPlausiblePhone } from './fieldErrors.ts';

export const PARTICIPANT_FIELDS = [
  'givenName',
  'familyName',
  'nationalId',
  'phone',
  'email',
  'referralSource',
  'referralDate',
] as const;

export type ParticipantField = (typeof PARTICIPANT_FIELDS)[number];
export type ParticipantFormValues = Record<ParticipantField, string>;

const MAX_LENGTH: Partial<Record<ParticipantField, number>> = {
  givenName: 100,
  familyName: 100,
  phone: 30,
  email: 254,
};

export function emptyParticipantForm(today: string): ParticipantFormValues {
  return {
    givenName: '',
    familyName: '',
    nationalId: '',
    phone: '',
    email: '',
    referralSource: '',
    referralDate: today,
  };
}

function isReferralSource(value: string): value is ReferralSource {
  return (REFERRAL_SOURCES as readonly string[]).includes(value);
}

/** National identity numbers are often written with a space after the birth date; accept that. */
export function normaliseNationalId(value: string): string {
  return value.replace(/[\s.-]/g, '');
}

/** Checks the form in the browser, with the same rules as the server, so people get feedback at once. */
export function validateParticipantForm(
  t: TFunction,
  values: ParticipantFormValues,
  today: string,
  language: Language,
): FieldErrors<ParticipantField> {
  const errors: FieldErrors<ParticipantField> = {};
  if (values.givenName.trim() === '') errors.givenName = t('register.givenNameRequired');
  if (values.familyName.trim() === '') errors.familyName = t('register.familyNameRequired');

  const nationalId = normaliseNationalId(values.nationalId);
  if (nationalId === '') {
    errors.nationalId = t('register.nationalIdRequired');
  } else {
    const result = validateNationalId(nationalId);
    if (!result.valid) errors.nationalId = t(`fieldErrors.nationalId.${result.problem}`);
  }

  const phone = values.phone.trim();
  if (phone !== '' && !isPlausiblePhone(phone)) errors.phone = t('fieldErrors.phone');
  const email = values.email.trim();
  if (email !== '' && !isPlausibleEmail(email)) errors.email = t('fieldErrors.email');

  if (!isReferralSource(values.referralSource)) errors.referralSource = t('register.referralSourceRequired');

  const date = values.referralDate.trim();
  const dateProblem = date === '' ? null : referralDateProblem(date, today);
  if (date === '') errors.referralDate = t('register.referralDateRequired');
  else if (dateProblem === 'date_in_future') errors.referralDate = t('fieldErrors.dateInFuture');
  else if (dateProblem === 'date_too_early') {
    errors.referralDate = t('fieldErrors.dateTooEarly', {
      date: formatLocalDate(EARLIEST_REFERRAL_DATE, language),
    });
  } else if (dateProblem !== null) errors.referralDate = t('fieldErrors.date');

  for (const field of PARTICIPANT_FIELDS) {
    const max = MAX_LENGTH[field];
    if (max !== undefined && errors[field] === undefined && values[field].trim().length > max) {
      errors[field] = t('fieldErrors.tooLong', { max });
    }
  }
  return errors;
}

/** The request body for a valid form: trimmed, optional fields left out when empty. */
export function toNewParticipant(values: ParticipantFormValues): NewParticipant {
  const referralSource = isReferralSource(values.referralSource) ? values.referralSource : 'other';
  const body: NewParticipant = {
    givenName: values.givenName.trim(),
    familyName: values.familyName.trim(),
    nationalId: normaliseNationalId(values.nationalId),
    referralSource,
    referralDate: values.referralDate.trim(),
  };
  const phone = values.phone.trim();
  if (phone !== '') body.phone = phone;
  const email = values.email.trim();
  if (email !== '') body.email = email;
  return body;
}
