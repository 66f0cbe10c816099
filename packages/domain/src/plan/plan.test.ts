import { describe, expect, it } from 'vitest';
import { daysOverdue, isDueSoon, mayChangeStepStatus } from './plan.ts';

const today = '2026-11-22';

describe('plan step timing', () => {
  it.each([
    { step: { status: 'open', dueDate: '2026-11-21' }, overdue: 1, soon: false },
    { step: { status: 'open', dueDate: '2026-11-22' }, overdue: 0, soon: true },
    { step: { status: 'open', dueDate: '2026-11-29' }, overdue: 0, soon: true },
    { step: { status: 'open', dueDate: '2026-11-30' }, overdue: 0, soon: false },
    { step: { status: 'open', dueDate: null }, overdue: 0, soon: false },
    { step: { status: 'done', dueDate: '2026-10-01' }, overdue: 0, soon: false },
    { step: { status: 'cancelled', dueDate: '2026-10-01' }, overdue: 0, soon: false },
  ] as const)('$step.status due $step.dueDate → overdue $overdue, soon $soon', ({ step, overdue, soon }) => {
    expect(daysOverdue(step, today)).toBe(overdue);
    expect(isDueSoon(step, today)).toBe(soon);
  });
});

describe('mayChangeStepStatus', () => {
  it.each([
    // changer role, step owner, step status, to, expected
    ['jobseeker', 'jobseeker', 'open', 'done', 'allowed'],
    ['jobseeker', 'jobseeker', 'done', 'open', 'allowed'],
    ['jobseeker', 'employment_specialist', 'open', 'done', 'not_your_step'],
    ['jobseeker', 'nav_counsellor', 'done', 'open', 'not_your_step'],
    ['jobseeker', 'jobseeker', 'open', 'cancelled', 'status_not_allowed'],
    ['jobseeker', 'jobseeker', 'cancelled', 'open', 'status_not_allowed'],
    ['employment_specialist', 'jobseeker', 'open', 'done', 'allowed'],
    ['employment_specialist', 'therapist', 'open', 'cancelled', 'allowed'],
    ['nav_counsellor', 'employment_specialist', 'done', 'open', 'allowed'],
  ] as const)('%s changing a %s step from %s to %s: %s', (role, ownerRole, status, to, expected) => {
    const decision = mayChangeStepStatus({ role }, { ownerRole, status }, to);
    expect(decision.allowed ? 'allowed' : decision.reason).toBe(expected);
  });
});
