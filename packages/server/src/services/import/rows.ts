import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';

/** One data row of an import file: its line number (1 = the header) and its cells by lower-cased column name. */
export interface ImportRow {
  line: number;
  cells: Record<string, string>;
}

export type ImportFormat = 'csv' | 'xlsx';

const normaliseHeader = (name: string) => name.trim().toLowerCase().replace(/\s+/g, '_');

/**
 * Reads rows one at a time from a CSV (comma or semicolon separated, as Norwegian spreadsheets export it, with an
 * optional byte-order mark) or from the first sheet of an XLSX workbook, without holding the file in memory.
 */
export async function* readImportRows(input: Readable, format: ImportFormat): AsyncGenerator<ImportRow> {
  if (format === 'csv') {
    const parser = input.pipe(
      parse({
        bom: true,
        delimiter: [';', ','],
        columns: (header: string[]) => header.map(normaliseHeader),
        skip_empty_lines: true,
        trim: true,
        relax_column_count: true,
        info: true,
      }),
    );
    for await (const record of parser as AsyncIterable<{
      record: Record<string, string>;
      info: { lines: number };
    }>) {
      yield { line: record.info.lines, cells: record.record };
    }
    return;
  }
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache',
    worksheets: 'emit',
  });
  for await (const sheet of workbook) {
    let header: string[] | null = null;
    for await (const row of sheet) {
      const values = (row.values as unknown[]).slice(1).map((v) => cellText(v));
      if (header === null) {
        header = values.map(normaliseHeader);
        continue;
      }
      if (values.every((v) => v === '')) continue;
      const cells: Record<string, string> = {};
      header.forEach((name, i) => {
        cells[name] = values[i] ?? '';
      });
      yield { line: row.number, cells };
    }
    return; // the first sheet only
  }
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { text?: unknown; result?: unknown; richText?: { text: string }[] };
    if (Array.isArray(v.richText))
      return v.richText
        .map((t) => t.text)
        .join('')
        .trim();
    if (v.text !== undefined) return String(v.text).trim();
    if (v.result !== undefined) return cellText(v.result);
    return '';
  }
  return String(value).trim();
}
