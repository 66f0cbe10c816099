/** Cell conversions for spreadsheets as Norwegian teams keep them: dd.mm.yyyy dates, decimal commas, ja/nei. */

/** `2026-11-22` or `22.11.2026` (also `22.11.26`) → `2026-11-22`; anything else is returned unchanged for the schema to reject. */
export function isoDate(cell: string | undefined): string | undefined {
  if (!cell) return undefined;
  const norwegian = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(cell);
  if (!norwegian) return cell;
  const [, d, m, y] = norwegian;
  const year = (y ?? '').length === 2 ? `20${y}` : y;
  return `${year}-${(m ?? '').padStart(2, '0')}-${(d ?? '').padStart(2, '0')}`;
}

/** `12,5` or `12.5` → 12.5; an empty cell → undefined; anything else → NaN for the schema to reject. */
export function decimal(cell: string | undefined): number | undefined {
  if (cell === undefined || cell === '') return undefined;
  const normalised = cell.replace(/\s/g, '').replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : Number.NaN;
}

const TRUE = new Set(['ja', 'j', 'yes', 'y', 'true', '1', 'x']);
const FALSE = new Set(['nei', 'n', 'no', 'false', '0', '']);

/** ja/nei, yes/no, true/false, 1/0 → boolean; anything else → undefined for the schema to reject. */
export function yesNo(cell: string | undefined): boolean | undefined {
  const value = (cell ?? '').trim().toLowerCase();
  if (TRUE.has(value)) return true;
  if (FALSE.has(value)) return false;
  return undefined;
}

export const orNull = (cell: string | undefined): string | null => (cell ? cell : null);
