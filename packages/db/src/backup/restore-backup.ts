import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { Migrator } from 'kysely/migration';
import { hasAuditChain } from '../audit-chain/query.ts';
import { type AuditChainReport, verifyAuditChain } from '../audit-chain/verify.ts';
import { migrateToLatest } from '../migrate.ts';
import { migrations as knownMigrations } from '../migrations/index.ts';
import {
  type AnyDb,
  applySessionSettings,
  listTables,
  readMigrations,
  rows,
  type TableInfo,
  tableChecksum,
  tablesWithRows,
} from './catalog.ts';
import {
  BackupFileError,
  type BackupManifest,
  type BackupTable,
  copyStatement,
  END_PREFIX,
  endLine,
  FIRST_LINE,
  MANIFEST_PREFIX,
  parseCopyLine,
  parseManifest,
  quoteIdent,
  readLines,
} from './format.ts';

/** The target database is not empty (or not ours); nothing was changed. */
export class RestoreRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RestoreRefusedError';
  }
}

/** The backup needs a schema this IPS Bridge cannot build (made by a newer version, or a schema that differs). */
export class BackupIncompatibleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupIncompatibleError';
  }
}

/** The restored rows do not match the manifest; the load was rolled back. */
export class RestoreVerificationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RestoreVerificationError';
  }
}

type BackupEvent =
  | { kind: 'manifest'; manifest: BackupManifest }
  | { kind: 'rows'; table: BackupTable; rows: Array<Array<string | null>> }
  | { kind: 'table-end'; table: BackupTable };

const BATCH_ROWS = 1000;
const BATCH_CHARS = 4_000_000;

/**
 * Reads a backup file and checks its structure as it goes: the header, the manifest, each table's COPY block in the
 * manifest's order with the manifest's row count and column count on every line, and the closing line. gzip's own
 * CRC and length check catch damaged or cut-off bytes. Any problem is a BackupFileError.
 */
