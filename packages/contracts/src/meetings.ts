import {
  AGENDA_ITEM_KINDS,
  FOLLOW_UP_ANSWERS,
  MEETING_PARTY_ROLES,
  MEETING_STATUSES,
  MINUTE_KINDS,
  MINUTES_STATES,
  RECIPIENT_ROLES,
  THERAPIST_NOTE_CATEGORIES,
} from '@ips-bridge/domain';
import { z } from 'zod';
import { isoDate, issueCode, optionalText, uuid } from './common.ts';
import { participantParams } from './participants.ts';

/** Collaboration meetings (issue 5). Times are Oslo wall-clock times; the server converts them to instants. */

const person = z.object({ id: uuid, displayName: z.string() });
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Give a time as HH:MM');

export const meetingParams = participantParams.extend({ meetingId: uuid });
export const meetingActionParams = participantParams.extend({ actionId: uuid });

export const meetingPlanBody = z.strictObject({
  /** The Oslo calendar date and wall-clock times of the meeting. */
  date: isoDate,
  startTime: clock,
  endTime: clock,
  place: optionalText(200),
  videoLink: optionalText(500),
  purpose: z.string().trim().min(1).max(1000),
  inviteeIds: z.array(uuid).max(20),
});

export const expectationBody = z.strictObject({
  need: z.string().trim().max(2000),
  contribution: z.string().trim().max(2000),
  /** Jobseeker only: the parties who may read this answer; null means every party. */
  visibleTo: z.array(uuid).max(20).nullable().default(null),
});

export const agendaItemBody = z.strictObject({ title: z.string().trim().min(1).max(200) });
export const agendaOrderBody = z.strictObject({ itemIds: z.array(uuid).min(1).max(100) });

export const minuteBody = z.strictObject({
  agendaItemId: uuid,
  kind: z.enum(MINUTE_KINDS),
  text: z.string().trim().min(1).max(4000),
  /** Therapists only: the health category the entry belongs to; it is shown as far as consent for it reaches. */
  category: z.enum(THERAPIST_NOTE_CATEGORIES).nullable().default(null),
  /** To change an entry: the entry this one replaces (the earlier text stays readable). */
  replacesId: uuid.nullable().default(null),
});

export const meetingActionBody = z.strictObject({
  agendaItemId: uuid.nullable().default(null),
  text: z.string().trim().max(1000),
  /** Null is accepted so the answer can say, per field, that an owner and a deadline are required. */
  ownerUserId: uuid.nullable(),
  deadline: isoDate.nullable(),
});

export const actionDoneBody = z.strictObject({ done: z.boolean() });

export const followUpBody = z
  .strictObject({
    answer: z.enum(FOLLOW_UP_ANSWERS),
    why: optionalText(2000),
  })
  .superRefine((value, ctx) => {
    if (value.answer !== 'yes' && !value.why)
      ctx.addIssue({
        ...issueCode('why_required', 'Say why, so the next meeting can do better'),
        path: ['why'],
      });
  });

export const meetingNavAnswerBody = z.strictObject({
  questionId: uuid,
  /** The question's version as read (its ETag), so no one else's answer is overwritten. */
  version: z.number().int().min(1),
  answer: z.string().trim().min(1).max(2000),
});

export const financialResolutionBody = z.strictObject({ resolution: z.string().trim().min(1).max(2000) });

const sharedWith = z.array(
  z.object({ userId: uuid, displayName: z.string(), role: z.enum(RECIPIENT_ROLES) }),
);
const party = person.extend({ role: z.enum(MEETING_PARTY_ROLES) });

const meetingSummary = z.object({
  id: uuid,
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  /** Oslo wall-clock start and end, YYYY-MM-DDTHH:MM. */
  startLocal: z.string(),
  endLocal: z.string(),
  place: z.string().nullable(),
  videoLink: z.string().nullable(),
  purpose: z.string(),
  status: z.enum(MEETING_STATUSES),
  organiser: person,
  parties: z.array(party.extend({ answeredExpectations: z.boolean(), answeredFollowUp: z.boolean() })),
  minutesState: z.enum(MINUTES_STATES),
  minutesVersion: z.number().int(),
  minutesPublishedAt: z.iso.datetime().nullable(),
  icsSequence: z.number().int(),
  version: z.number().int(),
});

