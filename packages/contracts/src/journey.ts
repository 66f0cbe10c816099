import { PHASES } from '@ips-bridge/domain';
import { z } from 'zod';
import { isoDate, uuid } from './common.ts';

export const phaseChangeBody = z.strictObject({
  phase: z.enum(PHASES),
  date: isoDate,
  reason: z.string().trim().min(1).max(50).nullish(),
  plannedRecontact: isoDate.nullish(),
});

export const firstContactBody = z.strictObject({ date: isoDate });

const actorSchema = z.object({ id: uuid, displayName: z.string() }).nullable();

export const historySchema = z
  .object({
    phases: z.array(
      z.object({
        id: z.number().int(),
        phase: z.enum(PHASES),
        startedOn: z.string(),
        reason: z.string().nullable(),
        plannedRecontact: z.string().nullable(),
        recordedBy: actorSchema,
        recordedAt: z.iso.datetime(),
      }),
    ),
    changes: z.array(
      z.object({
        id: z.number().int(),
        entity: z.string(),
        action: z.string(),
        before: z.unknown(),
        after: z.unknown(),
        changedBy: actorSchema,
        changedAt: z.iso.datetime(),
      }),
    ),
  })
  .meta({ id: 'ParticipantHistory' });

export type PhaseChangeInput = z.input<typeof phaseChangeBody>;
export type ParticipantHistory = z.output<typeof historySchema>;
