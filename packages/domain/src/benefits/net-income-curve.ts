import { BenefitsInputError } from './errors.ts';
import { prepareEstimate, runScenario } from './estimate.ts';
import type { EstimateInput } from './input.ts';
import { MAX_CURVE_POINTS, MAX_HOURS_PER_WEEK } from './limits.ts';
import { DEFAULT_RULES } from './rules/default-rules.ts';
import type { RuleSet } from './rules/types.ts';
import type { CliffFlag } from './texts/codes.ts';
import { assertValidInput, checkNumber } from './validate-input.ts';

export type NetIncomeCurveOptions = {
  /** Default 40. */
  readonly maxHoursPerWeek?: number;
  /** Default 1. */
  readonly stepHours?: number;
};

/** One point of the curve of net monthly income against hours worked per week (whole kroner). */
export type NetIncomePoint = {
  readonly hoursPerWeek: number;
  readonly netMonthly: number;
  readonly workMonthly: number;
  readonly benefitsMonthly: number;
  readonly taxMonthly: number;
  readonly flags: readonly CliffFlag[];
};

/**
 * Net monthly income for 0, step, 2·step … max hours a week, with the first scenario's wage and weeks, so a
 * chart can show where benefits step down or stop. The last point is always at `maxHoursPerWeek`.
 */
export function netIncomeCurve(
  input: EstimateInput,
  options: NetIncomeCurveOptions = {},
  rules: RuleSet = DEFAULT_RULES,
): NetIncomePoint[] {
  assertValidInput(input);
  const max = options.maxHoursPerWeek ?? 40;
  const step = options.stepHours ?? 1;
  checkNumber('options.maxHoursPerWeek', max, { min: 0, max: MAX_HOURS_PER_WEEK });
  checkNumber('options.stepHours', step, { min: 0, max: MAX_HOURS_PER_WEEK });
  if (step <= 0)
    throw new BenefitsInputError('options.stepHours', 'out_of_range', 'stepHours must be above 0.');
  const count = Math.floor(max / step + 1e-9) + 1;
  if (count > MAX_CURVE_POINTS) {
    throw new BenefitsInputError(
      'options.stepHours',
      'too_many',
      `A curve has at most ${MAX_CURVE_POINTS} points.`,
    );
  }
  const [first] = input.scenarios;
  if (!first) throw new BenefitsInputError('scenarios', 'too_few', 'Give at least 1 work scenario.');

  const { rules: r, maker, prepared, situationSteps } = prepareEstimate(input.situation, input.year, rules);
  const baseline = runScenario(
    prepared,
    situationSteps,
    r,
    maker,
    { hoursPerWeek: 0, hourlyWage: 0, weeksPerYear: 0 },
    null,
  );
  const hours: number[] = [];
  for (let i = 0; i < count; i++) hours.push(Math.round(i * step * 1e6) / 1e6);
  if ((hours[hours.length - 1] ?? 0) < max) hours.push(max);

  return hours.map((h) => {
    const result = runScenario(
      prepared,
      situationSteps,
      r,
      maker,
      { hoursPerWeek: h, hourlyWage: first.hourlyWage, weeksPerYear: first.weeksPerYear },
      baseline.net.yearly,
    );
    return {
      hoursPerWeek: h,
      netMonthly: result.net.monthly,
      workMonthly: result.work.monthly,
      benefitsMonthly: result.benefitsTotal.monthly,
      taxMonthly: result.tax.monthly,
      flags: result.flags,
    };
  });
}
