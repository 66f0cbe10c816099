import { CONTACT_PURPOSES, type ContactPurpose, daysBetween, isValidLocalDate } from '@ips-bridge/domain';
import type { TFunction } from 'i18next';
import { isApiError } from '../api/problem.ts';
import type { EmployerContactInput } from '../api/types.ts';
import { fieldProblemMessage } from '../i18n/problemMessage.ts';
import type { FieldErrors } from './fieldErrors.ts';

export const EMPLOYER_CONTACT_FIELDS = [
  'date',
  'faceToFace',
  'purpose',
  'outcome',
  'participantIds',
] as const;
export type EmployerContactField = (typeof EMPLOYER_CONTACT_FIELDS)[number];

/** Face to face or not is a yes/no radio group with no answer chosen until the user picks one. */
export type FaceToFaceAnswer = '' | 'yes' | 'no';

export interface EmployerContactFormValues {
  date: string;
  faceToFace: FaceToFaceAnswer;
  purpose: string;
  outcome: string;
  participantIds: string[];
}

export const MAX_OUTCOME_LENGTH = 2000;
export const MAX_CONTACT_PARTICIPANTS = 20;

export function emptyEmployerContactForm(today: string): EmployerContactFormValues {
  return { date: today, faceToFace: '', purpose: '', outcome: '', participantIds: [] };
}

export function isContactPurpose(value: string): value is ContactPurpose {
  return (CONTACT_PURPOSES as readonly string[]).includes(value);
}

export function isFaceToFaceAnswer(value: unknown): value is FaceToFaceAnswer {
  return value === '' || value === 'yes' || value === 'no';
}

/** Checks the form in the browser with the server's rules: a real date, not in the future; an answer to each question. */
export function validateEmployerContactForm(
  t: TFunction,
  values: EmployerContactFormValues,
  today: string,
): FieldErrors<EmployerContactField> {
  const errors: FieldErrors<EmployerContactField> = {};
  const date = values.date.trim();
  if (date === '') errors.date = t('jobDevelopment.contactForm.dateRequired');
  else if (!isValidLocalDate(date)) errors.date = t('fieldErrors.date');
  else if (daysBetween(today, date) > 0) errors.date = t('fieldErrors.dateInFuture');
  if (values.faceToFace === '') errors.faceToFace = t('jobDevelopment.contactForm.faceToFaceRequired');
  if (!isContactPurpose(values.purpose)) errors.purpose = t('jobDevelopment.contactForm.purposeRequired');
  if (values.outcome.trim().length > MAX_OUTCOME_LENGTH) {
    errors.outcome = t('fieldErrors.tooLong', { max: MAX_OUTCOME_LENGTH });
  }
  if (values.participantIds.length > MAX_CONTACT_PARTICIPANTS) {
    errors.participantIds = t('jobDevelopment.contactForm.tooManyParticipants', {
      max: MAX_CONTACT_PARTICIPANTS,
    });
  }
  return errors;
}

/** The request body for a valid form. */
export function toEmployerContactInput(values: EmployerContactFormValues): EmployerContactInput {
  return {
    date: values.date.trim(),
    faceToFace: values.faceToFace === 'yes',
    purpose: isContactPurpose(values.purpose) ? values.purpose : 'other',
    outcome: values.outcome.trim(),
    participantIds: [...new Set(values.participantIds)],
  };
}

/**
 * Puts the server's objections on the form's fields. A participant the server refuses (`participantIds.N`:
 * not one of the caller's participants, e.g. moved to someone else since the page was opened) is named.
 */
export function mapEmployerContactServerErrors(
  t: TFunction,
  error: unknown,
  sent: EmployerContactInput,
  participantName: (id: string) => string | undefined,
): { fields: FieldErrors<EmployerContactField>; other: string[] } {
  const fields: FieldErrors<EmployerContactField> = {};
  const other: string[] = [];
  if (!isApiError(error)) return { fields, other };
  for (const problem of error.fieldErrors) {
    const parts = problem.path.split(/[./]/).filter((part) => part !== '' && part !== 'body');
    const field = EMPLOYER_CONTACT_FIELDS.find((candidate) => candidate === parts[0]);
    let message = fieldProblemMessage(t, problem);
    if (field === 'date' && problem.code === 'date_in_future') message = t('fieldErrors.dateInFuture');
    if (field === 'participantIds' && problem.code === 'unknown_participant') {
      const id = sent.participantIds?.[Number(parts[1])];
      const name = id === undefined ? undefined : participantName(id);
      message = name
        ? t('jobDevelopment.contactForm.unknownParticipant', { name })
        : t('jobDevelopment.contactForm.unknownParticipantUnnamed');
    }
    if (field === undefined) other.push(message);
    else if (fields[field] === undefined) fields[field] = message;
  }
  return { fields, other };
}
