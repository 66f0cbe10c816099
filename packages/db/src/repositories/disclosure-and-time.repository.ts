import type { DbOrTrx } from '../connection.ts';

export interface DisclosurePlanFields {
  mayKnow: string;
  mustNotKnow: string;
  pros: string;
  cons: string;
  discussedOn: string;
}

export interface DisclosurePlanRecord extends DisclosurePlanFields {
  version: number;
  updatedBy: { id: string; displayName: string } | null;
  updatedAt: Date;
}

export async function findDisclosurePlan(
  db: DbOrTrx,
  participantId: string,
): Promise<DisclosurePlanRecord | undefined> {
  const row = await db
    .selectFrom('disclosure_plan as d')
    .leftJoin('app_user as u', 'u.id', 'd.updated_by')
    .select([
      'd.may_know',
      'd.must_not_know',
      'd.pros',
      'd.cons',
      'd.discussed_on',
      'd.version',
      'd.updated_at',
      'u.id as user_id',
      'u.display_name',
    ])
    .where('d.participant_id', '=', participantId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    mayKnow: row.may_know,
    mustNotKnow: row.must_not_know,
    pros: row.pros,
    cons: row.cons,
    discussedOn: row.discussed_on,
    version: row.version,
    updatedBy: row.user_id && row.display_name ? { id: row.user_id, displayName: row.display_name } : null,
    updatedAt: row.updated_at,
  };
}

/**
 * Creates the plan when `expectedVersion` is 0, else updates it if still at that version. Returns false when
 * someone else saved first.
 */
export async function saveDisclosurePlan(
  db: DbOrTrx,
  input: DisclosurePlanFields & {
    participantId: string;
    expectedVersion: number;
    updatedBy: string;
    at: Date;
  },
): Promise<boolean> {
  const values = {
    may_know: input.mayKnow,
    must_not_know: input.mustNotKnow,
    pros: input.pros,
    cons: input.cons,
    discussed_on: input.discussedOn,
    updated_by: input.updatedBy,
    updated_at: input.at,
  };
  if (input.expectedVersion === 0) {
    const row = await db
      .insertInto('disclosure_plan')
      .values({ participant_id: input.participantId, ...values })
      .onConflict((oc) => oc.column('participant_id').doNothing())
      .returning('version')
      .executeTakeFirst();
    return row !== undefined;
  }
  const result = await db
    .updateTable('disclosure_plan')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('participant_id', '=', input.participantId)
    .where('version', '=', input.expectedVersion)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export interface TimeUseWeek {
  weekStart: string;
  communityHours: number;
  officeHours: number;
  version: number;
}

export async function listTimeUse(
  db: DbOrTrx,
  userId: string,
  from: string,
  toExclusive: string,
): Promise<TimeUseWeek[]> {
  const rows = await db
    .selectFrom('time_use')
    .select(['week_start', 'community_hours', 'office_hours', 'version'])
    .where('user_id', '=', userId)
    .where('week_start', '>=', from)
    .where('week_start', '<', toExclusive)
    .orderBy('week_start', 'desc')
    .execute();
  return rows.map((r) => ({
    weekStart: r.week_start,
    communityHours: r.community_hours,
    officeHours: r.office_hours,
    version: r.version,
  }));
}

/** Records a week (creating it when `expectedVersion` is 0); false when someone saved first. */
export async function saveTimeUse(
  db: DbOrTrx,
  input: {
    userId: string;
    weekStart: string;
    communityHours: number;
    officeHours: number;
    expectedVersion: number;
    at: Date;
  },
): Promise<boolean> {
  if (input.expectedVersion === 0) {
    const row = await db
      .insertInto('time_use')
      .values({
        user_id: input.userId,
        week_start: input.weekStart,
        community_hours: input.communityHours,
        office_hours: input.officeHours,
        updated_at: input.at,
      })
      .onConflict((oc) => oc.columns(['user_id', 'week_start']).doNothing())
      .returning('version')
      .executeTakeFirst();
    return row !== undefined;
  }
  const result = await db
    .updateTable('time_use')
    .set((eb) => ({
      community_hours: input.communityHours,
      office_hours: input.officeHours,
      updated_at: input.at,
      version: eb('version', '+', 1),
    }))
    .where('user_id', '=', input.userId)
    .where('week_start', '=', input.weekStart)
    .where('version', '=', input.expectedVersion)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export interface CvRecord {
  content: unknown;
  version: number;
  updatedBy: { id: string; displayName: string } | null;
  updatedAt: Date;
}

export async function findCv(db: DbOrTrx, participantId: string): Promise<CvRecord | undefined> {
  const row = await db
    .selectFrom('cv')
    .leftJoin('app_user as u', 'u.id', 'cv.updated_by')
    .select(['cv.content', 'cv.version', 'cv.updated_at', 'u.id as user_id', 'u.display_name'])
    .where('cv.participant_id', '=', participantId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    content: row.content,
    version: row.version,
    updatedBy: row.user_id && row.display_name ? { id: row.user_id, displayName: row.display_name } : null,
    updatedAt: row.updated_at,
  };
}

/** Saves the CV (creating it when `expectedVersion` is 0); false when someone saved first. */
export async function saveCv(
  db: DbOrTrx,
  input: { participantId: string; content: unknown; expectedVersion: number; updatedBy: string; at: Date },
): Promise<boolean> {
  const content = JSON.stringify(input.content);
  if (input.expectedVersion === 0) {
    const row = await db
      .insertInto('cv')
      .values({
        participant_id: input.participantId,
        content,
        updated_by: input.updatedBy,
        updated_at: input.at,
      })
      .onConflict((oc) => oc.column('participant_id').doNothing())
      .returning('version')
      .executeTakeFirst();
    return row !== undefined;
  }
  const result = await db
    .updateTable('cv')
    .set((eb) => ({
      content,
      updated_by: input.updatedBy,
      updated_at: input.at,
      version: eb('version', '+', 1),
    }))
    .where('participant_id', '=', input.participantId)
    .where('version', '=', input.expectedVersion)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
