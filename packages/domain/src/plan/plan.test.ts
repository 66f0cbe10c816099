import { describe, expect, it } from 'vitest';
import { daysOverdue, isDueSoon } from './plan.ts';

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
