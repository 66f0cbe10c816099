import {
  daysBetween,
  isValidLocalDate,
  JOB_END_REASONS,
  type JobEndReason,
  MAX_JOB_HOURS_PER_WEEK,
} from '@ips-bridge/domain';
import type { TFunction } from 'i18next';
import type { FieldProblem } from '../api/problem.ts';
import type { JobEnd, NewEducation, NewJob, NewSupportContact } from '../api/types.ts';
import type { Language } from '../i18n/catalogue.ts';
import { formatLocalDate } from '../i18n/format.ts';
import { type FieldErrors, mapServerFieldErrors } from './fieldErrors.ts';
import { parseDecimal } from './numbers.ts';

/**
 * The forms for jobs, education and follow-along support: a job start, a job ending, an education enrolment and
 * a support contact. Checked in the browser with the server's rules (and the domain's, where there is one).
 */

type SupportWith = NewSupportContact['withWhom'];
type SupportSetting = NewSupportContact['setting'];

export const SUPPORT_WITH = ['jobseeker', 'employer', 'team'] as const satisfies readonly SupportWith[];
export const SUPPORT_SETTINGS = [
  'community',
  'office',
  'phone',
  'video',
] as const satisfies readonly SupportSetting[];

/** Meeting in the community or at the office is face to face; a phone or video call is not. */
export function isFaceToFace(setting: SupportSetting): boolean {
  return setting === 'community' || setting === 'office';
}

const MAX_WAGE = 10_000;
const MAX_NAME = 200;
const MAX_NOTE = 2000;

/** The employer field's value when the employer is not in the team's register and its name is typed instead. */
export const EMPLOYER_NOT_IN_REGISTER = 'not-in-register';

export const JOB_FIELDS = [
  'employerId',
  'employerName',
  'title',
  'competitive',
  'hoursPerWeek',
  'hourlyWage',
  'startDate',
  'foundWithIps',
] as const;
export type JobField = (typeof JOB_FIELDS)[number];
export type JobFormValues = Record<JobField, string>;

/** How the employer is given: picked from the register (or typed when it is not there), or just typed. */
export type EmployerMode = 'register' | 'name';

export function emptyJobForm(today: string): JobFormValues {
  return {
    employerId: '',
    employerName: '',
    title: '',
    competitive: '',
    hoursPerWeek: '',
    hourlyWage: '',
    startDate: today,
    foundWithIps: '',
  };
}

function dateProblem(t: TFunction, value: string, required: string): string | undefined {
  const date = value.trim();
  if (date === '') return required;
  if (!isValidLocalDate(date)) return t('fieldErrors.date');
  return undefined;
}

function tooLong(t: TFunction, value: string, max: number): string | undefined {
  return value.trim().length > max ? t('fieldErrors.tooLong', { max }) : undefined;
}

export function validateJobForm(
  t: TFunction,
  values: JobFormValues,
  mode: EmployerMode,
): FieldErrors<JobField> {
  const errors: FieldErrors<JobField> = {};
  const typesName = mode === 'name' || values.employerId === EMPLOYER_NOT_IN_REGISTER;
  if (mode === 'register' && values.employerId === '') errors.employerId = t('work.problems.employerChoice');
  if (typesName) {
    if (values.employerName.trim() === '') errors.employerName = t('work.problems.employerName');
    else {
      const long = tooLong(t, values.employerName, MAX_NAME);
      if (long) errors.employerName = long;
    }
  }
  if (values.title.trim() === '') errors.title = t('work.problems.title');
  else {
    const long = tooLong(t, values.title, MAX_NAME);
    if (long) errors.title = long;
  }
  if (values.competitive === '') errors.competitive = t('work.problems.competitive');

  const hours = parseDecimal(values.hoursPerWeek);
  if (hours === null) errors.hoursPerWeek = t('work.problems.hoursRequired');
  else if (Number.isNaN(hours)) errors.hoursPerWeek = t('work.problems.number');
  else if (!(hours > 0 && hours <= MAX_JOB_HOURS_PER_WEEK)) {
    errors.hoursPerWeek = t('work.problems.hours_out_of_range', { max: MAX_JOB_HOURS_PER_WEEK });
  }
  const wage = parseDecimal(values.hourlyWage);
  if (wage === null) errors.hourlyWage = t('work.problems.wageRequired');
  else if (Number.isNaN(wage)) errors.hourlyWage = t('work.problems.number');
  else if (wage < 0) errors.hourlyWage = t('work.problems.negative_wage');
  else if (wage > MAX_WAGE) errors.hourlyWage = t('work.problems.wageTooHigh', { max: MAX_WAGE });

  const start = dateProblem(t, values.startDate, t('work.problems.startDate'));
  if (start) errors.startDate = start;
  if (values.foundWithIps === '') errors.foundWithIps = t('work.problems.foundWithIps');
  return errors;
}

