import type { DbOrTrx } from '../connection.ts';

export type CareerProfileReason = 'first_version' | 'update' | 'after_job_experience';

export interface CareerProfileVersionRecord {
  version: number;
  content: unknown;
  healthContent: unknown;
  reason: CareerProfileReason;
  createdBy: { id: string; displayName: string } | null;
  createdAt: Date;
}

function versionQuery(db: DbOrTrx, participantId: string) {
  return db
    .selectFrom('career_profile_version as v')
    .leftJoin('app_user as u', 'u.id', 'v.created_by')
    .select([
      'v.version',
      'v.content',
      'v.health_content',
      'v.reason',
      'v.created_at',
      'u.id as user_id',
      'u.display_name',
    ])
    .where('v.participant_id', '=', participantId);
}

type VersionRow = NonNullable<Awaited<ReturnType<ReturnType<typeof versionQuery>['executeTakeFirst']>>>;

function toRecord(r: VersionRow): CareerProfileVersionRecord {
  return {
    version: r.version,
    content: r.content,
    healthContent: r.health_content,
    reason: r.reason,
    createdBy: r.user_id && r.display_name ? { id: r.user_id, displayName: r.display_name } : null,
    createdAt: r.created_at,
  };
}

/** Every version, newest first. */
export async function listCareerProfileVersions(
  db: DbOrTrx,
  participantId: string,
): Promise<CareerProfileVersionRecord[]> {
  const rows = await versionQuery(db, participantId).orderBy('v.version', 'desc').execute();
  return rows.map(toRecord);
}

export async function findCareerProfileVersion(
  db: DbOrTrx,
  participantId: string,
  version: number,
): Promise<CareerProfileVersionRecord | undefined> {
  const row = await versionQuery(db, participantId).where('v.version', '=', version).executeTakeFirst();
  return row ? toRecord(row) : undefined;
}

/**
 * Adds version `expectedVersion + 1`. Two saves from the same version collide on the primary key; the loser
 * gets false, so nobody's profile text is overwritten unseen.
 */
export async function insertCareerProfileVersion(
  db: DbOrTrx,
  input: {
    participantId: string;
    expectedVersion: number;
    content: unknown;
    healthContent: unknown;
    reason: CareerProfileReason;
    createdBy: string;
    at: Date;
  },
): Promise<number | null> {
  const version = input.expectedVersion + 1;
  const row = await db
    .insertInto('career_profile_version')
    .values({
      participant_id: input.participantId,
      version,
      content: JSON.stringify(input.content),
      health_content: JSON.stringify(input.healthContent),
      reason: input.reason,
      created_by: input.createdBy,
      created_at: input.at,
    })
    .onConflict((oc) => oc.columns(['participant_id', 'version']).doNothing())
    .returning('version')
    .executeTakeFirst();
  return row?.version ?? null;
}

/** The latest profile content of each participant that has one (for matching job leads to preferences). */
export async function latestCareerProfileContents(
  db: DbOrTrx,
  participantIds: readonly string[],
): Promise<Map<string, unknown>> {
  if (participantIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('career_profile_version')
    .distinctOn('participant_id')
    .select(['participant_id', 'content'])
    .where('participant_id', 'in', participantIds)
    .orderBy('participant_id')
    .orderBy('version', 'desc')
    .execute();
  return new Map(rows.map((r) => [r.participant_id, r.content]));
}
