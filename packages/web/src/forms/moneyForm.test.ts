import {
  BenefitsInputError,
  type EstimateInput,
  estimateBenefits,
  MAX_HOURLY_WAGE,
  MAX_HOURS_PER_WEEK,
  RULE_YEARS,
} from '@ips-bridge/domain';
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import {
  calculateMoney,
  checkMoneyForm,
  comparedFromSaved,
  emptyMoneyForm,
  fieldForErrorPath,
  formFromInput,
  issueForError,
  issueMessage,
  type MoneyFormValues,
  parseAmount,
  parseChildAges,
  scenariosToSave,
} from './moneyForm.ts';

const YEAR = Math.max(...RULE_YEARS);

function aapForm(overrides: Partial<MoneyFormValues> = {}): MoneyFormValues {
  return {
    ...emptyMoneyForm(YEAR),
    kind: 'aap',
    aapBasisIncome: '360 000',
    aapAge: '34',
    aapChildren: '1',
    hours: '10',
    wage: '210',
    weeks: '46',
    ...overrides,
  };
}

/** A t that shows the key and the options, enough to see which message and values were chosen. */
const fakeT = ((key: string, options?: Record<string, unknown>) =>
  options ? `${key} ${JSON.stringify(options)}` : key) as unknown as TFunction;

describe('parseAmount', () => {
  it('reads amounts as people type them', () => {
    expect(parseAmount('360 000')).toBe(360_000);
    expect(parseAmount('360\u00a0000 kr')).toBe(360_000);
    expect(parseAmount('360.000')).toBe(360_000);
    expect(parseAmount('360,000')).toBe(360_000);
    expect(parseAmount('1,500')).toBe(1500);
    expect(parseAmount('185,50')).toBe(185.5);
    expect(parseAmount('185.5')).toBe(185.5);
    expect(parseAmount('')).toBeNull();
    expect(parseAmount('mye')).toBeNaN();
  });
});

describe('parseChildAges', () => {
  it('reads ages separated by commas or spaces', () => {
    expect(parseChildAges('3, 8')).toEqual({ ages: [3, 8] });
    expect(parseChildAges('3 8;12')).toEqual({ ages: [3, 8, 12] });
    expect(parseChildAges('')).toEqual({ ages: [] });
  });

  it('refuses ages that are not whole numbers from 0 to 17', () => {
    expect(parseChildAges('3, 18').issue).toEqual({ code: 'childAges' });
    expect(parseChildAges('2.5').issue).toEqual({ code: 'childAges' });
  });
});

describe('checkMoneyForm', () => {
  it('builds the calculation input from the AAP fields', () => {
    const checked = checkMoneyForm(aapForm());
    expect(checked.issues).toEqual({});
    expect(checked.situation).toEqual({
      kind: 'aap',
      basisIncome: 360_000,
      age: 34,
      children: 1,
      workLimit: 'standard',
    });
    expect(checked.current).toEqual({ hoursPerWeek: 10, hourlyWage: 210, weeksPerYear: 46 });
  });

  it('uses the domain limits: too many hours or too high a wage is an error on that field', () => {
    const checked = checkMoneyForm(aapForm({ hours: String(MAX_HOURS_PER_WEEK + 1), wage: '20000' }));
    expect(checked.issues.hours).toEqual({ code: 'range', min: 0, max: MAX_HOURS_PER_WEEK });
    expect(checked.issues.wage).toEqual({ code: 'range', min: 0, max: MAX_HOURLY_WAGE });
  });

  it('asks for a whole number where the calculation needs one', () => {
    expect(checkMoneyForm(aapForm({ aapAge: '34,5' })).issues.aapAge).toEqual({ code: 'notWhole' });
    expect(checkMoneyForm(aapForm({ aapAge: '17' })).issues.aapAge).toMatchObject({ code: 'range', min: 18 });
  });

  it('marks empty required fields, and only the fields of the chosen benefit', () => {
    const checked = checkMoneyForm({ ...emptyMoneyForm(YEAR), kind: 'uforetrygd' });
    expect(Object.keys(checked.issues).sort()).toEqual(['ufMonths', 'uforegrad']);
    expect(checked.issues.uforegrad).toEqual({ code: 'required' });
  });

  it('leaves out optional uføretrygd figures that are empty', () => {
    const checked = checkMoneyForm({
      ...emptyMoneyForm(YEAR),
      kind: 'uforetrygd',
      uforegrad: '60',
      ufMonths: '30',
      ufIfu: '420 000',
      ufVta: true,
    });
    expect(checked.situation).toEqual({
      kind: 'uforetrygd',
      uforegrad: 60,
      household: 'single',
      monthsReceivedBeforeYear: 30,
      incomeBeforeDisability: 420_000,
      vta: true,
    });
  });
});

