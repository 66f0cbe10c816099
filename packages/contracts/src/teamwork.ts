import { INFORMATION_CATEGORIES, PHASES, ROLES, TEAM_MEETING_KINDS } from '@ips-bridge/domain';
import { z } from 'zod';
import { isoDate, issueCode, uuid } from './common.ts';

// Issue 5 items 7–9: team integration (the specialist's meetings with the treatment team and NAV), secure messages
// in a participant's journey, and the focused start page for NAV counsellors and therapists.

export const teamMeetingBody = z
  .strictObject({
    kind: z.enum(TEAM_MEETING_KINDS),
    date: isoDate,
    /** The health team or unit (treatment-team meeting), or the NAV office or counsellor (NAV meeting). */
    counterpart: z.string().trim().min(1).max(200),
    /** Treatment-team meetings only: whether the specialist was there. A NAV meeting is recorded when it was held. */
    attended: z.boolean().default(true),
    /** Treatment-team meetings only: how many participants were discussed, as a number, never names. */
    participantsDiscussed: z.number().int().min(0).max(200).nullish(),
    /** A short note or the topic, without personal data. */
    note: z.string().trim().max(1000).default(''),
  })
  .superRefine((value, ctx) => {
    if (value.kind === 'nav' && value.attended === false)
      ctx.addIssue({
        ...issueCode('nav_meeting_is_attended', 'Record a NAV meeting that was held'),
        path: ['attended'],
      });
    if (value.kind === 'nav' && value.participantsDiscussed != null)
      ctx.addIssue({
        ...issueCode('not_for_nav_meeting', 'Only for treatment-team meetings'),
        path: ['participantsDiscussed'],
      });
  });

const teamMeetingSchema = z
  .object({
    id: uuid,
    kind: z.enum(TEAM_MEETING_KINDS),
    date: z.string(),
    counterpart: z.string(),
    attended: z.boolean(),
    participantsDiscussed: z.number().int().nullable(),
    note: z.string(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'TeamMeeting' });

export const integrationRhythmSchema = z
  .object({
    treatmentTeam: z.object({
      from: z.string(),
      to: z.string(),
      weeks: z.number().int(),
      weeksAttended: z.number().int(),
      weeksWithout: z.array(z.string()),
      meetsExpectation: z.boolean(),
      fidelityItem: z.literal('O2'),
    }),
    nav: z.object({
      from: z.string(),
      to: z.string(),
      months: z.number().int(),
      monthsWithMeeting: z.number().int(),
      monthsWithout: z.array(z.string()),
      meetsExpectation: z.boolean(),
      fidelityItem: z.literal('O3'),
    }),
  })
  .meta({ id: 'IntegrationRhythm' });

export const myTeamMeetingsSchema = z
  .object({
    /** Meetings from the start of the longer period shown, newest first. */
    items: z.array(teamMeetingSchema),
    /** The last 4 weeks (this one included) and the last 3 months against the IPS expectations. */
    rhythm: integrationRhythmSchema,
  })
  .meta({ id: 'MyTeamMeetings' });

export const teamIntegrationSchema = z
  .object({
    specialists: z.array(
      z.object({
        id: uuid,
        displayName: z.string(),
        rhythm: integrationRhythmSchema,
        lastTreatmentTeamMeeting: z.string().nullable(),
        lastNavMeeting: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'TeamIntegration' });

export const messageBody = z.strictObject({ text: z.string().trim().min(1).max(4000) });
export const markMessagesReadBody = z.strictObject({ messageIds: z.array(uuid).min(1).max(500) });

const partySchema = z.object({ userId: uuid, displayName: z.string(), role: z.enum(ROLES) });

export const messagesSchema = z
  .object({
    /** Oldest first. Authors stay named after they leave the conversation. */
    items: z.array(
      z.object({
        id: uuid,
        author: partySchema,
        text: z.string(),
        createdAt: z.iso.datetime(),
        mine: z.boolean(),
        /** Who has read it and when (the author not included). */
        readBy: z.array(z.object({ userId: uuid, displayName: z.string(), readAt: z.iso.datetime() })),
        readByMe: z.boolean(),
      }),
    ),
    unreadCount: z.number().int(),
    /** Who takes part now: the jobseeker and the care-team members the jobseeker's consent lets read it. */
    parties: z.array(partySchema),
    category: z.enum(INFORMATION_CATEGORIES),
  })
  .meta({ id: 'Messages' });

const startMeetingSchema = z.object({
  id: uuid,
  participantId: uuid,
  participantName: z.string(),
  startsAt: z.iso.datetime(),
  needsPreparation: z.boolean(),
});
const startActionSchema = z.object({
  id: uuid,
  participantId: uuid,
  participantName: z.string(),
  text: z.string(),
  dueDate: z.string().nullable(),
  /** Days past the deadline (0 when not yet due), so the page can flag overdue actions in words. */
  daysOverdue: z.number().int(),
});

const startQuestionSchema = z.object({
  id: uuid,
  participantId: uuid,
  participantName: z.string(),
  question: z.string(),
  askedAt: z.iso.datetime(),
  /** Whole hours since it was asked, and whether that is past NAV Oslo's 48-hour guidance. */
  hoursWaiting: z.number().int(),
  overdue: z.boolean(),
});

export const startPageSchema = z
  .object({
    /** The previous visit: "new" means since then (or the last 14 days before a first visit). */
    since: z.iso.datetime(),
    firstVisit: z.boolean(),
    participants: z.array(
      z.object({
        id: uuid,
        givenName: z.string(),
        familyName: z.string(),
        phase: z.enum(PHASES),
        phaseSince: z.string(),
        unreadMessages: z.number().int(),
        latestUnreadAt: z.iso.datetime().nullable(),
        phaseChanges: z.array(z.object({ phase: z.enum(PHASES), startedOn: z.string() })),
        newNotes: z.number().int(),
        /** What this jobseeker shares with the caller now (the categories the caller may read). */
        sharedCategories: z.array(z.enum(INFORMATION_CATEGORIES)),
      }),
    ),
    /** Upcoming meetings the caller is a party to (where the jobseeker shares meeting minutes with them). */
    meetings: z.array(startMeetingSchema),
    /** Open meeting action items the caller owns (same condition). */
    actions: z.array(startActionSchema),
    /** Questions awaiting the caller's answer (NAV counsellors: the open questions for NAV they may read). */
    questions: z.array(startQuestionSchema),
  })
  .meta({ id: 'StartPage' });

export type TeamMeetingInput = z.input<typeof teamMeetingBody>;
export type TeamMeeting = z.output<typeof teamMeetingSchema>;
export type MyTeamMeetings = z.output<typeof myTeamMeetingsSchema>;
export type TeamIntegration = z.output<typeof teamIntegrationSchema>;
export type IntegrationRhythmView = z.output<typeof integrationRhythmSchema>;
export type MessageInput = z.input<typeof messageBody>;
export type Messages = z.output<typeof messagesSchema>;
export type StartPage = z.output<typeof startPageSchema>;
export type StartPageMeeting = z.output<typeof startMeetingSchema>;
export type StartPageAction = z.output<typeof startActionSchema>;
export type StartPageQuestion = z.output<typeof startQuestionSchema>;
