import {
  daysBetween,
  GOAL_STATUSES,
  type GoalStatus,
  isValidLocalDate,
  STEP_OWNER_ROLES,
  type StepOwnerRole,
} from '@ips-bridge/domain';
import type { TFunction } from 'i18next';
import type { FieldProblem } from '../api/problem.ts';
import type { GoalUpdate, NewStep, PlanStep, StepUpdate } from '../api/types.ts';
import { type FieldErrors, mapServerFieldErrors } from './fieldErrors.ts';

/**
 * The individual plan's forms: a goal (in the person's own words) or a sub-goal, a change to a goal's words or
 * status, and a step with one owner and an optional due date. Checked with the server's rules.
 */

const MAX_TEXT = 1000;

export const GOAL_FIELDS = ['text'] as const;
export type GoalField = (typeof GOAL_FIELDS)[number];

export const GOAL_EDIT_FIELDS = ['text', 'status'] as const;
export type GoalEditField = (typeof GOAL_EDIT_FIELDS)[number];
export type GoalEditValues = Record<GoalEditField, string>;

export const STEP_FIELDS = ['text', 'ownerRole', 'dueDate'] as const;
export type StepField = (typeof STEP_FIELDS)[number];
export type StepFormValues = Record<StepField, string>;

export const EMPTY_STEP_FORM: StepFormValues = { text: '', ownerRole: '', dueDate: '' };

export function isGoalStatus(value: string): value is GoalStatus {
  return (GOAL_STATUSES as readonly string[]).includes(value);
}

export function isStepOwnerRole(value: string): value is StepOwnerRole {
  return (STEP_OWNER_ROLES as readonly string[]).includes(value);
}

function textProblem(t: TFunction, text: string, required: string): string | undefined {
  const value = text.trim();
  if (value === '') return required;
  if (value.length > MAX_TEXT) return t('fieldErrors.tooLong', { max: MAX_TEXT });
  return undefined;
}

export function validateGoalForm(t: TFunction, values: { text: string }): FieldErrors<GoalField> {
  const text = textProblem(t, values.text, t('plan.problems.goalText'));
  return text ? { text } : {};
}

export function validateGoalEditForm(t: TFunction, values: GoalEditValues): FieldErrors<GoalEditField> {
  const errors: FieldErrors<GoalEditField> = {};
  const text = textProblem(t, values.text, t('plan.problems.goalText'));
  if (text) errors.text = text;
  if (!isGoalStatus(values.status)) errors.status = t('plan.problems.goalStatus');
  return errors;
}

export function toGoalUpdate(values: GoalEditValues): GoalUpdate {
  return { text: values.text.trim(), status: isGoalStatus(values.status) ? values.status : 'active' };
}

/** A new step: words, an owner, and a due date that is not in the past (like the server). */
export function validateStepForm(
  t: TFunction,
  values: StepFormValues,
  today: string,
): FieldErrors<StepField> {
  const errors: FieldErrors<StepField> = {};
  const text = textProblem(t, values.text, t('plan.problems.stepText'));
  if (text) errors.text = text;
  if (!isStepOwnerRole(values.ownerRole)) errors.ownerRole = t('plan.problems.ownerRole');
  const due = values.dueDate.trim();
  if (due !== '' && !isValidLocalDate(due)) errors.dueDate = t('fieldErrors.date');
  else if (due !== '' && daysBetween(today, due) < 0) errors.dueDate = t('plan.problems.date_in_past');
  return errors;
}

export function toNewStep(values: StepFormValues, goalId: string): NewStep {
  const due = values.dueDate.trim();
  return {
    goalId,
    text: values.text.trim(),
    ownerRole: isStepOwnerRole(values.ownerRole) ? values.ownerRole : 'employment_specialist',
    dueDate: due === '' ? null : due,
  };
}

/** The step as it is, with another status: marking it done, or opening it again. */
export function withStepStatus(step: PlanStep, status: PlanStep['status']): StepUpdate {
  return { text: step.text, ownerRole: step.ownerRole, dueDate: step.dueDate, status };
}

function planProblemMessage(t: TFunction, problem: FieldProblem): string | undefined {
  if (problem.code === 'date_in_past') return t('plan.problems.date_in_past');
  if (problem.code === 'nested_too_deep') return t('plan.problems.nested_too_deep');
  if (problem.code === 'unknown_goal') return t('plan.problems.unknown_goal');
  return undefined;
}

/** Puts the server's objections on a plan form's fields, in the same words as the browser check. */
export function mapPlanServerErrors<F extends string>(
  t: TFunction,
  error: unknown,
  fields: readonly F[],
): { fields: FieldErrors<F>; other: string[] } {
  return mapServerFieldErrors(t, error, fields, (problem) => planProblemMessage(t, problem));
}
