import type { TFunction } from 'i18next';
import { type FieldProblem, isApiError } from '../api/problem.ts';
import type { CareerProfileContent, CareerProfileHealth, CareerProfileInput } from '../api/types.ts';
import type { Language } from '../i18n/catalogue.ts';
import { fieldProblemMessage } from '../i18n/problemMessage.ts';
import type { FieldErrors } from './fieldErrors.ts';
import {
  decimalForInput,
  parseDecimal,
  parseWholeNumber,
  parseYearMonth,
  yearMonthForInput,
} from './numbers.ts';

/**
 * The career profile form: rows of work history and education that can be added and removed, lists of job types
 * and places, free text in the person's own terms, and the health-related part kept apart. Checked in the browser
 * with the server's limits; a row left completely empty is simply not saved.
 */

type EducationLevel = CareerProfileContent['education'][number]['level'];

export const EDUCATION_LEVELS = [
  'primary',
  'upper_secondary',
  'vocational',
  'higher',
  'other',
] as const satisfies readonly EducationLevel[];

export const PROFILE_REASONS = ['update', 'after_job_experience'] as const;
export type ProfileReason = (typeof PROFILE_REASONS)[number];

export const MAX_WORK_ROWS = 50;
export const MAX_EDUCATION_ROWS = 30;
export const MAX_TAGS = 20;
const MAX_TAG_LENGTH = 100;
export const MAX_HOURS = 100;
const MIN_YEAR = 1940;
const MAX_YEAR = 2100;

export const WORK_ROW_FIELDS = ['employer', 'title', 'from', 'to', 'wentWell', 'wasHard'] as const;
export type WorkRowField = (typeof WORK_ROW_FIELDS)[number];
export const EDUCATION_ROW_FIELDS = ['subject', 'level', 'institution', 'completed', 'year'] as const;
export type EducationRowField = (typeof EDUCATION_ROW_FIELDS)[number];

export const TAG_LISTS = ['jobTypes', 'places'] as const;
export type TagList = (typeof TAG_LISTS)[number];

const TEXT_FIELDS = [
  'conditions',
  'strengths',
  'whatHelps',
  'whatGetsInTheWay',
  'earlyWarningSigns',
  'copingStrategies',
] as const;
type TextField = (typeof TEXT_FIELDS)[number];

const TEXT_LIMITS: Record<TextField, number> = {
  conditions: 2000,
  strengths: 4000,
  whatHelps: 4000,
  whatGetsInTheWay: 4000,
  earlyWarningSigns: 4000,
  copingStrategies: 4000,
};

export function textLimit(field: TextField): number {
  return TEXT_LIMITS[field];
}

export interface WorkRowValues {
  key: string;
  employer: string;
  title: string;
  from: string;
  to: string;
  wentWell: string;
  wasHard: string;
}

export interface EducationRowValues {
  key: string;
  subject: string;
  level: string;
  institution: string;
  completed: boolean;
  year: string;
}

export interface CareerProfileFormValues {
  workHistory: WorkRowValues[];
  education: EducationRowValues[];
  jobTypes: string[];
  /** What is typed in the job-type field but not added to the list yet; added on save. */
  jobTypesDraft: string;
  hoursMin: string;
  hoursMax: string;
  places: string[];
  placesDraft: string;
  conditions: string;
  strengths: string;
  whatHelps: string;
  whatGetsInTheWay: string;
  earlyWarningSigns: string;
  copingStrategies: string;
  reason: ProfileReason;
}

/** A field of the form: a scalar field, or `work.<row>.<field>` / `education.<row>.<field>` for a row's field. */
export type CareerProfileField = string;

let rowCount = 0;
function newRowKey(): string {
  rowCount += 1;
  return `row${rowCount}`;
}

export function emptyWorkRow(): WorkRowValues {
  return { key: newRowKey(), employer: '', title: '', from: '', to: '', wentWell: '', wasHard: '' };
}

export function emptyEducationRow(): EducationRowValues {
  return { key: newRowKey(), subject: '', level: '', institution: '', completed: false, year: '' };
}

export function workField(key: string, field: WorkRowField): CareerProfileField {
  return `work.${key}.${field}`;
}

export function educationField(key: string, field: EducationRowField): CareerProfileField {
  return `education.${key}.${field}`;
}

/** The HTML id of a field's control, e.g. `career-profile-work-row3-employer`. */
export function careerProfileFieldId(field: CareerProfileField): string {
  return `career-profile-${field.replaceAll('.', '-')}`;
}

