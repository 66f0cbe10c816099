import { type DbOrTrx, readSubjectRows, type SubjectRow } from '@ips-bridge/db';
import type { InformationCategory } from '@ips-bridge/domain';
import type { ParticipantScope } from '../http/participant-access.ts';
import { type ExportCategory, subjectTables } from './processing-register.ts';

export const EXPORT_FORMAT = 'ips-bridge/participant-export';
export const EXPORT_FORMAT_VERSION = 1;

export interface ExportTable {
  /** The information category the rows belong to (`subject_only`: shown to the jobseeker alone). */
  category: ExportCategory;
  rows: SubjectRow[];
}

export interface ParticipantExport {
  format: typeof EXPORT_FORMAT;
  formatVersion: number;
  exportedAt: string;
  participantId: string;
  /** complete: everything (the jobseeker's own export); limited: only what this reader may read now. */
  completeness: 'complete' | 'limited';
  tables: Record<string, ExportTable>;
  /** What a limited export leaves out, by table (and column), so the reader knows it is not the whole record. */
  withheld: { table: string; column: string | null; rows: number | null }[];
}

/**
 * Every row about one participant in every table the record of processing ties to a participant. The jobseeker
 * gets all of it (GDPR art. 15 and 20); a staff reader only the tables, rows and columns in categories they may read
 * now, and an account of what was left out.
 */
export async function buildParticipantExport(
  trx: DbOrTrx,
  participantId: string,
  scope: ParticipantScope,
  now: Date,
): Promise<ParticipantExport> {
  const complete = scope.basis === 'own-record';
  const may = (category: unknown): boolean =>
    complete || (category !== 'subject_only' && scope.readable.has(category as InformationCategory));

  const tables: Record<string, ExportTable> = {};
  const withheld: ParticipantExport['withheld'] = [];
  for (const { table, subject } of subjectTables()) {
    if (!may(subject.category)) {
      // Not even the number of rows is read for a reader who may not see the table.
      withheld.push({ table, column: null, rows: null });
      continue;
    }
    const all = await readSubjectRows(trx, table, subject.link, participantId);
    const rowColumn = subject.rowCategoryColumn;
    // A row without a category of its own (a meeting minute that is not a therapist's health entry) goes with the table.
    const rows = rowColumn ? all.filter((r) => r[rowColumn] === null || may(r[rowColumn])) : all;
    if (rows.length < all.length) withheld.push({ table, column: null, rows: all.length - rows.length });
    for (const [column, category] of Object.entries(subject.columnCategories ?? {})) {
      if (may(category) || rows.length === 0) continue;
      for (const row of rows) row[column] = null;
      withheld.push({ table, column, rows: rows.length });
    }
    tables[table] = { category: subject.category, rows };
  }
  return {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    participantId,
    completeness: complete ? 'complete' : 'limited',
    tables,
    withheld,
  };
}
