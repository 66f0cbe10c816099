import { daysBetween, type LocalDate } from '../shared/local-date.ts';

/**
 * The individual plan: a goal in the person's own words, sub-goals, and steps each with one owner and a due date.
 * Everyone in the care team works from the same plan (a shared view), and a step that passes its due date without
 * being done surfaces on its owner's work list.
 */
export const STEP_OWNER_ROLES = [
  'jobseeker',
  'employment_specialist',
  'nav_counsellor',
  'therapist',
] as const;
export type StepOwnerRole = (typeof STEP_OWNER_ROLES)[number];

export const GOAL_STATUSES = ['active', 'achieved', 'dropped'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export const STEP_STATUSES = ['open', 'done', 'cancelled'] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

export interface StepTiming {
  status: StepStatus;
  dueDate: LocalDate | null;
}

/** How many days a step is overdue (0 when it is not): open, with a due date before today. */
export function daysOverdue(step: StepTiming, today: LocalDate): number {
  if (step.status !== 'open' || step.dueDate === null) return 0;
  return Math.max(0, daysBetween(step.dueDate, today));
}

/** Open steps due within this many days show as "due soon" on the work list. */
export const DUE_SOON_DAYS = 7;

export function isDueSoon(step: StepTiming, today: LocalDate): boolean {
  if (step.status !== 'open' || step.dueDate === null) return false;
  const days = daysBetween(today, step.dueDate);
  return days >= 0 && days <= DUE_SOON_DAYS;
}

/**
 * Who may mark a step done or open it again. The plan is the person's own (IPS principle of zero exclusion and
 * self-determination, `shared/reference/ips-model.md` §1): the jobseeker ticks off the steps they own themselves,
 * while the steps the helpers own stay theirs to report on. Staff who may change the plan may change any step's
 * status. Only open and done are set this way; cancelling a step is a change to the plan, made by staff.
 */
export type StepStatusRefusal = 'not_your_step' | 'status_not_allowed';

export function mayChangeStepStatus(
  changer: { role: string },
  step: { ownerRole: StepOwnerRole; status: StepStatus },
  to: StepStatus,
): { allowed: true } | { allowed: false; reason: StepStatusRefusal } {
  if (to === 'cancelled' || step.status === 'cancelled')
    return changer.role === 'jobseeker'
      ? { allowed: false, reason: 'status_not_allowed' }
      : { allowed: true };
  if (changer.role === 'jobseeker' && step.ownerRole !== 'jobseeker')
    return { allowed: false, reason: 'not_your_step' };
  return { allowed: true };
}
