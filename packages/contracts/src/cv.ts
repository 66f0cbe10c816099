import { z } from 'zod';
import { uuid } from './common.ts';

const yearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Use YYYY-MM');

export const cvContentSchema = z.strictObject({
  headline: z.string().trim().max(200),
  summary: z.string().trim().max(2000),
  experience: z
    .array(
      z.strictObject({
        title: z.string().trim().min(1).max(200),
        employer: z.string().trim().min(1).max(200),
        from: yearMonth,
        to: yearMonth.nullable(),
        description: z.string().trim().max(1000),
      }),
    )
    .max(50),
  education: z
    .array(
      z.strictObject({
        subject: z.string().trim().min(1).max(200),
        institution: z.string().trim().max(200).nullable(),
        year: z.number().int().min(1940).max(2100).nullable(),
        completed: z.boolean(),
      }),
    )
    .max(30),
  interests: z.array(z.string().trim().min(1).max(100)).max(30),
});

export const cvSchema = z
  .object({
    /** 0 while the CV is the generated draft; send it as If-Match ("0") for the first save. */
    version: z.number().int(),
    /** True while nothing has been saved: the content is drafted from the career profile and jobs. */
    draft: z.boolean(),
    content: cvContentSchema,
    updatedBy: z.object({ id: uuid, displayName: z.string() }).nullable(),
    updatedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'Cv' });

export type CvContent = z.output<typeof cvContentSchema>;
export type CvResponse = z.output<typeof cvSchema>;
