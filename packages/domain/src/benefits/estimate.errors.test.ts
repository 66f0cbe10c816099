import { describe, expect, it } from 'vitest';
import { BenefitsInputError } from './errors.ts';
import { estimateBenefits } from './estimate.ts';
import type { BenefitSituation, EstimateInput, WorkScenario } from './input.ts';

const ok: WorkScenario = { hoursPerWeek: 20, hourlyWage: 200, weeksPerYear: 46 };
const ufore: BenefitSituation = {
  kind: 'uforetrygd',
  uforegrad: 100,
  household: 'single',
  monthsReceivedBeforeYear: 30,
};

function errorOf(input: EstimateInput): BenefitsInputError {
  try {
    estimateBenefits(input);
  } catch (error) {
    if (error instanceof BenefitsInputError) return error;
    throw error;
  }
  throw new Error('expected a BenefitsInputError');
}

describe('estimateBenefits rejects what it cannot estimate, with a field and a code', () => {
  it.each([
    {
      why: 'negative hours',
      scenario: { ...ok, hoursPerWeek: -1 },
      field: 'scenarios[0].hoursPerWeek',
      code: 'negative',
    },
    {
      why: 'hours above 100',
      scenario: { ...ok, hoursPerWeek: 100.5 },
      field: 'scenarios[0].hoursPerWeek',
      code: 'too_high',
    },
    {
      why: 'negative wage',
      scenario: { ...ok, hourlyWage: -150 },
      field: 'scenarios[0].hourlyWage',
      code: 'negative',
    },
    {
      why: 'negative weeks',
      scenario: { ...ok, weeksPerYear: -2 },
      field: 'scenarios[0].weeksPerYear',
      code: 'negative',
    },
    {
      why: '53 weeks',
      scenario: { ...ok, weeksPerYear: 53 },
      field: 'scenarios[0].weeksPerYear',
      code: 'too_high',
    },
    {
      why: 'hours not a number',
      scenario: { ...ok, hoursPerWeek: Number.NaN },
      field: 'scenarios[0].hoursPerWeek',
      code: 'not_a_number',
    },
    {
      why: 'infinite wage',
      scenario: { ...ok, hourlyWage: Number.POSITIVE_INFINITY },
      field: 'scenarios[0].hourlyWage',
      code: 'not_a_number',
    },
  ])('$why → $field $code', ({ scenario, field, code }) => {
    const error = errorOf({ year: 2025, situation: { kind: 'none' }, scenarios: [scenario] });
    expect(error).toMatchObject({ field, code, name: 'BenefitsInputError' });
  });

  it.each([
    { label: 'x'.repeat(101), code: 'too_long' },
    { label: 42, code: 'not_a_string' },
  ])('rejects the label $label → $code', ({ label, code }) => {
    const scenario = { ...ok, label } as WorkScenario;
    const error = errorOf({ year: 2025, situation: { kind: 'none' }, scenarios: [scenario] });
    expect(error).toMatchObject({ field: 'scenarios[0].label', code });
  });

  it('names the failing scenario by its index', () => {
    const error = errorOf({
      year: 2025,
      situation: { kind: 'none' },
      scenarios: [ok, ok, { ...ok, hoursPerWeek: 101 }],
    });
    expect(error.field).toBe('scenarios[2].hoursPerWeek');
  });

  it.each([
    { uforegrad: 101, code: 'too_high' },
    { uforegrad: -5, code: 'negative' },
  ])('uføregrad $uforegrad → situation.uforegrad $code', ({ uforegrad, code }) => {
    const error = errorOf({
      year: 2025,
      situation: { ...ufore, uforegrad } as BenefitSituation,
      scenarios: [ok],
    });
    expect(error).toMatchObject({ field: 'situation.uforegrad', code });
  });

  it.each([2024, 2027, 1999])('a year without rule data (%i) is refused and named', (year) => {
    const error = errorOf({ year, situation: ufore, scenarios: [ok] });
    expect(error).toMatchObject({ field: 'year', code: 'no_rule_data' });
    expect(error.message).toContain(String(year));
  });

  it('a year that is not a whole number is refused', () => {
    expect(errorOf({ year: 2025.5, situation: ufore, scenarios: [ok] })).toMatchObject({
      field: 'year',
      code: 'not_an_integer',
    });
  });

  it.each([
    { why: 'no scenarios', scenarios: [], code: 'too_few' },
    { why: 'eleven scenarios', scenarios: Array.from({ length: 11 }, () => ok), code: 'too_many' },
  ])('$why → scenarios $code', ({ scenarios, code }) => {
    expect(errorOf({ year: 2025, situation: { kind: 'none' }, scenarios })).toMatchObject({
      field: 'scenarios',
      code,
    });
  });

  it.each([
    {
      why: 'AAP age 17',
      situation: { kind: 'aap', basisIncome: 0, age: 17, children: 0 },
      field: 'situation.age',
      code: 'out_of_range',
    },
    {
      why: 'AAP 1.5 children',
      situation: { kind: 'aap', basisIncome: 0, age: 30, children: 1.5 },
      field: 'situation.children',
      code: 'not_an_integer',
    },
    {
      why: 'negative AAP grunnlag',
      situation: { kind: 'aap', basisIncome: -1, age: 30, children: 0 },
      field: 'situation.basisIncome',
      code: 'negative',
    },
    {
      why: 'child aged 18',
      situation: { kind: 'sosialhjelp', household: 'single', childAges: [18], monthlyHousingCost: 0 },
      field: 'situation.childAges[0]',
      code: 'too_high',
    },
    {
      why: 'negative housing cost',
      situation: { kind: 'sosialhjelp', household: 'single', monthlyHousingCost: -100 },
      field: 'situation.monthlyHousingCost',
      code: 'negative',
    },
    {
      why: 'kompensasjonsgrad 120',
      situation: { ...ufore, kompensasjonsgrad: 120 },
      field: 'situation.kompensasjonsgrad',
      code: 'too_high',
    },
    {
      why: 'fractional months',
      situation: { ...ufore, monthsReceivedBeforeYear: 2.5 },
      field: 'situation.monthsReceivedBeforeYear',
      code: 'not_an_integer',
    },
    { why: 'unknown kind', situation: { kind: 'dagpenger' }, field: 'situation.kind', code: 'out_of_range' },
  ])('$why → $field $code', ({ situation, field, code }) => {
    const error = errorOf({ year: 2025, situation: situation as BenefitSituation, scenarios: [ok] });
    expect(error).toMatchObject({ field, code });
  });

  it('accepts the edges: 0 and 100 hours, 0 and 52 weeks, uføregrad 0 and 100', () => {
    const scenarios: WorkScenario[] = [
      { hoursPerWeek: 0, hourlyWage: 0, weeksPerYear: 0 },
      { hoursPerWeek: 100, hourlyWage: 200, weeksPerYear: 52 },
    ];
    expect(() => estimateBenefits({ year: 2026, situation: ufore, scenarios })).not.toThrow();
    expect(() =>
      estimateBenefits({ year: 2026, situation: { ...ufore, uforegrad: 0 }, scenarios }),
    ).not.toThrow();
  });
});
