import { osloDate, quarterPeriod } from '@ips-bridge/domain';
import type { OutcomeGrouping, OutcomeQuery } from '../../api/outcomes.ts';

/** The period as the page's form and address hold it: a year and a quarter, or the whole year. */
export interface PeriodChoice {
  year: number;
  part: 'year' | 1 | 2 | 3 | 4;
  groupBy: OutcomeGrouping;
}

const GROUPINGS: readonly OutcomeGrouping[] = ['team', 'specialist', 'region'];

/** The last whole quarter before `today`: what a quarterly report is about. */
export function defaultChoice(today: string = osloDate(new Date())): PeriodChoice {
  const year = Number(today.slice(0, 4));
  const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  return quarter === 1
    ? { year: year - 1, part: 4, groupBy: 'team' }
    : { year, part: (quarter - 1) as 1 | 2 | 3, groupBy: 'team' };
}

/** Reads the choice from the address (`?year=2026&part=3&groupBy=team`); anything unknown falls back to the default. */
export function choiceFromSearch(search: URLSearchParams, fallback: PeriodChoice): PeriodChoice {
  const year = Number(search.get('year'));
  const rawPart = search.get('part');
  const part = rawPart === 'year' ? 'year' : Number(rawPart);
  const groupBy = search.get('groupBy') as OutcomeGrouping | null;
  return {
    year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : fallback.year,
    part: part === 'year' || [1, 2, 3, 4].includes(part) ? (part as PeriodChoice['part']) : fallback.part,
    groupBy: groupBy && GROUPINGS.includes(groupBy) ? groupBy : fallback.groupBy,
  };
}

export function choiceToSearch(choice: PeriodChoice): URLSearchParams {
  return new URLSearchParams({
    year: String(choice.year),
    part: String(choice.part),
    groupBy: choice.groupBy,
  });
}

export function choiceToQuery(choice: PeriodChoice): OutcomeQuery {
  if (choice.part === 'year') {
    return { from: `${choice.year}-01-01`, to: `${choice.year}-12-31`, groupBy: choice.groupBy };
  }
  return { ...quarterPeriod(choice.year, choice.part), groupBy: choice.groupBy };
}

/** The two years (eight quarters) that end with the chosen period, for the trend. */
export function trendPeriod(choice: PeriodChoice): { from: string; to: string } {
  const { to } = choiceToQuery(choice);
  const endYear = Number(to.slice(0, 4));
  const endQuarter = Math.floor((Number(to.slice(5, 7)) - 1) / 3) + 1;
  // Seven quarters back from the last one.
  const index = endYear * 4 + (endQuarter - 1) - 7;
  const startYear = Math.floor(index / 4);
  const startQuarter = ((index % 4) + 1) as 1 | 2 | 3 | 4;
  return { from: quarterPeriod(startYear, startQuarter).from, to };
}
