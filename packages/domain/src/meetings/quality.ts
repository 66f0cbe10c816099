import { addDays, daysBetween, type LocalDate, osloDate } from '../shared/local-date.ts';
import { inPeriod, type Period } from '../shared/period.ts';
import {
  FOLLOW_UP_ANSWERS,
  type FollowUpAnswer,
  MEETING_PARTY_ROLES,
  type MeetingPartyRole,
} from './meetings.ts';

/**
 * Meeting quality over time (issue 5 item 6): whether the "different meetings" problem is solved. The research
 * behind issue 5 found each party in a collaboration meeting "essentially in a different meeting" — the jobseeker
 * waiting for financial clarity from NAV, NAV disconnected, the therapist holding back — and meetings ending without
 * decisions anyone owned. The figures below measure the remedies the meeting workflow puts in place:
 *
 * - every party stated expectations before the meeting (an answer first saved before `startsAt`);
 * - the standing financial-clarity item was resolved (a resolution recorded);
 * - action items done by their deadline, and how many are overdue;
 * - how long questions for NAV waited for an answer (NAV guidance in Oslo: within 48 hours, counted here as two
 *   calendar days, because the answer is recorded as a date);
 * - each party's "did you get what you needed?" answer, overall and per role.
 *
 * Waiting for therapists is not measured: the conversation has no addressee, so a message between the jobseeker and
 * the specialist cannot be told apart from a question to the therapist (docs/teamwork.md, "Meeting quality").
 *
 * A meeting counts when it was not cancelled, has started by `now` and its day (Europe/Oslo) lies in the period.
 * A NAV question counts when it was asked (day in Europe/Oslo) in the period. Figures resting on fewer than
 * `minimumBase` meetings, actions, questions or answers are withheld as `too_few` (5 for a team, so that a figure
 * cannot point at one person's meeting); a figure with nothing to rest on is `none`, never a zero.
 */

export interface QualityMeetingInput {
  startsAt: Date;
  cancelled: boolean;
  /** The parties invited now. */
  parties: ReadonlyArray<{ userId: string; role: MeetingPartyRole }>;
  /** When each party first saved their expectations. */
  expectations: ReadonlyArray<{ userId: string; answeredAt: Date }>;
  financialResolved: boolean;
  actions: ReadonlyArray<{ deadline: LocalDate; doneOn: LocalDate | null }>;
  followUps: ReadonlyArray<{ role: MeetingPartyRole; answer: FollowUpAnswer }>;
}

export interface QualityNavQuestionInput {
  askedAt: Date;
  answeredOn: LocalDate | null;
}

export interface MeetingQualityInput {
  period: Period;
  now: Date;
  meetings: readonly QualityMeetingInput[];
  navQuestions: readonly QualityNavQuestionInput[];
  /** The least base a figure is shown on: 5 for a team's aggregates, 1 for one participant. */
  minimumBase: number;
}

/** No data at all, or too little to show without pointing at someone. */
export type Withheld = { status: 'none' } | { status: 'too_few' };

export type ShareFigure = Withheld | { status: 'shown'; count: number; of: number; share: number };

export type ActionFigure =
  | Withheld
  | {
      status: 'shown';
      /** Actions whose outcome is known: done, or open past the deadline. The base of the share. */
      due: number;
      onTime: number;
      late: number;
      overdue: number;
      share: number;
      /** Open actions not yet due: not counted either way. */
      notYetDue: number;
    };

export type WaitFigure =
  | Withheld
  | {
      status: 'shown';
      asked: number;
      answered: number;
      /** Null when none of them has been answered yet. */
      medianDays: number | null;
      longestDays: number | null;
      withinTwoDays: number;
      open: number;
      /** How long the longest-waiting open question has waited so far. */
      longestOpenDays: number | null;
    };

export type AnswersFigure =
  | Withheld
  | {
      status: 'shown';
      answers: number;
      counts: Record<FollowUpAnswer, number>;
      shares: Record<FollowUpAnswer, number>;
    };

export interface MeetingQuality {
  period: Period;
  /** Nothing in the period: no meeting held and no question for NAV asked. */
  empty: boolean;
  meetingsHeld: number;
  minimumBase: number;
  expectationsBeforehand: ShareFigure;
  financialResolved: ShareFigure;
  actions: ActionFigure;
  navWait: WaitFigure;
  gotWhatNeeded: AnswersFigure;
  gotWhatNeededByRole: Record<MeetingPartyRole, AnswersFigure>;
}

function withheld(base: number, minimumBase: number): Withheld | null {
  if (base === 0) return { status: 'none' };
  if (base < minimumBase) return { status: 'too_few' };
  return null;
}

function share(count: number, of: number, minimumBase: number): ShareFigure {
  return withheld(of, minimumBase) ?? { status: 'shown', count, of, share: count / of };
}

