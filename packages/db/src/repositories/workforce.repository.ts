import { ACTIVE_PHASES } from '@ips-bridge/domain';
import { sql } from 'kysely';
import type { DbOrTrx } from '../connection.ts';

/**
 * Workforce figures per employment specialist of a team (issue 7 item 4, docs/workforce.md): the queries only
 * count; the rules (overdue follow-along, flags) are domain functions the route applies.
 */

/** Active participants per specialist on `date`: the phase they were in that day (phase history), per current specialist. */
export async function activeCaseloadsOn(
  db: DbOrTrx,
  teamId: string,
  specialistIds: readonly string[],
  date: string,
): Promise<Map<string, number>> {
  if (specialistIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('care_team_member as m')
    .innerJoin('participant as p', 'p.id', 'm.participant_id')
    .select(['m.user_id', sql<number>`count(*)::int`.as('active')])
    .where('m.role', '=', 'employment_specialist')
    .where('m.user_id', 'in', specialistIds)
    .where('p.team_id', '=', teamId)
    .where(
      sql<string>`coalesce((SELECT ph.phase FROM participant_phase ph WHERE ph.participant_id = p.id
        AND ph.started_on <= ${date}::date ORDER BY ph.started_on DESC, ph.id DESC LIMIT 1),
        CASE WHEN p.referral_date <= ${date}::date THEN 'referred' END)`,
      'in',
      [...ACTIVE_PHASES],
    )
    .groupBy('m.user_id')
    .execute();
  return new Map(rows.map((r) => [r.user_id, r.active]));
}

export interface OngoingJobFacts {
  specialistId: string;
  startDate: string;
  /** Support contacts with the person from 30 days before the start on. */
  contactDates: string[];
}

/** The jobs going on now of each specialist's participants (team participants), with their support contacts. */
export async function listOngoingJobsOfSpecialists(
  db: DbOrTrx,
  teamId: string,
  specialistIds: readonly string[],
): Promise<OngoingJobFacts[]> {
  if (specialistIds.length === 0) return [];
  const rows = await db
    .selectFrom('job as j')
    .innerJoin('participant as p', 'p.id', 'j.participant_id')
    .innerJoin('care_team_member as m', (join) =>
      join.onRef('m.participant_id', '=', 'p.id').on('m.role', '=', 'employment_specialist'),
    )
    .select([
      'm.user_id',
      sql<string>`j.start_date::text`.as('start_date'),
      sql<string[]>`coalesce((SELECT array_agg(sc.contact_date::text ORDER BY sc.contact_date)
        FROM support_contact sc WHERE sc.participant_id = j.participant_id
        AND sc.contact_date >= j.start_date - 30), '{}')`.as('contact_dates'),
    ])
    .where('p.team_id', '=', teamId)
    .where('m.user_id', 'in', specialistIds)
    .where('j.end_date', 'is', null)
    .execute();
  return rows.map((r) => ({
    specialistId: r.user_id,
    startDate: r.start_date,
    contactDates: r.contact_dates,
  }));
}

export interface SpecialistActivity {
  treatmentTeamMeetings: number;
  navMeetings: number;
  collaborationMeetings: number;
  communityHours: number;
  officeHours: number;
  weeksRecorded: number;
}

/**
 * Per specialist in a period: attended treatment-team meetings and NAV meetings (team_meeting), collaboration
 * meetings held (not cancelled, begun by `heldBy`) where they organised or were invited, and the recorded hours of
 * the weeks starting in the period (time_use).
 */
export async function specialistActivity(
  db: DbOrTrx,
  specialistIds: readonly string[],
  period: { from: string; to: string },
  heldBy: Date,
): Promise<Map<string, SpecialistActivity>> {
  const out = new Map<string, SpecialistActivity>(
    specialistIds.map((id) => [
      id,
      {
        treatmentTeamMeetings: 0,
        navMeetings: 0,
        collaborationMeetings: 0,
        communityHours: 0,
        officeHours: 0,
        weeksRecorded: 0,
      },
    ]),
  );
  if (specialistIds.length === 0) return out;
  const teamMeetings = await db
    .selectFrom('team_meeting')
    .select(['specialist_id', 'kind', sql<number>`count(*)::int`.as('n')])
    .where('specialist_id', 'in', specialistIds)
    .where('attended', '=', true)
    .where('held_on', '>=', period.from)
    .where('held_on', '<=', period.to)
    .groupBy(['specialist_id', 'kind'])
    .execute();
  for (const row of teamMeetings) {
    const a = out.get(row.specialist_id);
    if (!a) continue;
    if (row.kind === 'treatment_team') a.treatmentTeamMeetings = row.n;
    else a.navMeetings = row.n;
  }
  const collaboration = await db
    .selectFrom('meeting as m')
    .innerJoin('app_user as u', (join) =>
      join
        .on('u.id', 'in', specialistIds as string[])
        .on((eb) =>
          eb.or([
            eb('u.id', '=', eb.ref('m.organiser_id')),
            eb.exists(
              eb
                .selectFrom('meeting_party as mp')
                .select('mp.user_id')
                .whereRef('mp.meeting_id', '=', 'm.id')
                .whereRef('mp.user_id', '=', 'u.id'),
            ),
          ]),
        ),
    )
    .select(['u.id', sql<number>`count(DISTINCT m.id)::int`.as('n')])
    .where('m.status', '=', 'planned')
    .where('m.starts_at', '<=', heldBy)
    .where(sql<string>`(m.starts_at AT TIME ZONE 'Europe/Oslo')::date`, '>=', period.from)
    .where(sql<string>`(m.starts_at AT TIME ZONE 'Europe/Oslo')::date`, '<=', period.to)
    .groupBy('u.id')
    .execute();
  for (const row of collaboration) {
    const a = out.get(row.id);
    if (a) a.collaborationMeetings = row.n;
  }
  const time = await db
    .selectFrom('time_use')
    .select([
      'user_id',
      sql<string>`sum(community_hours)`.as('community'),
      sql<string>`sum(office_hours)`.as('office'),
      sql<number>`count(*)::int`.as('weeks'),
    ])
    .where('user_id', 'in', specialistIds)
    .where('week_start', '>=', period.from)
    .where('week_start', '<=', period.to)
    .groupBy('user_id')
    .execute();
  for (const row of time) {
    const a = out.get(row.user_id);
    if (!a) continue;
    a.communityHours = Number(row.community);
    a.officeHours = Number(row.office);
    a.weeksRecorded = row.weeks;
  }
  return out;
}

/** The team meetings of each specialist in a period (for the fidelity meeting indicators). */
export async function listTeamMeetingFacts(
  db: DbOrTrx,
  specialistIds: readonly string[],
  period: { from: string; to: string },
): Promise<Array<{ specialistId: string; kind: 'treatment_team' | 'nav'; date: string; attended: boolean }>> {
  if (specialistIds.length === 0) return [];
  const rows = await db
    .selectFrom('team_meeting')
    .select(['specialist_id', 'kind', sql<string>`held_on::text`.as('date'), 'attended'])
    .where('specialist_id', 'in', specialistIds)
    .where('held_on', '>=', period.from)
    .where('held_on', '<=', period.to)
    .execute();
  return rows.map((r) => ({
    specialistId: r.specialist_id,
    kind: r.kind,
    date: r.date,
    attended: r.attended,
  }));
}

// Supervision notes.

export interface SupervisionNoteRecord {
  id: string;
  specialistId: string;
  teamId: string;
  author: { id: string; displayName: string };
  date: string;
  text: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

function noteQuery(db: DbOrTrx) {
  return db
    .selectFrom('supervision_note as n')
    .innerJoin('app_user as a', 'a.id', 'n.author_id')
    .select([
      'n.id',
      'n.specialist_id',
      'n.team_id',
      'n.author_id',
      'a.display_name as author_name',
      sql<string>`n.noted_on::text`.as('noted_on'),
      'n.text',
      'n.version',
      'n.created_at',
      'n.updated_at',
    ]);
}

type NoteRow = Awaited<ReturnType<ReturnType<typeof noteQuery>['executeTakeFirstOrThrow']>>;

function toNote(r: NoteRow): SupervisionNoteRecord {
  return {
    id: r.id,
    specialistId: r.specialist_id,
    teamId: r.team_id,
    author: { id: r.author_id, displayName: r.author_name },
    date: r.noted_on,
    text: r.text,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** The notes about a specialist, newest first. */
export async function listSupervisionNotes(
  db: DbOrTrx,
  specialistId: string,
): Promise<SupervisionNoteRecord[]> {
  const rows = await noteQuery(db)
    .where('n.specialist_id', '=', specialistId)
    .orderBy('n.noted_on', 'desc')
    .orderBy('n.created_at', 'desc')
    .execute();
  return rows.map(toNote);
}

export async function findSupervisionNote(db: DbOrTrx, id: string): Promise<SupervisionNoteRecord | null> {
  const row = await noteQuery(db).where('n.id', '=', id).executeTakeFirst();
  return row ? toNote(row) : null;
}

export async function insertSupervisionNote(
  db: DbOrTrx,
  note: { specialistId: string; teamId: string; authorId: string; date: string; text: string; at: Date },
): Promise<string> {
  const row = await db
    .insertInto('supervision_note')
    .values({
      specialist_id: note.specialistId,
      team_id: note.teamId,
      author_id: note.authorId,
      noted_on: note.date,
      text: note.text,
      created_at: note.at,
      updated_at: note.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Changes a note if it is still at `expectedVersion`; false when it has changed since (or is gone). */
export async function updateSupervisionNoteIfVersion(
  db: DbOrTrx,
  id: string,
  expectedVersion: number,
  change: { date: string; text: string; at: Date },
): Promise<boolean> {
  const result = await db
    .updateTable('supervision_note')
    .set((eb) => ({
      noted_on: change.date,
      text: change.text,
      updated_at: change.at,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