/** Every field in the order it appears on screen, so the error summary lists problems top to bottom. */
export function careerProfileFieldOrder(values: CareerProfileFormValues): CareerProfileField[] {
  return [
    'workHistory',
    ...values.workHistory.flatMap((row) => WORK_ROW_FIELDS.map((field) => workField(row.key, field))),
    'education',
    ...values.education.flatMap((row) => EDUCATION_ROW_FIELDS.map((field) => educationField(row.key, field))),
    'jobTypes',
    'hoursMin',
    'hoursMax',
    'places',
    ...TEXT_FIELDS,
  ];
}

/** A new profile starts with one empty row of each kind, ready to fill in. */
export function emptyCareerProfileForm(): CareerProfileFormValues {
  return {
    workHistory: [emptyWorkRow()],
    education: [emptyEducationRow()],
    jobTypes: [],
    jobTypesDraft: '',
    hoursMin: '',
    hoursMax: '',
    places: [],
    placesDraft: '',
    conditions: '',
    strengths: '',
    whatHelps: '',
    whatGetsInTheWay: '',
    earlyWarningSigns: '',
    copingStrategies: '',
    reason: 'update',
  };
}

/** The form filled with a saved profile, to change it. */
export function careerProfileFormFrom(
  content: CareerProfileContent,
  health: CareerProfileHealth | null,
  language: Language,
): CareerProfileFormValues {
  return {
    workHistory: content.workHistory.map((job) => ({
      key: newRowKey(),
      employer: job.employer,
      title: job.title,
      from: yearMonthForInput(job.from),
      to: yearMonthForInput(job.to),
      wentWell: job.wentWell ?? '',
      wasHard: job.wasHard ?? '',
    })),
    education: content.education.map((item) => ({
      key: newRowKey(),
      subject: item.subject,
      level: item.level,
      institution: item.institution ?? '',
      completed: item.completed,
      year: item.year === null || item.year === undefined ? '' : String(item.year),
    })),
    jobTypes: [...content.preferences.jobTypes],
    jobTypesDraft: '',
    hoursMin: decimalForInput(content.preferences.hoursPerWeekMin, language),
    hoursMax: decimalForInput(content.preferences.hoursPerWeekMax, language),
    places: [...content.preferences.places],
    placesDraft: '',
    conditions: content.preferences.conditions,
    strengths: content.strengths,
    whatHelps: content.whatHelps,
    whatGetsInTheWay: content.whatGetsInTheWay,
    earlyWarningSigns: health?.earlyWarningSigns ?? '',
    copingStrategies: health?.copingStrategies ?? '',
    reason: 'update',
  };
}

export type TagProblem = 'tooLong' | 'tooMany';

/**
 * Adds what is typed to a list of job types or places: trimmed, not twice (ignoring case), at most 20 of at most
 * 100 characters. Returns the list unchanged with a problem when it cannot be added.
 */
export function addTag(list: readonly string[], draft: string): { list: string[]; problem?: TagProblem } {
  const value = draft.trim().replace(/\s+/g, ' ');
  if (value === '' || list.some((item) => item.toLocaleLowerCase() === value.toLocaleLowerCase())) {
    return { list: [...list] };
  }
  if (value.length > MAX_TAG_LENGTH) return { list: [...list], problem: 'tooLong' };
  if (list.length >= MAX_TAGS) return { list: [...list], problem: 'tooMany' };
  return { list: [...list, value] };
}

export function tagProblemMessage(t: TFunction, problem: TagProblem): string {
  return problem === 'tooLong'
    ? t('fieldErrors.tooLong', { max: MAX_TAG_LENGTH })
    : t('careerProfile.problems.tooManyTags', { max: MAX_TAGS });
}

const draftField = (list: TagList) => (list === 'jobTypes' ? 'jobTypesDraft' : 'placesDraft');

/** The form with anything still typed in the job-type and place fields added to their lists, as on save. */
export function withDraftsAdded(values: CareerProfileFormValues): {
  values: CareerProfileFormValues;
  problems: Partial<Record<TagList, TagProblem>>;
} {
  const next = { ...values };
  const problems: Partial<Record<TagList, TagProblem>> = {};
  for (const list of TAG_LISTS) {
    const draft = draftField(list);
    const added = addTag(next[list], next[draft]);
    next[list] = added.list;
    if (added.problem) problems[list] = added.problem;
    else next[draft] = '';
  }
  return { values: next, problems };
}

function isBlankWorkRow(row: WorkRowValues): boolean {
  return WORK_ROW_FIELDS.every((field) => row[field].trim() === '');
}

function isBlankEducationRow(row: EducationRowValues): boolean {
  return (
    row.subject.trim() === '' &&
    row.level === '' &&
    row.institution.trim() === '' &&
    row.year.trim() === '' &&
    !row.completed
  );
}

/** The rows that are saved: the ones with anything in them. */
export function filledWorkRows(values: CareerProfileFormValues): WorkRowValues[] {
  return values.workHistory.filter((row) => !isBlankWorkRow(row));
}

