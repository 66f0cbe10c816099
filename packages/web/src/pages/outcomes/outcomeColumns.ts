import type { Language } from '../../i18n/catalogue.ts';
import { formatNumber } from '../../i18n/format.ts';

/** The figures of an outcome table, in order, with the catalogue key of their column heading (outcomes.table.*). */
export const OUTCOME_COLUMNS = [
  { key: 'served', label: 'served' },
  { key: 'inCompetitiveWork', label: 'inWork' },
  { key: 'competitiveWorkPercent', label: 'share' },
  { key: 'jobStarts', label: 'jobStarts' },
  { key: 'educationStarts', label: 'educationStarts' },
  { key: 'medianDaysToFirstJob', label: 'medianDays' },
  { key: 'jobsHeld90Days', label: 'held90' },
] as const;

export type OutcomeColumn = (typeof OUTCOME_COLUMNS)[number]['key'];

/** A figure as a cell shows it: "–" when there is none, the share with its per cent sign. */
export function formatFigure(column: OutcomeColumn, value: number | null, language: Language): string {
  if (value === null) return '–';
  const n = formatNumber(value, language);
  return column === 'competitiveWorkPercent' ? `${n} %` : n;
}
