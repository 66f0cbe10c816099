import {
  INFORMATION_CATEGORIES,
  RECIPIENT_ROLES,
  ROLES,
  THERAPIST_NOTE_CATEGORIES,
} from '@ips-bridge/domain';
import { z } from 'zod';
import { issueCode, uuid } from './common.ts';

const isoDate = z.iso.date();

export const consentRecipientSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('user'), userId: uuid }),
  z.strictObject({ kind: z.literal('role'), role: z.enum(RECIPIENT_ROLES) }),
]);

/** One change the jobseeker makes (or a specialist records from a paper form): share or stop sharing a category. */
export const consentChangeSchema = z
  .strictObject({
    recipient: consentRecipientSchema,
    category: z.enum(INFORMATION_CATEGORIES),
    decision: z.enum(['grant', 'withdraw']),
    purpose: z.string().trim().max(500).default(''),
    /** First day it applies; today when left out. */
    validFrom: isoDate.optional(),
    /** Last day a grant applies; none for until withdrawn. Not for a withdrawal. */
    validTo: isoDate.nullish(),
  })
  .superRefine((change, ctx) => {
    if (change.decision === 'withdraw' && change.validTo)
      ctx.addIssue({
        ...issueCode('withdraw_has_no_end', 'A withdrawal has no end date'),
        path: ['validTo'],
      });
    if (change.validFrom && change.validTo && change.validTo < change.validFrom)
      ctx.addIssue({
        ...issueCode('end_before_start', 'The last day cannot be before the first'),
        path: ['validTo'],
      });
  });

export const consentChangesBody = z.strictObject({
  changes: z.array(consentChangeSchema).min(1).max(100),
  /** 'jobseeker' when the jobseeker decides in the app; 'paper' when a specialist records a signed form. */
  recordedVia: z.enum(['jobseeker', 'paper']),
});

const sharingCell = z.object({
  category: z.enum(INFORMATION_CATEGORIES),
  shared: z.boolean(),
  /** Where the answer comes from: a record naming the person, one naming their role, or the default. */
  by: z.enum(['person', 'role', 'default']),
  withdrawn: z.boolean(),
});

export const consentOverviewSchema = z
  .object({
    /** What each member of the care team (and the team supervisor) sees now, category by category. */
    recipients: z.array(
      z.object({
        userId: uuid,
        displayName: z.string(),
        role: z.enum(RECIPIENT_ROLES),
        blocked: z.boolean(),
        sharing: z.array(sharingCell),
      }),
    ),
    /** The default per role, for explaining "as standard". */
    defaults: z.array(
      z.object({ role: z.enum(RECIPIENT_ROLES), categories: z.array(z.enum(INFORMATION_CATEGORIES)) }),
    ),
    history: z.array(
      z.object({
        sequence: z.number().int(),
        recipient: z.object({
          kind: z.enum(['user', 'role']),
          userId: uuid.nullable(),
          role: z.enum(RECIPIENT_ROLES).nullable(),
          displayName: z.string().nullable(),
        }),
        category: z.enum(INFORMATION_CATEGORIES),
        decision: z.enum(['grant', 'withdraw']),
        purpose: z.string(),
        validFrom: z.string(),
        validTo: z.string().nullable(),
        recordedVia: z.enum(['jobseeker', 'paper']),
        recordedBy: z.object({ id: uuid, displayName: z.string() }),
        recordedAt: z.iso.datetime(),
      }),
    ),
    blocks: z.array(
      z.object({
        id: uuid,
        userId: uuid,
        displayName: z.string(),
        reason: z.string(),
        createdAt: z.iso.datetime(),
      }),
    ),
  })
  .meta({ id: 'ConsentOverview' });

export const blockBody = z.strictObject({
  userId: uuid,
  reason: z.string().trim().max(500).default(''),
});

export const blockParams = z.strictObject({ participantId: uuid, blockId: uuid });

export const emergencyAccessBody = z.strictObject({
  reason: z.string().trim().min(10, 'State the reason in at least 10 characters').max(1000),
});

export const emergencyAccessSchema = z
  .object({ participantId: uuid, expiresAt: z.iso.datetime() })
  .meta({ id: 'EmergencyAccess' });

export const accessLogQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  /** Also what the jobseeker did themselves; by default the log shows only what others did. */
  includeOwn: z.enum(['true', 'false']).default('false'),
});

export const accessLogSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.number().int(),
        at: z.iso.datetime(),
        who: z.object({
          displayName: z.string(),
          role: z.enum(ROLES).nullable(),
          organisation: z.string().nullable(),
        }),
        /** The audit action, e.g. "career_profile.read"; the app words it. */
        action: z.string(),
        outcome: z.enum(['allowed', 'denied']),
        /** Why it was allowed (care team, consent, break-the-glass) or refused. */
        basis: z.string().nullable(),
        /** The stated reason, for a break-the-glass opening. */
        statedReason: z.string().nullable(),
      }),
    ),
    total: z.number().int(),
  })
  .meta({ id: 'AccessLog' });

export type ConsentChange = z.input<typeof consentChangeSchema>;
export type ConsentChangesInput = z.input<typeof consentChangesBody>;
export type ConsentOverview = z.output<typeof consentOverviewSchema>;
export type AccessLog = z.output<typeof accessLogSchema>;
export type EmergencyAccess = z.output<typeof emergencyAccessSchema>;

export const therapistNoteBody = z.strictObject({
  category: z.enum(THERAPIST_NOTE_CATEGORIES),
  text: z.string().trim().min(1).max(4000),
});

const sharedWithSchema = z.array(
  z.object({ userId: uuid, displayName: z.string(), role: z.enum(RECIPIENT_ROLES) }),
);

export const therapistNotesSchema = z
  .object({
    /** The notes the caller may see: their own, and those in categories the jobseeker shares with them. */
    items: z.array(
      z.object({
        id: uuid,
        author: z.object({ id: uuid, displayName: z.string() }),
        category: z.enum(THERAPIST_NOTE_CATEGORIES),
        text: z.string(),
        createdAt: z.iso.datetime(),
        /** Who in the care team sees this note today (besides the jobseeker, who sees all of their own). */
        sharedWith: sharedWithSchema,
      }),
    ),
    /** For writing: who would see a note in each category today. */
    sharingByCategory: z.array(
      z.object({ category: z.enum(THERAPIST_NOTE_CATEGORIES), sharedWith: sharedWithSchema }),
    ),
  })
  .meta({ id: 'TherapistNotes' });

export type TherapistNotes = z.output<typeof therapistNotesSchema>;
export type TherapistNoteInput = z.input<typeof therapistNoteBody>;
