import { sql } from 'kysely';
import type { DbOrTrx } from '../connection.ts';

export interface SavedScenarioRecord {
  id: string;
  name: string;
  input: unknown;
  summary: unknown;
  createdBy: { id: string; displayName: string } | null;
  createdAt: Date;
}

export interface NavQuestionRecord {
  id: string;
  scenarioId: string | null;
  question: string;
  askedBy: { id: string; displayName: string } | null;
  askedAt: Date;
  answer: string | null;
  answeredOn: string | null;
  answeredBy: { id: string; displayName: string } | null;
  version: number;
}

export async function insertScenario(
  db: DbOrTrx,
  input: {
    participantId: string;
    name: string;
    input: unknown;
    summary: unknown;
    createdBy: string;
    at: Date;
  },
): Promise<string> {
  const row = await db
    .insertInto('benefit_scenario')
    .values({
      participant_id: input.participantId,
      name: input.name,
      input: JSON.stringify(input.input),
      summary: JSON.stringify(input.summary),
      created_by: input.createdBy,
      created_at: input.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function listScenarios(db: DbOrTrx, participantId: string): Promise<SavedScenarioRecord[]> {
  const rows = await db
    .selectFrom('benefit_scenario as s')
    .leftJoin('app_user as u', 'u.id', 's.created_by')
    .select(['s.id', 's.name', 's.input', 's.summary', 's.created_at', 'u.id as user_id', 'u.display_name'])
    .where('s.participant_id', '=', participantId)
    .where('s.deleted_at', 'is', null)
    .orderBy('s.created_at')
    .orderBy('s.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    input: r.input,
    summary: r.summary,
    createdBy: r.user_id && r.display_name ? { id: r.user_id, displayName: r.display_name } : null,
    createdAt: r.created_at,
  }));
}

export async function countScenarios(db: DbOrTrx, participantId: string): Promise<number> {
  const row = await db
    .selectFrom('benefit_scenario')
    .select(sql<number>`count(*)`.as('n'))
    .where('participant_id', '=', participantId)
    .where('deleted_at', 'is', null)
    .executeTakeFirstOrThrow();
  return row.n;
}

/** Soft delete (undo-able by `restoreScenario`); returns false when there was no such live scenario. */
export async function deleteScenario(
  db: DbOrTrx,
  participantId: string,
  scenarioId: string,
  at: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('benefit_scenario')
    .set({ deleted_at: at })
    .where('id', '=', scenarioId)
    .where('participant_id', '=', participantId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function restoreScenario(
  db: DbOrTrx,
  participantId: string,
  scenarioId: string,
): Promise<boolean> {
  const result = await db
    .updateTable('benefit_scenario')
    .set({ deleted_at: null })
    .where('id', '=', scenarioId)
    .where('participant_id', '=', participantId)
    .where('deleted_at', 'is not', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

function questionQuery(db: DbOrTrx) {
  return db
    .selectFrom('nav_question as q')
    .leftJoin('app_user as a', 'a.id', 'q.asked_by')
    .leftJoin('app_user as b', 'b.id', 'q.answered_by')
    .select([
      'q.id',
      'q.scenario_id',
      'q.question',
      'q.asked_at',
      'q.answer',
      'q.answered_on',
      'q.version',
      'a.id as asker_id',
      'a.display_name as asker_name',
      'b.id as answerer_id',
      'b.display_name as answerer_name',
    ]);
}

type QuestionRow = NonNullable<Awaited<ReturnType<ReturnType<typeof questionQuery>['executeTakeFirst']>>>;

function toQuestion(r: QuestionRow): NavQuestionRecord {
  return {
    id: r.id,
    scenarioId: r.scenario_id,
    question: r.question,
    askedBy: r.asker_id && r.asker_name ? { id: r.asker_id, displayName: r.asker_name } : null,
    askedAt: r.asked_at,
    answer: r.answer,
    answeredOn: r.answered_on,
    answeredBy: r.answerer_id && r.answerer_name ? { id: r.answerer_id, displayName: r.answerer_name } : null,
    version: r.version,
  };
}

export async function listNavQuestions(db: DbOrTrx, participantId: string): Promise<NavQuestionRecord[]> {
  const rows = await questionQuery(db)
    .where('q.participant_id', '=', participantId)
    .orderBy('q.asked_at')
    .orderBy('q.id')
    .execute();
  return rows.map(toQuestion);
}

export async function findNavQuestion(
  db: DbOrTrx,
  participantId: string,
  questionId: string,
): Promise<NavQuestionRecord | undefined> {
  const row = await questionQuery(db)
    .where('q.participant_id', '=', participantId)
    .where('q.id', '=', questionId)
    .executeTakeFirst();
  return row ? toQuestion(row) : undefined;
}

export async function insertNavQuestion(
  db: DbOrTrx,
  input: { participantId: string; scenarioId: string | null; question: string; askedBy: string; at: Date },
): Promise<string> {
  const row = await db
    .insertInto('nav_question')
    .values({
      participant_id: input.participantId,
      scenario_id: input.scenarioId,
      question: input.question,
      asked_by: input.askedBy,
      asked_at: input.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Records NAV's answer if the question is still at `expectedVersion`; returns false when someone saved first. */
export async function answerNavQuestion(
  db: DbOrTrx,
  input: {
    participantId: string;
    questionId: string;
    expectedVersion: number;
    answer: string;
    answeredOn: string;
    answeredBy: string;
  },
): Promise<boolean> {
  const result = await db
    .updateTable('nav_question')
    .set((eb) => ({
      answer: input.answer,
      answered_on: input.answeredOn,
      answered_by: input.answeredBy,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', input.questionId)
    .where('participant_id', '=', input.participantId)
    .where('version', '=', input.expectedVersion)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function scenarioBelongsTo(
  db: DbOrTrx,
  participantId: string,
  scenarioId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('benefit_scenario')
    .select('id')
    .where('id', '=', scenarioId)
    .where('participant_id', '=', participantId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}
