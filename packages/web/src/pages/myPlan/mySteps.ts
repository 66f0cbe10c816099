import type { IndividualPlan, PlanGoal, PlanStep } from '../../api/types.ts';

export interface MySteps {
  /** Open steps the jobseeker owns, the most urgent first: overdue, then by due date, then those without one. */
  mine: PlanStep[];
  /** Open steps a helper owns, in the same order. */
  theirs: PlanStep[];
  /** Steps the jobseeker has done, the latest first. */
  done: PlanStep[];
}

function byUrgency(a: PlanStep, b: PlanStep): number {
  if (a.dueDate === null || b.dueDate === null)
    return (a.dueDate === null ? 1 : 0) - (b.dueDate === null ? 1 : 0);
  return a.dueDate.localeCompare(b.dueDate);
}

/** Steps of goals still being worked on: an achieved or dropped goal's steps no longer call for anything. */
function activeSteps(plan: IndividualPlan): PlanStep[] {
  return plan.goals.filter((goal) => goal.status === 'active').flatMap((goal) => goal.steps);
}

/** The plan from the jobseeker's side: what they do, what their helpers do, and what they have done. */
export function mySteps(plan: IndividualPlan): MySteps {
  const steps = activeSteps(plan);
  const open = steps.filter((step) => step.status === 'open').sort(byUrgency);
  return {
    mine: open.filter((step) => step.ownerRole === 'jobseeker'),
    theirs: open.filter((step) => step.ownerRole !== 'jobseeker'),
    done: steps
      .filter((step) => step.status === 'done' && step.ownerRole === 'jobseeker')
      .sort((a, b) => (b.doneOn ?? '').localeCompare(a.doneOn ?? '')),
  };
}

/** The one step to show on the home page: the jobseeker's most urgent open step, if any. */
export function nextStep(plan: IndividualPlan): PlanStep | null {
  return mySteps(plan).mine[0] ?? null;
}

/** The goals in the person's own words: active main goals, each with its active sub-goals. */
export function myGoals(plan: IndividualPlan): Array<{ goal: PlanGoal; subGoals: PlanGoal[] }> {
  const active = plan.goals.filter((goal) => goal.status === 'active');
  const ids = new Set(active.map((goal) => goal.id));
  return active
    .filter((goal) => goal.parentId === null || !ids.has(goal.parentId))
    .map((goal) => ({ goal, subGoals: active.filter((candidate) => candidate.parentId === goal.id) }));
}
