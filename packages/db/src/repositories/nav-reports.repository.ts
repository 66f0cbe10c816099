import type { NavReportKind, NavReportStatus } from '@ips-bridge/domain';
import type { DbOrTrx } from '../connection.ts';

export interface NavReportRecord {
  id: string;
  kind: NavReportKind;
  periodFrom: string;
  periodTo: string;
  facts: unknown;
  summaryText: string;
  nextStepsText: string;
  jobseekerComment: string | null;
  jobseekerSeenAt: Date | null;
  status: NavReportStatus;
  archiveReference: string | null;
  sentAt: Date | null;
  createdAt: Date;
  version: number;
}

const COLUMNS = [
  'id',
  'kind',
  'period_from',
  'period_to',
  'facts',
  'summary_text',
  'next_steps_text',
  'jobseeker_comment',
  'jobseeker_seen_at',
  'status',
  'archive_reference',
  'sent_at',
  'created_at',
  'version',
] as const;

function toRecord(r: {
  id: string;
  kind: NavReportKind;
  period_from: string;
  period_to: string;
  facts: unknown;
  summary_text: string;
  next_steps_text: string;
  jobseeker_comment: string | null;
  jobseeker_seen_at: Date | null;
  status: NavReportStatus;
  archive_reference: string | null;
  sent_at: Date | null;
  created_at: Date;
  version: number;
}): NavReportRecord {
  return {
    id: r.id,
    kind: r.kind,
    periodFrom: r.period_from,
    periodTo: r.period_to,
    facts: r.facts,
    summaryText: r.summary_text,
    nextStepsText: r.next_steps_text,
    jobseekerComment: r.jobseeker_comment,
    jobseekerSeenAt: r.jobseeker_seen_at,
    status: r.status,
    archiveReference: r.archive_reference,
    sentAt: r.sent_at,
    createdAt: r.created_at,
    version: r.version,
  };
}

export async function listNavReports(db: DbOrTrx, participantId: string): Promise<NavReportRecord[]> {
  const rows = await db
    .selectFrom('nav_report')
    .select(COLUMNS)
    .where('participant_id', '=', participantId)
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map(toRecord);
}

export async function findNavReport(
  db: DbOrTrx,
  participantId: string,
  reportId: string,
): Promise<NavReportRecord | undefined> {
  const row = await db
    .selectFrom('nav_report')
    .select(COLUMNS)
    .where('participant_id', '=', participantId)
    .where('id', '=', reportId)
    .executeTakeFirst();
  return row ? toRecord(row) : undefined;
}

export async function insertNavReport(
  db: DbOrTrx,
  input: {
    participantId: string;
    kind: NavReportKind;
    periodFrom: string;
    periodTo: string;
    facts: unknown;
    createdBy: string;
    at: Date;
  },
): Promise<string> {
  const row = await db
    .insertInto('nav_report')
    .values({
      participant_id: input.participantId,
      kind: input.kind,
      period_from: input.periodFrom,
      period_to: input.periodTo,
      facts: JSON.stringify(input.facts),
      jobseeker_comment: null,
      jobseeker_seen_at: null,
      archive_reference: null,
      sent_at: null,
      sent_by: null,
      created_by: input.createdBy,
      created_at: input.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Applies `set` if the report is still at `expectedVersion`; false when someone saved first. */
export async function updateNavReportIfVersion(
  db: DbOrTrx,
  reportId: string,
  expectedVersion: number,
  set: Partial<{
    summary_text: string;
    next_steps_text: string;
    jobseeker_comment: string | null;
    jobseeker_seen_at: Date;
    status: NavReportStatus;
    archive_reference: string;
    sent_at: Date;
    sent_by: string;
  }>,
): Promise<boolean> {
  const result = await db
    .updateTable('nav_report')
    .set((eb) => ({ ...set, version: eb('version', '+', 1) }))
    .where('id', '=', reportId)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
