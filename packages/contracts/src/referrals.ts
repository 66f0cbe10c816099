import { nationalIdProblem, PHONE_PATTERN, REFERRAL_SOURCES } from '@ips-bridge/domain';
import { z } from 'zod';
import { issueCode, optionalText, uuid } from './common.ts';

const phone = optionalText(30).refine((v) => v === null || PHONE_PATTERN.test(v), 'Not a phone number');
const email = optionalText(254).refine(
  (v) => v === null || z.email().safeParse(v).success,
  'Not an e-mail address',
);
const nationalId = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const problem = nationalIdProblem(value);
    if (problem) ctx.addIssue(issueCode(problem, 'Not a valid national identity number'));
  });

/** The public self-referral form: no login, no identity number, and no questions about eligibility. */
export const selfReferralBody = z
  .strictObject({
    teamId: uuid,
    givenName: z.string().trim().min(1).max(100),
    familyName: z.string().trim().min(1).max(100),
    phone,
    email,
    message: z.string().trim().max(2000).default(''),
  })
  .refine((b) => b.phone !== null || b.email !== null, {
    path: ['phone'],
    message: 'Give a phone number or an e-mail address so the team can reach you',
  });

/** A referral by a professional (therapist, NAV counsellor, specialist) into a team's inbox. */
export const staffReferralBody = z
  .strictObject({
    teamId: uuid,
    givenName: z.string().trim().min(1).max(100),
    familyName: z.string().trim().min(1).max(100),
    nationalId: nationalId.nullish(),
    phone,
    email,
    message: z.string().trim().max(2000).default(''),
  })
  .refine((b) => b.phone !== null || b.email !== null || b.nationalId, {
    path: ['phone'],
    message: 'Give a way to reach the person: phone, e-mail or identity number',
  });

export const acceptReferralBody = z.strictObject({
  nationalId,
  /** The employment specialist who will follow the person up; default: the one accepting, if a specialist. */
  specialistId: uuid.nullish(),
});

export const closeReferralBody = z.strictObject({ status: z.enum(['duplicate', 'withdrawn']) });

export const referralSchema = z
  .object({
    id: uuid,
    source: z.enum(REFERRAL_SOURCES),
    referredBy: z.object({ id: uuid, displayName: z.string(), role: z.string() }).nullable(),
    givenName: z.string(),
    familyName: z.string(),
    nationalId: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    message: z.string(),
    receivedOn: z.string(),
    status: z.enum(['new', 'accepted', 'duplicate', 'withdrawn']),
    participantId: uuid.nullable(),
    daysWaiting: z.number().int(),
    version: z.number().int(),
  })
  .meta({ id: 'Referral' });

export const publicTeamsSchema = z
  .object({ items: z.array(z.object({ id: uuid, name: z.string(), region: z.string().nullable() })) })
  .meta({ id: 'PublicTeams' });

export type SelfReferralInput = z.input<typeof selfReferralBody>;
export type StaffReferralInput = z.input<typeof staffReferralBody>;
export type AcceptReferralInput = z.input<typeof acceptReferralBody>;
export type Referral = z.output<typeof referralSchema>;
