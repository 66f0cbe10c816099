import type { TFunction } from 'i18next';
import type { JobLeadInput } from '../api/jobLeads.ts';
import type { FieldProblem } from '../api/problem.ts';
import { type FieldErrors, mapServerFieldErrors } from './fieldErrors.ts';
import { parseDecimal } from './numbers.ts';

/** The fields of "Add job lead", in the order they are shown (and listed in the error summary). */
export const JOB_LEAD_FIELDS = [
  'employerId',
  'title',
  'jobType',
  'place',
  'hoursPerWeek',
  'description',
] as const;
export type JobLeadField = (typeof JOB_LEAD_FIELDS)[number];

export interface JobLeadFormValues {
  employerId: string;
  title: string;
  jobType: string;
  place: string;
  /** As typed: "20", "37,5" or empty. */
  hoursPerWeek: string;
  description: string;
}

/** The contract's limits (jobLeadBody in @ips-bridge/contracts). */
export const JOB_LEAD_MAX_LENGTH = {
  title: 200,
  jobType: 100,
  place: 100,
  description: 2000,
} as const;
export const MAX_LEAD_HOURS_PER_WEEK = 100;

type TextField = keyof typeof JOB_LEAD_MAX_LENGTH;
const TEXT_FIELDS = Object.keys(JOB_LEAD_MAX_LENGTH) as TextField[];

export function emptyJobLeadForm(employerId = ''): JobLeadFormValues {
  return { employerId, title: '', jobType: '', place: '', hoursPerWeek: '', description: '' };
}

function hoursProblem(t: TFunction, typed: string): string | undefined {
  const hours = parseDecimal(typed);
  if (hours === null) return undefined;
  if (Number.isNaN(hours)) return t('jobLeads.form.hoursNumber');
  if (!(hours > 0 && hours <= MAX_LEAD_HOURS_PER_WEEK)) {
    return t('jobLeads.form.hoursRange', { max: MAX_LEAD_HOURS_PER_WEEK });
  }
  return undefined;
}

/**
 * Checks the form in the browser with the server's rules: an employer from the register, a title and the kind of
 * work; a place, hours and a description are optional, hours more than 0 and at most 100 a week.
 */
export function validateJobLeadForm(t: TFunction, values: JobLeadFormValues): FieldErrors<JobLeadField> {
  const errors: FieldErrors<JobLeadField> = {};
  if (values.employerId.trim() === '') errors.employerId = t('jobLeads.form.employerRequired');
  if (values.title.trim() === '') errors.title = t('jobLeads.form.titleRequired');
  if (values.jobType.trim() === '') errors.jobType = t('jobLeads.form.jobTypeRequired');
  for (const field of TEXT_FIELDS) {
    const max = JOB_LEAD_MAX_LENGTH[field];
    if (errors[field] === undefined && values[field].trim().length > max) {
      errors[field] = t('fieldErrors.tooLong', { max });
    }
  }
  const hours = hoursProblem(t, values.hoursPerWeek);
  if (hours) errors.hoursPerWeek = hours;
  return errors;
}

/** The request body for a valid form: trimmed, with an empty place or hours sent as null. */
export function toJobLeadInput(values: JobLeadFormValues): JobLeadInput {
  const place = values.place.trim();
  const hours = parseDecimal(values.hoursPerWeek);
  return {
    employerId: values.employerId,
    title: values.title.trim(),
    jobType: values.jobType.trim(),
    place: place === '' ? null : place,
    hoursPerWeek: hours === null || Number.isNaN(hours) ? null : hours,
    description: values.description.trim(),
  };
}

/** The form's own wording for the server's codes; anything else gets the general message for the code. */
function jobLeadProblemMessage(t: TFunction, problem: FieldProblem): string | undefined {
  const field = problem.path.split(/[./]/).find((part) => part !== '' && part !== 'body');
  if (problem.code === 'unknown_employer') return t('jobLeads.form.unknownEmployer');
  if (field === 'employerId') return t('jobLeads.form.employerRequired');
  if (field === 'hoursPerWeek') return t('jobLeads.form.hoursRange', { max: MAX_LEAD_HOURS_PER_WEEK });
  if ((field === 'title' || field === 'jobType') && problem.code === 'too_small') {
    return t(field === 'title' ? 'jobLeads.form.titleRequired' : 'jobLeads.form.jobTypeRequired');
  }
  if (field !== undefined && problem.code === 'too_big' && Object.hasOwn(JOB_LEAD_MAX_LENGTH, field)) {
    return t('fieldErrors.tooLong', { max: JOB_LEAD_MAX_LENGTH[field as TextField] });
  }
  return undefined;
}

/** Puts the server's objections on the form's fields, with the same messages as the browser check. */
export function mapJobLeadServerErrors(
  t: TFunction,
  error: unknown,
): { fields: FieldErrors<JobLeadField>; other: string[] } {
  return mapServerFieldErrors(t, error, JOB_LEAD_FIELDS, (problem) => jobLeadProblemMessage(t, problem));
}
