import { noRuleDataError } from '../errors.ts';
import type { DatedSeries, ResolvedParameter } from './types.ts';

function resolved<T>(id: string, entry: DatedSeries<T>[number]): ResolvedParameter<T> {
  return {
    id,
    value: entry.value,
    law: entry.law,
    source: entry.source,
    confidence: entry.confidence,
    verified: entry.verified,
    ...(entry.note === undefined ? {} : { note: entry.note }),
  };
}

/** The value in force on a date; throws a `no_rule_data` error naming the year when none is. */
export function valueOnDate<T>(id: string, series: DatedSeries<T>, date: string): ResolvedParameter<T> {
  const entry = series.find((e) => e.from <= date && (e.to === undefined || e.to >= date));
  if (!entry) throw noRuleDataError(Number(date.slice(0, 4)), id, `has no value on ${date}`);
  return resolved(id, entry);
}

/**
 * The one value in force for the whole calendar year. A year with no value, with a value for only part of it,
 * or with a change inside it has no usable data: a change inside a year needs a decision on how to weigh the
 * months, which the data cannot make on its own, so the lookup refuses rather than guesses.
 */
export function valueForYear<T>(id: string, series: DatedSeries<T>, year: number): ResolvedParameter<T> {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const overlapping = series.filter((e) => e.from <= end && (e.to === undefined || e.to >= start));
  const [entry, ...more] = overlapping;
  if (!entry) throw noRuleDataError(year, id, 'has no value');
  if (more.length > 0) throw noRuleDataError(year, id, 'changes during the year');
  if (entry.from > start || (entry.to !== undefined && entry.to < end)) {
    throw noRuleDataError(year, id, 'covers only part of the year');
  }
  return resolved(id, entry);
}
