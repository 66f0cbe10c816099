import type { GoalStatus, StepOwnerRole, StepStatus } from '@ips-bridge/domain';
import type { DbOrTrx } from '../connection.ts';

export interface PlanStepRecord {
  id: string;
  goalId: string;
  text: string;
  ownerRole: StepOwnerRole;
  owner: { id: string; displayName: string } | null;
  dueDate: string | null;
  status: StepStatus;
  doneOn: string | null;
  version: number;
}

export interface PlanGoalRecord {
  id: string;
  parentId: string | null;
  text: string;
  status: GoalStatus;
  version: number;
  createdAt: Date;
  steps: PlanStepRecord[];
}

export async function listPlan(db: DbOrTrx, participantId: string): Promise<PlanGoalRecord[]> {
  const goals = await db
    .selectFrom('plan_goal')
    .select(['id', 'parent_id', 'text', 'status', 'version', 'created_at'])
    .where('participant_id', '=', participantId)
    .orderBy('position')
    .execute();
  const steps = await db
    .selectFrom('plan_step as s')
    .leftJoin('app_user as u', 'u.id', 's.owner_user_id')
    .select([
      's.id',
      's.goal_id',
      's.text',
      's.owner_role',
      's.due_date',
      's.status',
      's.done_on',
      's.version',
      'u.id as owner_id',
      'u.display_name as owner_name',
    ])
    .where('s.participant_id', '=', participantId)
    .orderBy('s.position')
    .execute();
  return goals.map((g) => ({
    id: g.id,
    parentId: g.parent_id,
    text: g.text,
    status: g.status,
    version: g.version,
    createdAt: g.created_at,
    steps: steps
      .filter((s) => s.goal_id === g.id)
      .map((s) => ({
        id: s.id,
        goalId: s.goal_id,
        text: s.text,
        ownerRole: s.owner_role,
        owner: s.owner_id && s.owner_name ? { id: s.owner_id, displayName: s.owner_name } : null,
        dueDate: s.due_date,
        status: s.status,
        doneOn: s.done_on,
        version: s.version,
      })),
  }));
}

export async function insertGoal(
  db: DbOrTrx,
  input: { participantId: string; parentId: string | null; text: string; createdBy: string; at: Date },
): Promise<string> {
  const row = await db
    .insertInto('plan_goal')
    .values({
      participant_id: input.participantId,
      parent_id: input.parentId,
      text: input.text,
      created_by: input.createdBy,
      created_at: input.at,
      updated_at: input.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function findGoal(
  db: DbOrTrx,
  participantId: string,
  goalId: string,
): Promise<
  { id: string; parentId: string | null; text: string; status: GoalStatus; version: number } | undefined
> {
  const row = await db
    .selectFrom('plan_goal')
    .select(['id', 'parent_id', 'text', 'status', 'version'])
    .where('participant_id', '=', participantId)
    .where('id', '=', goalId)
    .executeTakeFirst();
  return row
    ? { id: row.id, parentId: row.parent_id, text: row.text, status: row.status, version: row.version }
    : undefined;
}

export async function updateGoalIfVersion(
  db: DbOrTrx,
  input: { goalId: string; expectedVersion: number; text: string; status: GoalStatus; at: Date },
): Promise<boolean> {
  const result = await db
    .updateTable('plan_goal')
    .set((eb) => ({
      text: input.text,
      status: input.status,
      updated_at: input.at,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', input.goalId)
    .where('version', '=', input.expectedVersion)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** The user who holds a role for the participant: their own login, or the care-team member with that role. */
export async function resolveStepOwner(
  db: DbOrTrx,
  participantId: string,
  role: StepOwnerRole,
): Promise<string | null> {
  if (role === 'jobseeker') {
    const row = await db
      .selectFrom('participant')
      .select('user_id')
      .where('id', '=', participantId)
      .executeTakeFirst();
    return row?.user_id ?? null;
  }
  const row = await db
    .selectFrom('care_team_member')
    .select('user_id')
    .where('participant_id', '=', participantId)
    .where('role', '=', role)
    .orderBy('since')
    .executeTakeFirst();
  return row?.user_id ?? null;
}

export interface StepFields {
  text: string;
  ownerRole: StepOwnerRole;
  ownerUserId: string | null;
  dueDate: string | null;
}

export async function insertStep(
  db: DbOrTrx,
  input: StepFields & { participantId: string; goalId: string; createdBy: string; at: Date },
): Promise<string> {
  const row = await db
    .insertInto('plan_step')
    .values({
      participant_id: input.participantId,
      goal_id: input.goalId,
      text: input.text,
      owner_role: input.ownerRole,
      owner_user_id: input.ownerUserId,
      due_date: input.dueDate,
      done_on: null,
      created_by: input.createdBy,
      created_at: input.at,
      updated_at: input.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function findStep(
  db: DbOrTrx,
  participantId: string,
  stepId: string,
): Promise<PlanStepRecord | undefined> {
  const plan = await db
    .selectFrom('plan_step as s')
    .leftJoin('app_user as u', 'u.id', 's.owner_user_id')
    .select([
      's.id',
      's.goal_id',
      's.text',
      's.owner_role',
      's.due_date',
      's.status',
      's.done_on',
      's.version',
      'u.id as owner_id',
      'u.display_name as owner_name',
    ])
    .where('s.participant_id', '=', participantId)
    .where('s.id', '=', stepId)
    .executeTakeFirst();
  if (!plan) return undefined;
  return {
    id: plan.id,
    goalId: plan.goal_id,
    text: plan.text,
    ownerRole: plan.owner_role,
    owner: plan.owner_id && plan.owner_name ? { id: plan.owner_id, displayName: plan.owner_name } : null,
    dueDate: plan.due_date,
    status: plan.status,
    doneOn: plan.done_on,
    version: plan.version,
  };
}

export async function updateStepIfVersion(
  db: DbOrTrx,
  input: StepFields & {
    stepId: string;
    expectedVersion: number;
    status: StepStatus;
    doneOn: string | null;
    at: Date;
  },
): Promise<boolean> {
  const result = await db
    .updateTable('plan_step')
    .set((eb) => ({
      text: input.text,
      owner_role: input.ownerRole,
      owner_user_id: input.ownerUserId,
      due_date: input.dueDate,
      status: input.status,
      done_on: input.doneOn,
      updated_at: input.at,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', input.stepId)
    .where('version', '=', input.expectedVersion)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export interface WorkListStepRow {
  stepId: string;
  participantId: string;
  participantName: string;
  text: string;
  dueDate: string | null;
}

/** Open steps owned by a user that are due by `until` (overdue ones included), soonest first. */
export async function listOwnedOpenSteps(
  db: DbOrTrx,
  userId: string,
  until: string,
): Promise<WorkListStepRow[]> {
  const rows = await db
    .selectFrom('plan_step as s')
    .innerJoin('participant as p', 'p.id', 's.participant_id')
    .select(['s.id', 's.participant_id', 's.text', 's.due_date', 'p.given_name', 'p.family_name'])
    .where('s.owner_user_id', '=', userId)
    .where('s.status', '=', 'open')
    .where('s.due_date', '<=', until)
    .orderBy('s.due_date')
    .orderBy('s.id')
    .limit(200)
    .execute();
  return rows.map((r) => ({
    stepId: r.id,
    participantId: r.participant_id,
    participantName: `${r.given_name} ${r.family_name}`,
    text: r.text,
    dueDate: r.due_date,
  }));
}