describe('calculateMoney', () => {
  it('gives the same figures as estimateBenefits for the same input', () => {
    const calculation = calculateMoney(aapForm(), []);
    expect(calculation.status).toBe('ok');
    if (calculation.status !== 'ok') return;
    const direct = estimateBenefits({
      year: YEAR,
      situation: { kind: 'aap', basisIncome: 360_000, age: 34, children: 1, workLimit: 'standard' },
      scenarios: [{ hoursPerWeek: 10, hourlyWage: 210, weeksPerYear: 46 }],
    });
    expect(calculation.result.scenarios[0]?.net).toEqual(direct.scenarios[0]?.net);
    expect(calculation.result.baseline.net).toEqual(direct.baseline.net);
    expect(calculation.curve[0]?.hoursPerWeek).toBe(0);
    expect(calculation.curve.at(-1)?.hoursPerWeek).toBe(40);
    expect(calculation.curve.some((point) => point.hoursPerWeek === 22.5)).toBe(true);
    expect(calculation.safety.length).toBeGreaterThan(0);
  });

  it('calculates the compared scenarios after the current one', () => {
    const compared = [{ hoursPerWeek: 30, hourlyWage: 210, weeksPerYear: 46 }];
    const calculation = calculateMoney(aapForm(), compared);
    if (calculation.status !== 'ok') throw new Error('expected a result');
    expect(calculation.result.scenarios).toHaveLength(2);
    expect(calculation.result.scenarios[1]?.flags).toContain('aap_stops_above_60_percent');
  });

  it('is incomplete (no numbers) while a required figure is empty', () => {
    const calculation = calculateMoney(aapForm({ aapBasisIncome: '' }), []);
    expect(calculation.status).toBe('incomplete');
  });

  it('is invalid when a figure cannot be used', () => {
    const calculation = calculateMoney(aapForm({ wage: 'mye' }), []);
    expect(calculation).toMatchObject({ status: 'invalid', issues: { wage: { code: 'notANumber' } } });
  });

  it('puts the calculation’s own refusal on the right field: a year without rule data', () => {
    const calculation = calculateMoney(aapForm({ year: '1999' }), []);
    expect(calculation).toMatchObject({
      status: 'invalid',
      issues: { year: { code: 'noRuleData', year: 1999 } },
    });
  });
});

describe('BenefitsInputError on the form', () => {
  it('maps the calculation’s field paths to the form’s fields', () => {
    expect(fieldForErrorPath('scenarios[0].hourlyWage', 'aap')).toBe('wage');
    expect(fieldForErrorPath('situation.household', 'uforetrygd')).toBe('ufHousehold');
    expect(fieldForErrorPath('situation.household', 'sosialhjelp')).toBe('shHousehold');
    expect(fieldForErrorPath('situation.childAges[2]', 'sosialhjelp')).toBe('shChildAges');
    expect(fieldForErrorPath('scenarios[3].hoursPerWeek', 'aap')).toBeNull();
  });

  it('words the error by its code, with the field’s limits', () => {
    const error = new BenefitsInputError('scenarios[0].hoursPerWeek', 'too_high', 'too high');
    expect(issueForError(error, 'hours', YEAR)).toEqual({ code: 'range', min: 0, max: MAX_HOURS_PER_WEEK });
    const message = issueMessage(fakeT, 'hours', { code: 'range', min: 0, max: 100 }, 'nb');
    expect(message).toContain('money.errors.range');
    expect(message).toContain('"max":"100"');
  });
});

describe('saving and loading', () => {
  const current = { hoursPerWeek: 10, hourlyWage: 210, weeksPerYear: 46 };
  const other = { hoursPerWeek: 20, hourlyWage: 210, weeksPerYear: 46 };

  it('saves the current work first, unless it is already compared', () => {
    expect(scenariosToSave(current, [other])).toEqual([current, other]);
    expect(scenariosToSave(current, [other, current])).toEqual([other, current]);
    expect(scenariosToSave(current, [])).toEqual([current]);
  });

  it('loads a saved input back into the form and the comparison', () => {
    const input: EstimateInput = {
      year: YEAR,
      situation: { kind: 'sosialhjelp', household: 'couple', childAges: [3, 8], monthlyHousingCost: 9000 },
      scenarios: [{ label: 'Deltid', ...current }, other],
    };
    const values = formFromInput(input, 'nb');
    expect(values).toMatchObject({
      kind: 'sosialhjelp',
      shHousehold: 'couple',
      shChildAges: '3, 8',
      shHousing: '9 000',
      hours: '10',
      wage: '210',
      weeks: '46',
      year: String(YEAR),
    });
    expect(checkMoneyForm(values).situation).toEqual(input.situation);
    expect(comparedFromSaved(input)).toEqual([{ label: 'Deltid', ...current }, other]);
    expect(comparedFromSaved({ ...input, scenarios: [current] })).toEqual([]);
  });

  it('shows decimals the way the language writes them', () => {
    const input: EstimateInput = {
      year: YEAR,
      situation: { kind: 'none' },
      scenarios: [{ hoursPerWeek: 22.5, hourlyWage: 185.5, weeksPerYear: 46 }],
    };
    expect(formFromInput(input, 'nb')).toMatchObject({ hours: '22,5', wage: '185,5' });
    expect(formFromInput(input, 'en')).toMatchObject({ hours: '22.5', wage: '185.5' });
  });
});
