import { CONTACT_PURPOSES, normaliseOrganisationNumber, organisationNumberProblem } from '@ips-bridge/domain';
import { z } from 'zod';
import { isoDate, issueCode, optionalText, uuid } from './common.ts';

const ORGNR_MESSAGES: Record<string, string> = {
  format: 'An organisation number is 9 digits starting with 8 or 9',
  checksum: 'The control digit does not match; check the number',
};

const organisationNumber = z
  .string()
  .trim()
  .nullish()
  .transform((v) => (v ? normaliseOrganisationNumber(v) : null))
  .superRefine((v, ctx) => {
    if (v === null) return;
    const problem = organisationNumberProblem(v);
    if (problem)
      ctx.addIssue(issueCode(`organisation_number_${problem}`, ORGNR_MESSAGES[problem] ?? 'Invalid'));
  });

export const employerContactPersonSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  role: optionalText(100),
  phone: optionalText(30),
  email: optionalText(254).refine(
    (v) => v === null || z.email().safeParse(v).success,
    'Not an e-mail address',
  ),
});

export const employerBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  organisationNumber,
  sector: optionalText(100),
  address: optionalText(300),
  notes: z.string().trim().max(4000).default(''),
  contacts: z.array(employerContactPersonSchema).max(20).default([]),
});

export const employerSchema = z
  .object({
    id: uuid,
    name: z.string(),
    organisationNumber: z.string().nullable(),
    sector: z.string().nullable(),
    address: z.string().nullable(),
    notes: z.string(),
    contacts: z.array(
      z.object({
        name: z.string(),
        role: z.string().nullable(),
        phone: z.string().nullable(),
        email: z.string().nullable(),
      }),
    ),
    version: z.number().int(),
    lastContactDate: z.string().nullable(),
    contactCount: z.number().int(),
  })
  .meta({ id: 'Employer' });

export const employerContactBody = z.strictObject({
  date: isoDate,
  faceToFace: z.boolean(),
  purpose: z.enum(CONTACT_PURPOSES),
  outcome: z.string().trim().max(2000).default(''),
  participantIds: z.array(uuid).max(20).default([]),
});

export const employerContactSchema = z
  .object({
    id: uuid,
    employerId: uuid,
    employerName: z.string(),
    specialist: z.object({ id: uuid, displayName: z.string() }),
    date: z.string(),
    faceToFace: z.boolean(),
    purpose: z.enum(CONTACT_PURPOSES),
    outcome: z.string(),
    participants: z.array(z.object({ id: uuid, name: z.string() })),
  })
  .meta({ id: 'EmployerContact' });

export const employerDetailSchema = employerSchema
  .extend({ contactLog: z.array(employerContactSchema) })
  .meta({ id: 'EmployerDetail' });

export const jobDevelopmentWeekSchema = z
  .object({
    weekStart: z.string(),
    faceToFace: z.number().int(),
    other: z.number().int(),
    target: z.number().int(),
    meetsTarget: z.boolean(),
    contacts: z.array(employerContactSchema),
    participants: z.array(
      z.object({
        participantId: uuid,
        name: z.string(),
        referralDate: z.string(),
        firstEmployerContact: z.string().nullable(),
        daysToFirstEmployerContact: z.number().int().nullable(),
        /** Days since referral while no employer contact has been made yet. */
        daysWaiting: z.number().int().nullable(),
        overTarget: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'JobDevelopmentWeek' });

export type EmployerInput = z.input<typeof employerBody>;
export type Employer = z.output<typeof employerSchema>;
export type EmployerDetail = z.output<typeof employerDetailSchema>;
export type EmployerContactInput = z.input<typeof employerContactBody>;
export type EmployerContact = z.output<typeof employerContactSchema>;
export type JobDevelopmentWeek = z.output<typeof jobDevelopmentWeekSchema>;

export const jobLeadBody = z.strictObject({
  employerId: uuid,
  title: z.string().trim().min(1).max(200),
  jobType: z.string().trim().min(1).max(100),
  place: optionalText(100),
  // At least what the hours column (numeric(5, 2)) can hold above zero: a smaller number would be stored as 0.
  hoursPerWeek: z.number().min(0.01).max(100).nullish(),
  description: z.string().trim().max(2000).default(''),
});

export const jobLeadStatusBody = z.strictObject({ status: z.enum(['open', 'filled', 'closed']) });

export const jobLeadSchema = z
  .object({
    id: uuid,
    employerId: uuid,
    employerName: z.string(),
    title: z.string(),
    jobType: z.string(),
    place: z.string().nullable(),
    hoursPerWeek: z.number().nullable(),
    description: z.string(),
    status: z.enum(['open', 'filled', 'closed']),
    version: z.number().int(),
    /** Participants the caller follows whose preferences fit, best first (score 1–3, with the reasons). */
    matches: z.array(
      z.object({
        participantId: uuid,
        name: z.string(),
        score: z.number().int(),
        reasons: z.array(z.enum(['job_type', 'place', 'hours'])),
      }),
    ),
  })
  .meta({ id: 'JobLead' });

export type JobLeadInput = z.input<typeof jobLeadBody>;
export type JobLead = z.output<typeof jobLeadSchema>;
