import type { CliffFlag, EstimateResult, NetIncomePoint, WorkScenario } from '@ips-bridge/domain';

/**
 * Where more hours stop paying off, found from the estimate's key figures and the net-income curve, so the page
 * can name each one in words, mark it on the chart and list it in the printed summary.
 */
export type Cliff =
  /** AAP stops for a period with more hours than `hours` a week. */
  | {
      kind: 'aap_stops';
      hours: number;
      before: NetIncomePoint | null;
      after: NetIncomePoint | null;
    }
  /** Uføretrygd is reduced above `income` a year; `hours` at the current wage and weeks, null without wages. */
  | { kind: 'ufore_reduced'; income: number; hours: number | null }
  /** Uføretrygd stops for the whole year above `income`. */
  | {
      kind: 'ufore_stops';
      income: number;
      hours: number | null;
      before: NetIncomePoint | null;
      after: NetIncomePoint | null;
    }
  /** Wages replace sosialhjelp krone for krone. */
  | { kind: 'sosialhjelp_reduced' }
  /** Sosialhjelp stops from `hours` a week (null: not within the curve). */
  | { kind: 'sosialhjelp_ends'; hours: number | null }
  /** From `from` to `to` hours a week the person has less than without work. */
  | { kind: 'less_than_without'; from: number; to: number; shortfall: number };

/**
 * A stretch of "less than without work" is named only when it costs at least this much a month: smaller
 * differences come from rounding each monthly amount to whole kroner, not from a rule.
 */
export const MIN_NAMED_SHORTFALL = 100;

/** Hours a week that give exactly `yearlyIncome` at the scenario's wage and weeks; null when the work pays nothing. */
function exactHoursForIncome(yearlyIncome: number, work: WorkScenario): number | null {
  const perHourOfWeek = work.hourlyWage * work.weeksPerYear;
  if (perHourOfWeek <= 0) return null;
  return yearlyIncome / perHourOfWeek;
}

/** The same, to one decimal, for showing ("about 33.4 hours a week"). */
export function hoursForIncome(yearlyIncome: number, work: WorkScenario): number | null {
  const exact = exactHoursForIncome(yearlyIncome, work);
  return exact === null ? null : Math.round(exact * 10) / 10;
}

function lastAtOrBelow(curve: readonly NetIncomePoint[], hours: number): NetIncomePoint | null {
  let found: NetIncomePoint | null = null;
  for (const point of curve) if (point.hoursPerWeek <= hours) found = point;
  return found;
}

function firstAbove(curve: readonly NetIncomePoint[], hours: number): NetIncomePoint | null {
  return curve.find((point) => point.hoursPerWeek > hours) ?? null;
}

function firstWith(curve: readonly NetIncomePoint[], flag: CliffFlag): NetIncomePoint | null {
  return curve.find((point) => point.flags.includes(flag)) ?? null;
}

/** Stretches of the curve with the `net_below_no_work` flag that cost at least MIN_NAMED_SHORTFALL a month. */
function lessThanWithout(curve: readonly NetIncomePoint[], baselineMonthly: number): Cliff[] {
  const stretches: Cliff[] = [];
  let start: NetIncomePoint | null = null;
  let end: NetIncomePoint | null = null;
  let shortfall = 0;
  const close = () => {
    if (start && end && shortfall >= MIN_NAMED_SHORTFALL) {
      stretches.push({
        kind: 'less_than_without',
        from: start.hoursPerWeek,
        to: end.hoursPerWeek,
        shortfall,
      });
    }
    start = null;
    end = null;
    shortfall = 0;
  };
  for (const point of curve) {
    if (point.flags.includes('net_below_no_work')) {
      start ??= point;
      end = point;
      shortfall = Math.max(shortfall, baselineMonthly - point.netMonthly);
    } else {
      close();
    }
  }
  close();
  return stretches;
}

export function findCliffs(
  result: EstimateResult,
  curve: readonly NetIncomePoint[],
  work: WorkScenario,
): Cliff[] {
  const cliffs: Cliff[] = [];
  const key = result.keyFigures;
  switch (key.kind) {
    case 'aap':
      cliffs.push({
        kind: 'aap_stops',
        hours: key.maxHoursPerWeek,
        before: lastAtOrBelow(curve, key.maxHoursPerWeek),
        after: firstAbove(curve, key.maxHoursPerWeek),
      });
      break;
    case 'uforetrygd': {
      cliffs.push({
        kind: 'ufore_reduced',
        income: key.incomeLimit,
        hours: hoursForIncome(key.incomeLimit, work),
      });
      // The points on each side of the cap come from the exact hours: 38.96 hours rounds to 39, which is over it.
      const capHours = exactHoursForIncome(key.incomeCap, work);
      cliffs.push({
        kind: 'ufore_stops',
        income: key.incomeCap,
        hours: hoursForIncome(key.incomeCap, work),
        before: capHours === null ? null : lastAtOrBelow(curve, capHours),
        after: capHours === null ? null : firstAbove(curve, capHours),
      });
      break;
    }
    case 'sosialhjelp': {
      cliffs.push({ kind: 'sosialhjelp_reduced' });
      cliffs.push({
        kind: 'sosialhjelp_ends',
        hours: firstWith(curve, 'sosialhjelp_ends')?.hoursPerWeek ?? null,
      });
      break;
    }
    case 'none':
      break;
  }
  cliffs.push(...lessThanWithout(curve, result.baseline.net.monthly));
  return cliffs;
}

/** A line to draw on the chart: where a cliff is, within the curve's hours. */
export interface CliffMarker {
  kind: 'aap_stops' | 'ufore_reduced' | 'ufore_stops' | 'sosialhjelp_ends';
  hours: number;
}

export function cliffMarkers(cliffs: readonly Cliff[], maxHours: number): CliffMarker[] {
  const markers: CliffMarker[] = [];
  for (const cliff of cliffs) {
    if (cliff.kind === 'aap_stops' || cliff.kind === 'ufore_reduced' || cliff.kind === 'ufore_stops') {
      if (cliff.hours !== null && cliff.hours <= maxHours)
        markers.push({ kind: cliff.kind, hours: cliff.hours });
    } else if (cliff.kind === 'sosialhjelp_ends' && cliff.hours !== null) {
      markers.push({ kind: cliff.kind, hours: cliff.hours });
    }
  }
  return markers;
}

/**
 * The points to list in the chart's table: every whole hour, and the points on both sides of every change in the
 * notes (so 22.5 hours, the last with AAP, is listed as well as 23).
 */
export function tablePoints(curve: readonly NetIncomePoint[]): NetIncomePoint[] {
  const flagsOf = (point: NetIncomePoint | undefined) => point?.flags.join() ?? null;
  return curve.filter((point, index) => {
    if (Number.isInteger(point.hoursPerWeek)) return true;
    const here = flagsOf(point);
    const before = flagsOf(curve[index - 1]);
    const after = flagsOf(curve[index + 1]);
    return (before !== null && before !== here) || (after !== null && after !== here);
  });
}
