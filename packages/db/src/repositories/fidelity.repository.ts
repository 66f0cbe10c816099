import {
  ACTIVE_PHASES,
  addDays,
  type FidelityBand,
  type ReviewerSlot,
  type ReviewStatus,
} from '@ips-bridge/domain';
import { sql } from 'kysely';
import type { DbOrTrx } from '../connection.ts';

export interface FidelityReviewRecord {
  id: string;
  team: { id: string; name: string };
  periodFrom: string;
  periodTo: string;
  scaleId: string;
  scaleVersion: string;
  reviewers: Record<ReviewerSlot, { id: string; displayName: string }>;
  status: ReviewStatus;
  submittedAt: Record<ReviewerSlot, Date | null>;
  sheetVersion: Record<ReviewerSlot, number>;
  total: number | null;
  band: FidelityBand | null;
  completedAt: Date | null;
  createdAt: Date;
  version: number;
}

function reviewQuery(db: DbOrTrx) {
  return db
    .selectFrom('fidelity_review as r')
    .innerJoin('organisation as t', 't.id', 'r.team_id')
    .innerJoin('app_user as a', 'a.id', 'r.reviewer_a_id')
    .innerJoin('app_user as b', 'b.id', 'r.reviewer_b_id')
    .select([
      'r.id',
      'r.team_id',
      't.name as team_name',
      sql<string>`r.period_from::text`.as('period_from'),
      sql<string>`r.period_to::text`.as('period_to'),
      'r.scale_id',
      'r.scale_version',
      'r.reviewer_a_id',
      'a.display_name as a_name',
      'r.reviewer_b_id',
      'b.display_name as b_name',
      'r.status',
      'r.a_submitted_at',
      'r.b_submitted_at',
      'r.a_version',
      'r.b_version',
      'r.total',
      'r.band',
      'r.completed_at',
      'r.created_at',
      'r.version',
    ]);
}

type ReviewRow = NonNullable<Awaited<ReturnType<ReturnType<typeof reviewQuery>['executeTakeFirst']>>>;

function toReview(r: ReviewRow): FidelityReviewRecord {
  return {
    id: r.id,
    team: { id: r.team_id, name: r.team_name },
    periodFrom: r.period_from,
    periodTo: r.period_to,
    scaleId: r.scale_id,
    scaleVersion: r.scale_version,
    reviewers: {
      a: { id: r.reviewer_a_id, displayName: r.a_name },
      b: { id: r.reviewer_b_id, displayName: r.b_name },
    },
    status: r.status,
    submittedAt: { a: r.a_submitted_at, b: r.b_submitted_at },
    sheetVersion: { a: r.a_version, b: r.b_version },
    total: r.total,
    band: r.band,
    completedAt: r.completed_at,
    createdAt: r.created_at,
    version: r.version,
  };
}

/** A team's reviews, newest period first. */
export async function listFidelityReviews(db: DbOrTrx, teamId: string): Promise<FidelityReviewRecord[]> {
  const rows = await reviewQuery(db)
    .where('r.team_id', '=', teamId)
    .orderBy('r.period_to', 'desc')
    .orderBy('r.created_at', 'desc')
    .execute();
  return rows.map(toReview);
}

/** Reviews, of any team, that name the user as a reviewer and are not completed yet. */
export async function listOpenReviewsForReviewer(
  db: DbOrTrx,
  userId: string,
): Promise<FidelityReviewRecord[]> {
  const rows = await reviewQuery(db)
    .where((eb) => eb.or([eb('r.reviewer_a_id', '=', userId), eb('r.reviewer_b_id', '=', userId)]))
    .where('r.status', '<>', 'completed')
    .orderBy('r.created_at', 'desc')
    .execute();
  return rows.map(toReview);
}

