import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import {
  actionProblemMessage,
  meetingState,
  meetingWhen,
  planProblemMessage,
  splitMeetings,
} from './meetingText.ts';

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

describe('the meeting list', () => {
  const now = new Date('2026-11-23T09:00:00Z');
  const meeting = (id: string, startsAt: string, status = 'planned') => ({ id, startsAt, status });
  const items = [
    meeting('last-month', '2026-10-20T09:00:00Z'),
    meeting('next-week', '2026-11-30T12:00:00Z'),
    meeting('tomorrow', '2026-11-24T09:00:00Z'),
    meeting('cancelled-ahead', '2026-11-25T09:00:00Z', 'cancelled'),
    meeting('just-begun', '2026-11-23T09:00:00Z'),
  ];

  it.each([
    ['next-week', 'planned'],
    ['just-begun', 'held'],
    ['last-month', 'held'],
    ['cancelled-ahead', 'cancelled'],
  ])('calls %s %s', (id, state) => {
    expect(meetingState(items.find((m) => m.id === id) as (typeof items)[number], now)).toBe(state);
  });

  it('puts the meetings ahead first, soonest first, and the rest after, latest first', () => {
    const { ahead, earlier } = splitMeetings(items, now);
    expect(ahead.map((m) => m.id)).toEqual(['tomorrow', 'next-week']);
    expect(earlier.map((m) => m.id)).toEqual(['cancelled-ahead', 'just-begun', 'last-month']);
  });
});
