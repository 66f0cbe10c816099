import { describe, expect, it } from 'vitest';
import { BenefitsInputError } from './errors.ts';
import type { EstimateInput } from './input.ts';
import { netIncomeCurve } from './net-income-curve.ts';

const aapInput: EstimateInput = {
  year: 2025,
  situation: { kind: 'aap', basisIncome: 0, age: 30, children: 0 },
  scenarios: [{ hoursPerWeek: 10, hourlyWage: 200, weeksPerYear: 52 }],
};

describe('netIncomeCurve', () => {
  it('gives 41 points from 0 to 40 hours by default, with the first scenario’s wage', () => {
    const points = netIncomeCurve(aapInput);
    expect(points.map((p) => p.hoursPerWeek)).toEqual(Array.from({ length: 41 }, (_, i) => i));
    // 0 hours: AAP minimum 261 485 / 12 = 21 790.4 → 21 790 a month, no work.
    expect(points[0]).toMatchObject({ hoursPerWeek: 0, workMonthly: 0, benefitsMonthly: 21_790 });
    // 10 hours: 10 × 200 × 52 = 104 000 → 8 667 a month.
    expect(points[10]?.workMonthly).toBe(8_667);
  });

  it('shows the AAP cliff between 22 and 23 hours (more than 60 % of 37.5)', () => {
    const points = netIncomeCurve(aapInput);
    const at22 = points[22];
    const at23 = points[23];
    expect(at22?.benefitsMonthly).toBeGreaterThan(0);
    expect(at23?.benefitsMonthly).toBe(0);
    expect(at23?.flags).toContain('aap_stops_above_60_percent');
    expect((at23?.netMonthly ?? 0) < (at22?.netMonthly ?? 0)).toBe(true);
  });

  it('adds the maximum as the last point when the step does not reach it exactly', () => {
    const points = netIncomeCurve(aapInput, { maxHoursPerWeek: 10, stepHours: 3 });
    expect(points.map((p) => p.hoursPerWeek)).toEqual([0, 3, 6, 9, 10]);
  });

  it('makes each point add up: net = work + benefits − tax', () => {
    for (const p of netIncomeCurve(aapInput, { stepHours: 0.5 })) {
      expect(p.netMonthly).toBe(p.workMonthly + p.benefitsMonthly - p.taxMonthly);
    }
  });

  it.each([
    { options: { stepHours: 0 }, field: 'options.stepHours', code: 'out_of_range' },
    { options: { stepHours: -1 }, field: 'options.stepHours', code: 'negative' },
    { options: { maxHoursPerWeek: 101 }, field: 'options.maxHoursPerWeek', code: 'too_high' },
    { options: { maxHoursPerWeek: 100, stepHours: 0.01 }, field: 'options.stepHours', code: 'too_many' },
  ])('rejects $options', ({ options, field, code }) => {
    expect(() => netIncomeCurve(aapInput, options)).toThrow(BenefitsInputError);
    try {
      netIncomeCurve(aapInput, options);
    } catch (error) {
      expect(error).toMatchObject({ field, code });
    }
  });
});
