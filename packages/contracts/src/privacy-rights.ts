import { ERASURE_GROUNDS, PHASES, REQUEST_ERASURE_GROUNDS } from '@ips-bridge/domain';
import { z } from 'zod';
import { isoDate, uuid } from './common.ts';

/** Restriction of processing (GDPR art. 18) as the jobseeker, staff and administrators see it. */
export const restrictionStatusSchema = z
  .object({
    restricted: z.boolean(),
    /** Who placed the restriction in force: the jobseeker in the app or an administrator. */
    source: z.enum(['jobseeker', 'administrator']).nullable(),
    reason: z.string().nullable(),
    since: z.iso.datetime().nullable(),
    /** Whether the caller may lift it (the jobseeker only one they placed themselves). */
    mayLift: z.boolean(),
  })
  .meta({ id: 'RestrictionStatus' });

export const restrictBody = z.strictObject({
  /** Why: e.g. the accuracy is contested (art. 18(1)(a)) or an objection is being considered (art. 18(1)(d)). */
  reason: z.string().trim().min(1).max(1000),
});

export const adminRestrictBody = restrictBody.extend({ participantId: uuid });
export const adminLiftBody = z.strictObject({ participantId: uuid });

/** Finding the person a request is about: the identity number goes in the body, never in a URL. */
export const privacyLookupBody = z.strictObject({
  nationalId: z
    .string()
    .trim()
    .regex(/^\d{11}$/),
});

export const privacyCaseSchema = z
  .object({
    participantId: uuid,
    name: z.string(),
    teamName: z.string(),
    phase: z.enum(PHASES),
    phaseSince: z.string(),
    erased: z.boolean(),
    restriction: restrictionStatusSchema,
  })
  .meta({ id: 'PrivacyCase' });

export const activeRestrictionSchema = z.object({
  participantId: uuid,
  name: z.string(),
  source: z.enum(['jobseeker', 'administrator']),
  reason: z.string(),
  since: z.iso.datetime(),
});
export const activeRestrictionsSchema = z
  .object({ items: z.array(activeRestrictionSchema) })
  .meta({ id: 'ActiveRestrictions' });

export const erasureRequestBody = z.strictObject({
  participantId: uuid,
  ground: z.enum(REQUEST_ERASURE_GROUNDS),
  /** The day the request was received (the one-month answer deadline, art. 12(3), runs from it). */
  receivedOn: isoDate,
});

export const erasureConfirmBody = z.strictObject({
  /** The person's full name, typed by the administrator as the second step. */
  confirmName: z.string().trim().min(1).max(210),
});

export const erasureRequestSchema = z
  .object({
    id: uuid,
    participantId: uuid,
    /** The person's name while the record exists; null once it is erased (the erasure record holds no name). */
    name: z.string().nullable(),
    ground: z.enum(ERASURE_GROUNDS),
    receivedOn: z.string(),
    status: z.enum(['pending', 'completed', 'cancelled']),
    recordedAt: z.iso.datetime(),
    completedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'ErasureRequest' });

export const erasureRequestsSchema = z
  .object({ items: z.array(erasureRequestSchema) })
  .meta({ id: 'ErasureRequests' });

export const erasureRequestParams = z.strictObject({ requestId: uuid });

export type RestrictionStatus = z.output<typeof restrictionStatusSchema>;
export type PrivacyCase = z.output<typeof privacyCaseSchema>;
export type ActiveRestriction = z.output<typeof activeRestrictionSchema>;
export type ErasureRequestDto = z.output<typeof erasureRequestSchema>;
