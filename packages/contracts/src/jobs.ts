import { JOB_END_REASONS, MAX_JOB_HOURS_PER_WEEK } from '@ips-bridge/domain';
import { z } from 'zod';
import { isoDate, uuid } from './common.ts';

export const createJobBody = z
  .strictObject({
    /** An employer from the team's register; or give employerName for one that is not in it. */
    employerId: uuid.nullish(),
    employerName: z.string().trim().min(1).max(200).nullish(),
    title: z.string().trim().min(1).max(200),
    competitive: z.boolean(),
    // At least what the hours column (numeric(5, 2)) can hold above zero: a smaller number would be stored as 0.
    hoursPerWeek: z.number().min(0.01).max(MAX_JOB_HOURS_PER_WEEK),
    hourlyWage: z.number().min(0).max(10_000),
    startDate: isoDate,
    foundWithIps: z.boolean(),
  })
  .refine((b) => b.employerId || b.employerName, {
    path: ['employerName'],
    message: 'Choose an employer from the register or write its name',
  });

export const endJobBody = z.strictObject({
  endDate: isoDate,
  reason: z.enum(JOB_END_REASONS),
  note: z.string().trim().max(2000).default(''),
});

export const educationBody = z.strictObject({
  institution: z.string().trim().min(1).max(200),
  programme: z.string().trim().min(1).max(200),
  startDate: isoDate,
  endDate: isoDate.nullish(),
  completed: z.boolean().nullish(),
});

export const SUPPORT_WITH = ['jobseeker', 'employer', 'team'] as const;
export const SUPPORT_SETTINGS = ['community', 'office', 'phone', 'video'] as const;

export const supportContactBody = z.strictObject({
  date: isoDate,
  withWhom: z.enum(SUPPORT_WITH),
  faceToFace: z.boolean(),
  setting: z.enum(SUPPORT_SETTINGS),
  note: z.string().trim().max(2000).default(''),
  jobId: uuid.nullish(),
});

export const jobSchema = z.object({
  id: uuid,
  employerId: uuid.nullable(),
  employerName: z.string(),
  title: z.string(),
  competitive: z.boolean(),
  hoursPerWeek: z.number(),
  hourlyWage: z.number(),
  startDate: z.string(),
  foundWithIps: z.boolean(),
  endDate: z.string().nullable(),
  endReason: z.enum(JOB_END_REASONS).nullable(),
  endNote: z.string(),
  version: z.number().int(),
});

export const workAndSupportSchema = z
  .object({
    jobs: z.array(jobSchema),
    education: z.array(
      z.object({
        id: uuid,
        institution: z.string(),
        programme: z.string(),
        startDate: z.string(),
        endDate: z.string().nullable(),
        completed: z.boolean().nullable(),
      }),
    ),
    supportContacts: z.array(
      z.object({
        id: uuid,
        jobId: uuid.nullable(),
        date: z.string(),
        withWhom: z.enum(SUPPORT_WITH),
        faceToFace: z.boolean(),
        setting: z.enum(SUPPORT_SETTINGS),
        note: z.string(),
        recordedBy: z.object({ id: uuid, displayName: z.string() }).nullable(),
      }),
    ),
    /** The follow-along rhythm for the current job, if one is ongoing. */
    followAlong: z
      .object({
        jobId: uuid,
        stage: z.enum(['before_start', 'first_days', 'first_month', 'monthly']),
        nextDue: z.string(),
        overdue: z.boolean(),
        daysOverdue: z.number().int(),
      })
      .nullable(),
    /** After the latest job ended: a contact is due within 3 days, with an offer of a new job search. */
    contactAfterJobEnd: z
      .object({ jobId: uuid, due: z.string(), done: z.boolean(), overdue: z.boolean() })
      .nullable(),
  })
  .meta({ id: 'WorkAndSupport' });

export type NewJob = z.input<typeof createJobBody>;
export type JobEnd = z.input<typeof endJobBody>;
export type NewEducation = z.input<typeof educationBody>;
export type NewSupportContact = z.input<typeof supportContactBody>;
export type Job = z.output<typeof jobSchema>;
export type WorkAndSupport = z.output<typeof workAndSupportSchema>;