async function* readBackup(file: string): AsyncGenerator<BackupEvent> {
  let manifest: BackupManifest | null = null;
  let lineNumber = 0;
  let tableIndex = 0;
  let table: BackupTable | null = null;
  let batch: Array<Array<string | null>> = [];
  let batchChars = 0;
  let tableRows = 0;
  let ended = false;
  const fail = (problem: string) =>
    new BackupFileError(`${file} is not a usable backup: line ${lineNumber}: ${problem}`);

  const input = createReadStream(file);
  const gunzip = createGunzip();
  input.on('error', (error) => gunzip.destroy(error));
  try {
    for await (const line of readLines(input.pipe(gunzip))) {
      lineNumber += 1;
      if (lineNumber === 1) {
        if (line !== FIRST_LINE) throw new BackupFileError(`${file} is not an IPS Bridge backup`);
        continue;
      }
      if (lineNumber === 2) {
        if (!line.startsWith(MANIFEST_PREFIX)) throw fail('the manifest is missing');
        manifest = parseManifest(line.slice(MANIFEST_PREFIX.length));
        yield { kind: 'manifest', manifest };
        continue;
      }
      if (!manifest) throw fail('the manifest is missing');
      if (table) {
        if (line === '\\.') {
          if (tableRows !== table.rows) {
            throw fail(`table ${table.name} has ${tableRows} rows; the manifest says ${table.rows}`);
          }
          if (batch.length > 0) yield { kind: 'rows', table, rows: batch };
          yield { kind: 'table-end', table };
          batch = [];
          batchChars = 0;
          table = null;
          tableIndex += 1;
          continue;
        }
        try {
          batch.push(parseCopyLine(line, table.columns.length));
        } catch (error) {
          throw fail(`table ${table.name}: ${(error as Error).message}`);
        }
        tableRows += 1;
        batchChars += line.length;
        if (batch.length >= BATCH_ROWS || batchChars >= BATCH_CHARS) {
          yield { kind: 'rows', table, rows: batch };
          batch = [];
          batchChars = 0;
        }
        continue;
      }
      if (ended) {
        if (line !== '') throw fail('text after the closing line');
        continue;
      }
      if (line.startsWith('COPY ')) {
        const next = manifest.tables[tableIndex];
        if (!next || line !== copyStatement(next)) {
          throw fail(
            next ? `expected the rows of table ${next.name} here` : 'more tables than the manifest lists',
          );
        }
        table = next;
        tableRows = 0;
        continue;
      }
      if (line.startsWith(END_PREFIX)) {
        if (tableIndex !== manifest.tables.length) {
          throw fail(`the file closes after ${tableIndex} of ${manifest.tables.length} tables`);
        }
        if (line !== endLine(manifest)) throw fail('the closing line does not match the manifest');
        ended = true;
        continue;
      }
      if (line === '' || line.startsWith('--') || line.startsWith('SET ')) continue;
      if (line.startsWith('SELECT pg_catalog.setval(')) continue;
      throw fail('unexpected text between tables');
    }
  } catch (error) {
    if (error instanceof BackupFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new BackupFileError(`${file} does not exist`);
    if (code === 'EACCES') throw new BackupFileError(`${file} cannot be read (permission denied)`);
    throw new BackupFileError(
      `${file} is damaged or incomplete: ${(error as Error).message}` +
        (code?.startsWith('Z_') ? ' (the compressed data is corrupt or cut off)' : ''),
      { cause: error },
    );
  } finally {
    input.destroy();
  }
  if (lineNumber === 0) throw new BackupFileError(`${file} is empty`);
  if (!ended) {
    throw new BackupFileError(
      `${file} is incomplete: it ends at line ${lineNumber}${table ? `, inside table ${table.name}` : ''}, before the closing line`,
    );
  }
}

/**
 * Reads the whole file and checks it (see readBackup) without touching any database. Resolves with the manifest;
 * rejects with BackupFileError.
 */
export async function inspectBackupFile(file: string): Promise<BackupManifest> {
  let manifest: BackupManifest | null = null;
  for await (const event of readBackup(file)) {
    if (event.kind === 'manifest') manifest = event.manifest;
  }
  if (!manifest) throw new BackupFileError(`${file} has no manifest`);
  return manifest;
}

export interface TargetState {
  /** Applied migrations, or null when the database was never migrated. */
  migrations: string[] | null;
  /** The application's tables present (migration bookkeeping not counted). */
  tables: string[];
  tablesWithRows: string[];
}

export async function inspectTarget(db: AnyDb): Promise<TargetState> {
  const tables = (await listTables(db)).map((t) => t.name);
  return { migrations: await readMigrations(db), tables, tablesWithRows: await tablesWithRows(db, tables) };
}

/** Why the target cannot take this backup as it is (null: it can). A clean fixes each of these. */
export function targetProblem(state: TargetState, manifest: BackupManifest): string | null {
  if (state.tablesWithRows.length > 0) {
    const shown = state.tablesWithRows.slice(0, 6).join(', ');
    const more = state.tablesWithRows.length > 6 ? ` and ${state.tablesWithRows.length - 6} more` : '';
    return `it holds data (rows in ${shown}${more})`;
  }
  if (state.migrations === null && state.tables.length > 0) {
    return `it has tables IPS Bridge did not create (${state.tables.slice(0, 6).join(', ')})`;
  }
  const applied = state.migrations ?? [];
  const ahead = applied.find((name, i) => manifest.migrations[i] !== name);
  if (ahead !== undefined) {
    return `its schema is at migration ${applied.at(-1)}, beyond or beside the backup's ${manifest.migrations.at(-1)}`;
  }
  return null;
}

/** The backup's migrations must be this version's first migrations, in order. */
export function checkCompatible(manifest: BackupManifest): void {
  const known = Object.keys(knownMigrations);
  if (manifest.migrations.length === 0) throw new BackupIncompatibleError('the backup lists no migrations');
  const unknown = manifest.migrations.find((name, i) => known[i] !== name);
  if (unknown !== undefined) {
    throw new BackupIncompatibleError(
      `the backup's schema includes migration ${unknown}, which this IPS Bridge does not have: restore it with ` +
        `IPS Bridge ${manifest.appVersion} or newer`,
    );
  }
}

/**
 * Deletes every object in the current schema (tables with their rows, the audit log included, views, sequences,
 * functions, types), leaving a blank schema: views first, then tables (with the sequences they own), other
 * sequences, routines and types. Objects that belong to extensions are left alone. One transaction.
 */
export async function cleanTarget(db: AnyDb): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const objects = await rows<{ statement: string }>(
      trx,
      `WITH schema AS (SELECT oid FROM pg_namespace WHERE nspname = current_schema()),
       owned_by_extension AS (SELECT objid FROM pg_depend WHERE deptype = 'e')
       SELECT statement FROM (
         SELECT CASE WHEN c.relkind IN ('v', 'm') THEN 1 WHEN c.relkind = 'S' THEN 3 ELSE 2 END AS step,
                format('DROP %s IF EXISTS %I.%I CASCADE',
                  CASE c.relkind WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'v' THEN 'VIEW'
                                 WHEN 'S' THEN 'SEQUENCE' WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END,
                  current_schema(), c.relname) AS statement, c.relname::text AS name
           FROM pg_class c
          WHERE c.relnamespace = (SELECT oid FROM schema) AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
            AND NOT c.relispartition AND c.oid NOT IN (SELECT objid FROM owned_by_extension)
         UNION ALL
         SELECT 4, format('DROP %s IF EXISTS %s CASCADE', CASE p.prokind WHEN 'a' THEN 'AGGREGATE' ELSE 'ROUTINE' END,
                          p.oid::regprocedure), p.proname::text
           FROM pg_proc p
          WHERE p.pronamespace = (SELECT oid FROM schema) AND p.oid NOT IN (SELECT objid FROM owned_by_extension)
         UNION ALL
         SELECT 5, format('DROP TYPE IF EXISTS %I.%I CASCADE', current_schema(), t.typname), t.typname::text
           FROM pg_type t
          WHERE t.typnamespace = (SELECT oid FROM schema) AND t.oid NOT IN (SELECT objid FROM owned_by_extension)
            AND (t.typtype IN ('e', 'd', 'r', 'm')
                 OR (t.typtype = 'c' AND (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c'))
       ) AS drops
       ORDER BY step, name`,
    );
    for (const { statement } of objects) await rows(trx, statement);
  });
}

