import type { DbOrTrx } from '../connection.ts';
import type { TeamMeetingTable } from '../schema.ts';

export type TeamMeetingKind = TeamMeetingTable['kind'];

export interface TeamMeetingRecord {
  id: string;
  specialistId: string;
  kind: TeamMeetingKind;
  date: string;
  counterpart: string;
  attended: boolean;
  participantsDiscussed: number | null;
  note: string;
  createdAt: Date;
}

const COLUMNS = [
  'id',
  'specialist_id',
  'kind',
  'held_on',
  'counterpart',
  'attended',
  'participants_discussed',
  'note',
  'created_at',
] as const;

function toRecord(r: {
  id: string;
  specialist_id: string;
  kind: TeamMeetingKind;
  held_on: string;
  counterpart: string;
  attended: boolean;
  participants_discussed: number | null;
  note: string;
  created_at: Date;
}): TeamMeetingRecord {
  return {
    id: r.id,
    specialistId: r.specialist_id,
    kind: r.kind,
    date: r.held_on,
    counterpart: r.counterpart,
    attended: r.attended,
    participantsDiscussed: r.participants_discussed,
    note: r.note,
    createdAt: r.created_at,
  };
}

/** The team meetings of these specialists held from `from` (inclusive), newest first. */
export async function listTeamMeetings(
  db: DbOrTrx,
  specialistIds: readonly string[],
  from: string,
): Promise<TeamMeetingRecord[]> {
  if (specialistIds.length === 0) return [];
  const rows = await db
    .selectFrom('team_meeting')
    .select(COLUMNS)
    .where('specialist_id', 'in', specialistIds)
    .where('held_on', '>=', from)
    .orderBy('held_on', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map(toRecord);
}

export async function insertTeamMeeting(
  db: DbOrTrx,
  meeting: Omit<TeamMeetingRecord, 'id' | 'createdAt'> & { at: Date },
): Promise<TeamMeetingRecord> {
  const row = await db
    .insertInto('team_meeting')
    .values({
      specialist_id: meeting.specialistId,
      kind: meeting.kind,
      held_on: meeting.date,
      counterpart: meeting.counterpart,
      attended: meeting.attended,
      participants_discussed: meeting.participantsDiscussed,
      note: meeting.note,
      created_at: meeting.at,
    })
    .returning(COLUMNS)
    .executeTakeFirstOrThrow();
  return toRecord(row);
}

/** The active employment specialists of an IPS team, by name. */
export async function listTeamSpecialists(
  db: DbOrTrx,
  teamId: string,
): Promise<{ id: string; displayName: string }[]> {
  const rows = await db
    .selectFrom('app_user')
    .select(['id', 'display_name'])
    .where('team_id', '=', teamId)
    .where('role', '=', 'employment_specialist')
    .where('active', '=', true)
    .orderBy('display_name')
    .execute();
  return rows.map((r) => ({ id: r.id, displayName: r.display_name }));
}