export function filledEducationRows(values: CareerProfileFormValues): EducationRowValues[] {
  return values.education.filter((row) => !isBlankEducationRow(row));
}

function isEducationLevel(value: string): value is EducationLevel {
  return (EDUCATION_LEVELS as readonly string[]).includes(value);
}

function checkLength(
  errors: FieldErrors<CareerProfileField>,
  t: TFunction,
  field: CareerProfileField,
  value: string,
  max: number,
): void {
  if (errors[field] === undefined && value.trim().length > max)
    errors[field] = t('fieldErrors.tooLong', { max });
}

function hoursProblem(t: TFunction, value: string): string | undefined {
  const hours = parseDecimal(value);
  if (hours === null) return undefined;
  if (Number.isNaN(hours)) return t('careerProfile.problems.hoursNumber');
  if (hours < 0 || hours > MAX_HOURS) return t('careerProfile.problems.hoursRange', { max: MAX_HOURS });
  return undefined;
}

/** Checks the form with the same limits as the server, and friendlier words for what is missing. */
export function validateCareerProfileForm(
  t: TFunction,
  values: CareerProfileFormValues,
): FieldErrors<CareerProfileField> {
  const errors: FieldErrors<CareerProfileField> = {};

  for (const row of filledWorkRows(values)) {
    if (row.employer.trim() === '')
      errors[workField(row.key, 'employer')] = t('careerProfile.problems.employer');
    if (row.title.trim() === '') errors[workField(row.key, 'title')] = t('careerProfile.problems.title');
    const from = parseYearMonth(row.from);
    if (row.from.trim() === '') errors[workField(row.key, 'from')] = t('careerProfile.problems.fromRequired');
    else if (from === null) errors[workField(row.key, 'from')] = t('careerProfile.problems.month');
    const to = row.to.trim() === '' ? null : parseYearMonth(row.to);
    if (row.to.trim() !== '' && to === null)
      errors[workField(row.key, 'to')] = t('careerProfile.problems.month');
    else if (from !== null && to !== null && to < from) {
      errors[workField(row.key, 'to')] = t('careerProfile.problems.toBeforeFrom');
    }
    checkLength(errors, t, workField(row.key, 'employer'), row.employer, 200);
    checkLength(errors, t, workField(row.key, 'title'), row.title, 200);
    checkLength(errors, t, workField(row.key, 'wentWell'), row.wentWell, 2000);
    checkLength(errors, t, workField(row.key, 'wasHard'), row.wasHard, 2000);
  }

  for (const row of filledEducationRows(values)) {
    if (row.subject.trim() === '')
      errors[educationField(row.key, 'subject')] = t('careerProfile.problems.subject');
    if (!isEducationLevel(row.level))
      errors[educationField(row.key, 'level')] = t('careerProfile.problems.level');
    const year = parseWholeNumber(row.year);
    if (year !== null && !(year >= MIN_YEAR && year <= MAX_YEAR)) {
      errors[educationField(row.key, 'year')] = t('careerProfile.problems.year', {
        min: MIN_YEAR,
        max: MAX_YEAR,
      });
    }
    checkLength(errors, t, educationField(row.key, 'subject'), row.subject, 200);
    checkLength(errors, t, educationField(row.key, 'institution'), row.institution, 200);
  }

  for (const list of TAG_LISTS) {
    const added = addTag(values[list], values[draftField(list)]);
    if (added.problem) errors[list] = tagProblemMessage(t, added.problem);
  }

  const minProblem = hoursProblem(t, values.hoursMin);
  const maxProblem = hoursProblem(t, values.hoursMax);
  if (minProblem) errors.hoursMin = minProblem;
  if (maxProblem) errors.hoursMax = maxProblem;
  const min = parseDecimal(values.hoursMin);
  const max = parseDecimal(values.hoursMax);
  if (!minProblem && !maxProblem && min !== null && max !== null && min > max) {
    errors.hoursMax = t('careerProfile.problems.hoursOrder');
  }

  for (const field of TEXT_FIELDS) checkLength(errors, t, field, values[field], TEXT_LIMITS[field]);
  return errors;
}

