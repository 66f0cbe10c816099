import { sql } from 'kysely';
import type { DbOrTrx } from '../connection.ts';

/**
 * Generic reads over the database's own catalogue, for the GDPR export of one person's data and for the record of
 * processing (packages/server/src/privacy/processing-register.ts): the tables and columns are named by the register,
 * which a test keeps equal to the real schema, never by a caller's input.
 */

/** How the rows of one table are tied to one participant. */
export type SubjectLink =
  /** Rows whose `column` holds the participant's id. */
  | { column: string }
  /** Rows whose `key` is named by `through.column` in rows of `through.table` tied to the participant. */
  | { key: string; through: { table: string; column: string; subjectColumn: string } };

export type SubjectRow = Record<string, unknown>;

/** Every row of `table` tied to `participantId` by `link`, as stored (JSON-ready: times as ISO strings). */
export async function readSubjectRows(
  db: DbOrTrx,
  table: string,
  link: SubjectLink,
  participantId: string,
): Promise<SubjectRow[]> {
  const where = subjectWhere(link, participantId);
  const result = await sql<SubjectRow>`SELECT * FROM ${sql.table(table)} WHERE ${where} ORDER BY 1`.execute(
    db,
  );
  return result.rows.map(toJsonReady);
}

/** The WHERE condition that picks the rows of a table tied to `participantId` by `link`. */
export function subjectWhere(link: SubjectLink, participantId: string) {
  return 'column' in link
    ? sql`${sql.ref(link.column)} = ${participantId}`
    : sql`${sql.ref(link.key)} IN (SELECT ${sql.ref(link.through.column)} FROM ${sql.table(
        link.through.table,
      )} WHERE ${sql.ref(link.through.subjectColumn)} = ${participantId})`;
}

function toJsonReady(row: SubjectRow): SubjectRow {
  const out: SubjectRow = {};
  for (const [column, value] of Object.entries(row)) {
    out[column] =
      value instanceof Date ? value.toISOString() : Buffer.isBuffer(value) ? value.toString('base64') : value;
  }
  return out;
}

export interface SchemaColumn {
  table: string;
  column: string;
  dataType: string;
  nullable: boolean;
}

/** Every column of every table in the current schema, in table and column order. */
export async function listSchemaColumns(db: DbOrTrx): Promise<SchemaColumn[]> {
  const result = await sql<{
    table_name: string;
    column_name: string;
    data_type: string;
    is_nullable: string;
  }>`
    SELECT c.table_name, c.column_name, c.data_type, c.is_nullable
    FROM information_schema.columns c
    JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
    WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
    ORDER BY c.table_name, c.ordinal_position
  `.execute(db);
  return result.rows.map((r) => ({
    table: r.table_name,
    column: r.column_name,
    dataType: r.data_type,
    nullable: r.is_nullable === 'YES',
  }));
}

/**
 * Every (table, column) that points at a participant: single-column foreign keys to participant(id), and columns
 * named `participant_id` without one (the audit log keeps its rows, and so its participant ids, without a key).
 */
export async function listParticipantReferences(db: DbOrTrx): Promise<{ table: string; column: string }[]> {
  const result = await sql<{ table_name: string; column_name: string }>`
    SELECT src.relname AS table_name, a.attname AS column_name
    FROM pg_constraint con
    JOIN pg_class src ON src.oid = con.conrelid
    JOIN pg_class dst ON dst.oid = con.confrelid
    JOIN pg_namespace n ON n.oid = src.relnamespace
    JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = con.conkey[1]
    WHERE con.contype = 'f' AND dst.relname = 'participant' AND n.nspname = current_schema()
      AND array_length(con.conkey, 1) = 1
    UNION
    SELECT c.table_name, c.column_name
    FROM information_schema.columns c
    JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
    WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' AND c.column_name = 'participant_id'
    ORDER BY 1, 2
  `.execute(db);
  return result.rows.map((r) => ({ table: r.table_name, column: r.column_name }));
}

/** How many rows of `table` have `column` = `participantId` (for checking an export against the database). */
export async function countRowsReferencing(
  db: DbOrTrx,
  table: string,
  column: string,
  participantId: string,
): Promise<number> {
  const result = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM ${sql.table(table)} WHERE ${sql.ref(column)} = ${participantId}
  `.execute(db);
  return result.rows[0]?.n ?? 0;
}
