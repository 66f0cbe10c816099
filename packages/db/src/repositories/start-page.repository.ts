import type { Phase } from '@ips-bridge/domain';
import type { DbOrTrx } from '../connection.ts';

/** When the user last opened their start page, or null before the first time. */
export async function findStartPageVisit(db: DbOrTrx, userId: string): Promise<Date | null> {
  const row = await db
    .selectFrom('start_page_visit')
    .select('visited_at')
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row?.visited_at ?? null;
}

export async function saveStartPageVisit(db: DbOrTrx, userId: string, at: Date): Promise<void> {
  await db
    .insertInto('start_page_visit')
    .values({ user_id: userId, visited_at: at })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ visited_at: at }))
    .execute();
}

export interface SharedParticipantRow {
  id: string;
  givenName: string;
  familyName: string;
  phase: Phase;
  phaseSince: string;
}

/** The participants whose care team the user is in (the policy then decides which of them they may see). */
export async function listCareTeamParticipants(db: DbOrTrx, userId: string): Promise<SharedParticipantRow[]> {
  const rows = await db
    .selectFrom('care_team_member as c')
    .innerJoin('participant as p', 'p.id', 'c.participant_id')
    .select(['p.id', 'p.given_name', 'p.family_name', 'p.phase', 'p.phase_since'])
    .where('c.user_id', '=', userId)
    .orderBy('p.family_name')
    .orderBy('p.given_name')
    .orderBy('p.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    givenName: r.given_name,
    familyName: r.family_name,
    phase: r.phase,
    phaseSince: r.phase_since,
  }));
}

/** Phase changes recorded after `since` for these participants, newest first. */
export async function listPhaseChangesSince(
  db: DbOrTrx,
  participantIds: readonly string[],
  since: Date,
): Promise<{ participantId: string; phase: Phase; startedOn: string; recordedAt: Date }[]> {
  if (participantIds.length === 0) return [];
  const rows = await db
    .selectFrom('participant_phase')
    .select(['participant_id', 'phase', 'started_on', 'recorded_at'])
    .where('participant_id', 'in', participantIds)
    .where('recorded_at', '>', since)
    .orderBy('recorded_at', 'desc')
    .execute();
  return rows.map((r) => ({
    participantId: r.participant_id,
    phase: r.phase,
    startedOn: r.started_on,
    recordedAt: r.recorded_at,
  }));
}

/** Therapist notes by others written after `since` for these participants (the caller filters by consent). */
export async function listTherapistNotesSince(
  db: DbOrTrx,
  participantIds: readonly string[],
  exceptAuthorId: string,
  since: Date,
): Promise<{ participantId: string; category: string; createdAt: Date }[]> {
  if (participantIds.length === 0) return [];
  const rows = await db
    .selectFrom('therapist_note')
    .select(['participant_id', 'category', 'created_at'])
    .where('participant_id', 'in', participantIds)
    .where('author_id', '<>', exceptAuthorId)
    .where('created_at', '>', since)
    .execute();
  return rows.map((r) => ({
    participantId: r.participant_id,
    category: r.category,
    createdAt: r.created_at,
  }));
}

export interface OpenNavQuestionRow {
  id: string;
  participantId: string;
  question: string;
  askedAt: Date;
}

/** The questions for NAV still without an answer, for the given participants, the longest waiting first. */
export async function listOpenNavQuestions(
  db: DbOrTrx,
  participantIds: readonly string[],
): Promise<OpenNavQuestionRow[]> {
  if (participantIds.length === 0) return [];
  const rows = await db
    .selectFrom('nav_question')
    .select(['id', 'participant_id', 'question', 'asked_at'])
    .where('participant_id', 'in', participantIds)
    .where('answer', 'is', null)
    .orderBy('asked_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    participantId: r.participant_id,
    question: r.question,
    askedAt: r.asked_at,
  }));
}