async function migrateTo(db: AnyDb, name: string): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => knownMigrations } });
  const result = await migrator.migrateTo(name);
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Migration ${failed} failed: ${String(result.error)}`, { cause: result.error });
  }
}

export interface RestoreOptions {
  /** Delete everything in a target that is not empty (or not at the backup's schema) first. */
  clean?: boolean;
  /** With `clean`: asked, with the reason, before anything is deleted; resolving false refuses the restore. */
  confirmClean?: (problem: string) => Promise<boolean>;
  /** Called with the manifest once the whole file has been checked, before the database is touched. */
  onManifest?: (manifest: BackupManifest) => void;
}

export interface RestoreResult {
  manifest: BackupManifest;
  /** Each table as verified after loading: rows and checksum equal to the manifest's. */
  tables: Array<{ name: string; rows: number; checksum: string }>;
  cleaned: boolean;
  /** Migrations newer than the backup, applied after the verified load. */
  migratedAfter: string[];
  /**
   * The audit log's hash chain recomputed over the restored rows (null: the backup predates the chain). A break is
   * reported here, not refused: the rows are exactly the backup's, and the break was already in the source.
   */
  auditChain: AuditChainReport | null;
}

/**
 * Restores a backup file into an empty database:
 *  1. reads and checks the whole file first (a damaged or cut-off file stops here, with the database untouched);
 *  2. refuses a target that holds data or a different schema, unless `clean` (then empties it);
 *  3. migrates the target to the backup's migration level;
 *  4. in one transaction: loads every table with foreign keys and user triggers set aside (triggers would rewrite
 *     rows; foreign keys are checked in full when added back), sets the sequences, and compares every table's row
 *     count and checksum with the manifest; any difference rolls the load back; then recomputes the audit hash
 *     chain over the restored audit log (reported in the result);
 *  5. applies the migrations this version has beyond the backup's level.
 */
export async function restoreBackup(
  db: AnyDb,
  file: string,
  options: RestoreOptions = {},
): Promise<RestoreResult> {
  let manifest: BackupManifest;
  try {
    manifest = await inspectBackupFile(file);
  } catch (error) {
    if (error instanceof BackupFileError) {
      throw new BackupFileError(`${error.message}. Nothing was restored; the database was not changed.`, {
        cause: error,
      });
    }
    throw error;
  }
  options.onManifest?.(manifest);
  checkCompatible(manifest);

  const problem = targetProblem(await inspectTarget(db), manifest);
  let cleaned = false;
  if (problem) {
    if (!options.clean) {
      throw new RestoreRefusedError(
        `The target database is not empty: ${problem}. Restore into an empty database (a new DATA_DIR, or a new ` +
          'database at DATABASE_URL), or clean it first (ips-bridge restore --force-clean). Nothing was changed.',
      );
    }
    if (options.confirmClean && !(await options.confirmClean(problem))) {
      throw new RestoreRefusedError('The clean was not confirmed. Nothing was changed.');
    }
    await cleanTarget(db);
    cleaned = true;
  }

  const level = manifest.migrations.at(-1) ?? '';
  await migrateTo(db, level);

  const { tables, auditChain } = await db.transaction().execute(async (trx) => {
    await applySessionSettings(trx);
    const target = new Map((await listTables(trx)).map((t) => [t.name, t]));
    for (const table of manifest.tables) checkTableMatches(table, target.get(table.name), level);

    const all = [...target.keys()];
    if (all.length > 0)
      await rows(trx, `LOCK TABLE ${all.map(quoteIdent).join(', ')} IN ACCESS EXCLUSIVE MODE`);
    const written = await tablesWithRows(trx, all);
    if (written.length > 0) {
      throw new RestoreRefusedError(
        `Rows appeared in ${written.join(', ')} during the restore; nothing was restored`,
      );
    }

    const foreignKeys = await rows<{ table: string; name: string; definition: string }>(
      trx,
      `SELECT c.relname AS table, k.conname AS name, pg_get_constraintdef(k.oid) AS definition
         FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE k.contype = 'f' AND n.nspname = current_schema()
        ORDER BY c.relname, k.conname`,
    );
    for (const fk of foreignKeys) {
      await rows(trx, `ALTER TABLE ${quoteIdent(fk.table)} DROP CONSTRAINT ${quoteIdent(fk.name)}`);
    }
    for (const table of manifest.tables) {
      await rows(trx, `ALTER TABLE ${quoteIdent(table.name)} DISABLE TRIGGER USER`);
    }

    for await (const event of readBackup(file)) {
      if (event.kind !== 'rows') continue;
      const info = target.get(event.table.name);
      if (!info) continue;
      try {
        await insertRows(trx, info, event.rows);
      } catch (error) {
        throw new RestoreVerificationError(
          `table ${info.name}: a row of the backup does not load (${(error as Error).message}); the load was rolled back`,
        );
      }
    }

    for (const sequence of manifest.sequences) {
      const [found] = await rows<{ present: boolean }>(
        trx,
        'SELECT to_regclass(quote_ident($1)) IS NOT NULL AS present',
        [sequence.name],
      );
      if (!found?.present) {
        throw new BackupIncompatibleError(
          `sequence ${sequence.name} of the backup is not in the database at ${level}`,
        );
      }
      await rows(trx, 'SELECT setval(quote_ident($1)::regclass, $2::bigint, $3)', [
        sequence.name,
        sequence.lastValue,
        sequence.isCalled,
      ]);
    }

    for (const fk of foreignKeys) {
      try {
        await rows(
          trx,
          `ALTER TABLE ${quoteIdent(fk.table)} ADD CONSTRAINT ${quoteIdent(fk.name)} ${fk.definition}`,
        );
      } catch (error) {
        throw new RestoreVerificationError(
          `the restored rows break foreign key ${fk.name} on ${fk.table} (${(error as Error).message}); the load was rolled back`,
        );
      }
    }
    for (const table of manifest.tables) {
      await rows(trx, `ALTER TABLE ${quoteIdent(table.name)} ENABLE TRIGGER USER`);
    }

    const verified: RestoreResult['tables'] = [];
    const mismatches: string[] = [];
    for (const table of manifest.tables) {
      const actual = await tableChecksum(trx, table.name);
      if (actual.rows !== table.rows) {
        mismatches.push(`${table.name}: ${actual.rows} rows, the backup has ${table.rows}`);
      } else if (actual.checksum !== table.checksum) {
        mismatches.push(`${table.name}: checksum ${actual.checksum}, the backup has ${table.checksum}`);
      }
      verified.push({ name: table.name, ...actual });
    }
    if (mismatches.length > 0) {
      throw new RestoreVerificationError(
        `The restored data does not match the backup, so the load was rolled back:\n  ${mismatches.join('\n  ')}`,
      );
    }
    const chain = (await hasAuditChain(trx)) ? await verifyAuditChain(trx) : null;
    return { tables: verified, auditChain: chain };
  });

  const migratedAfter = (await migrateToLatest(db)).applied;
  return { manifest, tables, cleaned, migratedAfter, auditChain };
}

function checkTableMatches(table: BackupTable, target: TableInfo | undefined, level: string): void {
  if (!target) {
    throw new BackupIncompatibleError(
      `table ${table.name} of the backup is not in the database at migration ${level}`,
    );
  }
  const describe = (columns: BackupTable['columns']) => columns.map((c) => `${c.name} ${c.type}`).join(', ');
  if (describe(table.columns) !== describe(target.columns)) {
    throw new BackupIncompatibleError(
      `table ${table.name} differs from the one migration ${level} creates:\n  backup:   ${describe(table.columns)}\n` +
        `  database: ${describe(target.columns)}`,
    );
  }
}

/**
 * Inserts COPY text values: one array parameter per column, unnest()ed and cast to the column's type by
 * PostgreSQL's own input functions, exactly as COPY would read them. Types and names come from the target's
 * catalogue (checked equal to the manifest's), never from the file.
 */
async function insertRows(trx: AnyDb, table: TableInfo, values: Array<Array<string | null>>): Promise<void> {
  const columns = table.columns;
  const statement =
    `INSERT INTO ${quoteIdent(table.name)} (${columns.map((c) => quoteIdent(c.name)).join(', ')}) ` +
    `OVERRIDING SYSTEM VALUE SELECT ${columns.map((c, i) => `v${i}::${c.type}`).join(', ')} ` +
    `FROM unnest(${columns.map((_, i) => `$${i + 1}::text[]`).join(', ')}) AS u(${columns.map((_, i) => `v${i}`).join(', ')})`;
  const parameters = columns.map((_, i) => values.map((row) => row[i] ?? null));
  await rows(trx, statement, parameters);
}
