import type { Readable } from 'node:stream';

/**
 * The backup file: gzip-compressed text that is also a data-only psql script in pg_dump's plain format.
 *
 *   -- IPS Bridge backup …                          (FIRST_LINE)
 *   -- manifest: {"format":"ips-bridge-backup",…}   (one line of JSON: versions, migrations, rows and checksums)
 *   SET …;                                           (session settings the data is written in)
 *   COPY "table" ("col", …) FROM stdin;              (one block per table, in foreign-key order)
 *   value<TAB>value…                                 (PostgreSQL COPY text format, \N for NULL)
 *   \.
 *   SELECT pg_catalog.setval('"seq"', 42, true);     (sequence positions)
 *   -- end of IPS Bridge backup: N tables, M rows     (END_PREFIX: a file without it is incomplete)
 *
 * The schema is not in the file: it is the migrations named in the manifest, which are never edited once landed.
 */

export const BACKUP_FORMAT = 'ips-bridge-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const FIRST_LINE =
  '-- IPS Bridge backup (PostgreSQL COPY text format, data only; restore with `ips-bridge restore`)';
export const MANIFEST_PREFIX = '-- manifest: ';
export const END_PREFIX = '-- end of IPS Bridge backup: ';

/**
 * Settings both the backup and the restore run in: the text form of every value (and so the checksums) must not
 * depend on the server's or the session's time zone, date style or float output.
 */
export const SESSION_SETTINGS: ReadonlyArray<readonly [string, string]> = [
  ['standard_conforming_strings', 'on'],
  ['TimeZone', 'UTC'],
  ['DateStyle', 'ISO, YMD'],
  ['IntervalStyle', 'postgres'],
  ['extra_float_digits', '1'],
  ['bytea_output', 'hex'],
];

export interface BackupColumn {
  name: string;
  /** format_type() of the column, e.g. `timestamp with time zone`, `text[]`. */
  type: string;
}

export interface BackupTable {
  name: string;
  /** The columns in the file, in order (generated columns are left out: the database computes them). */
  columns: BackupColumn[];
  rows: number;
  /** See tableChecksums(): md5 over the count and the sums of every row's md5. */
  checksum: string;
}

export interface BackupSequence {
  name: string;
  /** bigint as text. */
  lastValue: string;
  isCalled: boolean;
}

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  formatVersion: typeof BACKUP_FORMAT_VERSION;
  appVersion: string;
  createdAt: string;
  postgresVersion: string;
  /** Every migration applied in the backed-up database, in order; the last is its migration level. */
  migrations: string[];
  tables: BackupTable[];
  sequences: BackupSequence[];
  totalRows: number;
}

/** The backup file cannot be used: not a backup, damaged, incomplete or inconsistent with its manifest. */
export class BackupFileError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'BackupFileError';
  }
}

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

export function copyStatement(table: Pick<BackupTable, 'name' | 'columns'>): string {
  return `COPY ${quoteIdent(table.name)} (${table.columns.map((c) => quoteIdent(c.name)).join(', ')}) FROM stdin;`;
}

export function setvalStatement(sequence: BackupSequence): string {
  const literal = quoteIdent(sequence.name).replaceAll("'", "''");
  return `SELECT pg_catalog.setval('${literal}', ${sequence.lastValue}, ${sequence.isCalled});`;
}

export function endLine(manifest: Pick<BackupManifest, 'tables' | 'totalRows'>): string {
  return `${END_PREFIX}${manifest.tables.length} tables, ${manifest.totalRows} rows`;
}

/** One value in COPY text format: backslash, newline, carriage return and tab escaped; NULL as \N. */
export function escapeCopyValue(value: string | null): string {
  if (value === null) return '\\N';
  return value.replace(/[\\\n\r\t]/g, (c) => COPY_ESCAPES[c] ?? c);
}

const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
const COPY_UNESCAPES: Record<string, string> = {
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
};

