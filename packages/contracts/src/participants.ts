import {
  CARE_TEAM_ROLES,
  CASELOAD_PAGE_MAX,
  nationalIdProblem,
  PHASES,
  PHONE_PATTERN,
  REFERRAL_SOURCES,
} from '@ips-bridge/domain';
import { z } from 'zod';
import { isoDate, issueCode, optionalText, uuid } from './common.ts';

const NATIONAL_ID_MESSAGES: Record<string, string> = {
  national_id_format: 'Must be exactly 11 digits',
  national_id_checksum: 'The control digits do not match; check the number',
  national_id_date: 'The first six digits are not a valid date',
};

export const createParticipantBody = z.strictObject({
  givenName: z.string().trim().min(1).max(100),
  familyName: z.string().trim().min(1).max(100),
  nationalId: z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      const problem = nationalIdProblem(value);
      if (problem) ctx.addIssue(issueCode(problem, NATIONAL_ID_MESSAGES[problem] ?? 'Invalid number'));
    }),
  phone: optionalText(30).refine((v) => v === null || PHONE_PATTERN.test(v), 'Not a phone number'),
  email: optionalText(254).refine(
    (v) => v === null || z.email().safeParse(v).success,
    'Not an e-mail address',
  ),
  referralSource: z.enum(REFERRAL_SOURCES),
  referralDate: isoDate,
});

export const careTeamMemberSchema = z.object({
  userId: uuid,
  displayName: z.string(),
  role: z.enum(CARE_TEAM_ROLES),
});

export const participantSchema = z
  .object({
    id: uuid,
    givenName: z.string(),
    familyName: z.string(),
    nationalId: z.string(),
    birthDate: z.string(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    referralSource: z.enum(REFERRAL_SOURCES),
    referralDate: z.string(),
    team: z.object({ id: uuid, name: z.string() }),
    careTeam: z.array(careTeamMemberSchema),
    phase: z.enum(PHASES),
    phaseSince: z.string(),
    daysInPhase: z.number().int(),
    firstContactDate: z.string().nullable(),
    /** Set while the first contact has not happened and the 7-day target has passed. */
    firstContactOverdue: z.boolean(),
    createdAt: z.iso.datetime(),
    version: z.number().int(),
  })
  .meta({ id: 'Participant' });

export const caseloadItemSchema = z.object({
  id: uuid,
  givenName: z.string(),
  familyName: z.string(),
  referralDate: z.string(),
  referralSource: z.enum(REFERRAL_SOURCES),
  teamName: z.string(),
  specialist: z.object({ id: uuid, displayName: z.string() }).nullable(),
  daysSinceReferral: z.number().int(),
  phase: z.enum(PHASES),
  daysInPhase: z.number().int(),
  firstContactOverdue: z.boolean(),
  /** The latest contact with or about the person (first contact, follow-along, employer contact). */
  lastContactDate: z.string().nullable(),
  /** The earliest due date of their open plan steps, and whether it has passed. */
  nextDueDate: z.string().nullable(),
  nextDueOverdue: z.boolean(),
  /** Processing is restricted (GDPR art. 18): the record can be read but not changed. */
  restricted: z.boolean(),
});

export const caseloadQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  /** Comma-separated phases, e.g. `job_search,working`. */
  phase: z
    .string()
    .optional()
    .transform((v) => (v ? v.split(',').map((p) => p.trim()) : []))
    .pipe(z.array(z.enum(PHASES))),
  limit: z.coerce.number().int().min(1).max(CASELOAD_PAGE_MAX).default(100),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const caseloadSchema = z
  .object({
    items: z.array(caseloadItemSchema),
    /** How many match the search and filter in all (the page holds `items`). */
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
    /** The caller's own active caseload (care-team member, active phase) against the IPS target of 20. */
    activeCaseload: z.object({ count: z.number().int(), target: z.number().int() }),
  })
  .meta({ id: 'Caseload' });

export const participantParams = z.strictObject({ participantId: uuid });

export type NewParticipant = z.input<typeof createParticipantBody>;
export type Participant = z.output<typeof participantSchema>;
export type CareTeamMember = z.output<typeof careTeamMemberSchema>;
export type CaseloadItem = z.output<typeof caseloadItemSchema>;
export type CaseloadPage = z.output<typeof caseloadSchema>;
