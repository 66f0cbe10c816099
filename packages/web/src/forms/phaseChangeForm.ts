import {
  daysBetween,
  END_REASONS,
  isValidLocalDate,
  PAUSE_REASONS,
  PHASES,
  type Phase,
  type PhaseChange,
  type PhaseChangeProblem,
  phaseChangeProblems,
} from '@ips-bridge/domain';
import type { TFunction } from 'i18next';
import { isApiError } from '../api/problem.ts';
import type { PhaseChangeInput } from '../api/types.ts';
import type { Language } from '../i18n/catalogue.ts';
import { formatLocalDate } from '../i18n/format.ts';
import { fieldProblemMessage } from '../i18n/problemMessage.ts';
import type { FieldErrors } from './fieldErrors.ts';

export const PHASE_CHANGE_FIELDS = ['phase', 'date', 'reason', 'plannedRecontact'] as const;
export type PhaseChangeField = (typeof PHASE_CHANGE_FIELDS)[number];
export type PhaseChangeFormValues = Record<PhaseChangeField, string>;

/** The participant's phase as the form checks against it. */
export interface CurrentPhase {
  phase: Phase;
  since: string;
}

export function emptyPhaseChangeForm(today: string): PhaseChangeFormValues {
  return { phase: '', date: today, reason: '', plannedRecontact: '' };
}

export function isPhase(value: string): value is Phase {
  return (PHASES as readonly string[]).includes(value);
}

/** The reasons one can give for moving to a phase; empty when the phase takes no reason. */
export function reasonsFor(phase: string): readonly string[] {
  if (phase === 'paused') return PAUSE_REASONS;
  if (phase === 'ended') return END_REASONS;
  return [];
}

export function needsPlannedRecontact(phase: string): boolean {
  return phase === 'paused';
}

/**
 * The form after the user picks another phase: a reason that does not fit the new phase is cleared, so a pause
 * reason is never sent with an ending (and the other way round).
 */
export function withPhase(values: PhaseChangeFormValues, phase: string): PhaseChangeFormValues {
  const reason = reasonsFor(phase).includes(values.reason) ? values.reason : '';
  return { ...values, phase, reason };
}

/** The change the form describes: only the fields the chosen phase uses, trimmed. */
export function toPhaseChange(values: PhaseChangeFormValues): PhaseChangeInput {
  const phase = isPhase(values.phase) ? values.phase : 'referred';
  const change: PhaseChangeInput = { phase, date: values.date.trim() };
  if (reasonsFor(phase).length > 0) change.reason = values.reason === '' ? null : values.reason;
  if (needsPlannedRecontact(phase)) {
    const recontact = values.plannedRecontact.trim();
    change.plannedRecontact = recontact === '' ? null : recontact;
  }
  return change;
}

type ProblemCode = PhaseChangeProblem['code'];

const PROBLEM_CODES: readonly string[] = [
  'same_phase',
  'date_format',
  'date_in_future',
  'before_current_phase',
  'reason_required',
  'unknown_reason',
  'recontact_required',
  'recontact_not_after_date',
] satisfies ProblemCode[];

function isProblemCode(code: string): code is ProblemCode {
  return PROBLEM_CODES.includes(code);
}

/** One message per problem, worded for this form; the browser and the server use the same codes. */
export function phaseProblemMessage(
  t: TFunction,
  code: ProblemCode,
  current: CurrentPhase,
  language: Language,
): string {
  switch (code) {
    case 'same_phase':
      return t('journey.problems.same_phase');
    case 'date_format':
      return t('fieldErrors.date');
    case 'date_in_future':
      return t('fieldErrors.dateInFuture');
    case 'before_current_phase':
      return t('journey.problems.before_current_phase', { date: formatLocalDate(current.since, language) });
    case 'reason_required':
      return t('journey.problems.reason_required');
    case 'unknown_reason':
      return t('journey.problems.unknown_reason');
    case 'recontact_required':
      return t('journey.problems.recontact_required');
    case 'recontact_not_after_date':
      return t('journey.problems.recontact_not_after_date');
  }
}

/**
 * Checks the form in the browser with the domain's own rule (`phaseChangeProblems`, which the server runs too),
 * plus friendlier messages for fields left empty.
 */
export function validatePhaseChangeForm(
  t: TFunction,
  values: PhaseChangeFormValues,
  current: CurrentPhase,
  today: string,
  language: Language,
): FieldErrors<PhaseChangeField> {
  const errors: FieldErrors<PhaseChangeField> = {};
  if (!isPhase(values.phase)) errors.phase = t('journey.problems.phaseRequired');
  if (values.date.trim() === '') errors.date = t('journey.problems.dateRequired');

  const change: PhaseChange = toPhaseChange(values);
  const problems = phaseChangeProblems(current, change, today);
  for (const problem of problems) {
    if (problem.field === 'phase' && errors.phase !== undefined) continue;
    if (errors[problem.field] === undefined) {
      errors[problem.field] = phaseProblemMessage(t, problem.code, current, language);
    }
  }
  return errors;
}

/**
 * Puts the server's objections on the form's fields, with the same messages as the browser check. Anything that
 * does not belong to a field comes back in `other`.
 */
export function mapPhaseChangeServerErrors(
  t: TFunction,
  error: unknown,
  current: CurrentPhase,
  language: Language,
): { fields: FieldErrors<PhaseChangeField>; other: string[] } {
  const fields: FieldErrors<PhaseChangeField> = {};
  const other: string[] = [];
  if (!isApiError(error)) return { fields, other };
  for (const problem of error.fieldErrors) {
    const name = problem.path.split(/[./]/).find((part) => part !== '' && part !== 'body') ?? '';
    const field = PHASE_CHANGE_FIELDS.find((candidate) => candidate === name);
    const message = isProblemCode(problem.code)
      ? phaseProblemMessage(t, problem.code, current, language)
      : fieldProblemMessage(t, problem);
    if (field === undefined) other.push(message);
    else if (fields[field] === undefined) fields[field] = message;
  }
  return { fields, other };
}

/** Checks the first-contact date as the server does: not in the future, not before the referral. */
export function validateFirstContactDate(
  t: TFunction,
  date: string,
  referralDate: string,
  today: string,
  language: Language,
): string | undefined {
  const value = date.trim();
  if (value === '') return t('journey.problems.firstContactDateRequired');
  if (!isValidLocalDate(value)) return t('fieldErrors.date');
  if (daysBetween(today, value) > 0) return t('fieldErrors.dateInFuture');
  if (daysBetween(referralDate, value) < 0) {
    return t('journey.problems.before_referral', { date: formatLocalDate(referralDate, language) });
  }
  return undefined;
}

/** The server's objection to a first-contact date, in the same words as the browser check. */
export function firstContactServerError(
  t: TFunction,
  error: unknown,
  referralDate: string,
  language: Language,
): string | undefined {
  if (!isApiError(error)) return undefined;
  const problem = error.fieldErrors[0];
  if (!problem) return undefined;
  if (problem.code === 'before_referral') {
    return t('journey.problems.before_referral', { date: formatLocalDate(referralDate, language) });
  }
  if (problem.code === 'date_in_future') return t('fieldErrors.dateInFuture');
  return fieldProblemMessage(t, problem);
}
