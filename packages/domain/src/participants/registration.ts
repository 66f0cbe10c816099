import { validateNationalId } from '../identity/national-id.ts';
import { daysBetween, isValidLocalDate, type LocalDate } from '../shared/local-date.ts';

/**
 * Field rules for registering a participant, shared by the browser form and the server. Each problem is a stable
 * code the UI translates. No eligibility screening fields exist on purpose: IPS has zero exclusion.
 */
export type RegistrationProblem =
  | 'national_id_format'
  | 'national_id_checksum'
  | 'national_id_date'
  | 'date_format'
  | 'date_in_future'
  | 'date_too_early';

export const EARLIEST_REFERRAL_DATE: LocalDate = '2000-01-01';

export function nationalIdProblem(value: string): RegistrationProblem | null {
  const result = validateNationalId(value);
  if (result.valid) return null;
  return `national_id_${result.problem}`;
}

export function referralDateProblem(value: string, today: LocalDate): RegistrationProblem | null {
  if (!isValidLocalDate(value)) return 'date_format';
  if (daysBetween(today, value) > 0) return 'date_in_future';
  if (daysBetween(EARLIEST_REFERRAL_DATE, value) < 0) return 'date_too_early';
  return null;
}

/** A phone number as people write it: digits, spaces, brackets and dashes, an optional leading +. */
export const PHONE_PATTERN = /^\+?[0-9 ()-]{5,30}$/;
