import { describe, expect, it } from 'vitest';
import { estimateBenefits } from '../estimate.ts';
import type { BenefitSituation, EstimateInput } from '../input.ts';
import { NOT_COVERED } from '../not-covered.ts';
import type { ExplanationStep } from '../result.ts';
import { DEFAULT_RULES } from '../rules/default-rules.ts';
import type { DatedSeries } from '../rules/types.ts';
import { safetyNets } from '../safety-nets.ts';
import { CLIFF_FLAGS, STEP_CODES, type TextItem } from './codes.ts';
import { PARAMETER_NAMES_EN, TEXTS_EN } from './en.ts';
import { explanationTextFrom } from './explanation-from.ts';
import { explanationText } from './explanation-text.ts';
import { BENEFITS_LOCALES, formatKroner, formatNumber, formatPercent } from './format.ts';
import { PARAMETER_NAMES_NB, TEXTS_NB } from './nb.ts';
import { PARAMETER_NAMES_NN, TEXTS_NN } from './nn.ts';

const w = (hoursPerWeek: number, hourlyWage: number, weeksPerYear: number) => ({
  hoursPerWeek,
  hourlyWage,
  weeksPerYear,
});
const ufore: BenefitSituation = {
  kind: 'uforetrygd',
  uforegrad: 100,
  household: 'single',
  monthsReceivedBeforeYear: 12,
};

/** Inputs that together produce every step code. */
const INPUTS: EstimateInput[] = [
  { year: 2026, situation: ufore, scenarios: [w(0, 0, 0), w(10, 200, 52), w(30, 250, 50), w(40, 300, 52)] },
  { year: 2026, situation: { ...ufore, monthsReceivedBeforeYear: 40 }, scenarios: [w(10, 200, 52)] },
  { year: 2026, situation: { ...ufore, monthsReceivedBeforeYear: 18 }, scenarios: [w(10, 200, 52)] },
  {
    year: 2025,
    situation: { ...ufore, vta: true, incomeBeforeDisability: 300_000 },
    scenarios: [w(10, 200, 52)],
  },
  {
    year: 2025,
    situation: {
      ...ufore,
      uforegrad: 60,
      yearlyBenefitBeforeReduction: 180_000,
      incomeBeforeDisability: 500_000,
      kompensasjonsgrad: 60,
    },
    scenarios: [w(10, 200, 52)],
  },
  { year: 2025, situation: { ...ufore, individualIncomeLimit: 90_000 }, scenarios: [w(10, 200, 52)] },
  { year: 2025, situation: { ...ufore, uforegrad: 0 }, scenarios: [w(10, 200, 52)] },
  {
    year: 2025,
    situation: { kind: 'aap', basisIncome: 900_000, age: 30, children: 2 },
    scenarios: [w(7.5, 200, 46), w(25, 200, 52)],
  },
  {
    year: 2025,
    situation: { kind: 'aap', basisIncome: 0, age: 22, children: 12 },
    scenarios: [w(10, 200, 52)],
  },
  {
    year: 2025,
    situation: { kind: 'aap', basisIncome: 100_000, age: 40, children: 0 },
    scenarios: [w(0, 0, 0)],
  },
  {
    year: 2025,
    situation: { kind: 'sosialhjelp', household: 'couple', childAges: [2, 8, 15], monthlyHousingCost: 9_000 },
    scenarios: [w(10, 200, 52)],
  },
  {
    year: 2025,
    situation: { kind: 'sosialhjelp', household: 'single', monthlyNorm: 8_000, monthlyHousingCost: 6_000 },
    scenarios: [w(0, 0, 0)],
  },
  { year: 2025, situation: { kind: 'none' }, scenarios: [w(37.5, 300, 52)] },
];

function producedItems(): TextItem[] {
  const items: TextItem[] = [];
  for (const input of INPUTS) {
    const result = estimateBenefits(input);
    const steps: ExplanationStep[] = [
      ...result.caveats,
      ...result.baseline.steps,
      ...result.scenarios.flatMap((s) => s.steps),
    ];
    items.push(...steps, ...result.notCovered, result.disclaimer);
    items.push(...safetyNets(input.situation, input.year));
  }
  return items;
}

