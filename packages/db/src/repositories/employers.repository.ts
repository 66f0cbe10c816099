import type { ContactPurpose } from '@ips-bridge/domain';
import { sql } from 'kysely';
import type { DbOrTrx } from '../connection.ts';

export interface EmployerContactPerson {
  name: string;
  role: string | null;
  phone: string | null;
  email: string | null;
}

export interface EmployerFields {
  name: string;
  organisationNumber: string | null;
  sector: string | null;
  address: string | null;
  notes: string;
  contacts: EmployerContactPerson[];
}

export interface EmployerRecord extends EmployerFields {
  id: string;
  teamId: string;
  version: number;
  lastContactDate: string | null;
  contactCount: number;
}

export interface EmployerContactRecord {
  id: string;
  employerId: string;
  employerName: string;
  specialist: { id: string; displayName: string };
  date: string;
  faceToFace: boolean;
  purpose: ContactPurpose;
  outcome: string;
  participants: { id: string; name: string }[];
}

function employerQuery(db: DbOrTrx) {
  return db
    .selectFrom('employer as e')
    .select([
      'e.id',
      'e.team_id',
      'e.name',
      'e.organisation_number',
      'e.sector',
      'e.address',
      'e.notes',
      'e.contacts',
      'e.version',
      (eb) =>
        eb
          .selectFrom('employer_contact as c')
          .select(sql<string | null>`max(c.contact_date)::text`.as('d'))
          .whereRef('c.employer_id', '=', 'e.id')
          .as('last_contact_date'),
      (eb) =>
        eb
          .selectFrom('employer_contact as c')
          .select(sql<number>`count(*)`.as('n'))
          .whereRef('c.employer_id', '=', 'e.id')
          .as('contact_count'),
    ]);
}

type EmployerRow = NonNullable<Awaited<ReturnType<ReturnType<typeof employerQuery>['executeTakeFirst']>>>;

function toEmployer(r: EmployerRow): EmployerRecord {
  return {
    id: r.id,
    teamId: r.team_id,
    name: r.name,
    organisationNumber: r.organisation_number,
    sector: r.sector,
    address: r.address,
    notes: r.notes,
    contacts: (r.contacts as EmployerContactPerson[]) ?? [],
    version: r.version,
    lastContactDate: r.last_contact_date ?? null,
    contactCount: Number(r.contact_count ?? 0),
  };
}