export function toNewJob(values: JobFormValues, mode: EmployerMode): NewJob {
  const fromRegister = mode === 'register' && values.employerId !== EMPLOYER_NOT_IN_REGISTER;
  const job: NewJob = {
    title: values.title.trim(),
    competitive: values.competitive === 'yes',
    hoursPerWeek: parseDecimal(values.hoursPerWeek) ?? 0,
    hourlyWage: parseDecimal(values.hourlyWage) ?? 0,
    startDate: values.startDate.trim(),
    foundWithIps: values.foundWithIps === 'yes',
  };
  if (fromRegister) job.employerId = values.employerId;
  else job.employerName = values.employerName.trim();
  return job;
}

export const END_JOB_FIELDS = ['endDate', 'reason', 'note'] as const;
export type EndJobField = (typeof END_JOB_FIELDS)[number];
export type EndJobFormValues = Record<EndJobField, string>;

export function emptyEndJobForm(today: string): EndJobFormValues {
  return { endDate: today, reason: '', note: '' };
}

export function isJobEndReason(value: string): value is JobEndReason {
  return (JOB_END_REASONS as readonly string[]).includes(value);
}

/** The end date is not before the start and not in the future; a reason is needed (as on the server). */
export function validateEndJobForm(
  t: TFunction,
  values: EndJobFormValues,
  startDate: string,
  today: string,
  language: Language,
): FieldErrors<EndJobField> {
  const errors: FieldErrors<EndJobField> = {};
  const date = values.endDate.trim();
  const problem = dateProblem(t, date, t('work.problems.endDate'));
  if (problem) errors.endDate = problem;
  else if (daysBetween(startDate, date) < 0) {
    errors.endDate = t('work.problems.end_before_start', { date: formatLocalDate(startDate, language) });
  } else if (daysBetween(today, date) > 0) errors.endDate = t('fieldErrors.dateInFuture');
  if (!isJobEndReason(values.reason)) errors.reason = t('work.problems.endReason');
  const note = tooLong(t, values.note, MAX_NOTE);
  if (note) errors.note = note;
  return errors;
}

export function toJobEnd(values: EndJobFormValues): JobEnd {
  return {
    endDate: values.endDate.trim(),
    reason: isJobEndReason(values.reason) ? values.reason : 'other',
    note: values.note.trim(),
  };
}

export const EDUCATION_FIELDS = ['institution', 'programme', 'startDate', 'endDate', 'completed'] as const;
export type EducationField = (typeof EDUCATION_FIELDS)[number];
export type EducationFormValues = Record<EducationField, string>;

export function emptyEducationForm(today: string): EducationFormValues {
  return { institution: '', programme: '', startDate: today, endDate: '', completed: '' };
}

export function validateEducationForm(
  t: TFunction,
  values: EducationFormValues,
  language: Language,
): FieldErrors<EducationField> {
  const errors: FieldErrors<EducationField> = {};
  if (values.institution.trim() === '') errors.institution = t('work.problems.institution');
  else {
    const long = tooLong(t, values.institution, MAX_NAME);
    if (long) errors.institution = long;
  }
  if (values.programme.trim() === '') errors.programme = t('work.problems.programme');
  else {
    const long = tooLong(t, values.programme, MAX_NAME);
    if (long) errors.programme = long;
  }
  const start = dateProblem(t, values.startDate, t('work.problems.startDate'));
  if (start) errors.startDate = start;
  const end = values.endDate.trim();
  if (end !== '' && !isValidLocalDate(end)) errors.endDate = t('fieldErrors.date');
  else if (end !== '' && !start && daysBetween(values.startDate.trim(), end) < 0) {
    errors.endDate = t('work.problems.end_before_start', {
      date: formatLocalDate(values.startDate.trim(), language),
    });
  }
  return errors;
}

