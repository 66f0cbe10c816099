import {
  daysBetween,
  periodProblems,
  SUPERVISION_NOTE_MAX_LENGTH,
  WORKFORCE_FLAGS,
  WORKFORCE_MAX_PERIOD_DAYS,
} from '@ips-bridge/domain';
import { z } from 'zod';
import { isoDate, issueCode, uuid } from './common.ts';

// Issue 7 item 4: the supervisors' workforce view and supervision notes (docs/workforce.md).

/** The period of the workforce view: the end not before the start, at most two years; a team for administrators. */
export const workforceQuery = z
  .strictObject({
    from: isoDate,
    to: isoDate,
    /** The IPS team; a supervisor's own team by default (another team is 403). Administrators name one. */
    teamId: uuid.optional(),
  })
  .superRefine((query, ctx) => {
    const problems = periodProblems(query);
    if (problems.includes('end_before_start'))
      ctx.addIssue({
        ...issueCode('end_before_start', 'The end of the period is before its start'),
        path: ['to'],
      });
    else if (
      problems.includes('too_long') ||
      (problems.length === 0 && daysBetween(query.from, query.to) > WORKFORCE_MAX_PERIOD_DAYS)
    )
      ctx.addIssue({
        ...issueCode('period_too_long', `The view covers at most ${WORKFORCE_MAX_PERIOD_DAYS} days`),
        path: ['to'],
      });
  });

export const workforceSchema = z
  .object({
    team: z.object({ id: uuid, name: z.string() }),
    from: z.string(),
    to: z.string(),
    /** The day "now" figures (active caseload, overdue follow-ups) are counted on. */
    today: z.string(),
    thresholds: z.object({
      caseload: z.number().int(),
      overdueFollowUps: z.number().int(),
      communityTimePercent: z.number().int(),
    }),
    specialists: z.array(
      z.object({
        id: uuid,
        displayName: z.string(),
        activeNow: z.number().int(),
        /** Active participants at the end of each month of the period (the last month: at the period's end). */
        caseloadByMonth: z.array(z.object({ month: z.string(), date: z.string(), active: z.number().int() })),
        overdueFollowUps: z.number().int(),
        meetings: z.object({
          treatmentTeam: z.number().int(),
          nav: z.number().int(),
          collaboration: z.number().int(),
          perWeek: z.number(),
        }),
        communityTime: z.object({
          percent: z.number().int().nullable(),
          communityHours: z.number(),
          officeHours: z.number(),
          weeksRecorded: z.number().int(),
        }),
        flags: z.array(z.enum(WORKFORCE_FLAGS)),
      }),
    ),
  })
  .meta({
    id: 'Workforce',
    description: "A supervisor's team: workload and flags per employment specialist",
  });

export const supervisionNoteBody = z.strictObject({
  date: isoDate,
  /** About the specialist's work; no names or other details of jobseekers. */
  text: z.string().trim().min(1).max(SUPERVISION_NOTE_MAX_LENGTH),
});

export const supervisionNoteSchema = z
  .object({
    id: uuid,
    specialistId: uuid,
    author: z.object({ id: uuid, displayName: z.string() }),
    date: z.string(),
    text: z.string(),
    version: z.number().int(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'SupervisionNote' });

export const supervisionNotesSchema = z
  .object({
    specialist: z.object({ id: uuid, displayName: z.string() }),
    /** Whether the caller may write and edit notes here (the team's supervisor), or only read (the specialist). */
    mayWrite: z.boolean(),
    items: z.array(supervisionNoteSchema),
  })
  .meta({ id: 'SupervisionNotes' });

export type Workforce = z.output<typeof workforceSchema>;
export type SupervisionNote = z.output<typeof supervisionNoteSchema>;
export type SupervisionNotes = z.output<typeof supervisionNotesSchema>;
