import type { Language } from './catalogue.ts';

const INTL_LOCALE: Record<Language, string> = { nb: 'nb-NO', nn: 'nb-NO', en: 'en-GB' };

const formatters = new Map<Language, Intl.DateTimeFormat>();

function dateFormatter(language: Language): Intl.DateTimeFormat {
  let formatter = formatters.get(language);
  if (!formatter) {
    formatter =
      language === 'en'
        ? new Intl.DateTimeFormat(INTL_LOCALE.en, {
            day: 'numeric',
            month: 'short',
            year: 'numeric',
            timeZone: 'UTC',
          })
        : new Intl.DateTimeFormat(INTL_LOCALE[language], {
            day: '2-digit',
            month: '2-digit',
            year: 'numeric',
            timeZone: 'UTC',
          });
    formatters.set(language, formatter);
  }
  return formatter;
}

/** Formats a calendar date (`YYYY-MM-DD`): dd.mm.yyyy in Norwegian, "5 Mar 2024" in English. */
export function formatLocalDate(value: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return value;
  const [, year, month, day] = match.map(Number);
  if (year === undefined || month === undefined || day === undefined) return value;
  return dateFormatter(language).format(new Date(Date.UTC(year, month - 1, day)));
}

const dateTimeFormatters = new Map<Language, Intl.DateTimeFormat>();

/** Formats an instant (ISO 8601) as the date and time in Norway: "12.03.2026, 14:05" or "12 Mar 2026, 14:05". */
export function formatDateTime(value: string, language: Language): string {
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return value;
  let formatter = dateTimeFormatters.get(language);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(INTL_LOCALE[language], {
      day: language === 'en' ? 'numeric' : '2-digit',
      month: language === 'en' ? 'short' : '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: 'Europe/Oslo',
    });
    dateTimeFormatters.set(language, formatter);
  }
  return formatter.format(instant);
}

const yearMonthFormatters = new Map<Language, Intl.DateTimeFormat>();

/** Formats a month (`YYYY-MM`): "mars 2019" in Norwegian, "Mar 2019" in English. */
export function formatYearMonth(value: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})$/.exec(value);
  if (!match) return value;
  const year = Number(match[1]);
  const month = Number(match[2]);
  let formatter = yearMonthFormatters.get(language);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(INTL_LOCALE[language], {
      month: language === 'en' ? 'short' : 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    yearMonthFormatters.set(language, formatter);
  }
  return formatter.format(new Date(Date.UTC(year, month - 1, 1)));
}

/** A decimal number as people write it: "37,5" in Norwegian, "37.5" in English. */
export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(INTL_LOCALE[language], { maximumFractionDigits: 2 }).format(value);
}

/** An amount in Norwegian kroner: "185 kr" or "185,50 kr" in Norwegian, "NOK 185.50" in English. */
export function formatKroner(value: number, language: Language): string {
  const whole = Number.isInteger(value);
  return new Intl.NumberFormat(INTL_LOCALE[language], {
    style: 'currency',
    currency: 'NOK',
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  }).format(value);
}
