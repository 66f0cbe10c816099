import type { OrganisationKind } from '@ips-bridge/domain';
import type { DbOrTrx } from '../connection.ts';

export interface Organisation {
  id: string;
  name: string;
  kind: OrganisationKind;
  region: string | null;
}

export async function listOrganisations(db: DbOrTrx): Promise<Organisation[]> {
  return db
    .selectFrom('organisation')
    .select(['id', 'name', 'kind', 'region'])
    .orderBy('kind')
    .orderBy('name')
    .execute();
}

export async function findOrganisation(db: DbOrTrx, id: string): Promise<Organisation | undefined> {
  return db
    .selectFrom('organisation')
    .select(['id', 'name', 'kind', 'region'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertOrganisation(
  db: DbOrTrx,
  input: { name: string; kind: OrganisationKind; region: string | null },
): Promise<Organisation> {
  return db
    .insertInto('organisation')
    .values(input)
    .returning(['id', 'name', 'kind', 'region'])
    .executeTakeFirstOrThrow();
}
