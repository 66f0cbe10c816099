import { postRaw } from './client.ts';
import { ApiError, type Problem, toProblem } from './problem.ts';

/** What can be imported, in the order it has to be done: jobs refer to participants and employers. */
export const IMPORT_ENTITIES = ['participants', 'employers', 'jobs'] as const;
export type ImportEntity = (typeof IMPORT_ENTITIES)[number];

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_CONTENT_TYPE = 'text/csv';

/** One problem in the file: the line (1 is the header row), the field or column, a code and the server's text. */
export interface ImportProblem {
  line: number;
  field: string;
  code: string;
  message: string;
}

export interface ImportReport {
  entity: ImportEntity;
  dryRun: boolean;
  rowsRead: number;
  /** Rows written: 0 after a dry run or when any row had a problem (all or nothing). */
  imported: number;
  problemCount: number;
  /** The first problems (the server lists at most 1 000; problemCount counts them all). */
  problems: ImportProblem[];
}

/** One line of the streamed answer (`Accept: application/x-ndjson`). */
export type ImportStreamEvent =
  | { type: 'progress'; rowsRead: number }
  | ({ type: 'report' } & ImportReport)
  | { type: 'error'; code: string; message: string };

/**
 * Splits streamed NDJSON text into its complete lines. `buffered` is what was left over from earlier chunks plus the
 * new chunk; the text after the last newline is not a whole line yet and comes back as `rest`, to be put in front
 * of the next chunk. At the end of the stream (`end`), that last piece is a line too. Blank lines are skipped and
 * CRLF line ends are allowed.
 */
export function splitNdjsonLines(buffered: string, end = false): { lines: string[]; rest: string } {
  const cut = end ? buffered.length : buffered.lastIndexOf('\n');
  if (cut === -1) return { lines: [], rest: buffered };
  const lines = buffered
    .slice(0, cut)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return { lines, rest: end ? '' : buffered.slice(cut + 1) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads one NDJSON line as an import event; anything else (bad JSON, unknown type) gives null. */
export function parseImportEvent(line: string): ImportStreamEvent | null {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return null;
  }
  if (!isRecord(value)) return null;
  if (value.type === 'progress' && typeof value.rowsRead === 'number') {
    return { type: 'progress', rowsRead: value.rowsRead };
  }
  if (value.type === 'error') {
    return {
      type: 'error',
      code: typeof value.code === 'string' ? value.code : 'unknown',
      message: typeof value.message === 'string' ? value.message : '',
    };
  }
  if (
    value.type === 'report' &&
    typeof value.rowsRead === 'number' &&
    typeof value.imported === 'number' &&
    typeof value.problemCount === 'number' &&
    Array.isArray(value.problems)
  ) {
    return { ...(value as unknown as ImportReport), type: 'report' };
  }
  return null;
}

/** The Content-Type the server reads the file by: XLSX by its name (or the browser's type), else CSV. */
export function importContentType(file: { name: string; type: string }): string {
  return file.type === XLSX_CONTENT_TYPE || /\.xlsx$/i.test(file.name) ? XLSX_CONTENT_TYPE : CSV_CONTENT_TYPE;
}

function incompleteAnswer(): ApiError {
  return new ApiError({ title: 'The answer ended early', status: 0, code: 'network_error' });
}

function streamProblem(event: { code: string; message: string }): Problem {
  return { title: event.message, status: 422, code: event.code };
}

async function problemFrom(response: Response): Promise<ApiError> {
  let body: unknown;
  try {
    body = JSON.parse(await response.text());
  } catch {
    body = undefined;
  }
  return new ApiError(toProblem(response.status, response.statusText, body));
}

export interface RunImportOptions {
  dryRun: boolean;
  /** Called with the number of rows read so far, as the server reports them (every 500 rows and at the end). */
  onProgress?: (rowsRead: number) => void;
  signal?: AbortSignal;
}

/**
 * Sends a spreadsheet to `POST /api/imports/:entity` and reads the streamed answer as it comes: progress lines go
 * to `onProgress`, the final report is returned. A problem+json answer, an error line in the stream or a broken
 * stream become an ApiError, as for the other API calls.
 */
export async function runImport(
  entity: ImportEntity,
  file: File,
  { dryRun, onProgress, signal }: RunImportOptions,
): Promise<ImportReport> {
  const path = `/api/imports/${encodeURIComponent(entity)}?${new URLSearchParams({ dryRun: String(dryRun) })}`;
  const response = await postRaw(
    path,
    file,
    {
      accept: 'application/x-ndjson, application/problem+json',
      'content-type': importContentType(file),
    },
    signal,
  );
  if (!response.ok) throw await problemFrom(response);
  if (!(response.headers.get('content-type') ?? '').includes('ndjson') || response.body === null) {
    // An answer that is not streamed is the report itself.
    const body: unknown = await response.json().catch(() => null);
    const event = isRecord(body) ? parseImportEvent(JSON.stringify({ ...body, type: 'report' })) : null;
    if (event?.type !== 'report') throw incompleteAnswer();
    return withoutType(event);
  }

  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffered = '';
  let report: ImportReport | null = null;
  const read = (lines: string[]): void => {
    for (const line of lines) {
      const event = parseImportEvent(line);
      if (event?.type === 'progress') onProgress?.(event.rowsRead);
      else if (event?.type === 'error') throw new ApiError(streamProblem(event));
      else if (event?.type === 'report') report = withoutType(event);
    }
  };
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const { lines, rest } = splitNdjsonLines(buffered + decoder.decode(value, { stream: true }));
      buffered = rest;
      read(lines);
    }
    read(splitNdjsonLines(buffered + decoder.decode(), true).lines);
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    throw error instanceof ApiError ? error : incompleteAnswer();
  }
  return finalReport(report);
}

function withoutType({ type: _type, ...report }: ImportReport & { type: 'report' }): ImportReport {
  return report;
}

function finalReport(report: ImportReport | null): ImportReport {
  if (report === null) throw incompleteAnswer();
  return report;
}
