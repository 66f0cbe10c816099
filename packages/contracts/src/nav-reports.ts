import { NAV_REPORT_KINDS, NAV_REPORT_STATUSES } from '@ips-bridge/domain';
import { z } from 'zod';
import { isoDate, uuid } from './common.ts';

export const createNavReportBody = z.strictObject({
  kind: z.enum(NAV_REPORT_KINDS),
  periodFrom: isoDate,
  periodTo: isoDate,
});

export const updateNavReportBody = z.strictObject({
  summaryText: z.string().trim().max(8000),
  nextStepsText: z.string().trim().max(4000),
});

export const jobseekerResponseBody = z.strictObject({ comment: z.string().trim().max(4000).nullish() });

export const navReportSchema = z
  .object({
    id: uuid,
    kind: z.enum(NAV_REPORT_KINDS),
    periodFrom: z.string(),
    periodTo: z.string(),
    /** Generated from the journey's records for the period (see NavReportFacts in @ips-bridge/domain). */
    facts: z.looseObject({ period: z.object({ from: z.string(), to: z.string() }) }),
    summaryText: z.string(),
    nextStepsText: z.string(),
    jobseekerComment: z.string().nullable(),
    jobseekerSeenAt: z.iso.datetime().nullable(),
    status: z.enum(NAV_REPORT_STATUSES),
    archiveReference: z.string().nullable(),
    sentAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
    version: z.number().int(),
  })
  .meta({ id: 'NavReport' });

export type NavReport = z.output<typeof navReportSchema>;
export type NewNavReport = z.input<typeof createNavReportBody>;