export function toNewEducation(values: EducationFormValues): NewEducation {
  const end = values.endDate.trim();
  const education: NewEducation = {
    institution: values.institution.trim(),
    programme: values.programme.trim(),
    startDate: values.startDate.trim(),
    endDate: end === '' ? null : end,
  };
  // Whether it was completed only makes sense once it has ended.
  if (end !== '' && values.completed !== '') education.completed = values.completed === 'yes';
  return education;
}

export const SUPPORT_CONTACT_FIELDS = ['date', 'withWhom', 'setting', 'jobId', 'note'] as const;
export type SupportContactField = (typeof SUPPORT_CONTACT_FIELDS)[number];
export type SupportContactFormValues = Record<SupportContactField, string>;

export function emptySupportContactForm(
  today: string,
  currentJobId: string | null,
): SupportContactFormValues {
  return { date: today, withWhom: '', setting: '', jobId: currentJobId ?? '', note: '' };
}

function isSupportWith(value: string): value is SupportWith {
  return (SUPPORT_WITH as readonly string[]).includes(value);
}

function isSupportSetting(value: string): value is SupportSetting {
  return (SUPPORT_SETTINGS as readonly string[]).includes(value);
}

export function validateSupportContactForm(
  t: TFunction,
  values: SupportContactFormValues,
  today: string,
): FieldErrors<SupportContactField> {
  const errors: FieldErrors<SupportContactField> = {};
  const date = dateProblem(t, values.date, t('work.problems.contactDate'));
  if (date) errors.date = date;
  else if (daysBetween(today, values.date.trim()) > 0) errors.date = t('fieldErrors.dateInFuture');
  if (!isSupportWith(values.withWhom)) errors.withWhom = t('work.problems.withWhom');
  if (!isSupportSetting(values.setting)) errors.setting = t('work.problems.setting');
  const note = tooLong(t, values.note, MAX_NOTE);
  if (note) errors.note = note;
  return errors;
}

export function toNewSupportContact(values: SupportContactFormValues): NewSupportContact {
  const setting = isSupportSetting(values.setting) ? values.setting : 'office';
  return {
    date: values.date.trim(),
    withWhom: isSupportWith(values.withWhom) ? values.withWhom : 'jobseeker',
    faceToFace: isFaceToFace(setting),
    setting,
    note: values.note.trim(),
    jobId: values.jobId === '' ? null : values.jobId,
  };
}

function workProblemMessage(
  t: TFunction,
  problem: FieldProblem,
  startDate: string | null,
  language: Language,
): string | undefined {
  switch (problem.code) {
    case 'hours_out_of_range':
      return t('work.problems.hours_out_of_range', { max: MAX_JOB_HOURS_PER_WEEK });
    case 'negative_wage':
      return t('work.problems.negative_wage');
    case 'unknown_employer':
      return t('work.problems.unknown_employer');
    case 'unknown_job':
      return t('work.problems.unknown_job');
    case 'already_ended':
      return t('work.problems.already_ended');
    case 'date_in_future':
      return t('fieldErrors.dateInFuture');
    case 'end_before_start':
      return startDate
        ? t('work.problems.end_before_start', { date: formatLocalDate(startDate, language) })
        : t('work.problems.endBeforeStartPlain');
    case 'custom':
      // The only rule across fields in a job start: an employer from the register or its name.
      return problem.path.endsWith('employerName') ? t('work.problems.employerName') : undefined;
    default:
      return undefined;
  }
}

/**
 * Puts the server's objections on a work form's fields, in the same words as the browser check. `startDate` is
 * the start the end date is compared with, where there is one.
 */
export function mapWorkServerErrors<F extends string>(
  t: TFunction,
  error: unknown,
  fields: readonly F[],
  language: Language,
  startDate: string | null = null,
): { fields: FieldErrors<F>; other: string[] } {
  return mapServerFieldErrors(t, error, fields, (problem) =>
    workProblemMessage(t, problem, startDate, language),
  );
}