describe('explanationText', () => {
  const items = producedItems();

  it('the example inputs produce every step code', () => {
    const produced = new Set(items.map((i) => i.code));
    expect(STEP_CODES.filter((code) => !produced.has(code))).toEqual([]);
  });

  it.each(BENEFITS_LOCALES)('renders every produced item in %s with no missing values', (locale) => {
    for (const item of items) {
      const text = explanationText(item, locale);
      expect(text.length, item.code).toBeGreaterThan(10);
      expect(text, item.code).not.toMatch(/undefined|NaN|null|\[object/);
    }
  });

  it("gives the same text from one language's templates passed in (explanationTextFrom)", () => {
    const templates = { nb: TEXTS_NB, nn: TEXTS_NN, en: TEXTS_EN };
    for (const locale of BENEFITS_LOCALES)
      for (const item of items)
        expect(explanationTextFrom(templates[locale], item, locale)).toBe(explanationText(item, locale));
    // The templates decide the language, so passing another language's gives another text.
    expect(explanationTextFrom(TEXTS_EN, items[0] as TextItem, 'nb')).not.toBe(
      explanationText(items[0] as TextItem, 'nb'),
    );
  });

  it.each(BENEFITS_LOCALES)('has a text for every flag and not-covered item in %s', (locale) => {
    for (const code of CLIFF_FLAGS)
      expect(explanationText({ code, params: {} }, locale).length).toBeGreaterThan(10);
    for (const item of NOT_COVERED) expect(explanationText(item, locale).length).toBeGreaterThan(10);
  });

  it('the three languages differ', () => {
    const item = { code: 'disclaimer', params: {} } as const;
    const texts = BENEFITS_LOCALES.map((l) => explanationText(item, l));
    expect(new Set(texts).size).toBe(3);
  });

  it('uses no abbreviations readers must know (AAP, IFU, IEU, VTA, a bare G)', () => {
    for (const item of items) {
      for (const locale of BENEFITS_LOCALES) {
        expect(explanationText(item, locale), item.code).not.toMatch(
          /(?<!\p{L})(AAP|IFU|IEU|VTA|NAV|G)(?!\p{L})/u,
        );
      }
    }
  });

  it('has a plain name in every language for every parameter that is not verified', () => {
    const ids = Object.entries(DEFAULT_RULES).flatMap(([section, group]) =>
      Object.entries(group as Record<string, DatedSeries<unknown>>)
        .filter(([, series]) =>
          series.some((entry) => !entry.verified && !entry.note?.includes('not used here')),
        )
        .map(([key]) => `${section}.${key}`),
    );
    expect(ids.length).toBeGreaterThan(5);
    for (const names of [PARAMETER_NAMES_NB, PARAMETER_NAMES_NN, PARAMETER_NAMES_EN]) {
      expect(ids.filter((id) => names[id] === undefined)).toEqual([]);
    }
  });

  it('throws when a template lacks a value, so a wrong step cannot print a blank', () => {
    expect(() => explanationText({ code: 'work_income', params: {} }, 'nb')).toThrow(/yearly/);
  });

  it('renders a worked step in each language', () => {
    const step: TextItem = {
      code: 'uforetrygd_reduced',
      params: {
        income: 150_000,
        limit: 51_246,
        excess: 98_754,
        percent: 72.26,
        reduction: 71_360,
        before: 324_005,
        yearly: 252_645,
      },
    };
    expect(explanationText(step, 'nb')).toBe(
      'Inntekten er 98\u00a0754\u00a0kr over inntektsgrensen. 72,26\u00a0% av det, 71\u00a0360\u00a0kr, trekkes fra. Uføretrygden blir 324\u00a0005\u00a0kr − 71\u00a0360\u00a0kr = 252\u00a0645\u00a0kr i året.',
    );
    expect(explanationText(step, 'en')).toBe(
      'Income is NOK\u00a098,754 above the income limit. 72.26% of that, NOK\u00a071,360, is deducted. The benefit becomes NOK\u00a0324,005 − NOK\u00a071,360 = NOK\u00a0252,645 a year.',
    );
    expect(explanationText(step, 'nn')).toContain('blir trekt frå');
  });
});

describe('number formatting (independent of the runtime locale data)', () => {
  it.each([
    { value: 1234567, locale: 'nb', expected: '1\u00a0234\u00a0567' },
    { value: 22.5, locale: 'nn', expected: '22,5' },
    { value: 2.041, locale: 'en', expected: '2.04' },
    { value: 0, locale: 'en', expected: '0' },
    { value: -1500, locale: 'nb', expected: '−1\u00a0500' },
  ] as const)('$value in $locale → $expected', ({ value, locale, expected }) => {
    expect(formatNumber(value, locale)).toBe(expected);
  });

  it('writes kroner and per cent the local way', () => {
    expect(formatKroner(51_246, 'nb')).toBe('51\u00a0246\u00a0kr');
    expect(formatKroner(51_246, 'en')).toBe('NOK\u00a051,246');
    expect(formatPercent(7.7, 'nn')).toBe('7,7\u00a0%');
    expect(formatPercent(7.7, 'en')).toBe('7.7%');
  });
});
