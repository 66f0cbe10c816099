import type { JobEndReason } from '@ips-bridge/domain';
import type { DbOrTrx } from '../connection.ts';

export interface JobRecord {
  id: string;
  employerId: string | null;
  employerName: string;
  title: string;
  competitive: boolean;
  hoursPerWeek: number;
  hourlyWage: number;
  startDate: string;
  foundWithIps: boolean;
  endDate: string | null;
  endReason: JobEndReason | null;
  endNote: string;
  version: number;
}

export interface EducationRecord {
  id: string;
  institution: string;
  programme: string;
  startDate: string;
  endDate: string | null;
  completed: boolean | null;
}

export interface SupportContactRecord {
  id: string;
  jobId: string | null;
  date: string;
  withWhom: 'jobseeker' | 'employer' | 'team';
  faceToFace: boolean;
  setting: 'community' | 'office' | 'phone' | 'video';
  note: string;
  recordedBy: { id: string; displayName: string } | null;
}

const JOB_COLUMNS = [
  'id',
  'employer_id',
  'employer_name',
  'title',
  'competitive',
  'hours_per_week',
  'hourly_wage',
  'start_date',
  'found_with_ips',
  'end_date',
  'end_reason',
  'end_note',
  'version',
] as const;

type JobRow = {
  id: string;
  employer_id: string | null;
  employer_name: string;
  title: string;
  competitive: boolean;
  hours_per_week: number;
  hourly_wage: number;
  start_date: string;
  found_with_ips: boolean;
  end_date: string | null;
  end_reason: JobEndReason | null;
  end_note: string;
  version: number;
};

function toJob(r: JobRow): JobRecord {
  return {
    id: r.id,
    employerId: r.employer_id,
    employerName: r.employer_name,
    title: r.title,
    competitive: r.competitive,
    hoursPerWeek: r.hours_per_week,
    hourlyWage: r.hourly_wage,
    startDate: r.start_date,
    foundWithIps: r.found_with_ips,
    endDate: r.end_date,
    endReason: r.end_reason,
    endNote: r.end_note,
    version: r.version,
  };
}

export async function listJobs(db: DbOrTrx, participantId: string): Promise<JobRecord[]> {
  const rows = await db
    .selectFrom('job')
    .select(JOB_COLUMNS)
    .where('participant_id', '=', participantId)
    .orderBy('start_date', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map(toJob);
}

export async function findJob(
  db: DbOrTrx,
  participantId: string,
  jobId: string,
): Promise<JobRecord | undefined> {
  const row = await db
    .selectFrom('job')
    .select(JOB_COLUMNS)
    .where('participant_id', '=', participantId)
    .where('id', '=', jobId)
    .executeTakeFirst();
  return row ? toJob(row) : undefined;
}

export async function insertJob(
  db: DbOrTrx,
  input: Omit<JobRecord, 'id' | 'endDate' | 'endReason' | 'endNote' | 'version'> & {
    participantId: string;
    createdBy: string;
    at: Date;
  },
): Promise<string> {
  const row = await db
    .insertInto('job')
    .values({
      participant_id: input.participantId,
      employer_id: input.employerId,
      employer_name: input.employerName,
      title: input.title,
      competitive: input.competitive,
      hours_per_week: input.hoursPerWeek,
      hourly_wage: input.hourlyWage,
      start_date: input.startDate,
      found_with_ips: input.foundWithIps,
      end_date: null,
      end_reason: null,
      created_by: input.createdBy,
      created_at: input.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function endJobIfVersion(
  db: DbOrTrx,
  input: {
    jobId: string;
    expectedVersion: number;
    endDate: string;
    endReason: JobEndReason;
    endNote: string;
  },
): Promise<boolean> {
  const result = await db
    .updateTable('job')
    .set((eb) => ({
      end_date: input.endDate,
      end_reason: input.endReason,
      end_note: input.endNote,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', input.jobId)
    .where('version', '=', input.expectedVersion)
    .where('end_date', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function listEducation(db: DbOrTrx, participantId: string): Promise<EducationRecord[]> {
  const rows = await db
    .selectFrom('education')
    .select(['id', 'institution', 'programme', 'start_date', 'end_date', 'completed'])
    .where('participant_id', '=', participantId)
    .orderBy('start_date', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    institution: r.institution,
    programme: r.programme,
    startDate: r.start_date,
    endDate: r.end_date,
    completed: r.completed,
  }));
}

export async function insertEducation(
  db: DbOrTrx,
  input: Omit<EducationRecord, 'id'> & { participantId: string; createdBy: string; at: Date },
): Promise<string> {
  const row = await db
    .insertInto('education')
    .values({
      participant_id: input.participantId,
      institution: input.institution,
      programme: input.programme,
      start_date: input.startDate,
      end_date: input.endDate,
      completed: input.completed,
      created_by: input.createdBy,
      created_at: input.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function listSupportContacts(
  db: DbOrTrx,
  participantId: string,
): Promise<SupportContactRecord[]> {
  const rows = await db
    .selectFrom('support_contact as s')
    .leftJoin('app_user as u', 'u.id', 's.recorded_by')
    .select([
      's.id',
      's.job_id',
      's.contact_date',
      's.with_whom',
      's.face_to_face',
      's.setting',
      's.note',
      'u.id as user_id',
      'u.display_name',
    ])
    .where('s.participant_id', '=', participantId)
    .orderBy('s.contact_date', 'desc')
    .orderBy('s.created_at', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    jobId: r.job_id,
    date: r.contact_date,
    withWhom: r.with_whom,
    faceToFace: r.face_to_face,
    setting: r.setting,
    note: r.note,
    recordedBy: r.user_id && r.display_name ? { id: r.user_id, displayName: r.display_name } : null,
  }));
}

export async function insertSupportContact(
  db: DbOrTrx,
  input: Omit<SupportContactRecord, 'id' | 'recordedBy'> & {
    participantId: string;
    recordedBy: string;
    at: Date;
  },
): Promise<string> {
  const row = await db
    .insertInto('support_contact')
    .values({
      participant_id: input.participantId,
      job_id: input.jobId,
      contact_date: input.date,
      with_whom: input.withWhom,
      face_to_face: input.faceToFace,
      setting: input.setting,
      note: input.note,
      recorded_by: input.recordedBy,
      created_at: input.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
