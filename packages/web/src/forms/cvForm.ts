import type { TFunction } from 'i18next';
import type { CvContent } from '../api/cv.ts';
import { type FieldProblem, isApiError } from '../api/problem.ts';
import { fieldProblemMessage } from '../i18n/problemMessage.ts';
import type { FieldErrors } from './fieldErrors.ts';
import { parseWholeNumber, parseYearMonth, yearMonthForInput } from './numbers.ts';

/**
 * The CV form: a headline and a short summary, rows of experience and education that can be added and removed,
 * and interests as a list of words. Checked in the browser with the same limits as the server (the contract's
 * `cvContentSchema`), in friendlier words; a row left completely empty is simply not saved.
 */

export const CV_LIMITS = {
  headline: 200,
  summary: 2000,
  experienceRows: 50,
  title: 200,
  employer: 200,
  description: 1000,
  educationRows: 30,
  subject: 200,
  institution: 200,
  interests: 30,
  interest: 100,
  minYear: 1940,
  maxYear: 2100,
} as const;

export const EXPERIENCE_FIELDS = ['title', 'employer', 'from', 'to', 'description'] as const;
export type ExperienceField = (typeof EXPERIENCE_FIELDS)[number];
export const EDUCATION_FIELDS = ['subject', 'institution', 'year', 'completed'] as const;
export type EducationField = (typeof EDUCATION_FIELDS)[number];

export interface ExperienceRowValues {
  key: string;
  title: string;
  employer: string;
  /** As typed: "03.2019" or "2019-03". */
  from: string;
  /** Empty while the job goes on. */
  to: string;
  description: string;
}

export interface EducationRowValues {
  key: string;
  subject: string;
  institution: string;
  year: string;
  completed: boolean;
}

export interface CvFormValues {
  headline: string;
  summary: string;
  experience: ExperienceRowValues[];
  education: EducationRowValues[];
  interests: string[];
  /** What is typed in the interest field but not added to the list yet; added on save. */
  interestDraft: string;
}

/** A field of the form: `headline`, `summary`, `experience`, `education`, `interests`, or a row's field. */
export type CvField = string;

let rowCount = 0;
function newRowKey(): string {
  rowCount += 1;
  return `cvrow${rowCount}`;
}

export function emptyExperienceRow(): ExperienceRowValues {
  return { key: newRowKey(), title: '', employer: '', from: '', to: '', description: '' };
}

export function emptyEducationRow(): EducationRowValues {
  return { key: newRowKey(), subject: '', institution: '', year: '', completed: false };
}

export function experienceField(key: string, field: ExperienceField): CvField {
  return `experience.${key}.${field}`;
}

export function educationField(key: string, field: EducationField): CvField {
  return `education.${key}.${field}`;
}

/** The HTML id of a field's control, e.g. `cv-experience-cvrow3-title`. */
export function cvFieldId(field: CvField): string {
  return `cv-${field.replaceAll('.', '-')}`;
}

/** Every field in the order it appears on screen, so the error summary lists problems top to bottom. */
export function cvFieldOrder(values: CvFormValues): CvField[] {
  return [
    'headline',
    'summary',
    'experience',
    ...values.experience.flatMap((row) => EXPERIENCE_FIELDS.map((field) => experienceField(row.key, field))),
    'education',
    ...values.education.flatMap((row) => EDUCATION_FIELDS.map((field) => educationField(row.key, field))),
    'interests',
  ];
}

/** The form filled with the CV as it is now: the saved one, or the draft. */
export function cvFormFrom(content: CvContent): CvFormValues {
  return {
    headline: content.headline,
    summary: content.summary,
    experience: content.experience.map((item) => ({
      key: newRowKey(),
      title: item.title,
      employer: item.employer,
      from: yearMonthForInput(item.from),
      to: yearMonthForInput(item.to),
      description: item.description,
    })),
    education: content.education.map((item) => ({
      key: newRowKey(),
      subject: item.subject,
      institution: item.institution ?? '',
      year: item.year === null ? '' : String(item.year),
      completed: item.completed,
    })),
    interests: [...content.interests],
    interestDraft: '',
  };
}