export async function findFidelityReview(
  db: DbOrTrx,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<FidelityReviewRecord | undefined> {
  let query = reviewQuery(db).where('r.id', '=', id);
  if (options.forUpdate) query = query.forUpdate('r');
  const row = await query.executeTakeFirst();
  return row ? toReview(row) : undefined;
}

export async function insertFidelityReview(
  db: DbOrTrx,
  review: {
    teamId: string;
    periodFrom: string;
    periodTo: string;
    scaleId: string;
    scaleVersion: string;
    reviewerAId: string;
    reviewerBId: string;
    createdBy: string;
    at: Date;
  },
): Promise<string> {
  const row = await db
    .insertInto('fidelity_review')
    .values({
      team_id: review.teamId,
      period_from: review.periodFrom,
      period_to: review.periodTo,
      scale_id: review.scaleId,
      scale_version: review.scaleVersion,
      reviewer_a_id: review.reviewerAId,
      reviewer_b_id: review.reviewerBId,
      a_submitted_at: null,
      b_submitted_at: null,
      total: null,
      band: null,
      completed_at: null,
      completed_by: null,
      created_by: review.createdBy,
      created_at: review.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface SheetScore {
  item: number;
  score: number;
  note: string;
}

export async function listSheetScores(
  db: DbOrTrx,
  reviewId: string,
): Promise<Record<ReviewerSlot, SheetScore[]>> {
  const rows = await db
    .selectFrom('fidelity_sheet_score')
    .select(['slot', 'item', 'score', 'note'])
    .where('review_id', '=', reviewId)
    .orderBy('item')
    .execute();
  return {
    a: rows.filter((r) => r.slot === 'a').map(({ slot: _s, ...r }) => r),
    b: rows.filter((r) => r.slot === 'b').map(({ slot: _s, ...r }) => r),
  };
}

/** Saves scores on one reviewer's sheet (upsert per item) and bumps the sheet's version. */
export async function saveSheetScores(
  db: DbOrTrx,
  reviewId: string,
  slot: ReviewerSlot,
  scores: readonly SheetScore[],
): Promise<void> {
  if (scores.length > 0) {
    await db
      .insertInto('fidelity_sheet_score')
      .values(scores.map((s) => ({ review_id: reviewId, slot, item: s.item, score: s.score, note: s.note })))
      .onConflict((oc) =>
        oc.columns(['review_id', 'slot', 'item']).doUpdateSet((eb) => ({
          score: eb.ref('excluded.score'),
          note: eb.ref('excluded.note'),
        })),
      )
      .execute();
  }
  const column = slot === 'a' ? 'a_version' : 'b_version';
  await db
    .updateTable('fidelity_review')
    .set((eb) => ({ [column]: eb(column, '+', 1) }))
    .where('id', '=', reviewId)
    .execute();
}

export async function submitSheet(
  db: DbOrTrx,
  reviewId: string,
  slot: ReviewerSlot,
  status: ReviewStatus,
  at: Date,
): Promise<void> {
  await db
    .updateTable('fidelity_review')
    .set((eb) => ({
      ...(slot === 'a'
        ? { a_submitted_at: at, a_version: eb('a_version', '+', 1) }
        : { b_submitted_at: at, b_version: eb('b_version', '+', 1) }),
      status,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', reviewId)
    .execute();
}

export interface ConsensusRecord {
  item: number;
  score: number;
  evidence: string;
  decidedBy: { id: string; displayName: string } | null;
  decidedAt: Date;
}

export async function listConsensus(db: DbOrTrx, reviewId: string): Promise<ConsensusRecord[]> {
  const rows = await db
    .selectFrom('fidelity_consensus as c')
    .leftJoin('app_user as u', 'u.id', 'c.decided_by')
    .select(['c.item', 'c.score', 'c.evidence', 'c.decided_by', 'u.display_name', 'c.decided_at'])
    .where('c.review_id', '=', reviewId)
    .orderBy('c.item')
    .execute();
  return rows.map((r) => ({
    item: r.item,
    score: r.score,
    evidence: r.evidence,
    decidedBy: r.decided_by && r.display_name ? { id: r.decided_by, displayName: r.display_name } : null,
    decidedAt: r.decided_at,
  }));
}

/** Upserts consensus scores and bumps the review's version. */
export async function saveConsensus(
  db: DbOrTrx,
  reviewId: string,
  items: ReadonlyArray<{ item: number; score: number; evidence: string }>,
  by: string,
  at: Date,
): Promise<void> {
  if (items.length > 0) {
    await db
      .insertInto('fidelity_consensus')
      .values(
        items.map((c) => ({
          review_id: reviewId,
          item: c.item,
          score: c.score,
          evidence: c.evidence,
          decided_by: by,
          decided_at: at,
        })),
      )
      .onConflict((oc) =>
        oc.columns(['review_id', 'item']).doUpdateSet((eb) => ({
          score: eb.ref('excluded.score'),
          evidence: eb.ref('excluded.evidence'),
          decided_by: eb.ref('excluded.decided_by'),
          decided_at: eb.ref('excluded.decided_at'),
        })),
      )
      .execute();
  }
  await db
    .updateTable('fidelity_review')
    .set((eb) => ({ version: eb('version', '+', 1) }))
    .where('id', '=', reviewId)
    .execute();
}

export async function completeFidelityReview(
  db: DbOrTrx,
  reviewId: string,
  result: { total: number; band: FidelityBand; by: string; at: Date },
): Promise<void> {
  await db
    .updateTable('fidelity_review')
    .set((eb) => ({
      status: 'completed',
      total: result.total,
      band: result.band,
      completed_at: result.at,
      completed_by: result.by,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', reviewId)
    .execute();
}

export interface FidelityActionRecord {
  id: string;
  item: number;
  what: string;
  owner: string;
  dueDate: string;
  status: 'open' | 'done';
  createdAt: Date;
  version: number;
}

const actionColumns = [
  'id',
  'item',
  'what',
  'owner',
  sql<string>`due_date::text`.as('due_date'),
  'status',
  'created_at',
  'version',
] as const;

function toAction(r: {
  id: string;
  item: number;
  what: string;
  owner: string;
  due_date: string;
  status: 'open' | 'done';
  created_at: Date;
  version: number;
}): FidelityActionRecord {
  return {
    id: r.id,
    item: r.item,
    what: r.what,
    owner: r.owner,
    dueDate: r.due_date,
    status: r.status,
    createdAt: r.created_at,
    version: r.version,
  };
}

export async function listFidelityActions(db: DbOrTrx, reviewId: string): Promise<FidelityActionRecord[]> {
  const rows = await db
    .selectFrom('fidelity_action')
    .select(actionColumns)
    .where('review_id', '=', reviewId)
    .orderBy('item')
    .orderBy('created_at')
    .execute();
  return rows.map(toAction);
}

export async function insertFidelityAction(
  db: DbOrTrx,
  action: {
    reviewId: string;
    item: number;
    what: string;
    owner: string;
    dueDate: string;
    by: string;
    at: Date;
  },
): Promise<FidelityActionRecord> {
  const row = await db
    .insertInto('fidelity_action')
    .values({
      review_id: action.reviewId,
      item: action.item,
      what: action.what,
      owner: action.owner,
      due_date: action.dueDate,
      created_by: action.by,
      created_at: action.at,
    })
    .returning(actionColumns)
    .executeTakeFirstOrThrow();
  return toAction(row);
}

/** Updates an action if it is still at `version`; undefined when it changed meanwhile (or is not there). */
export async function updateFidelityActionIfVersion(
  db: DbOrTrx,
  reviewId: string,
  id: string,
  version: number,
  change: { what: string; owner: string; dueDate: string; status: 'open' | 'done' },
): Promise<FidelityActionRecord | undefined> {
  const row = await db
    .updateTable('fidelity_action')
    .set((eb) => ({
      what: change.what,
      owner: change.owner,
      due_date: change.dueDate,
      status: change.status,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .where('review_id', '=', reviewId)
    .where('version', '=', version)
    .returning(actionColumns)
    .executeTakeFirst();
  return row ? toAction(row) : undefined;
}

export async function findFidelityAction(
  db: DbOrTrx,
  reviewId: string,
  id: string,
): Promise<FidelityActionRecord | undefined> {
  const row = await db
    .selectFrom('fidelity_action')
    .select(actionColumns)
    .where('id', '=', id)
    .where('review_id', '=', reviewId)
    .executeTakeFirst();
  return row ? toAction(row) : undefined;
}

// ---- Data behind the indicators (aggregated by the domain; no names leave these queries) ----

export interface FidelityIndicatorData {
  /** Active participants per employment specialist of the team at the period's end (one number per specialist). */
  caseloads: number[];
  specialistCount: number;
  timeUse: Array<{ weekStart: string; communityHours: number; officeHours: number }>;
  employerContacts: Array<{ date: string; faceToFace: boolean }>;
  referrals: Array<{ referralDate: string; firstEmployerContact: string | null }>;
  jobs: Array<{
    startDate: string;
    endDate: string | null;
    title: string;
    employerKey: string;
    competitive: boolean;
    firstScenarioDate: string | null;
    contactDates: string[];
  }>;
}

/**
 * Everything the indicators for a team and period need, read in one transaction. Participants are the team's;
 * specialists are the team's active employment specialists.
 */
export async function loadFidelityIndicatorData(
  db: DbOrTrx,
  teamId: string,
  period: { from: string; to: string },
): Promise<FidelityIndicatorData> {
  const specialists = await db
    .selectFrom('app_user')
    .select('id')
    .where('team_id', '=', teamId)
    .where('role', '=', 'employment_specialist')
    .where('active', '=', true)
    .execute();
  const specialistIds = specialists.map((s) => s.id);

  // The phase each team participant was in at the period's end (latest phase change on or before it), counted for
  // their current specialist: care-team membership has no history of its own (and its `since` is when it was
  // recorded, which for imported people is not when the work began).
  const caseloadRows =
    specialistIds.length === 0
      ? []
      : await db
          .selectFrom('care_team_member as m')
          .innerJoin('participant as p', 'p.id', 'm.participant_id')
          .select(['m.user_id', sql<number>`count(*)::int`.as('active')])
          .where('m.role', '=', 'employment_specialist')
          .where('m.user_id', 'in', specialistIds)
          .where('p.team_id', '=', teamId)
          .where(
            sql<string>`coalesce((SELECT ph.phase FROM participant_phase ph WHERE ph.participant_id = p.id
              AND ph.started_on <= ${period.to}::date ORDER BY ph.started_on DESC, ph.id DESC LIMIT 1),
              CASE WHEN p.referral_date <= ${period.to}::date THEN 'referred' END)`,
            'in',
            [...ACTIVE_PHASES],
          )
          .groupBy('m.user_id')
          .execute();
  const perSpecialist = new Map(caseloadRows.map((r) => [r.user_id, r.active]));

  const timeUse =
    specialistIds.length === 0
      ? []
      : await db
          .selectFrom('time_use')
          .select([sql<string>`week_start::text`.as('week_start'), 'community_hours', 'office_hours'])
          .where('user_id', 'in', specialistIds)
          .where('week_start', '>=', period.from)
          .where('week_start', '<=', period.to)
          .execute();

  const contacts = await db
    .selectFrom('employer_contact as c')
    .innerJoin('employer as e', 'e.id', 'c.employer_id')
    .select([sql<string>`c.contact_date::text`.as('date'), 'c.face_to_face'])
    .where('e.team_id', '=', teamId)
    .where('c.contact_date', '>=', period.from)
    .where('c.contact_date', '<=', period.to)
    .execute();

  const referrals = await db
    .selectFrom('participant as p')
    .select([
      sql<string>`p.referral_date::text`.as('referral_date'),
      sql<string | null>`(SELECT min(c.contact_date)::text FROM employer_contact_participant l
        JOIN employer_contact c ON c.id = l.contact_id WHERE l.participant_id = p.id)`.as('first_contact'),
    ])
    .where('p.team_id', '=', teamId)
    .where('p.referral_date', '>=', period.from)
    .where('p.referral_date', '<=', period.to)
    .execute();

  // Jobs that overlap the period, with the support contacts around them and the first saved benefit scenario.
  const jobs = await db
    .selectFrom('job as j')
    .innerJoin('participant as p', 'p.id', 'j.participant_id')
    .select([
      sql<string>`j.start_date::text`.as('start_date'),
      sql<string | null>`j.end_date::text`.as('end_date'),
      'j.title',
      sql<string>`coalesce(j.employer_id::text, lower(j.employer_name))`.as('employer_key'),
      'j.competitive',
      sql<
        string | null
      >`(SELECT min(s.created_at AT TIME ZONE 'Europe/Oslo')::date::text FROM benefit_scenario s
        WHERE s.participant_id = j.participant_id)`.as('first_scenario'),
      sql<string[]>`coalesce((SELECT array_agg(sc.contact_date::text ORDER BY sc.contact_date)
        FROM support_contact sc WHERE sc.participant_id = j.participant_id
        AND (sc.job_id IS NULL OR sc.job_id = j.id)), '{}')`.as('contact_dates'),
    ])
    .where('p.team_id', '=', teamId)
    .where('j.start_date', '<=', period.to)
    .where((eb) => eb.or([eb('j.end_date', 'is', null), eb('j.end_date', '>=', addDays(period.from, -7))]))
    .execute();

  return {
    caseloads: specialistIds.map((id) => perSpecialist.get(id) ?? 0),
    specialistCount: specialistIds.length,
    timeUse: timeUse.map((t) => ({
      weekStart: t.week_start,
      communityHours: Number(t.community_hours),
      officeHours: Number(t.office_hours),
    })),
    employerContacts: contacts.map((c) => ({ date: c.date, faceToFace: c.face_to_face })),
    referrals: referrals.map((r) => ({
      referralDate: r.referral_date,
      firstEmployerContact: r.first_contact,
    })),
    jobs: jobs.map((j) => ({
      startDate: j.start_date,
      endDate: j.end_date,
      title: j.title,
      employerKey: j.employer_key,
      competitive: j.competitive,
      firstScenarioDate: j.first_scenario,
      contactDates: j.contact_dates,
    })),
  };
}