/** The middle value; the mean of the two middle values for an even count. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function answersFigure(answers: readonly FollowUpAnswer[], minimumBase: number): AnswersFigure {
  const hidden = withheld(answers.length, minimumBase);
  if (hidden) return hidden;
  const counts = Object.fromEntries(
    FOLLOW_UP_ANSWERS.map((a) => [a, answers.filter((x) => x === a).length]),
  ) as Record<FollowUpAnswer, number>;
  const shares = Object.fromEntries(FOLLOW_UP_ANSWERS.map((a) => [a, counts[a] / answers.length])) as Record<
    FollowUpAnswer,
    number
  >;
  return { status: 'shown', answers: answers.length, counts, shares };
}

/** Days an answer took; a date recorded before the asking day counts as the same day. */
function waitDays(askedOn: LocalDate, answeredOn: LocalDate): number {
  return Math.max(0, daysBetween(askedOn, answeredOn));
}

/** NAV guidance in Oslo: an answer within 48 hours, i.e. by the second day after asking. */
export const NAV_ANSWER_GUIDANCE_DAYS = 2;
export const NAV_ANSWER_GUIDANCE_HOURS = 48;

/**
 * How long an open question for NAV has waited, in whole hours, and whether it is past NAV Oslo's 48-hour guidance
 * (issue 5 item 9: the NAV counsellor's start page shows each open question with its wait).
 */
export function openQuestionWait(askedAt: Date, now: Date): { hours: number; overdue: boolean } {
  const hours = Math.max(0, Math.floor((now.getTime() - askedAt.getTime()) / 3_600_000));
  return { hours, overdue: hours >= NAV_ANSWER_GUIDANCE_HOURS };
}

export function meetingQuality(input: MeetingQualityInput): MeetingQuality {
  const { period, now, minimumBase } = input;
  const today = osloDate(now);
  const held = input.meetings.filter(
    (m) => !m.cancelled && m.startsAt.getTime() <= now.getTime() && inPeriod(osloDate(m.startsAt), period),
  );

  const allStatedBefore = held.filter(
    (m) =>
      m.parties.length > 0 &&
      m.parties.every((p) =>
        m.expectations.some((e) => e.userId === p.userId && e.answeredAt.getTime() < m.startsAt.getTime()),
      ),
  ).length;
  const resolved = held.filter((m) => m.financialResolved).length;

  const actions = held.flatMap((m) => m.actions);
  const onTime = actions.filter((a) => a.doneOn !== null && a.doneOn <= a.deadline).length;
  const late = actions.filter((a) => a.doneOn !== null && a.doneOn > a.deadline).length;
  const overdue = actions.filter((a) => a.doneOn === null && a.deadline < today).length;
  const due = onTime + late + overdue;
  const actionFigure: ActionFigure = withheld(due, minimumBase) ?? {
    status: 'shown',
    due,
    onTime,
    late,
    overdue,
    share: onTime / due,
    notYetDue: actions.length - due,
  };

  const asked = input.navQuestions
    .map((q) => ({ askedOn: osloDate(q.askedAt), answeredOn: q.answeredOn }))
    .filter((q) => inPeriod(q.askedOn, period));
  const waits = asked.flatMap((q) => (q.answeredOn === null ? [] : [waitDays(q.askedOn, q.answeredOn)]));
  const openWaits = asked.flatMap((q) => (q.answeredOn === null ? [waitDays(q.askedOn, today)] : []));
  const navWait: WaitFigure = withheld(asked.length, minimumBase) ?? {
    status: 'shown',
    asked: asked.length,
    answered: waits.length,
    medianDays: median(waits),
    longestDays: waits.length > 0 ? Math.max(...waits) : null,
    withinTwoDays: waits.filter((d) => d <= NAV_ANSWER_GUIDANCE_DAYS).length,
    open: openWaits.length,
    longestOpenDays: openWaits.length > 0 ? Math.max(...openWaits) : null,
  };

  const followUps = held.flatMap((m) => m.followUps);
  const byRole = Object.fromEntries(
    MEETING_PARTY_ROLES.map((role) => [
      role,
      answersFigure(
        followUps.filter((f) => f.role === role).map((f) => f.answer),
        minimumBase,
      ),
    ]),
  ) as Record<MeetingPartyRole, AnswersFigure>;

  return {
    period,
    empty: held.length === 0 && asked.length === 0,
    meetingsHeld: held.length,
    minimumBase,
    expectationsBeforehand: share(allStatedBefore, held.length, minimumBase),
    financialResolved: share(resolved, held.length, minimumBase),
    actions: actionFigure,
    navWait,
    gotWhatNeeded: answersFigure(
      followUps.map((f) => f.answer),
      minimumBase,
    ),
    gotWhatNeededByRole: byRole,
  };
}

/** The default period of the quality figures: the 91 days (about a quarter) that end today. */
export function defaultQualityPeriod(today: LocalDate): Period {
  return { from: addDays(today, -90), to: today };
}

/** The least base a team figure is shown on. */
export const TEAM_QUALITY_MINIMUM = 5;
