/** The server's limit for one uploaded file (larger files go through `ips-bridge import` on the server). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** What the file picker offers: CSV and XLSX, by extension and by type. */
export const IMPORT_FILE_ACCEPT =
  '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type ImportFileProblem = 'type' | 'oldExcel' | 'empty' | 'tooLarge';

/**
 * Checks a chosen file before it is sent: a .csv or .xlsx name (browsers disagree on the type of a CSV file, so the
 * name decides), not empty, and within the server's 50 MB. The server checks the content.
 */
export function checkImportFile(file: { name: string; size: number }): ImportFileProblem | null {
  const name = file.name.trim().toLowerCase();
  if (name.endsWith('.xls')) return 'oldExcel';
  if (!name.endsWith('.csv') && !name.endsWith('.xlsx')) return 'type';
  if (file.size === 0) return 'empty';
  if (file.size > MAX_IMPORT_BYTES) return 'tooLarge';
  return null;
}
