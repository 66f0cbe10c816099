import { validateNationalId } from '@ips-bridge/domain';
import type { TFunction } from 'i18next';
import type { FieldProblem } from '../api/problem.ts';
import type { SelfReferralInput, StaffReferralInput } from '../api/types.ts';
import { type FieldErrors, isPlausibleEmail, isPlausiblePhone, mapServerFieldErrors } from './fieldErrors.ts';
import { normaliseNationalId } from './participantForm.ts';

/**
 * Referrals to IPS. Zero exclusion: anyone may refer, the person themself included, and nothing here asks whether
 * someone is "ready" or "eligible". The forms only need a team, a name and a way to get in touch.
 */

const MAX_NAME = 100;
const MAX_PHONE = 30;
const MAX_EMAIL = 254;
export const MAX_REFERRAL_MESSAGE = 2000;

export const SELF_REFERRAL_FIELDS = [
  'teamId',
  'givenName',
  'familyName',
  'phone',
  'email',
  'message',
] as const;
export type SelfReferralField = (typeof SELF_REFERRAL_FIELDS)[number];
export type SelfReferralValues = Record<SelfReferralField, string>;

export const STAFF_REFERRAL_FIELDS = [
  'teamId',
  'givenName',
  'familyName',
  'nationalId',
  'phone',
  'email',
  'message',
] as const;
export type StaffReferralField = (typeof STAFF_REFERRAL_FIELDS)[number];
export type StaffReferralValues = Record<StaffReferralField, string>;

export const EMPTY_SELF_REFERRAL: SelfReferralValues = {
  teamId: '',
  givenName: '',
  familyName: '',
  phone: '',
  email: '',
  message: '',
};

export const EMPTY_STAFF_REFERRAL: StaffReferralValues = { ...EMPTY_SELF_REFERRAL, nationalId: '' };

function tooLong(t: TFunction, value: string, max: number): string | undefined {
  return value.trim().length > max ? t('fieldErrors.tooLong', { max }) : undefined;
}

/** Checks shared by both forms: the team, the name, how to reach the person, and the message's length. */
function commonProblems(
  t: TFunction,
  values: SelfReferralValues,
  messages: { team: string; givenName: string; familyName: string },
): FieldErrors<SelfReferralField> {
  const errors: FieldErrors<SelfReferralField> = {};
  if (values.teamId === '') errors.teamId = messages.team;
  if (values.givenName.trim() === '') errors.givenName = messages.givenName;
  else errors.givenName = tooLong(t, values.givenName, MAX_NAME);
  if (values.familyName.trim() === '') errors.familyName = messages.familyName;
  else errors.familyName = tooLong(t, values.familyName, MAX_NAME);
  const phone = values.phone.trim();
  if (phone !== '' && !isPlausiblePhone(phone)) errors.phone = t('fieldErrors.phone');
  else errors.phone = tooLong(t, phone, MAX_PHONE);
  const email = values.email.trim();
  if (email !== '' && !isPlausibleEmail(email)) errors.email = t('fieldErrors.email');
  else errors.email = tooLong(t, email, MAX_EMAIL);
  errors.message = tooLong(t, values.message, MAX_REFERRAL_MESSAGE);
  return withoutEmpty(errors);
}

function withoutEmpty<F extends string>(errors: FieldErrors<F>): FieldErrors<F> {
  const result: FieldErrors<F> = {};
  for (const [field, message] of Object.entries(errors) as Array<[F, string | undefined]>) {
    if (message) result[field] = message;
  }
  return result;
}

/** The self-referral form: a team, a name, and a phone number or an e-mail address (or both). */
export function validateSelfReferral(
  t: TFunction,
  values: SelfReferralValues,
): FieldErrors<SelfReferralField> {
  const errors = commonProblems(t, values, {
    team: t('selfReferral.errors.team'),
    givenName: t('selfReferral.errors.givenName'),
    familyName: t('selfReferral.errors.familyName'),
  });
  if (values.phone.trim() === '' && values.email.trim() === '' && !errors.phone) {
    errors.phone = t('selfReferral.errors.contact');
  }
  return errors;
}

function optional(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

export function toSelfReferral(values: SelfReferralValues): SelfReferralInput {
  return {
    teamId: values.teamId,
    givenName: values.givenName.trim(),
    familyName: values.familyName.trim(),
    phone: optional(values.phone),
    email: optional(values.email),
    message: values.message.trim(),
  };
}

/**
 * A professional's referral: a team, a name, and a way to reach the person (phone, e-mail or identity number).
 * The identity number is optional, but checked when it is given.
 */
export function validateStaffReferral(
  t: TFunction,
  values: StaffReferralValues,
): FieldErrors<StaffReferralField> {
  const errors: FieldErrors<StaffReferralField> = commonProblems(t, values, {
    team: t('referrals.form.errors.team'),
    givenName: t('referrals.form.errors.givenName'),
    familyName: t('referrals.form.errors.familyName'),
  });
  const nationalId = normaliseNationalId(values.nationalId);
  if (nationalId !== '') {
    const result = validateNationalId(nationalId);
    if (!result.valid) errors.nationalId = t(`fieldErrors.nationalId.${result.problem}`);
  }
  if (values.phone.trim() === '' && values.email.trim() === '' && nationalId === '' && !errors.phone) {
    errors.phone = t('referrals.form.errors.contact');
  }
  return errors;
}

export function toStaffReferral(values: StaffReferralValues): StaffReferralInput {
  const nationalId = normaliseNationalId(values.nationalId);
  return {
    ...toSelfReferral(values),
    nationalId: nationalId === '' ? null : nationalId,
  };
}

export const ACCEPT_FIELDS = ['nationalId', 'specialistId'] as const;
export type AcceptField = (typeof ACCEPT_FIELDS)[number];
export type AcceptValues = Record<AcceptField, string>;

/** Accepting needs the person's identity number, checked in the browser before anything is sent. */
export function validateAccept(t: TFunction, values: AcceptValues): FieldErrors<AcceptField> {
  const nationalId = normaliseNationalId(values.nationalId);
  if (nationalId === '') return { nationalId: t('referrals.accept.errors.nationalId') };
  const result = validateNationalId(nationalId);
  return result.valid ? {} : { nationalId: t(`fieldErrors.nationalId.${result.problem}`) };
}

export function toAcceptReferral(values: AcceptValues): { nationalId: string; specialistId: string | null } {
  return {
    nationalId: normaliseNationalId(values.nationalId),
    specialistId: values.specialistId === '' ? null : values.specialistId,
  };
}

/**
 * The server's objections to a referral form, on the form's fields. A general problem with the phone field means
 * no way to reach the person was given (the browser checks the number itself the same way as the server).
 */
export function mapReferralServerErrors<F extends string>(
  t: TFunction,
  error: unknown,
  fields: readonly F[],
  contactMessage: string,
  phoneGiven: boolean,
): { fields: FieldErrors<F>; other: string[] } {
  return mapServerFieldErrors(t, error, fields, (problem: FieldProblem) => {
    if (problem.code === 'unknown_team') return t('referrals.problems.unknownTeam');
    if (problem.code === 'unknown_specialist') return t('referrals.problems.unknownSpecialist');
    if (problem.path.endsWith('phone') && problem.code === 'custom') {
      return phoneGiven ? t('fieldErrors.phone') : contactMessage;
    }
    return undefined;
  });
}
