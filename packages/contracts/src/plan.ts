import { GOAL_STATUSES, STEP_OWNER_ROLES, STEP_STATUSES } from '@ips-bridge/domain';
import { z } from 'zod';
import { isoDate, uuid } from './common.ts';

const goalText = z.string().trim().min(1).max(1000);

export const createGoalBody = z.strictObject({ text: goalText, parentId: uuid.nullish() });
export const updateGoalBody = z.strictObject({ text: goalText, status: z.enum(GOAL_STATUSES) });

export const createStepBody = z.strictObject({
  goalId: uuid,
  text: z.string().trim().min(1).max(1000),
  ownerRole: z.enum(STEP_OWNER_ROLES),
  dueDate: isoDate.nullish(),
});
export const updateStepBody = z.strictObject({
  text: z.string().trim().min(1).max(1000),
  ownerRole: z.enum(STEP_OWNER_ROLES),
  dueDate: isoDate.nullable(),
  status: z.enum(STEP_STATUSES),
});

/** Marking a step done or open again (the jobseeker on their own steps, staff on any). */
export const stepStatusBody = z.strictObject({ status: z.enum(STEP_STATUSES) });

export const planStepSchema = z.object({
  id: uuid,
  goalId: uuid,
  text: z.string(),
  ownerRole: z.enum(STEP_OWNER_ROLES),
  owner: z.object({ id: uuid, displayName: z.string() }).nullable(),
  dueDate: z.string().nullable(),
  status: z.enum(STEP_STATUSES),
  doneOn: z.string().nullable(),
  daysOverdue: z.number().int(),
  version: z.number().int(),
});

export const planGoalSchema = z.object({
  id: uuid,
  parentId: uuid.nullable(),
  text: z.string(),
  status: z.enum(GOAL_STATUSES),
  version: z.number().int(),
  steps: z.array(planStepSchema),
});

export const planSchema = z.object({ goals: z.array(planGoalSchema) }).meta({ id: 'IndividualPlan' });

export const workListSchema = z
  .object({
    steps: z.array(
      z.object({
        stepId: uuid,
        participantId: uuid,
        participantName: z.string(),
        text: z.string(),
        dueDate: z.string().nullable(),
        daysOverdue: z.number().int(),
      }),
    ),
    firstContactsOverdue: z.array(
      z.object({ participantId: uuid, participantName: z.string(), daysSinceReferral: z.number().int() }),
    ),
  })
  .meta({ id: 'WorkList' });

export type IndividualPlan = z.output<typeof planSchema>;
export type PlanGoal = z.output<typeof planGoalSchema>;
export type PlanStep = z.output<typeof planStepSchema>;
export type NewGoal = z.input<typeof createGoalBody>;
export type GoalUpdate = z.input<typeof updateGoalBody>;
export type NewStep = z.input<typeof createStepBody>;
export type StepUpdate = z.input<typeof updateStepBody>;
export type StepStatusChange = z.input<typeof stepStatusBody>;
export type WorkList = z.output<typeof workListSchema>;
