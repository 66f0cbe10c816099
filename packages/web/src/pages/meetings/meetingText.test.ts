import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { actionProblemMessage, meetingWhen, planProblemMessage } from './meetingText.ts';

const t = ((key: string, options?: Record<string, unknown>) =>
  options ? `${key} ${JSON.stringify(options)}` : key) as unknown as TFunction;

describe('meeting texts', () => {
  it('words the time from the Oslo wall-clock start and end', () => {
    expect(meetingWhen(t, 'en', { startLocal: '2026-11-25T10:00', endLocal: '2026-11-25T11:30' })).toBe(
      'meetings.when {"date":"25 Nov 2026","start":"10:00","end":"11:30"}',
    );
  });

  it.each([
    { code: 'meeting_in_past', plan: 'meetings.plan.errors.meeting_in_past', action: undefined },
    {
      code: 'invitee_without_consent',
      plan: 'meetings.plan.errors.invitee_without_consent',
      action: undefined,
    },
    {
      code: 'action_owner_required',
      plan: undefined,
      action: 'meetings.actions.errors.action_owner_required',
    },
    { code: 'too_small', plan: undefined, action: undefined },
  ])('words the server code $code in the right form', ({ code, plan, action }) => {
    const problem = { path: 'x', code, message: 'server words' };
    expect(planProblemMessage(t, problem)).toBe(plan);
    expect(actionProblemMessage(t, problem)).toBe(action);
  });
});