export type InterestProblem = 'tooLong' | 'tooMany';

/**
 * Adds what is typed to the interests: trimmed, spaces collapsed, not twice (ignoring case), at most 30 of at most
 * 100 characters. Returns the list unchanged with a problem when it cannot be added.
 */
export function addInterest(
  list: readonly string[],
  draft: string,
): { list: string[]; problem?: InterestProblem } {
  const value = draft.trim().replace(/\s+/g, ' ');
  if (value === '' || list.some((item) => item.toLocaleLowerCase() === value.toLocaleLowerCase())) {
    return { list: [...list] };
  }
  if (value.length > CV_LIMITS.interest) return { list: [...list], problem: 'tooLong' };
  if (list.length >= CV_LIMITS.interests) return { list: [...list], problem: 'tooMany' };
  return { list: [...list, value] };
}

export function interestProblemMessage(t: TFunction, problem: InterestProblem): string {
  return problem === 'tooLong'
    ? t('fieldErrors.tooLong', { max: CV_LIMITS.interest })
    : t('cv.problems.tooManyInterests', { max: CV_LIMITS.interests });
}

/** The form with anything still typed in the interest field added to the list, as on save. */
export function withInterestDraftAdded(values: CvFormValues): {
  values: CvFormValues;
  problem?: InterestProblem;
} {
  const added = addInterest(values.interests, values.interestDraft);
  if (added.problem) return { values, problem: added.problem };
  return { values: { ...values, interests: added.list, interestDraft: '' } };
}

function isBlankExperienceRow(row: ExperienceRowValues): boolean {
  return EXPERIENCE_FIELDS.every((field) => row[field].trim() === '');
}

function isBlankEducationRow(row: EducationRowValues): boolean {
  return (
    row.subject.trim() === '' && row.institution.trim() === '' && row.year.trim() === '' && !row.completed
  );
}

/** The rows that are saved: the ones with anything in them. */
export function filledExperienceRows(values: CvFormValues): ExperienceRowValues[] {
  return values.experience.filter((row) => !isBlankExperienceRow(row));
}

export function filledEducationRows(values: CvFormValues): EducationRowValues[] {
  return values.education.filter((row) => !isBlankEducationRow(row));
}

function tooLong(
  errors: FieldErrors<CvField>,
  t: TFunction,
  field: CvField,
  value: string,
  max: number,
): void {
  if (errors[field] === undefined && value.trim().length > max) {
    errors[field] = t('fieldErrors.tooLong', { max });
  }
}

/** Checks the form with the server's limits, and friendlier words for what is missing or mistyped. */
export function validateCvForm(t: TFunction, values: CvFormValues): FieldErrors<CvField> {
  const errors: FieldErrors<CvField> = {};
  tooLong(errors, t, 'headline', values.headline, CV_LIMITS.headline);
  tooLong(errors, t, 'summary', values.summary, CV_LIMITS.summary);

  const experience = filledExperienceRows(values);
  if (experience.length > CV_LIMITS.experienceRows) {
    errors.experience = t('cv.problems.tooManyExperience', { max: CV_LIMITS.experienceRows });
  }
  for (const row of experience) {
    const field = (name: ExperienceField) => experienceField(row.key, name);
    if (row.title.trim() === '') errors[field('title')] = t('cv.problems.title');
    if (row.employer.trim() === '') errors[field('employer')] = t('cv.problems.employer');
    const from = parseYearMonth(row.from);
    if (row.from.trim() === '') errors[field('from')] = t('cv.problems.fromRequired');
    else if (from === null) errors[field('from')] = t('cv.problems.month');
    const to = row.to.trim() === '' ? null : parseYearMonth(row.to);
    if (row.to.trim() !== '' && to === null) errors[field('to')] = t('cv.problems.month');
    else if (from !== null && to !== null && to < from) errors[field('to')] = t('cv.problems.toBeforeFrom');
    tooLong(errors, t, field('title'), row.title, CV_LIMITS.title);
    tooLong(errors, t, field('employer'), row.employer, CV_LIMITS.employer);
    tooLong(errors, t, field('description'), row.description, CV_LIMITS.description);
  }

  const education = filledEducationRows(values);
  if (education.length > CV_LIMITS.educationRows) {
    errors.education = t('cv.problems.tooManyEducation', { max: CV_LIMITS.educationRows });
  }
  for (const row of education) {
    const field = (name: EducationField) => educationField(row.key, name);
    if (row.subject.trim() === '') errors[field('subject')] = t('cv.problems.subject');
    const year = parseWholeNumber(row.year);
    if (year !== null && !(year >= CV_LIMITS.minYear && year <= CV_LIMITS.maxYear)) {
      errors[field('year')] = t('cv.problems.year', { min: CV_LIMITS.minYear, max: CV_LIMITS.maxYear });
    }
    tooLong(errors, t, field('subject'), row.subject, CV_LIMITS.subject);
    tooLong(errors, t, field('institution'), row.institution, CV_LIMITS.institution);
  }

  const interest = addInterest(values.interests, values.interestDraft);
  if (interest.problem) errors.interests = interestProblemMessage(t, interest.problem);
  return errors;
}

