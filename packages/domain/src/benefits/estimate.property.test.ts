import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateBenefits } from './estimate.ts';
import type { BenefitSituation, EstimateInput, WorkScenario } from './input.ts';
import type { ScenarioResult } from './result.ts';
import { RULE_YEARS } from './rules/default-rules.ts';

/**
 * Property tests (fast-check): 2 000 generated cases per property, a fixed seed so every run checks the same
 * cases, and shrinking so a failure is reported as the smallest input that breaks it.
 */
const RUNS = { numRuns: 2_000, seed: 20261122 };

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const uforetrygd: fc.Arbitrary<BenefitSituation> = fc
  .record({
    uforegrad: fc.constantFrom(0, 30, 40, 50, 60, 75, 100, 100, 100),
    household: fc.constantFrom('single' as const, 'couple' as const),
    youngDisabled: fc.boolean(),
    vta: fc.boolean(),
    monthsReceivedBeforeYear: fc.integer({ min: 0, max: 60 }),
    yearly: optional(fc.integer({ min: 100_000, max: 450_000 })),
    ifu: optional(fc.integer({ min: 200_000, max: 900_000 })),
    ieu: optional(fc.integer({ min: 0, max: 300_000 })),
    kg: optional(fc.integer({ min: 3_000, max: 9_000 }).map((n) => n / 100)),
    limit: optional(fc.integer({ min: 0, max: 300_000 })),
  })
  .map(({ yearly, ifu, ieu, kg, limit, ...rest }) => ({
    kind: 'uforetrygd' as const,
    ...rest,
    ...(yearly === undefined ? {} : { yearlyBenefitBeforeReduction: yearly }),
    ...(ifu === undefined ? {} : { incomeBeforeDisability: ifu }),
    ...(ieu === undefined ? {} : { incomeAfterDisability: ieu }),
    ...(kg === undefined ? {} : { kompensasjonsgrad: kg }),
    ...(limit === undefined ? {} : { individualIncomeLimit: limit }),
  }));

const aap: fc.Arbitrary<BenefitSituation> = fc.record({
  kind: fc.constant('aap' as const),
  basisIncome: fc.integer({ min: 0, max: 1_200_000 }),
  age: fc.integer({ min: 18, max: 67 }),
  children: fc.integer({ min: 0, max: 12 }),
  workLimit: fc.constantFrom('standard' as const, 'occupational_injury' as const, 'gradual_return' as const),
});

const sosialhjelp: fc.Arbitrary<BenefitSituation> = fc
  .record({
    household: fc.constantFrom('single' as const, 'couple' as const, 'shared_housing' as const),
    childAges: fc.array(fc.integer({ min: 0, max: 17 }), { maxLength: 4 }),
    monthlyHousingCost: fc.integer({ min: 0, max: 20_000 }),
    norm: optional(fc.integer({ min: 5_000, max: 20_000 })),
  })
  .map(({ norm, ...rest }) => ({
    kind: 'sosialhjelp' as const,
    ...rest,
    ...(norm === undefined ? {} : { monthlyNorm: norm }),
  }));

const situation: fc.Arbitrary<BenefitSituation> = fc.oneof(
  fc.constant({ kind: 'none' as const }),
  uforetrygd,
  aap,
  sosialhjelp,
);

const scenario: fc.Arbitrary<WorkScenario> = fc.record({
  hoursPerWeek: fc.integer({ min: 0, max: 800 }).map((n) => n / 8),
  hourlyWage: fc
    .tuple(fc.integer({ min: 0, max: 1_000 }), fc.constantFrom(0, 0.5, 0.25))
    .map(([a, b]) => a + b),
  weeksPerYear: fc.integer({ min: 0, max: 52 }),
});

const input = (scenarios: { min: number; max: number }): fc.Arbitrary<EstimateInput> =>
  fc.record({
    year: fc.constantFrom(...RULE_YEARS),
    situation,
    scenarios: fc.array(scenario, { minLength: scenarios.min, maxLength: scenarios.max }),
  });

function allResults(given: EstimateInput): ScenarioResult[] {
  const result = estimateBenefits(given);
  return [result.baseline, ...result.scenarios];
}

describe('estimateBenefits properties (fast-check, 2 000 cases each)', () => {
  it('net income is never negative and every amount is a whole, non-negative krone figure', () => {
    fc.assert(
      fc.property(input({ min: 3, max: 3 }), (given) => {
        for (const r of allResults(given)) {
          expect(r.net.yearly).toBeGreaterThanOrEqual(0);
          expect(r.net.monthly).toBeGreaterThanOrEqual(0);
          for (const a of [r.work, r.tax, r.net, r.benefitsTotal, ...r.benefits]) {
            expect(Number.isInteger(a.yearly) && a.yearly >= 0).toBe(true);
            expect(Number.isInteger(a.monthly) && a.monthly >= 0).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it('more work (more hours, a higher wage or more weeks, the rest unchanged) never raises any benefit', () => {
    const more = fc.record({
      extraEighths: fc.integer({ min: 1, max: 80 }),
      extraWage: fc.integer({ min: 1, max: 500 }),
      extraWeeks: fc.integer({ min: 1, max: 10 }),
    });
    fc.assert(
      fc.property(input({ min: 1, max: 1 }), more, (base, extra) => {
        const [s] = base.scenarios;
        if (!s) throw new Error('no scenario');
        const larger: WorkScenario[] = [
          { ...s, hoursPerWeek: Math.min(100, s.hoursPerWeek + extra.extraEighths / 8) },
          { ...s, hourlyWage: s.hourlyWage + extra.extraWage },
          { ...s, weeksPerYear: Math.min(52, s.weeksPerYear + extra.extraWeeks) },
        ];
        const result = estimateBenefits({ ...base, scenarios: [s, ...larger] });
        const [first, ...others] = result.scenarios;
        if (!first) throw new Error('no result');
        for (const other of others) {
          expect(other.work.yearly).toBeGreaterThanOrEqual(first.work.yearly);
          first.benefits.forEach((b, i) => {
            const after = other.benefits[i];
            expect(after?.kind).toBe(b.kind);
            expect(after?.yearly ?? Number.NaN).toBeLessThanOrEqual(b.yearly);
          });
        }
      }),
      RUNS,
    );
  });

  it('the same input always gives the same output', () => {
    fc.assert(
      fc.property(input({ min: 1, max: 4 }), (given) => {
        const copy = structuredClone(given);
        expect(JSON.stringify(estimateBenefits(copy))).toBe(JSON.stringify(estimateBenefits(given)));
      }),
      RUNS,
    );
  });

  it('yearly = 12 × monthly within rounding (at most 6 kroner per rounded part)', () => {
    fc.assert(
      fc.property(input({ min: 2, max: 2 }), (given) => {
        for (const r of allResults(given)) {
          const parts = [r.work, r.tax, ...r.benefits];
          for (const p of parts) expect(Math.abs(p.yearly - 12 * p.monthly)).toBeLessThanOrEqual(6);
          // Totals are sums of rounded parts, so their tolerance is the sum of the parts' tolerances.
          expect(Math.abs(r.net.yearly - 12 * r.net.monthly)).toBeLessThanOrEqual(6 * parts.length);
          expect(r.net.yearly).toBe(r.work.yearly + r.benefitsTotal.yearly - r.tax.yearly);
        }
      }),
      RUNS,
    );
  });
});
