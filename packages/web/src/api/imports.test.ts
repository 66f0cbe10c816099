import { describe, expect, it } from 'vitest';
import {
  CSV_CONTENT_TYPE,
  type ImportStreamEvent,
  importContentType,
  parseImportEvent,
  splitNdjsonLines,
  XLSX_CONTENT_TYPE,
} from './imports.ts';

/** Feeds chunks through splitNdjsonLines as the stream reader does, then ends the stream. */
function linesOf(chunks: string[]): string[] {
  const lines: string[] = [];
  let buffered = '';
  for (const chunk of chunks) {
    const split = splitNdjsonLines(buffered + chunk);
    lines.push(...split.lines);
    buffered = split.rest;
  }
  lines.push(...splitNdjsonLines(buffered, true).lines);
  return lines;
}

const progress = (n: number) => JSON.stringify({ type: 'progress', rowsRead: n });
const report = JSON.stringify({
  type: 'report',
  entity: 'participants',
  dryRun: true,
  rowsRead: 2,
  imported: 0,
  problemCount: 1,
  problems: [{ line: 3, field: 'nationalId', code: 'national_id_checksum', message: 'Invalid' }],
});

describe('splitNdjsonLines', () => {
  it('keeps a line split in the middle until the rest of it arrives', () => {
    expect(splitNdjsonLines('{"type":"prog')).toEqual({ lines: [], rest: '{"type":"prog' });
    expect(splitNdjsonLines('{"type":"progress","rowsRead":500}\n{"ty')).toEqual({
      lines: ['{"type":"progress","rowsRead":500}'],
      rest: '{"ty',
    });
    const text = `${progress(500)}\n${report}\n`;
    const chunks = [text.slice(0, 7), text.slice(7, 40), text.slice(40, 41), text.slice(41)];
    expect(linesOf(chunks)).toEqual([progress(500), report]);
  });

  it('gives every line when one chunk holds several', () => {
    expect(linesOf([`${progress(500)}\n${progress(1000)}\n${progress(1500)}\n`])).toEqual([
      progress(500),
      progress(1000),
      progress(1500),
    ]);
  });

  it('reads a last line without a newline when the stream ends', () => {
    expect(splitNdjsonLines(report)).toEqual({ lines: [], rest: report });
    expect(splitNdjsonLines(report, true)).toEqual({ lines: [report], rest: '' });
    expect(linesOf([`${progress(2)}\n`, report])).toEqual([progress(2), report]);
  });

  it('skips blank lines and allows CRLF', () => {
    expect(linesOf([`${progress(1)}\r\n\r\n`, `\n${progress(2)}\r\n`])).toEqual([progress(1), progress(2)]);
    expect(linesOf(['', '\n', ''])).toEqual([]);
  });

  it('splits byte by byte the same as all at once', () => {
    const text = `${progress(500)}\n${progress(1000)}\n${report}`;
    expect(linesOf([...text])).toEqual(linesOf([text]));
  });
});

describe('parseImportEvent', () => {
  it('reads progress, report and error lines', () => {
    expect(parseImportEvent(progress(500))).toEqual({ type: 'progress', rowsRead: 500 });
    const parsed = parseImportEvent(report) as Extract<ImportStreamEvent, { type: 'report' }>;
    expect(parsed).toMatchObject({ type: 'report', rowsRead: 2, problemCount: 1 });
    expect(parsed.problems[0]).toEqual({
      line: 3,
      field: 'nationalId',
      code: 'national_id_checksum',
      message: 'Invalid',
    });
    expect(
      parseImportEvent('{"type":"error","code":"payload_too_large","message":"The file could not be read"}'),
    ).toEqual({ type: 'error', code: 'payload_too_large', message: 'The file could not be read' });
  });

  it('gives null for anything else', () => {
    expect(parseImportEvent('not json')).toBeNull();
    expect(parseImportEvent('[1,2]')).toBeNull();
    expect(parseImportEvent('{"type":"progress"}')).toBeNull();
    expect(parseImportEvent('{"type":"report","rowsRead":1}')).toBeNull();
    expect(parseImportEvent('{"type":"other"}')).toBeNull();
  });
});

describe('importContentType', () => {
  it('sends XLSX files as XLSX and everything else as CSV', () => {
    expect(importContentType({ name: 'Deltakere.XLSX', type: '' })).toBe(XLSX_CONTENT_TYPE);
    expect(importContentType({ name: 'export', type: XLSX_CONTENT_TYPE })).toBe(XLSX_CONTENT_TYPE);
    expect(importContentType({ name: 'deltakere.csv', type: 'application/vnd.ms-excel' })).toBe(
      CSV_CONTENT_TYPE,
    );
  });
});
