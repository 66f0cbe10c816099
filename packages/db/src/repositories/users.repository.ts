import type { OrganisationKind, Role } from '@ips-bridge/domain';
import type { DbOrTrx } from '../connection.ts';

export type Locale = 'nb' | 'nn' | 'en';

/** A user as the rest of the application sees it (never with the password hash). */
export interface User {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  locale: Locale;
  active: boolean;
  organisation: { id: string; name: string; kind: OrganisationKind };
  team: { id: string; name: string } | null;
  participantId: string | null;
}

export interface UserListItem {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  organisationId: string;
  organisationName: string;
  teamId: string | null;
  active: boolean;
}

function userQuery(db: DbOrTrx) {
  return db
    .selectFrom('app_user as u')
    .innerJoin('organisation as o', 'o.id', 'u.organisation_id')
    .leftJoin('organisation as t', 't.id', 'u.team_id')
    .leftJoin('participant as p', 'p.user_id', 'u.id')
    .select([
      'u.id',
      'u.username',
      'u.display_name',
      'u.role',
      'u.locale',
      'u.active',
      'u.password_hash',
      'o.id as org_id',
      'o.name as org_name',
      'o.kind as org_kind',
      't.id as team_id',
      't.name as team_name',
      'p.id as participant_id',
    ]);
}

type UserRow = NonNullable<Awaited<ReturnType<ReturnType<typeof userQuery>['executeTakeFirst']>>>;

function toUser(row: UserRow): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    locale: row.locale,
    active: row.active,
    organisation: { id: row.org_id, name: row.org_name, kind: row.org_kind },
    team: row.team_id && row.team_name ? { id: row.team_id, name: row.team_name } : null,
    participantId: row.participant_id,
  };
}

export async function findUserById(db: DbOrTrx, id: string): Promise<User | undefined> {
  const row = await userQuery(db).where('u.id', '=', id).executeTakeFirst();
  return row ? toUser(row) : undefined;
}

export async function findUserWithPasswordHash(
  db: DbOrTrx,
  username: string,
): Promise<{ user: User; passwordHash: string | null } | undefined> {
  const row = await userQuery(db).where('u.username', '=', username.toLowerCase()).executeTakeFirst();
  return row ? { user: toUser(row), passwordHash: row.password_hash } : undefined;
}

export async function listUsers(db: DbOrTrx): Promise<UserListItem[]> {
  const rows = await db
    .selectFrom('app_user as u')
    .innerJoin('organisation as o', 'o.id', 'u.organisation_id')
    .select([
      'u.id',
      'u.username',
      'u.display_name',
      'u.role',
      'u.organisation_id',
      'o.name as org_name',
      'u.team_id',
      'u.active',
    ])
    .orderBy('u.display_name')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    role: r.role,
    organisationId: r.organisation_id,
    organisationName: r.org_name,
    teamId: r.team_id,
    active: r.active,
  }));
}

export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  organisationId: string;
  teamId: string | null;
  passwordHash: string | null;
  locale?: Locale;
}

export async function insertUser(db: DbOrTrx, input: NewUser): Promise<string> {
  const row = await db
    .insertInto('app_user')
    .values({
      username: input.username.toLowerCase(),
      display_name: input.displayName,
      role: input.role,
      organisation_id: input.organisationId,
      team_id: input.teamId,
      password_hash: input.passwordHash,
      ...(input.locale ? { locale: input.locale } : {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateUserLocale(db: DbOrTrx, userId: string, locale: Locale): Promise<void> {
  await db.updateTable('app_user').set({ locale }).where('id', '=', userId).execute();
}

export async function usernameExists(db: DbOrTrx, username: string): Promise<boolean> {
  const row = await db
    .selectFrom('app_user')
    .select('id')
    .where('username', '=', username.toLowerCase())
    .executeTakeFirst();
  return row !== undefined;
}
