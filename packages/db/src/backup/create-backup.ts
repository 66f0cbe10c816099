import { open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import {
  type AnyDb,
  applySessionSettings,
  listTables,
  readMigrations,
  readSequences,
  rows,
  type TableInfo,
  tableChecksum,
} from './catalog.ts';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type BackupManifest,
  type BackupTable,
  copyStatement,
  endLine,
  FIRST_LINE,
  formatCopyLine,
  MANIFEST_PREFIX,
  quoteIdent,
  SESSION_SETTINGS,
  setvalStatement,
} from './format.ts';

export interface BackupOptions {
  /** The IPS Bridge version writing the backup, for the manifest. */
  appVersion: string;
  now?: Date;
  /** Rows fetched per round trip. */
  batchSize?: number;
}

/** Nothing to back up: the database has no IPS Bridge schema. */
export class BackupSourceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupSourceError';
  }
}

/**
 * Writes a backup of the application's tables to `destination` (gzip-compressed; see format.ts). Everything is
 * read in one REPEATABLE READ, READ ONLY transaction, so the counts, checksums and rows are one consistent snapshot
 * while the application keeps running. Writes nothing to the database. Resolves with the manifest once the last
 * byte is written; `end: false` leaves the destination open (standard output).
 */
export async function writeBackup(
  db: AnyDb,
  destination: Writable,
  options: BackupOptions & { end?: boolean },
): Promise<BackupManifest> {
  const batchSize = options.batchSize ?? 1000;
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (trx) => {
      await applySessionSettings(trx);
      const migrations = await readMigrations(trx);
      if (!migrations || migrations.length === 0) {
        throw new BackupSourceError(
          'the database has no IPS Bridge schema (no applied migrations): there is nothing to back up',
        );
      }
      const tables = await listTables(trx);
      const backupTables: BackupTable[] = [];
      for (const table of tables) {
        backupTables.push({
          name: table.name,
          columns: table.columns,
          ...(await tableChecksum(trx, table.name)),
        });
      }
      const [version] = await rows<{ server_version: string }>(trx, 'SHOW server_version');
      const manifest: BackupManifest = {
        format: BACKUP_FORMAT,
        formatVersion: BACKUP_FORMAT_VERSION,
        appVersion: options.appVersion,
        createdAt: (options.now ?? new Date()).toISOString(),
        postgresVersion: version?.server_version ?? 'unknown',
        migrations,
        tables: backupTables,
        sequences: await readSequences(trx),
        totalRows: backupTables.reduce((sum, t) => sum + t.rows, 0),
      };

      async function* content(): AsyncGenerator<string> {
        yield `${FIRST_LINE}\n${MANIFEST_PREFIX}${JSON.stringify(manifest)}\n--\n`;
        yield "SET client_encoding = 'UTF8';\n";
        for (const [name, value] of SESSION_SETTINGS) yield `SET ${name} = '${value}';\n`;
        for (const [index, table] of tables.entries()) {
          yield `\n${copyStatement(table)}\n`;
          const written = yield* tableRows(trx, table, batchSize);
          const expected = backupTables[index]?.rows;
          if (written !== expected) {
            throw new Error(`${table.name}: wrote ${written} rows, counted ${expected} in the same snapshot`);
          }
          yield '\\.\n';
        }
        yield '\n';
        for (const sequence of manifest.sequences) yield `${setvalStatement(sequence)}\n`;
        yield `\n${endLine(manifest)}\n`;
      }

      await pipeline(Readable.from(content()), createGzip(), destination, { end: options.end ?? true });
      return manifest;
    });
}

/** A table's rows as COPY text lines, through a cursor; returns how many it wrote. */
async function* tableRows(trx: AnyDb, table: TableInfo, batchSize: number): AsyncGenerator<string, number> {
  const select = table.columns.map((c, i) => `t.${quoteIdent(c.name)}::text AS c${i}`).join(', ');
  const order = table.primaryKey.length
    ? ` ORDER BY ${table.primaryKey.map((k) => `t.${quoteIdent(k.name)}${k.collatable ? ' COLLATE "C"' : ''}`).join(', ')}`
    : '';
  await rows(
    trx,
    `DECLARE backup_rows NO SCROLL CURSOR FOR SELECT ${select} FROM ${quoteIdent(table.name)} AS t${order}`,
  );
  let written = 0;
  for (;;) {
    const batch = await rows<Record<string, string | null>>(
      trx,
      `FETCH FORWARD ${batchSize} FROM backup_rows`,
    );
    if (batch.length === 0) break;
    let text = '';
    for (const row of batch) {
      text += `${formatCopyLine(table.columns.map((_, i) => row[`c${i}`] ?? null))}\n`;
    }
    written += batch.length;
    yield text;
  }
  await rows(trx, 'CLOSE backup_rows');
  return written;
}

export interface BackupFileResult {
  manifest: BackupManifest;
  file: string;
  bytes: number;
}

/**
 * Writes a backup to a new file, readable by its owner only. It is written beside the target as `.partial`,
 * flushed to disk and renamed, so `file` is either a complete backup or absent; an existing file is never
 * overwritten.
 */
export async function createBackupFile(
  db: AnyDb,
  file: string,
  options: BackupOptions,
): Promise<BackupFileResult> {
  const target = path.resolve(file);
  const partial = `${target}.partial`;
  if (await exists(target)) throw new BackupSourceError(`${target} already exists; choose another file name`);
  const handle = await open(partial, 'wx', 0o600).catch((error: NodeJS.ErrnoException) => {
    throw error.code === 'EEXIST'
      ? new BackupSourceError(
          `${partial} exists: another backup is being written there, or an earlier one failed (then delete it)`,
        )
      : error;
  });
  try {
    const manifest = await writeBackup(db, handle.createWriteStream(), options);
    await syncFile(partial);
    if (await exists(target))
      throw new BackupSourceError(`${target} already exists; choose another file name`);
    await rename(partial, target);
    await syncFile(path.dirname(target));
    return { manifest, file: target, bytes: (await stat(target)).size };
  } catch (error) {
    await handle.close().catch(() => {});
    await rm(partial, { force: true });
    throw error;
  }
}

/** fsync a file or folder, so the backup and its name survive a crash of the machine. */
async function syncFile(file: string): Promise<void> {
  const handle = await open(file, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}
