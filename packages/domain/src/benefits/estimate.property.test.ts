import { describe, expect, it } from 'vitest';
import { estimateBenefits } from './estimate.ts';
import type { BenefitSituation, EstimateInput, WorkScenario } from './input.ts';
import type { ScenarioResult } from './result.ts';
import { RULE_YEARS } from './rules/default-rules.ts';

/**
 * Property tests with a small seeded generator (mulberry32), so every run checks the same cases and a failure
 * names the seed and case that broke. 2 000 generated cases per property.
 */
const CASES_PER_PROPERTY = 2_000;

function generator(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[int(0, items.length - 1)];
    if (item === undefined) throw new Error('empty list');
    return item;
  };
  const maybe = <T>(value: () => T): T | undefined => (next() < 0.5 ? value() : undefined);
  return { next, int, pick, maybe };
}
type Gen = ReturnType<typeof generator>;

function situation(g: Gen): BenefitSituation {
  switch (g.pick(['none', 'uforetrygd', 'aap', 'sosialhjelp'] as const)) {
    case 'none':
      return { kind: 'none' };
    case 'uforetrygd': {
      const uforegrad = g.pick([0, 30, 40, 50, 60, 75, 100, 100, 100]);
      const yearly = g.maybe(() => g.int(100_000, 450_000));
      const ifu = g.maybe(() => g.int(200_000, 900_000));
      const ieu = g.maybe(() => g.int(0, 300_000));
      const kg = g.maybe(() => g.int(3_000, 9_000) / 100);
      const limit = g.maybe(() => g.int(0, 300_000));
      return {
        kind: 'uforetrygd',
        uforegrad,
        household: g.pick(['single', 'couple'] as const),
        youngDisabled: g.next() < 0.2,
        vta: g.next() < 0.2,
        monthsReceivedBeforeYear: g.int(0, 60),
        ...(yearly === undefined ? {} : { yearlyBenefitBeforeReduction: yearly }),
        ...(ifu === undefined ? {} : { incomeBeforeDisability: ifu }),
        ...(ieu === undefined ? {} : { incomeAfterDisability: ieu }),
        ...(kg === undefined ? {} : { kompensasjonsgrad: kg }),
        ...(limit === undefined || g.next() < 0.6 ? {} : { individualIncomeLimit: limit }),
      };
    }
    case 'aap':
      return {
        kind: 'aap',
        basisIncome: g.int(0, 1_200_000),
        age: g.int(18, 67),
        children: g.int(0, 12),
        workLimit: g.pick(['standard', 'occupational_injury', 'gradual_return'] as const),
      };
    case 'sosialhjelp': {
      const norm = g.maybe(() => g.int(5_000, 20_000));
      return {
        kind: 'sosialhjelp',
        household: g.pick(['single', 'couple', 'shared_housing'] as const),
        childAges: Array.from({ length: g.int(0, 4) }, () => g.int(0, 17)),
        monthlyHousingCost: g.int(0, 20_000),
        ...(norm === undefined ? {} : { monthlyNorm: norm }),
      };
    }
  }
}

function scenario(g: Gen): WorkScenario {
  return {
    hoursPerWeek: g.int(0, 800) / 8,
    hourlyWage: g.int(0, 1_000) + g.pick([0, 0.5, 0.25]),
    weeksPerYear: g.int(0, 52),
  };
}

function inputFor(g: Gen, scenarios: number): EstimateInput {
  return {
    year: g.pick(RULE_YEARS),
    situation: situation(g),
    scenarios: Array.from({ length: scenarios }, () => scenario(g)),
  };
}

/** Runs a property over generated cases; a failure reports the seed and case. */
function forAll(seed: number, property: (g: Gen, index: number) => void): void {
  const g = generator(seed);
  for (let i = 0; i < CASES_PER_PROPERTY; i++) {
    try {
      property(g, i);
    } catch (error) {
      throw new Error(`property failed at seed ${seed}, case ${i}: ${(error as Error).message}`);
    }
  }
}

function allResults(input: EstimateInput): ScenarioResult[] {
  const result = estimateBenefits(input);
  return [result.baseline, ...result.scenarios];
}

describe('estimateBenefits properties (2 000 seeded cases each)', () => {
  it('net income is never negative and every amount is a whole, non-negative krone figure', () => {
    forAll(1, (g) => {
      for (const r of allResults(inputFor(g, 3))) {
        expect(r.net.yearly).toBeGreaterThanOrEqual(0);
        expect(r.net.monthly).toBeGreaterThanOrEqual(0);
        const amounts = [r.work, r.tax, r.net, r.benefitsTotal, ...r.benefits];
        for (const a of amounts) {
          expect(Number.isInteger(a.yearly) && a.yearly >= 0).toBe(true);
          expect(Number.isInteger(a.monthly) && a.monthly >= 0).toBe(true);
        }
      }
    });
  });

  it('more work (more hours, a higher wage or more weeks, the rest unchanged) never raises any benefit', () => {
    forAll(2, (g) => {
      const base = inputFor(g, 1);
      const [s] = base.scenarios;
      if (!s) throw new Error('no scenario');
      const more: WorkScenario[] = [
        { ...s, hoursPerWeek: Math.min(100, s.hoursPerWeek + g.int(1, 80) / 8) },
        { ...s, hourlyWage: s.hourlyWage + g.int(1, 500) },
        { ...s, weeksPerYear: Math.min(52, s.weeksPerYear + g.int(1, 10)) },
      ];
      const result = estimateBenefits({ ...base, scenarios: [s, ...more] });
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
    });
  });

  it('the same input always gives the same output', () => {
    forAll(3, (g) => {
      const given = inputFor(g, g.int(1, 4));
      const copy = structuredClone(given);
      expect(JSON.stringify(estimateBenefits(copy))).toBe(JSON.stringify(estimateBenefits(given)));
    });
  });

  it('yearly = 12 × monthly within rounding (at most 6 kroner per rounded part)', () => {
    forAll(4, (g) => {
      for (const r of allResults(inputFor(g, 2))) {
        const parts = [r.work, r.tax, ...r.benefits];
        for (const p of parts) expect(Math.abs(p.yearly - 12 * p.monthly)).toBeLessThanOrEqual(6);
        // Totals are sums of rounded parts, so their tolerance is the sum of the parts' tolerances.
        expect(Math.abs(r.net.yearly - 12 * r.net.monthly)).toBeLessThanOrEqual(6 * parts.length);
        expect(r.net.yearly).toBe(r.work.yearly + r.benefitsTotal.yearly - r.tax.yearly);
      }
    });
  });
});
