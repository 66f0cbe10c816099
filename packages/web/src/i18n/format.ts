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
