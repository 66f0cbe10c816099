import { describe, expect, it } from 'vitest';
import { BenefitsInputError } from '../errors.ts';
import { estimateBenefits } from '../estimate.ts';
import { DEFAULT_RULES, RULE_YEARS } from './default-rules.ts';
import { valueForYear, valueOnDate } from './lookup.ts';
import { param } from './sources.ts';
import type { DatedSeries, RuleParameter, RuleSet } from './types.ts';
import { resolveYearRules, ruleYears } from './year-rules.ts';

/** Every series in a rule set with its id, e.g. `uforetrygd.fribelopG`. */
function allSeries(rules: RuleSet): [string, DatedSeries<unknown>][] {
  return Object.entries(rules).flatMap(([section, series]) =>
    Object.entries(series as Record<string, DatedSeries<unknown>>).map(
      ([key, s]): [string, DatedSeries<unknown>] => [`${section}.${key}`, s],
    ),
  );
}

describe('rule data', () => {
  it('has complete data for 2025 and 2026', () => {
    expect(RULE_YEARS).toEqual([2025, 2026]);
  });

  it.each(allSeries(DEFAULT_RULES))(
    '%s: dated, sorted, no overlaps, sourced, verified only when primary',
    (_id, series) => {
      expect(series.length).toBeGreaterThan(0);
      series.forEach((entry: RuleParameter<unknown>, i) => {
        expect(entry.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (entry.to !== undefined) expect(entry.to >= entry.from).toBe(true);
        expect(entry.law.length).toBeGreaterThan(3);
        expect(entry.source.length).toBeGreaterThan(3);
        expect(entry.verified).toBe(entry.confidence === 'primary');
        const next = series[i + 1];
        if (next) {
          expect(entry.to, 'only the last entry may be open-ended').toBeDefined();
          expect((entry.to ?? '') < next.from).toBe(true);
        }
      });
    },
  );

  it('stores each year’s average G as the month-weighted G: (4 × G before May + 8 × G from May) / 12', () => {
    // 2023 needs the G of May 2022, which is not stored.
    for (const entry of DEFAULT_RULES.grunnbelop.yearlyAverage.filter((e) => e.from >= '2024')) {
      const year = entry.from.slice(0, 4);
      const before = valueOnDate('g', DEFAULT_RULES.grunnbelop.periods, `${year}-01-01`);
      const after = valueOnDate('g', DEFAULT_RULES.grunnbelop.periods, `${year}-05-01`);
      expect(Math.round((4 * before.value + 8 * after.value) / 12)).toBe(entry.value);
    }
  });

  it('marks the figures the research could not confirm as not verified', () => {
    const r2026 = resolveYearRules(DEFAULT_RULES, 2026);
    expect(r2026.sosialhjelp.guidelineRates).toMatchObject({ verified: false, confidence: 'unverified' });
    expect(r2026.tax.personfradrag).toMatchObject({ verified: false, confidence: 'secondary' });
    expect(r2026.tax.minstefradragRate.verified).toBe(false);
    expect(r2026.tax.trinn4.verified).toBe(false);
    expect(r2026.uforetrygd.kompensasjonsgradCapPercent).toMatchObject({ value: 70, verified: true });
    expect(r2026.g.average).toMatchObject({ value: 134_419, verified: true });
  });

  it('refuses a year whose parameter changes during the year or covers only part of it', () => {
    const changing = [
      param({ value: 1, from: '2025-01-01', to: '2025-06-30', law: 'x', source: 'y', confidence: 'primary' }),
      param({ value: 2, from: '2025-07-01', law: 'x', source: 'y', confidence: 'primary' }),
    ];
    expect(() => valueForYear('test.changing', changing, 2025)).toThrow(/changes during the year/);
    expect(() => valueForYear('test.changing', changing.slice(1), 2025)).toThrow(/part of the year/);
    expect(valueForYear('test.changing', changing, 2026).value).toBe(2);
    expect(() => valueForYear('test.changing', changing, 2024)).toThrow(BenefitsInputError);
  });

  it('takes next year’s figures as a data change only: new entries make 2027 work, no code change', () => {
    const y2027 = { from: '2027-01-01', to: '2027-12-31' } as const;
    const copyLast = <T>(series: DatedSeries<T>): DatedSeries<T> => {
      const last = series[series.length - 1];
      if (!last || last.to === undefined) return series;
      return [...series, { ...last, ...y2027 }];
    };
    const bump = <S extends Record<string, DatedSeries<unknown>>>(section: S): S =>
      Object.fromEntries(Object.entries(section).map(([k, s]) => [k, copyLast(s)])) as S;
    const rules: RuleSet = {
      grunnbelop: {
        periods: DEFAULT_RULES.grunnbelop.periods,
        yearlyAverage: [
          ...DEFAULT_RULES.grunnbelop.yearlyAverage,
          param({ value: 140_000, ...y2027, law: 'test', source: 'test', confidence: 'unverified' }),
        ],
      },
      uforetrygd: bump(DEFAULT_RULES.uforetrygd),
      aap: bump(DEFAULT_RULES.aap),
      sosialhjelp: bump(DEFAULT_RULES.sosialhjelp),
      tax: bump(DEFAULT_RULES.tax),
      dagpenger: bump(DEFAULT_RULES.dagpenger),
    };
    expect(ruleYears(rules)).toEqual([2025, 2026, 2027]);
    const result = estimateBenefits(
      {
        year: 2027,
        situation: { kind: 'aap', basisIncome: 0, age: 30, children: 0 },
        scenarios: [{ hoursPerWeek: 0, hourlyWage: 0, weeksPerYear: 0 }],
      },
      rules,
    );
    // 2.041 × 140 000 = 285 740.
    expect(result.baseline.benefits[0]?.yearly).toBe(285_740);
  });
});
