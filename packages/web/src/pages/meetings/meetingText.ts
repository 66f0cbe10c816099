import type { TFunction } from 'i18next';
import type { FieldProblem } from '../../api/problem.ts';
import type { Language } from '../../i18n/catalogue.ts';
import { formatLocalDate } from '../../i18n/format.ts';

/** "25. november 2026 kl. 10:00–11:00", from the meeting's Oslo wall-clock times. */
export function meetingWhen(
  t: TFunction,
  language: Language,
  meeting: { startLocal: string; endLocal: string },
): string {
  return t('meetings.when', {
    date: formatLocalDate(meeting.startLocal.slice(0, 10), language),
    start: meeting.startLocal.slice(11, 16),
    end: meeting.endLocal.slice(11, 16),
  });
}

const PLAN_CODES = [
  'meeting_in_past',
  'meeting_length',
  'place_or_link_required',
  'video_link_https',
  'invitees_required',
  'invitee_outside_care_team',
  'invitee_without_consent',
  'time_does_not_exist',
] as const;

const ACTION_CODES = [
  'action_owner_required',
  'action_owner_not_party',
  'action_deadline_required',
  'action_deadline_before_meeting',
] as const;

/** Words the meeting plan's own problem codes; other codes fall back to the general messages. */
export function planProblemMessage(t: TFunction, problem: FieldProblem): string | undefined {
  const code = PLAN_CODES.find((c) => c === problem.code);
  return code ? t(`meetings.plan.errors.${code}`) : undefined;
}

export function actionProblemMessage(t: TFunction, problem: FieldProblem): string | undefined {
  const code = ACTION_CODES.find((c) => c === problem.code);
  return code ? t(`meetings.actions.errors.${code}`) : undefined;
}

/** What the list shows for a meeting's state: cancelled, held (it has begun) or planned (still ahead). */
export function meetingState(
  item: { status: string; startsAt: string },
  now: Date,
): 'cancelled' | 'held' | 'planned' {
  if (item.status === 'cancelled') return 'cancelled';
  return Date.parse(item.startsAt) <= now.getTime() ? 'held' : 'planned';
}

/** The meetings still ahead (soonest first) and the earlier ones (latest first); cancelled ones count as earlier. */
export function splitMeetings<T extends { status: string; startsAt: string }>(
  items: readonly T[],
  now: Date,
): { ahead: T[]; earlier: T[] } {
  const ahead = items
    .filter((item) => meetingState(item, now) === 'planned')
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  const earlier = items
    .filter((item) => meetingState(item, now) !== 'planned')
    .sort((a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt));
  return { ahead, earlier };
}
