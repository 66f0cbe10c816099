import { FOLLOW_UP_ANSWERS, MAX_PERIOD_DAYS, MEETING_PARTY_ROLES, periodProblems } from '@ips-bridge/domain';
import { z } from 'zod';
import { isoDate, issueCode } from './common.ts';

// Issue 5 item 6: meeting quality over time, per team (aggregates, figures on fewer than five withheld) and per
// participant. The rule is `meetingQuality` in packages/domain/src/meetings/quality.ts.

/** The period of the figures (both days included); without it, the 91 days that end today. */
export const meetingQualityQuery = z
  .strictObject({ from: isoDate.optional(), to: isoDate.optional() })
  .superRefine((query, ctx) => {
    if ((query.from === undefined) !== (query.to === undefined)) {
      ctx.addIssue({
        ...issueCode('required', 'Give both ends of the period'),
        path: [query.from ? 'to' : 'from'],
      });
      return;
    }
    if (query.from === undefined || query.to === undefined) return;
    const problems = periodProblems({ from: query.from, to: query.to });
    if (problems.includes('end_before_start'))
      ctx.addIssue({
        ...issueCode('end_before_start', 'The end of the period is before its start'),
        path: ['to'],
      });
    if (problems.includes('too_long'))
      ctx.addIssue({
        ...issueCode('period_too_long', `A period covers at most ${MAX_PERIOD_DAYS} days`),
        path: ['to'],
      });
  });

/** No data (`none`) or too little to show without pointing at someone (`too_few`). */
const withheld = z.object({ status: z.enum(['none', 'too_few']) });

const shareFigure = z.discriminatedUnion('status', [
  withheld,
  z.object({
    status: z.literal('shown'),
    count: z.number().int(),
    of: z.number().int(),
    share: z.number(),
  }),
]);

const actionFigure = z.discriminatedUnion('status', [
  withheld,
  z.object({
    status: z.literal('shown'),
    due: z.number().int(),
    onTime: z.number().int(),
    late: z.number().int(),
    overdue: z.number().int(),
    share: z.number(),
    notYetDue: z.number().int(),
  }),
]);

const waitFigure = z.discriminatedUnion('status', [
  withheld,
  z.object({
    status: z.literal('shown'),
    asked: z.number().int(),
    answered: z.number().int(),
    medianDays: z.number().nullable(),
    longestDays: z.number().int().nullable(),
    withinTwoDays: z.number().int(),
    open: z.number().int(),
    longestOpenDays: z.number().int().nullable(),
  }),
]);

const answerCounts = z.object(
  Object.fromEntries(FOLLOW_UP_ANSWERS.map((a) => [a, z.number()])) as Record<
    (typeof FOLLOW_UP_ANSWERS)[number],
    z.ZodNumber
  >,
);

const answersFigure = z.discriminatedUnion('status', [
  withheld,
  z.object({
    status: z.literal('shown'),
    answers: z.number().int(),
    counts: answerCounts,
    shares: answerCounts,
  }),
]);

export const meetingQualitySchema = z
  .object({
    period: z.object({ from: z.string(), to: z.string() }),
    /** Nothing in the period: no meeting held and no question for NAV asked. */
    empty: z.boolean(),
    meetingsHeld: z.number().int(),
    /** The least base a figure is shown on (5 for a team, 1 for one participant). */
    minimumBase: z.number().int(),
    expectationsBeforehand: shareFigure,
    financialResolved: shareFigure,
    actions: actionFigure,
    /**
     * How long questions for NAV waited for an answer; null when the caller may not see the participant's benefit
     * information (the questions belong to that category).
     */
    navWait: waitFigure.nullable(),
    gotWhatNeeded: answersFigure,
    gotWhatNeededByRole: z.object(
      Object.fromEntries(MEETING_PARTY_ROLES.map((r) => [r, answersFigure])) as Record<
        (typeof MEETING_PARTY_ROLES)[number],
        typeof answersFigure
      >,
    ),
  })
  .meta({ id: 'MeetingQuality' });

export type MeetingQualityQuery = z.input<typeof meetingQualityQuery>;
export type MeetingQualityView = z.output<typeof meetingQualitySchema>;
