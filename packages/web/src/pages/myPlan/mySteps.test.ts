import { describe, expect, it } from 'vitest';
import type { IndividualPlan, PlanGoal, PlanStep } from '../../api/types.ts';
import { myGoals, mySteps, nextStep } from './mySteps.ts';

let n = 0;
const id = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;

function step(text: string, fields: Partial<PlanStep> = {}): PlanStep {
  return {
    id: id(),
    goalId: '',
    text,
    ownerRole: 'jobseeker',
    owner: null,
    dueDate: null,
    status: 'open',
    doneOn: null,
    daysOverdue: 0,
    version: 1,
    ...fields,
  };
}

function goal(text: string, steps: PlanStep[], fields: Partial<PlanGoal> = {}): PlanGoal {
  return { id: id(), parentId: null, text, status: 'active', version: 1, steps, ...fields };
}

describe('the plan from the jobseeker’s side', () => {
  const main = goal('Jobbe i butikk', [
    step('Skrive CV', { dueDate: '2026-12-01' }),
    step('Ringe Rema', { dueDate: '2026-11-20', daysOverdue: 2 }),
    step('Øve på intervju'),
    step('Finne bedrifter', { ownerRole: 'employment_specialist', dueDate: '2026-11-30' }),
    step('Svare om AAP', { ownerRole: 'nav_counsellor', dueDate: '2026-11-25' }),
    step('Kjøpe sko', { status: 'done', doneOn: '2026-11-10' }),
    step('Ta bilde', { status: 'done', doneOn: '2026-11-18' }),
    step('Gammel idé', { status: 'cancelled' }),
  ]);
  const sub = goal('Praksis først', [step('Besøke butikken', { dueDate: '2026-11-28' })], {
    parentId: main.id,
  });
  const dropped = goal('Kjøre buss', [step('Ta sertifikat', { dueDate: '2026-11-01' })], {
    status: 'dropped',
  });
  const plan: IndividualPlan = { goals: [main, sub, dropped] };

  it('lists my open steps overdue first, then by due date, those without one last', () => {
    expect(mySteps(plan).mine.map((s) => s.text)).toEqual([
      'Ringe Rema',
      'Besøke butikken',
      'Skrive CV',
      'Øve på intervju',
    ]);
  });

  it('lists what the helpers do, and what I have done with the latest first', () => {
    expect(mySteps(plan).theirs.map((s) => s.text)).toEqual(['Svare om AAP', 'Finne bedrifter']);
    expect(mySteps(plan).done.map((s) => s.text)).toEqual(['Ta bilde', 'Kjøpe sko']);
  });

  it('leaves out the steps of a goal that was dropped, and cancelled steps', () => {
    const all = Object.values(mySteps(plan))
      .flat()
      .map((s) => s.text);
    expect(all).not.toContain('Ta sertifikat');
    expect(all).not.toContain('Gammel idé');
  });

  it('picks the most urgent of my steps as the next one, and none when I have none', () => {
    expect(nextStep(plan)?.text).toBe('Ringe Rema');
    expect(nextStep({ goals: [goal('x', [step('y', { ownerRole: 'therapist' })])] })).toBeNull();
    expect(nextStep({ goals: [] })).toBeNull();
  });

  it('shows the active goals in my own words with their sub-goals', () => {
    expect(myGoals(plan).map(({ goal, subGoals }) => [goal.text, subGoals.map((g) => g.text)])).toEqual([
      ['Jobbe i butikk', ['Praksis først']],
    ]);
  });
});