/** The request body for a checked form: filled rows only, months as `YYYY-MM`, the year as a number. */
export function toCvContent(values: CvFormValues): CvContent {
  const withDraft = withInterestDraftAdded(values).values;
  return {
    headline: withDraft.headline.trim(),
    summary: withDraft.summary.trim(),
    experience: filledExperienceRows(withDraft).map((row) => ({
      title: row.title.trim(),
      employer: row.employer.trim(),
      from: parseYearMonth(row.from) ?? row.from.trim(),
      to: row.to.trim() === '' ? null : (parseYearMonth(row.to) ?? row.to.trim()),
      description: row.description.trim(),
    })),
    education: filledEducationRows(withDraft).map((row) => ({
      subject: row.subject.trim(),
      institution: row.institution.trim() === '' ? null : row.institution.trim(),
      year: parseWholeNumber(row.year),
      completed: row.completed,
    })),
    interests: withDraft.interests,
  };
}

function isOneOf<T extends string>(list: readonly T[], value: string | undefined): value is T {
  return value !== undefined && (list as readonly string[]).includes(value);
}

/**
 * The form field a server error path points at, e.g. `experience.0.title` → that row's title. Row numbers count
 * the rows that were sent (the filled ones). Null when the form has no such field.
 */
export function cvFieldForPath(path: string, values: CvFormValues): CvField | null {
  const [list, index, field] = path.split(/[./]/).filter((part) => part !== '' && part !== 'body');
  if (list === 'headline' || list === 'summary' || list === 'interests') return list;
  if (list === 'experience') {
    const row = index === undefined ? undefined : filledExperienceRows(values)[Number(index)];
    if (row && isOneOf(EXPERIENCE_FIELDS, field)) return experienceField(row.key, field);
    return row ? experienceField(row.key, 'title') : 'experience';
  }
  if (list === 'education') {
    const row = index === undefined ? undefined : filledEducationRows(values)[Number(index)];
    if (row && isOneOf(EDUCATION_FIELDS, field)) return educationField(row.key, field);
    return row ? educationField(row.key, 'subject') : 'education';
  }
  return null;
}

function serverProblemMessage(t: TFunction, field: CvField | null, problem: FieldProblem): string {
  // The contract's month pattern says "Use YYYY-MM"; the form takes "03.2019", so say that instead.
  if ((field?.endsWith('.from') || field?.endsWith('.to')) && problem.code === 'invalid_format') {
    return t('cv.problems.month');
  }
  return fieldProblemMessage(t, problem);
}

/** Puts the server's objections on the form's fields; anything else comes back in `other`. */
export function mapCvServerErrors(
  t: TFunction,
  error: unknown,
  values: CvFormValues,
): { fields: FieldErrors<CvField>; other: string[] } {
  const fields: FieldErrors<CvField> = {};
  const other: string[] = [];
  if (!isApiError(error)) return { fields, other };
  for (const problem of error.fieldErrors) {
    const field = cvFieldForPath(problem.path, values);
    const message = serverProblemMessage(t, field, problem);
    if (field === null) other.push(message);
    else if (fields[field] === undefined) fields[field] = message;
  }
  return { fields, other };
}