const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/** The request body for a checked form: filled rows only, months as `YYYY-MM`, numbers as numbers. */
export function toCareerProfileInput(values: CareerProfileFormValues): CareerProfileInput {
  const withDrafts = withDraftsAdded(values).values;
  return {
    content: {
      workHistory: filledWorkRows(withDrafts).map((row) => ({
        employer: row.employer.trim(),
        title: row.title.trim(),
        from: parseYearMonth(row.from) ?? row.from.trim(),
        to: row.to.trim() === '' ? null : (parseYearMonth(row.to) ?? row.to.trim()),
        wentWell: orNull(row.wentWell),
        wasHard: orNull(row.wasHard),
      })),
      education: filledEducationRows(withDrafts).map((row) => ({
        subject: row.subject.trim(),
        level: isEducationLevel(row.level) ? row.level : 'other',
        institution: orNull(row.institution),
        completed: row.completed,
        year: parseWholeNumber(row.year),
      })),
      preferences: {
        jobTypes: withDrafts.jobTypes,
        hoursPerWeekMin: parseDecimal(withDrafts.hoursMin),
        hoursPerWeekMax: parseDecimal(withDrafts.hoursMax),
        places: withDrafts.places,
        conditions: withDrafts.conditions.trim(),
      },
      strengths: withDrafts.strengths.trim(),
      whatHelps: withDrafts.whatHelps.trim(),
      whatGetsInTheWay: withDrafts.whatGetsInTheWay.trim(),
    },
    health: {
      earlyWarningSigns: withDrafts.earlyWarningSigns.trim(),
      copingStrategies: withDrafts.copingStrategies.trim(),
    },
    reason: withDrafts.reason,
  };
}

const PREFERENCE_FIELDS: Record<string, CareerProfileField> = {
  jobTypes: 'jobTypes',
  places: 'places',
  hoursPerWeekMin: 'hoursMin',
  hoursPerWeekMax: 'hoursMax',
  conditions: 'conditions',
};

function isOneOf<T extends string>(list: readonly T[], value: string | undefined): value is T {
  return value !== undefined && (list as readonly string[]).includes(value);
}

/**
 * The form field a server error path points at, e.g. `content.workHistory.0.employer` → that row's employer.
 * Row numbers count the rows that were sent (the filled ones). Null when the form has no such field.
 */
export function careerProfileFieldForPath(
  path: string,
  values: CareerProfileFormValues,
): CareerProfileField | null {
  const parts = path.split(/[./]/).filter((part) => part !== '' && part !== 'body');
  const [part, list, index, field] = parts;
  if (part === 'health' && isOneOf(['earlyWarningSigns', 'copingStrategies'] as const, list)) return list;
  if (part !== 'content') return null;
  if (list === 'workHistory') {
    const rows = filledWorkRows(values);
    const row = index === undefined ? undefined : rows[Number(index)];
    if (row && isOneOf(WORK_ROW_FIELDS, field)) return workField(row.key, field);
    if (row) return workField(row.key, 'employer');
    // A job that ends before it starts is reported for the whole list: point at the row it is about.
    const backwards = rows.find((candidate) => {
      const from = parseYearMonth(candidate.from);
      const to = parseYearMonth(candidate.to);
      return from !== null && to !== null && to < from;
    });
    return backwards ? workField(backwards.key, 'to') : 'workHistory';
  }
  if (list === 'education') {
    const row = index === undefined ? undefined : filledEducationRows(values)[Number(index)];
    if (row && isOneOf(EDUCATION_ROW_FIELDS, field)) return educationField(row.key, field);
    return row ? educationField(row.key, 'subject') : 'education';
  }
  if (list === 'preferences') return (index && PREFERENCE_FIELDS[index]) || null;
  if (isOneOf(['strengths', 'whatHelps', 'whatGetsInTheWay'] as const, list)) return list;
  return null;
}

/** The server's rules that span fields come back as `custom`: word them as the browser check does. */
function serverProblemMessage(t: TFunction, field: CareerProfileField | null, problem: FieldProblem): string {
  const hours = field === 'hoursMin' || field === 'hoursMax';
  if (field?.endsWith('.to') && problem.code === 'custom') return t('careerProfile.problems.toBeforeFrom');
  if (field === 'hoursMax' && problem.code === 'custom') return t('careerProfile.problems.hoursOrder');
  if (hours && (problem.code === 'too_big' || problem.code === 'too_small')) {
    return t('careerProfile.problems.hoursRange', { max: MAX_HOURS });
  }
  return fieldProblemMessage(t, problem);
}

/** Puts the server's objections on the form's fields; anything else comes back in `other`. */
export function mapCareerProfileServerErrors(
  t: TFunction,
  error: unknown,
  values: CareerProfileFormValues,
): { fields: FieldErrors<CareerProfileField>; other: string[] } {
  const fields: FieldErrors<CareerProfileField> = {};
  const other: string[] = [];
  if (!isApiError(error)) return { fields, other };
  for (const problem of error.fieldErrors) {
    const field = careerProfileFieldForPath(problem.path, values);
    const message = serverProblemMessage(t, field, problem);
    if (field === null) other.push(message);
    else if (fields[field] === undefined) fields[field] = message;
  }
  return { fields, other };
}
