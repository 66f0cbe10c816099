import { CompiledQuery, type Kysely } from 'kysely';
import { type BackupColumn, type BackupSequence, quoteIdent, SESSION_SETTINGS } from './format.ts';

/**
 * What backup and restore read from PostgreSQL's catalogue: the application's tables in the current schema (the
 * first on the search path, where the migrations create them), their columns, keys and sequences, and per-table
 * row counts and checksums. Kysely's own migration bookkeeping is not data: the restore recreates it.
 */

// biome-ignore lint/suspicious/noExplicitAny: catalogue queries are untyped raw SQL on any database
export type AnyDb = Kysely<any>;

export const MIGRATION_TABLES = ['kysely_migration', 'kysely_migration_lock'];

export interface TableInfo {
  name: string;
  /** Columns that hold data (stored generated columns are left out). */
  columns: BackupColumn[];
  /** Primary-key columns, with whether each needs COLLATE "C" for an order that does not depend on the locale. */
  primaryKey: Array<{ name: string; collatable: boolean }>;
}

export async function rows<T>(db: AnyDb, text: string, parameters: unknown[] = []): Promise<T[]> {
  const result = await db.executeQuery<T>(CompiledQuery.raw(text, parameters));
  return result.rows as T[];
}

/** SET LOCAL of SESSION_SETTINGS: call first inside the transaction. */
export async function applySessionSettings(trx: AnyDb): Promise<void> {
  for (const [name, value] of SESSION_SETTINGS) {
    await rows(trx, 'SELECT set_config($1, $2, true)', [name, value]);
  }
}

/** The application's tables in the current schema, parents before the tables that refer to them. */
export async function listTables(db: AnyDb): Promise<TableInfo[]> {
  const columns = await rows<{ table: string; name: string; type: string; generated: boolean }>(
    db,
    `SELECT c.relname AS table, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
            a.attgenerated <> '' AS generated
       FROM pg_attribute a
       JOIN pg_class c ON c.oid = a.attrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
        AND c.relname <> ALL ($1::text[])
      ORDER BY c.relname, a.attnum`,
    [MIGRATION_TABLES],
  );
  const keys = await rows<{ table: string; name: string; collatable: boolean }>(
    db,
    `SELECT c.relname AS table, a.attname AS name, a.attcollation <> 0 AS collatable
       FROM pg_index i
       JOIN pg_class c ON c.oid = i.indrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
       CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, position)
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
      WHERE i.indisprimary AND n.nspname = current_schema()
      ORDER BY c.relname, k.position`,
  );
  const references = await foreignKeyEdges(db);

  const tables = new Map<string, TableInfo>();
  for (const column of columns) {
    let table = tables.get(column.table);
    if (!table) {
      table = { name: column.table, columns: [], primaryKey: [] };
      tables.set(column.table, table);
    }
    if (!column.generated) table.columns.push({ name: column.name, type: column.type });
  }
  for (const key of keys)
    tables.get(key.table)?.primaryKey.push({ name: key.name, collatable: key.collatable });
  return dependencyOrder([...tables.values()], references);
}

async function foreignKeyEdges(db: AnyDb): Promise<Array<{ child: string; parent: string }>> {
  return rows(
    db,
    `SELECT c.relname AS child, p.relname AS parent
       FROM pg_constraint k
       JOIN pg_class c ON c.oid = k.conrelid
       JOIN pg_class p ON p.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE k.contype = 'f' AND n.nspname = current_schema()`,
  );
}

/**
 * Orders tables so that each comes after the tables it refers to (self-references ignored), ties by name; tables
 * in a cycle go last by name. Only the psql replay of a file needs this order: our restore loads without foreign
 * keys and adds them back afterwards.
 */
export function dependencyOrder<T extends { name: string }>(
  tables: T[],
  references: ReadonlyArray<{ child: string; parent: string }>,
): T[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const waitingFor = new Map<string, Set<string>>(tables.map((t) => [t.name, new Set<string>()]));
  for (const { child, parent } of references) {
    if (child !== parent && byName.has(parent)) waitingFor.get(child)?.add(parent);
  }
  const ordered: T[] = [];
  const remaining = new Set([...byName.keys()].sort());
  while (remaining.size > 0) {
    const next = [...remaining].find((name) =>
      [...(waitingFor.get(name) ?? [])].every((p) => !remaining.has(p)),
    );
    const name = next ?? [...remaining][0];
    if (name === undefined) break;
    remaining.delete(name);
    const table = byName.get(name);
    if (table) ordered.push(table);
  }
  return ordered;
}

/** Every sequence in the current schema with its position (sequences are not transactional: read last). */
export async function readSequences(db: AnyDb): Promise<BackupSequence[]> {
  const names = await rows<{ name: string }>(
    db,
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND c.relkind = 'S' ORDER BY c.relname`,
  );
  const sequences: BackupSequence[] = [];
  for (const { name } of names) {
    const [state] = await rows<{ last_value: string; is_called: boolean }>(
      db,
      `SELECT last_value::text AS last_value, is_called FROM ${quoteIdent(name)}`,
    );
    if (state) sequences.push({ name, lastValue: state.last_value, isCalled: state.is_called });
  }
  return sequences;
}

/** The applied migrations in order, or null when the database has no migration table (never migrated). */
export async function readMigrations(db: AnyDb): Promise<string[] | null> {
  const [exists] = await rows<{ present: boolean }>(
    db,
    `SELECT to_regclass(quote_ident(current_schema()) || '.kysely_migration') IS NOT NULL AS present`,
  );
  if (!exists?.present) return null;
  const applied = await rows<{ name: string }>(db, 'SELECT name FROM kysely_migration ORDER BY name');
  return applied.map((m) => m.name);
}

export interface TableChecksum {
  rows: number;
  checksum: string;
}

/**
 * Row count and checksum of one table, computed in SQL: every row's text (its record output, under
 * SESSION_SETTINGS) is hashed with md5, the two 64-bit halves of those hashes are summed as exact numerics, and the
 * checksum is the md5 of "count:sum1:sum2". It does not depend on row order or the locale, needs no sort and has
 * no size limit (an md5 over one string of all rows stops at PostgreSQL's 1 GB value limit).
 */
export async function tableChecksum(db: AnyDb, table: string): Promise<TableChecksum> {
  const [result] = await rows<{ rows: number; checksum: string }>(
    db,
    `SELECT count(*)::bigint AS rows,
            md5(count(*)::text
                || ':' || coalesce(sum(('x' || substr(h, 1, 16))::bit(64)::bigint::numeric), 0)::text
                || ':' || coalesce(sum(('x' || substr(h, 17, 16))::bit(64)::bigint::numeric), 0)::text) AS checksum
       FROM (SELECT md5(t::text) AS h FROM ${quoteIdent(table)} AS t) AS hashed`,
  );
  if (!result) throw new Error(`no checksum for ${table}`);
  return { rows: Number(result.rows), checksum: result.checksum };
}

/** Tables (other than the migration bookkeeping) that hold at least one row. */
export async function tablesWithRows(db: AnyDb, tables: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const table of tables) {
    const [row] = await rows<{ any: boolean }>(db, `SELECT EXISTS (SELECT FROM ${quoteIdent(table)}) AS any`);
    if (row?.any) found.push(table);
  }
  return found;
}
