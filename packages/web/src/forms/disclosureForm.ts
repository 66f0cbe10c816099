import { daysBetween, isValidLocalDate } from '@ips-bridge/domain';
import type { TFunction } from 'i18next';
import type { FieldProblem } from '../api/problem.ts';
import type { DisclosurePlan, DisclosurePlanInput } from '../api/types.ts';
import { type FieldErrors, mapServerFieldErrors } from './fieldErrors.ts';

/**
 * The disclosure plan: what the person wants an employer to know, what an employer should not know, and the good
 * things and risks of telling, as discussed on a date. Every answer may be left empty.
 */

export const MAX_DISCLOSURE_TEXT = 4000;

export const DISCLOSURE_TEXT_FIELDS = ['mayKnow', 'mustNotKnow', 'pros', 'cons'] as const;
export type DisclosureTextField = (typeof DISCLOSURE_TEXT_FIELDS)[number];

export const DISCLOSURE_FIELDS = [...DISCLOSURE_TEXT_FIELDS, 'discussedOn'] as const;
export type DisclosureField = (typeof DISCLOSURE_FIELDS)[number];
export type DisclosureValues = Record<DisclosureField, string>;

/** The form starts from the saved plan, or empty with today as the day it was talked about. */
export function disclosureFormValues(plan: DisclosurePlan['plan'], today: string): DisclosureValues {
  if (plan === null) return { mayKnow: '', mustNotKnow: '', pros: '', cons: '', discussedOn: today };
  return {
    mayKnow: plan.mayKnow,
    mustNotKnow: plan.mustNotKnow,
    pros: plan.pros,
    cons: plan.cons,
    discussedOn: plan.discussedOn,
  };
}

export function validateDisclosure(
  t: TFunction,
  values: DisclosureValues,
  today: string,
): FieldErrors<DisclosureField> {
  const errors: FieldErrors<DisclosureField> = {};
  for (const field of DISCLOSURE_TEXT_FIELDS) {
    if (values[field].trim().length > MAX_DISCLOSURE_TEXT) {
      errors[field] = t('fieldErrors.tooLong', { max: MAX_DISCLOSURE_TEXT });
    }
  }
  const date = values.discussedOn.trim();
  if (date === '') errors.discussedOn = t('disclosure.errors.discussedOnRequired');
  else if (!isValidLocalDate(date)) errors.discussedOn = t('fieldErrors.date');
  else if (daysBetween(today, date) > 0) errors.discussedOn = t('fieldErrors.dateInFuture');
  return errors;
}

export function toDisclosurePlan(values: DisclosureValues): DisclosurePlanInput {
  return {
    mayKnow: values.mayKnow.trim(),
    mustNotKnow: values.mustNotKnow.trim(),
    pros: values.pros.trim(),
    cons: values.cons.trim(),
    discussedOn: values.discussedOn.trim(),
  };
}

export function mapDisclosureServerErrors(
  t: TFunction,
  error: unknown,
): { fields: FieldErrors<DisclosureField>; other: string[] } {
  return mapServerFieldErrors(t, error, DISCLOSURE_FIELDS, (problem: FieldProblem) =>
    problem.code === 'date_in_future' ? t('fieldErrors.dateInFuture') : undefined,
  );
}