export const meetingListSchema = z
  .object({
    items: z.array(meetingSummary.extend({ waitingForMyExpectations: z.boolean() })),
    /** Who can be invited: the jobseeker (if they have a login) and the care team. */
    eligibleInvitees: z.array(party),
  })
  .meta({ id: 'MeetingList' });

export const meetingActionSchema = z.object({
  id: uuid,
  meetingId: uuid,
  meetingStartsAt: z.iso.datetime(),
  agendaItemId: uuid.nullable(),
  text: z.string(),
  owner: person,
  deadline: z.string(),
  doneOn: z.string().nullable(),
  daysOverdue: z.number().int(),
  version: z.number().int(),
});

export const meetingDetailSchema = z
  .object({
    meeting: meetingSummary,
    eligibleInvitees: z.array(party),
    /** The answers the caller may read (a jobseeker may limit theirs to chosen parties). */
    expectations: z.array(
      party.extend({
        need: z.string(),
        contribution: z.string(),
        visibleTo: z.array(uuid).nullable(),
        answeredAt: z.iso.datetime(),
        updatedAt: z.iso.datetime(),
      }),
    ),
    /** Parties who have not answered yet: the in-app reminder. */
    waitingFor: z.array(party),
    agenda: z.array(
      z.object({
        id: uuid,
        kind: z.enum(AGENDA_ITEM_KINDS),
        title: z.string(),
        sourceUserId: uuid.nullable(),
      }),
    ),
    /** Minute entries and decisions the caller may see; replaced entries stay with `replacedById` set. */
    minutes: z.array(
      z.object({
        id: uuid,
        agendaItemId: uuid,
        author: person,
        kind: z.enum(MINUTE_KINDS),
        text: z.string(),
        category: z.enum(THERAPIST_NOTE_CATEGORIES).nullable(),
        minutesVersion: z.number().int(),
        replacesId: uuid.nullable(),
        replacedById: uuid.nullable(),
        createdAt: z.iso.datetime(),
        /** For entries in a health category: who in the care team sees it today. */
        sharedWith: sharedWith.nullable(),
      }),
    ),
    /** How many entries the caller cannot see because the jobseeker has not shared their category with them. */
    hiddenEntries: z.number().int(),
    actions: z.array(meetingActionSchema),
    /** The standing financial-clarity item; null when the caller may not see the benefit situation. */
    financial: z
      .object({
        scenarios: z.array(z.object({ id: uuid, name: z.string(), createdAt: z.iso.datetime() })),
        questions: z.array(
          z.object({
            id: uuid,
            question: z.string(),
            answer: z.string().nullable(),
            answeredOn: z.string().nullable(),
            answeredBy: person.nullable(),
            answeredInThisMeeting: z.boolean(),
            version: z.number().int(),
          }),
        ),
        resolution: z.string().nullable(),
        resolvedAt: z.iso.datetime().nullable(),
        resolvedBy: person.nullable(),
      })
      .nullable(),
    followUps: z.array(
      party.extend({
        answer: z.enum(FOLLOW_UP_ANSWERS),
        why: z.string().nullable(),
        answeredAt: z.iso.datetime(),
      }),
    ),
    /** For a therapist writing: who would see an entry in each health category today. */
    sharingByCategory: z.array(z.object({ category: z.enum(THERAPIST_NOTE_CATEGORIES), sharedWith })),
  })
  .meta({ id: 'MeetingDetail' });

export const meetingActionsSchema = z
  .object({ items: z.array(meetingActionSchema) })
  .meta({ id: 'MeetingActions' });

export const myMeetingWorkSchema = z
  .object({
    actions: z.array(meetingActionSchema.extend({ participantId: uuid, participantName: z.string() })),
    awaitingExpectations: z.array(
      z.object({
        meetingId: uuid,
        participantId: uuid,
        participantName: z.string(),
        startsAt: z.iso.datetime(),
      }),
    ),
  })
  .meta({ id: 'MyMeetingWork' });

export type MeetingList = z.output<typeof meetingListSchema>;
export type MeetingDetail = z.output<typeof meetingDetailSchema>;
export type MeetingActions = z.output<typeof meetingActionsSchema>;
export type MyMeetingWork = z.output<typeof myMeetingWorkSchema>;
export type MeetingPlanInput = z.input<typeof meetingPlanBody>;
export type ExpectationInput = z.input<typeof expectationBody>;
export type MinuteInput = z.input<typeof minuteBody>;
export type MeetingActionInput = z.input<typeof meetingActionBody>;
export type FollowUpInput = z.input<typeof followUpBody>;