export async function listEmployers(
  db: DbOrTrx,
  teamId: string,
  search: string | null,
): Promise<EmployerRecord[]> {
  let query = employerQuery(db).where('e.team_id', '=', teamId);
  if (search) {
    const pattern = `%${search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) =>
      eb.or([
        eb(sql`lower(e.name)`, 'like', pattern),
        eb('e.organisation_number', 'like', pattern),
        eb(sql`lower(e.sector)`, 'like', pattern),
      ]),
    );
  }
  const rows = await query.orderBy(sql`lower(e.name)`).orderBy('e.id').limit(500).execute();
  return rows.map(toEmployer);
}

export async function findEmployer(db: DbOrTrx, employerId: string): Promise<EmployerRecord | undefined> {
  const row = await employerQuery(db).where('e.id', '=', employerId).executeTakeFirst();
  return row ? toEmployer(row) : undefined;
}

export async function insertEmployer(
  db: DbOrTrx,
  input: EmployerFields & { teamId: string; createdBy: string; at: Date },
): Promise<string> {
  const row = await db
    .insertInto('employer')
    .values({
      team_id: input.teamId,
      name: input.name,
      organisation_number: input.organisationNumber,
      sector: input.sector,
      address: input.address,
      notes: input.notes,
      contacts: JSON.stringify(input.contacts),
      created_by: input.createdBy,
      created_at: input.at,
      updated_at: input.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateEmployerIfVersion(
  db: DbOrTrx,
  input: EmployerFields & { employerId: string; expectedVersion: number; at: Date },
): Promise<boolean> {
  const result = await db
    .updateTable('employer')
    .set((eb) => ({
      name: input.name,
      organisation_number: input.organisationNumber,
      sector: input.sector,
      address: input.address,
      notes: input.notes,
      contacts: JSON.stringify(input.contacts),
      updated_at: input.at,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', input.employerId)
    .where('version', '=', input.expectedVersion)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function insertEmployerContact(
  db: DbOrTrx,
  input: {
    employerId: string;
    specialistId: string;
    date: string;
    faceToFace: boolean;
    purpose: ContactPurpose;
    outcome: string;
    participantIds: readonly string[];
    at: Date;
  },
): Promise<string> {
  const row = await db
    .insertInto('employer_contact')
    .values({
      employer_id: input.employerId,
      specialist_id: input.specialistId,
      contact_date: input.date,
      face_to_face: input.faceToFace,
      purpose: input.purpose,
      outcome: input.outcome,
      created_at: input.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (input.participantIds.length > 0) {
    await db
      .insertInto('employer_contact_participant')
      .values(
        input.participantIds.map((participantId) => ({ contact_id: row.id, participant_id: participantId })),
      )
      .execute();
  }
  return row.id;
}

/** Employer contacts, newest first, filtered by employer or by specialist and period. */
export async function listEmployerContacts(
  db: DbOrTrx,
  filter: { employerId?: string; specialistId?: string; from?: string; toExclusive?: string },
): Promise<EmployerContactRecord[]> {
  let query = db
    .selectFrom('employer_contact as c')
    .innerJoin('employer as e', 'e.id', 'c.employer_id')
    .innerJoin('app_user as u', 'u.id', 'c.specialist_id')
    .select([
      'c.id',
      'c.employer_id',
      'e.name as employer_name',
      'u.id as specialist_id',
      'u.display_name',
      'c.contact_date',
      'c.face_to_face',
      'c.purpose',
      'c.outcome',
    ]);
  if (filter.employerId) query = query.where('c.employer_id', '=', filter.employerId);
  if (filter.specialistId) query = query.where('c.specialist_id', '=', filter.specialistId);
  if (filter.from) query = query.where('c.contact_date', '>=', filter.from);
  if (filter.toExclusive) query = query.where('c.contact_date', '<', filter.toExclusive);
  const rows = await query
    .orderBy('c.contact_date', 'desc')
    .orderBy('c.created_at', 'desc')
    .limit(1000)
    .execute();
  const links =
    rows.length === 0
      ? []
      : await db
          .selectFrom('employer_contact_participant as l')
          .innerJoin('participant as p', 'p.id', 'l.participant_id')
          .select(['l.contact_id', 'p.id', 'p.given_name', 'p.family_name'])
          .where(
            'l.contact_id',
            'in',
            rows.map((r) => r.id),
          )
          .execute();
  return rows.map((r) => ({
    id: r.id,
    employerId: r.employer_id,
    employerName: r.employer_name,
    specialist: { id: r.specialist_id, displayName: r.display_name },
    date: r.contact_date,
    faceToFace: r.face_to_face,
    purpose: r.purpose,
    outcome: r.outcome,
    participants: links
      .filter((l) => l.contact_id === r.id)
      .map((l) => ({ id: l.id, name: `${l.given_name} ${l.family_name}` })),
  }));
}

/** The first employer contact date per participant, for the "days to first employer contact" measure. */
export async function firstEmployerContactDates(
  db: DbOrTrx,
  participantIds: readonly string[],
): Promise<Map<string, string>> {
  const result = new Map<string, string>();
  if (participantIds.length === 0) return result;
  const rows = await db
    .selectFrom('employer_contact_participant as l')
    .innerJoin('employer_contact as c', 'c.id', 'l.contact_id')
    .select(['l.participant_id', sql<string>`min(c.contact_date)::text`.as('first_date')])
    .where('l.participant_id', 'in', participantIds)
    .groupBy('l.participant_id')
    .execute();
  for (const r of rows) result.set(r.participant_id, r.first_date);
  return result;
}

export interface JobLeadRecord {
  id: string;
  teamId: string;
  employerId: string;
  employerName: string;
  title: string;
  jobType: string;
  place: string | null;
  hoursPerWeek: number | null;
  description: string;
  status: 'open' | 'filled' | 'closed';
  version: number;
}

function jobLeadQuery(db: DbOrTrx) {
  return db
    .selectFrom('job_lead as l')
    .innerJoin('employer as e', 'e.id', 'l.employer_id')
    .select([
      'l.id',
      'l.team_id',
      'l.employer_id',
      'e.name as employer_name',
      'l.title',
      'l.job_type',
      'l.place',
      'l.hours_per_week',
      'l.description',
      'l.status',
      'l.version',
    ]);
}

type JobLeadRow = NonNullable<Awaited<ReturnType<ReturnType<typeof jobLeadQuery>['executeTakeFirst']>>>;

const toJobLead = (r: JobLeadRow): JobLeadRecord => ({
  id: r.id,
  teamId: r.team_id,
  employerId: r.employer_id,
  employerName: r.employer_name,
  title: r.title,
  jobType: r.job_type,
  place: r.place,
  hoursPerWeek: r.hours_per_week,
  description: r.description,
  status: r.status,
  version: r.version,
});

export async function listJobLeads(db: DbOrTrx, teamId: string, openOnly: boolean): Promise<JobLeadRecord[]> {
  let query = jobLeadQuery(db).where('l.team_id', '=', teamId);
  if (openOnly) query = query.where('l.status', '=', 'open');
  return (await query.orderBy('l.created_at', 'desc').limit(500).execute()).map(toJobLead);
}

export async function findJobLead(db: DbOrTrx, leadId: string): Promise<JobLeadRecord | undefined> {
  const row = await jobLeadQuery(db).where('l.id', '=', leadId).executeTakeFirst();
  return row ? toJobLead(row) : undefined;
}

export async function insertJobLead(
  db: DbOrTrx,
  input: Omit<JobLeadRecord, 'id' | 'employerName' | 'status' | 'version'> & { createdBy: string; at: Date },
): Promise<string> {
  const row = await db
    .insertInto('job_lead')
    .values({
      team_id: input.teamId,
      employer_id: input.employerId,
      title: input.title,
      job_type: input.jobType,
      place: input.place,
      hours_per_week: input.hoursPerWeek,
      description: input.description,
      created_by: input.createdBy,
      created_at: input.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function setJobLeadStatusIfVersion(
  db: DbOrTrx,
  input: { leadId: string; expectedVersion: number; status: 'open' | 'filled' | 'closed' },
): Promise<boolean> {
  const result = await db
    .updateTable('job_lead')
    .set((eb) => ({ status: input.status, version: eb('version', '+', 1) }))
    .where('id', '=', input.leadId)
    .where('version', '=', input.expectedVersion)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