export function formatCopyLine(values: ReadonlyArray<string | null>): string {
  return values.map(escapeCopyValue).join('\t');
}

/**
 * Splits one COPY text line into its values. Handles the escapes PostgreSQL documents except octal and hex byte
 * escapes, which neither pg_dump's nor our writer emit for UTF-8 text; those are refused rather than guessed.
 */
export function parseCopyLine(line: string, columns: number): Array<string | null> {
  const fields = line.split('\t');
  if (fields.length !== columns) {
    throw new Error(`expected ${columns} values, found ${fields.length}`);
  }
  return fields.map((field) => {
    if (field === '\\N') return null;
    if (!field.includes('\\')) return field;
    return field.replace(/\\(.?)/g, (_, c: string) => {
      if (c === '') throw new Error('a value ends in a lone backslash');
      if (/[0-7x]/.test(c)) throw new Error(`unsupported escape \\${c}`);
      return COPY_UNESCAPES[c] ?? c;
    });
  });
}

/** Checks the parsed manifest line field by field, so a damaged or foreign file fails with a clear message. */
export function parseManifest(json: string): BackupManifest {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new BackupFileError('the manifest line is not valid JSON');
  }
  const problem = (what: string) => new BackupFileError(`the manifest is invalid: ${what}`);
  if (!isObject(value)) throw problem('not an object');
  if (value.format !== BACKUP_FORMAT) throw problem(`format is not ${BACKUP_FORMAT}`);
  if (value.formatVersion !== BACKUP_FORMAT_VERSION) {
    throw new BackupFileError(
      `the backup has format version ${String(value.formatVersion)}; this IPS Bridge reads version ${BACKUP_FORMAT_VERSION}`,
    );
  }
  for (const key of ['appVersion', 'createdAt', 'postgresVersion'] as const) {
    if (typeof value[key] !== 'string') throw problem(`${key} is missing`);
  }
  if (!Array.isArray(value.migrations) || !value.migrations.every((m) => typeof m === 'string')) {
    throw problem('migrations is not a list of names');
  }
  if (!Array.isArray(value.tables) || !value.tables.every(isTable)) throw problem('tables is malformed');
  if (!Array.isArray(value.sequences) || !value.sequences.every(isSequence)) {
    throw problem('sequences is malformed');
  }
  if (!isCount(value.totalRows)) throw problem('totalRows is missing');
  const manifest = value as unknown as BackupManifest;
  if (manifest.tables.reduce((sum, t) => sum + t.rows, 0) !== manifest.totalRows) {
    throw problem('totalRows is not the sum of the tables’ rows');
  }
  return manifest;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function isTable(value: unknown): boolean {
  return (
    isObject(value) &&
    typeof value.name === 'string' &&
    isCount(value.rows) &&
    typeof value.checksum === 'string' &&
    /^[0-9a-f]{32}$/.test(value.checksum) &&
    Array.isArray(value.columns) &&
    value.columns.length > 0 &&
    value.columns.every((c) => isObject(c) && typeof c.name === 'string' && typeof c.type === 'string')
  );
}

function isSequence(value: unknown): boolean {
  return (
    isObject(value) &&
    typeof value.name === 'string' &&
    typeof value.lastValue === 'string' &&
    /^-?[0-9]+$/.test(value.lastValue) &&
    typeof value.isCalled === 'boolean'
  );
}

/**
 * The lines of a stream, split on \n only (a value's own line breaks are escaped in COPY text; a lone \r is data).
 * Each line is decoded as UTF-8 whole, so a character split across chunks stays intact.
 */
export async function* readLines(stream: Readable): AsyncGenerator<string> {
  let pending: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let start = 0;
    for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, start)) {
      pending.push(chunk.subarray(start, at));
      yield Buffer.concat(pending).toString('utf8');
      pending = [];
      start = at + 1;
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  }
  if (pending.length > 0) yield Buffer.concat(pending).toString('utf8');
}
