import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/problem.ts';
import type { PlanStep } from '../api/types.ts';
import {
  EMPTY_STEP_FORM,
  mapPlanServerErrors,
  STEP_FIELDS,
  toGoalUpdate,
  toNewStep,
  validateGoalEditForm,
  validateGoalForm,
  validateStepForm,
  withStepStatus,
} from './planForms.ts';

const t = ((key: string, options?: Record<string, unknown>) =>
  options ? `${key} ${JSON.stringify(options)}` : key) as unknown as TFunction;

const today = '2026-11-20';

describe('goal forms', () => {
  it('need the goal in words, at most 1000 characters', () => {
    expect(validateGoalForm(t, { text: '  ' })).toEqual({ text: 'plan.problems.goalText' });
    expect(validateGoalForm(t, { text: 'x'.repeat(1001) })).toEqual({
      text: 'fieldErrors.tooLong {"max":1000}',
    });
    expect(validateGoalForm(t, { text: 'Jeg vil jobbe med dyr' })).toEqual({});
  });

  it('change words and status', () => {
    expect(validateGoalEditForm(t, { text: 'Mål', status: 'gone' })).toEqual({
      status: 'plan.problems.goalStatus',
    });
    expect(toGoalUpdate({ text: ' Mål ', status: 'achieved' })).toEqual({ text: 'Mål', status: 'achieved' });
  });
});

describe('the step form', () => {
  it('needs words and an owner; a due date is optional but not in the past', () => {
    expect(validateStepForm(t, EMPTY_STEP_FORM, today)).toEqual({
      text: 'plan.problems.stepText',
      ownerRole: 'plan.problems.ownerRole',
    });
    const step = { text: 'Ringe tre lagerbedrifter', ownerRole: 'jobseeker', dueDate: '2026-11-19' };
    expect(validateStepForm(t, step, today)).toEqual({ dueDate: 'plan.problems.date_in_past' });
    expect(validateStepForm(t, { ...step, dueDate: today }, today)).toEqual({});
    expect(validateStepForm(t, { ...step, dueDate: '2026-02-30' }, today)).toEqual({
      dueDate: 'fieldErrors.date',
    });
  });

  it('sends the goal, the words, the owner and the due date (null when none)', () => {
    expect(toNewStep({ text: ' Ringe ', ownerRole: 'jobseeker', dueDate: '' }, 'goal-1')).toEqual({
      goalId: 'goal-1',
      text: 'Ringe',
      ownerRole: 'jobseeker',
      dueDate: null,
    });
  });

  it('marks a step done or open again without changing anything else', () => {
    const step: PlanStep = {
      id: 's',
      goalId: 'g',
      text: 'Ringe',
      ownerRole: 'employment_specialist',
      owner: null,
      dueDate: '2026-11-22',
      status: 'open',
      doneOn: null,
      daysOverdue: 0,
      version: 3,
    };
    expect(withStepStatus(step, 'done')).toEqual({
      text: 'Ringe',
      ownerRole: 'employment_specialist',
      dueDate: '2026-11-22',
      status: 'done',
    });
  });

  it('words the server’s plan codes like the browser check', () => {
    const error = new ApiError({
      title: 'Validation failed',
      status: 400,
      code: 'validation_failed',
      errors: [
        { path: 'dueDate', code: 'date_in_past', message: 'A new step cannot be due in the past' },
        { path: 'goalId', code: 'unknown_goal', message: 'No such goal in this plan' },
      ],
    });
    expect(mapPlanServerErrors(t, error, STEP_FIELDS)).toEqual({
      fields: { dueDate: 'plan.problems.date_in_past' },
      other: ['plan.problems.unknown_goal'],
    });
  });
});
