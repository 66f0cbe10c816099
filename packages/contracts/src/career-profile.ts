import { z } from 'zod';
import { uuid } from './common.ts';

/**
 * The career profile: an ongoing, work-based assessment in the person's own terms (IPS principle: preferences
 * drive the job search). Health-related content is a separate object because consent governs it separately.
 */
const text = (max: number) => z.string().trim().max(max);
const yearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Use YYYY-MM');

export const EDUCATION_LEVELS = ['primary', 'upper_secondary', 'vocational', 'higher', 'other'] as const;

export const careerProfileContentSchema = z
  .strictObject({
    workHistory: z
      .array(
        z.strictObject({
          employer: text(200).min(1),
          title: text(200).min(1),
          from: yearMonth,
          to: yearMonth.nullish(),
          wentWell: text(2000).nullish(),
          wasHard: text(2000).nullish(),
        }),
      )
      .max(50),
    education: z
      .array(
        z.strictObject({
          subject: text(200).min(1),
          level: z.enum(EDUCATION_LEVELS),
          institution: text(200).nullish(),
          completed: z.boolean(),
          year: z.number().int().min(1940).max(2100).nullish(),
        }),
      )
      .max(30),
    preferences: z.strictObject({
      jobTypes: z.array(text(100).min(1)).max(20),
      hoursPerWeekMin: z.number().min(0).max(100).nullish(),
      hoursPerWeekMax: z.number().min(0).max(100).nullish(),
      places: z.array(text(100).min(1)).max(20),
      conditions: text(2000),
    }),
    strengths: text(4000),
    whatHelps: text(4000),
    whatGetsInTheWay: text(4000),
  })
  .refine(
    (c) =>
      c.preferences.hoursPerWeekMin == null ||
      c.preferences.hoursPerWeekMax == null ||
      c.preferences.hoursPerWeekMin <= c.preferences.hoursPerWeekMax,
    { path: ['preferences', 'hoursPerWeekMax'], message: 'The most hours must be at least the fewest' },
  )
  .refine((c) => c.workHistory.every((w) => !w.to || w.to >= w.from), {
    path: ['workHistory'],
    message: 'A job cannot end before it starts',
  });

/** Health-related: early warning signs and coping strategies (consent category "early warning signs"). */
export const careerProfileHealthSchema = z.strictObject({
  earlyWarningSigns: text(4000),
  copingStrategies: text(4000),
});

export const careerProfileBody = z.strictObject({
  content: careerProfileContentSchema,
  health: careerProfileHealthSchema,
  reason: z.enum(['update', 'after_job_experience']).default('update'),
});

const versionMeta = z.object({
  version: z.number().int(),
  reason: z.enum(['first_version', 'update', 'after_job_experience']),
  createdBy: z.object({ id: uuid, displayName: z.string() }).nullable(),
  createdAt: z.iso.datetime(),
});

export const careerProfileSchema = z
  .object({
    /** 0 while no profile has been written; send it as If-Match ("0") for the first save. */
    version: z.number().int(),
    content: careerProfileContentSchema.nullable(),
    health: careerProfileHealthSchema.nullable(),
    /** True when the jobseeker has not shared early warning signs and coping strategies with the caller. */
    healthWithheld: z.boolean(),
    history: z.array(versionMeta),
  })
  .meta({ id: 'CareerProfile' });

export const careerProfileVersionSchema = versionMeta
  .extend({
    content: careerProfileContentSchema,
    health: careerProfileHealthSchema.nullable(),
    healthWithheld: z.boolean(),
  })
  .meta({ id: 'CareerProfileVersion' });

export type CareerProfileContent = z.output<typeof careerProfileContentSchema>;
export type CareerProfileHealth = z.output<typeof careerProfileHealthSchema>;
export type CareerProfile = z.output<typeof careerProfileSchema>;
export type CareerProfileInput = z.input<typeof careerProfileBody>;
export type CareerProfileVersion = z.output<typeof careerProfileVersionSchema>;
