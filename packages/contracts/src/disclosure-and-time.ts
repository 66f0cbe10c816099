import { z } from 'zod';
import { isoDate, uuid } from './common.ts';

const longText = z.string().trim().max(4000);

export const disclosurePlanBody = z.strictObject({
  mayKnow: longText,
  mustNotKnow: longText,
  pros: longText,
  cons: longText,
  discussedOn: isoDate,
});

export const disclosurePlanSchema = z
  .object({
    /** 0 while there is no plan yet; send it as If-Match ("0") to create one. */
    version: z.number().int(),
    plan: z
      .object({
        mayKnow: z.string(),
        mustNotKnow: z.string(),
        pros: z.string(),
        cons: z.string(),
        discussedOn: z.string(),
        updatedBy: z.object({ id: uuid, displayName: z.string() }).nullable(),
        updatedAt: z.iso.datetime(),
      })
      .nullable(),
  })
  .meta({ id: 'DisclosurePlan' });

export const timeUseBody = z.strictObject({
  communityHours: z.number().min(0).max(100),
  officeHours: z.number().min(0).max(100),
});

export const timeUseSchema = z
  .object({
    target: z.number().int(),
    weeks: z.array(
      z.object({
        weekStart: z.string(),
        communityHours: z.number(),
        officeHours: z.number(),
        communitySharePercent: z.number().int().nullable(),
        meetsTarget: z.boolean(),
        version: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'TimeUse' });

export type DisclosurePlanInput = z.input<typeof disclosurePlanBody>;
export type DisclosurePlan = z.output<typeof disclosurePlanSchema>;
export type TimeUseInput = z.input<typeof timeUseBody>;
export type TimeUse = z.output<typeof timeUseSchema>;
