import type { Language } from '../i18n/catalogue.ts';

/**
 * Numbers and months as people type them. Norwegians write a decimal comma ("37,5") and often put spaces or "kr"
 * in amounts; months are written "03.2019" (or "2019-03"). Everything is sent to the server in its own format.
 */

/** A number typed with a comma or a point, spaces and an optional "kr"; null when empty, NaN when not a number. */
export function parseDecimal(value: string): number | null {
  const cleaned = value
    .replace(/kr\.?|nok/gi, '')
    .replace(/[\s\u00a0]/g, '')
    .replace(',', '.');
  if (cleaned === '') return null;
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return Number.NaN;
  return Number(cleaned);
}

/** A whole number, e.g. a year; null when empty, NaN when not a whole number. */
export function parseWholeNumber(value: string): number | null {
  const cleaned = value.trim();
  if (cleaned === '') return null;
  return /^\d+$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}

/** A month as `YYYY-MM` from "03.2019", "3/2019", "3-2019" or "2019-03"; null when it is not a month. */
export function parseYearMonth(value: string): string | null {
  const text = value.trim();
  const monthFirst = /^(\d{1,2})[./-](\d{4})$/.exec(text);
  const yearFirst = /^(\d{4})-(\d{1,2})$/.exec(text);
  const year = monthFirst?.[2] ?? yearFirst?.[1];
  const month = Number(monthFirst?.[1] ?? yearFirst?.[2]);
  if (year === undefined || !(month >= 1 && month <= 12)) return null;
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** A stored month (`YYYY-MM`) as it is typed in the form: "03.2019". */
export function yearMonthForInput(value: string | null | undefined): string {
  if (!value) return '';
  const match = /^(\d{4})-(\d{2})$/.exec(value);
  return match ? `${match[2]}.${match[1]}` : value;
}

/** A number as it is typed in the form: a decimal comma in Norwegian, a point in English, no grouping. */
export function decimalForInput(value: number | null | undefined, language: Language): string {
  if (value === null || value === undefined) return '';
  return language === 'en' ? String(value) : String(value).replace('.', ',');
}
