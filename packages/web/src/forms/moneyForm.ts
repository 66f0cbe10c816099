import {
  type AapWorkLimitCase,
  type BenefitSituation,
  BenefitsInputError,
  type EstimateInput,
  type EstimateResult,
  estimateBenefits,
  type HouseholdType,
  MAX_AAP_AGE,
  MAX_AMOUNT,
  MAX_CHILD_AGE,
  MAX_CHILDREN,
  MAX_HOURLY_WAGE,
  MAX_HOURS_PER_WEEK,
  MAX_KOMPENSASJONSGRAD,
  MAX_MONTHS_RECEIVED,
  MAX_UFOREGRAD,
  MAX_WEEKS_PER_YEAR,
  MIN_AAP_AGE,
  type NetIncomePoint,
  netIncomeCurve,
  RULE_YEARS,
  type SafetyNetItem,
  type SituationKind,
  type SosialhjelpHousehold,
  safetyNets,
  type WorkScenario,
} from '@ips-bridge/domain';
import type { TFunction } from 'i18next';
import type { Language } from '../i18n/catalogue.ts';
import { formatNumber } from '../i18n/format.ts';
import { decimalForInput, parseDecimal } from './numbers.ts';

/**
 * The work-and-benefits calculator's form: what the person types (strings, as typed), checked with the same
 * limits as the calculation (packages/domain benefits/limits.ts), then calculated in the browser. A value the
 * calculation cannot use is shown on its field; the result is never a silent zero.
 */

export const SITUATION_KINDS = [
  'none',
  'aap',
  'uforetrygd',
  'sosialhjelp',
] as const satisfies readonly SituationKind[];
export const AAP_WORK_LIMITS = [
  'standard',
  'occupational_injury',
  'gradual_return',
] as const satisfies readonly AapWorkLimitCase[];
export const UFORE_HOUSEHOLDS = ['single', 'couple'] as const satisfies readonly HouseholdType[];
export const SOSIALHJELP_HOUSEHOLDS = [
  'single',
  'couple',
  'shared_housing',
] as const satisfies readonly SosialhjelpHousehold[];

/** At most this many work scenarios side by side. */
export const MAX_COMPARED = 4;
/** The chart and the slider go from 0 to this many hours a week. */
export const CURVE_MAX_HOURS = 40;
/** Half hours, so the AAP limit of 22.5 hours is a point of its own. */
export const CURVE_STEP_HOURS = 0.5;
export const DEFAULT_HOURS = 10;
export const DEFAULT_WAGE = 200;
export const DEFAULT_WEEKS = 46;

export interface MoneyFormValues {
  year: string;
  kind: SituationKind;
  aapBasisIncome: string;
  aapAge: string;
  aapChildren: string;
  aapWorkLimit: AapWorkLimitCase;
  uforegrad: string;
  ufHousehold: HouseholdType;
  ufMonths: string;
  ufIfu: string;
  ufYearlyBenefit: string;
  ufIeu: string;
  ufKompensasjonsgrad: string;
  ufIndividualLimit: string;
  ufYoungDisabled: boolean;
  ufVta: boolean;
  shHousehold: SosialhjelpHousehold;
  shChildAges: string;
  shHousing: string;
  shNorm: string;
  hours: string;
  wage: string;
  weeks: string;
}

/** Every field that can carry an error, in the order they appear on the page. */
export const MONEY_FIELDS = [
  'kind',
  'aapBasisIncome',
  'aapAge',
  'aapChildren',
  'aapWorkLimit',
  'uforegrad',
  'ufHousehold',
  'ufIfu',
  'ufMonths',
  'ufYearlyBenefit',
  'ufIeu',
  'ufKompensasjonsgrad',
  'ufIndividualLimit',
  'shHousehold',
  'shHousing',
  'shChildAges',
  'shNorm',
  'year',
  'hours',
  'wage',
  'weeks',
] as const;
export type MoneyField = (typeof MONEY_FIELDS)[number];

/** Fields that are typed as text (the others are choices). */
export type MoneyTextField = {
  [K in keyof MoneyFormValues]: MoneyFormValues[K] extends string ? K : never;
}[keyof MoneyFormValues] &
  MoneyField;

/** The fields each benefit asks for (beyond the year and the work). */
export const FIELDS_FOR_KIND: Readonly<Record<SituationKind, readonly MoneyField[]>> = {
  none: [],
  aap: ['aapBasisIncome', 'aapAge', 'aapChildren', 'aapWorkLimit'],
  uforetrygd: [
    'uforegrad',
    'ufHousehold',
    'ufIfu',
    'ufMonths',
    'ufYearlyBenefit',
    'ufIeu',
    'ufKompensasjonsgrad',
    'ufIndividualLimit',
  ],
  sosialhjelp: ['shHousehold', 'shHousing', 'shChildAges', 'shNorm'],
};

/** The optional figures behind "More figures from your decision"; opened by itself when one has an error. */
export const OPTIONAL_FIELDS: readonly MoneyField[] = [
  'aapWorkLimit',
  'ufYearlyBenefit',
  'ufIeu',
  'ufKompensasjonsgrad',
  'ufIndividualLimit',
  'shNorm',
  'year',
];

const WORK_FIELDS: readonly MoneyField[] = ['year', 'hours', 'wage', 'weeks'];

type ParseKind = 'amount' | 'decimal' | 'whole';
interface NumberRule {
  parse: ParseKind;
  min: number;
  max: number;
  required: boolean;
}

/** The limits come from the calculation itself, so the form refuses exactly what the calculation refuses. */
export const NUMBER_RULES: Readonly<Partial<Record<MoneyField, NumberRule>>> = {
  aapBasisIncome: { parse: 'amount', min: 0, max: MAX_AMOUNT, required: true },
  aapAge: { parse: 'whole', min: MIN_AAP_AGE, max: MAX_AAP_AGE, required: true },
  aapChildren: { parse: 'whole', min: 0, max: MAX_CHILDREN, required: true },
  uforegrad: { parse: 'decimal', min: 0, max: MAX_UFOREGRAD, required: true },
  ufMonths: { parse: 'whole', min: 0, max: MAX_MONTHS_RECEIVED, required: true },
  ufIfu: { parse: 'amount', min: 0, max: MAX_AMOUNT, required: false },
  ufYearlyBenefit: { parse: 'amount', min: 0, max: MAX_AMOUNT, required: false },
  ufIeu: { parse: 'amount', min: 0, max: MAX_AMOUNT, required: false },
  ufKompensasjonsgrad: { parse: 'decimal', min: 0, max: MAX_KOMPENSASJONSGRAD, required: false },
  ufIndividualLimit: { parse: 'amount', min: 0, max: MAX_AMOUNT, required: false },
  shHousing: { parse: 'amount', min: 0, max: MAX_AMOUNT, required: true },
  shNorm: { parse: 'amount', min: 0, max: MAX_AMOUNT, required: false },
  hours: { parse: 'decimal', min: 0, max: MAX_HOURS_PER_WEEK, required: true },
  wage: { parse: 'amount', min: 0, max: MAX_HOURLY_WAGE, required: true },
  weeks: { parse: 'decimal', min: 0, max: MAX_WEEKS_PER_YEAR, required: true },
};

/**
 * A kroner amount as people type it: "360 000", "360000 kr", "360.000" or "360,000" (groups of three are
 * thousands, in any language, so "360,000" is never read as 360), "185,50". Null when empty, NaN when not a number.
 */
export function parseAmount(value: string): number | null {
  const cleaned = value.replace(/kr\.?|nok/gi, '').replace(/[\s\u00a0\u202f]/g, '');
  if (cleaned === '') return null;
  if (/^\d{1,3}(\.\d{3})+$/.test(cleaned) || /^\d{1,3}(,\d{3})+$/.test(cleaned)) {
    return Number(cleaned.replace(/[.,]/g, ''));
  }
  return parseDecimal(cleaned);
}

function parseWith(kind: ParseKind, value: string): number | null {
  if (kind === 'amount') return parseAmount(value);
  return parseDecimal(value);
}

/** The year to calculate by default: this year when there is rule data for it, else the latest year there is. */
export function defaultYear(today: Date = new Date()): number {
  const year = today.getFullYear();
  return RULE_YEARS.includes(year) ? year : Math.max(...RULE_YEARS);
}

export function emptyMoneyForm(year: number = defaultYear()): MoneyFormValues {
  return {
    year: String(year),
    kind: 'none',
    aapBasisIncome: '',
    aapAge: '',
    aapChildren: '0',
    aapWorkLimit: 'standard',
    uforegrad: '',
    ufHousehold: 'single',
    ufMonths: '',
    ufIfu: '',
    ufYearlyBenefit: '',
    ufIeu: '',
    ufKompensasjonsgrad: '',
    ufIndividualLimit: '',
    ufYoungDisabled: false,
    ufVta: false,
    shHousehold: 'single',
    shChildAges: '',
    shHousing: '',
    shNorm: '',
    hours: String(DEFAULT_HOURS),
    wage: String(DEFAULT_WAGE),
    weeks: String(DEFAULT_WEEKS),
  };
}

/** An amount as it is shown in a field: "360 000" in Norwegian (grouped, easy to read), "360000" in English. */
export function amountForInput(value: number | undefined, language: Language): string {
  if (value === undefined) return '';
  const text = decimalForInput(value, language);
  if (language === 'en') return text;
  const [whole = '', fraction] = text.split(',');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return fraction === undefined ? grouped : `${grouped},${fraction}`;
}

/** The work figures of a scenario, as typed in the form. */
export function workForInput(
  scenario: WorkScenario,
  language: Language,
): Pick<MoneyFormValues, 'hours' | 'wage' | 'weeks'> {
  return {
    hours: decimalForInput(scenario.hoursPerWeek, language),
    wage: amountForInput(scenario.hourlyWage, language),
    weeks: decimalForInput(scenario.weeksPerYear, language),
  };
}

/** The form filled from a saved estimate input: its year, benefit situation and first work scenario. */
export function formFromInput(input: EstimateInput, language: Language): MoneyFormValues {
  const values = emptyMoneyForm();
  values.year = String(input.year);
  const first = input.scenarios[0];
  if (first) Object.assign(values, workForInput(first, language));
  const s: BenefitSituation = input.situation;
  values.kind = s.kind;
  const dec = (value: number | undefined) => decimalForInput(value, language);
  const kr = (value: number | undefined) => amountForInput(value, language);
  switch (s.kind) {
    case 'none':
      break;
    case 'aap':
      values.aapBasisIncome = kr(s.basisIncome);
      values.aapAge = String(s.age);
      values.aapChildren = String(s.children);
      values.aapWorkLimit = s.workLimit ?? 'standard';
      break;
    case 'uforetrygd':
      values.uforegrad = dec(s.uforegrad);
      values.ufHousehold = s.household;
      values.ufMonths = String(s.monthsReceivedBeforeYear);
      values.ufIfu = kr(s.incomeBeforeDisability);
      values.ufYearlyBenefit = kr(s.yearlyBenefitBeforeReduction);
      values.ufIeu = kr(s.incomeAfterDisability);
      values.ufKompensasjonsgrad = dec(s.kompensasjonsgrad);
      values.ufIndividualLimit = kr(s.individualIncomeLimit);
      values.ufYoungDisabled = s.youngDisabled ?? false;
      values.ufVta = s.vta ?? false;
      break;
    case 'sosialhjelp':
      values.shHousehold = s.household;
      values.shChildAges = (s.childAges ?? []).join(', ');
      values.shHousing = kr(s.monthlyHousingCost);
      values.shNorm = kr(s.monthlyNorm);
      break;
  }
  return values;
}

/** What is wrong with one field; the message is worded by `issueMessage`. */
export type FieldIssue =
  | { code: 'required' }
  | { code: 'notANumber' }
  | { code: 'notWhole' }
  | { code: 'range'; min: number; max: number }
  | { code: 'childAges' }
  | { code: 'tooManyChildren' }
  | { code: 'noRuleData'; year: number }
  | { code: 'invalid' };

export type FieldIssues = Partial<Record<MoneyField, FieldIssue>>;

/** The fields the chosen benefit and the work ask for. */
export function activeFields(kind: SituationKind): MoneyField[] {
  return [...FIELDS_FOR_KIND[kind], ...WORK_FIELDS];
}

function checkNumberField(
  field: MoneyField,
  value: string,
): { value: number | undefined; issue?: FieldIssue } {
  const rule = NUMBER_RULES[field];
  if (!rule) return { value: undefined };
  const parsed = parseWith(rule.parse, value);
  if (parsed === null)
    return rule.required ? { value: undefined, issue: { code: 'required' } } : { value: undefined };
  if (Number.isNaN(parsed)) return { value: undefined, issue: { code: 'notANumber' } };
  if (rule.parse === 'whole' && !Number.isInteger(parsed))
    return { value: undefined, issue: { code: 'notWhole' } };
  if (parsed < rule.min || parsed > rule.max) {
    return { value: undefined, issue: { code: 'range', min: rule.min, max: rule.max } };
  }
  return { value: parsed };
}

/** "3, 8" or "3 8" → [3, 8]; null with an issue when an age is not a whole number from 0 to 17. */
export function parseChildAges(value: string): { ages: number[]; issue?: FieldIssue } {
  const parts = value
    .split(/[,;\s]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const ages: number[] = [];
  for (const part of parts) {
    if (!/^\d+$/.test(part)) return { ages: [], issue: { code: 'childAges' } };
    const age = Number(part);
    if (age > MAX_CHILD_AGE) return { ages: [], issue: { code: 'childAges' } };
    ages.push(age);
  }
  if (ages.length > MAX_CHILDREN) return { ages: [], issue: { code: 'tooManyChildren' } };
  return { ages };
}

export interface CheckedForm {
  issues: FieldIssues;
  situation: BenefitSituation | null;
  current: WorkScenario | null;
  year: number;
}

/** Checks every field the chosen benefit and the work need, and builds the calculation's input from them. */
export function checkMoneyForm(values: MoneyFormValues): CheckedForm {
  const issues: FieldIssues = {};
  const read = (field: MoneyTextField): number | undefined => {
    const checked = checkNumberField(field, values[field]);
    if (checked.issue) issues[field] = checked.issue;
    return checked.value;
  };

  let situation: BenefitSituation | null = null;
  switch (values.kind) {
    case 'none':
      situation = { kind: 'none' };
      break;
    case 'aap': {
      const basisIncome = read('aapBasisIncome');
      const age = read('aapAge');
      const children = read('aapChildren');
      if (basisIncome !== undefined && age !== undefined && children !== undefined) {
        situation = { kind: 'aap', basisIncome, age, children, workLimit: values.aapWorkLimit };
      }
      break;
    }
    case 'uforetrygd': {
      const uforegrad = read('uforegrad');
      const months = read('ufMonths');
      const ifu = read('ufIfu');
      const yearly = read('ufYearlyBenefit');
      const ieu = read('ufIeu');
      const kg = read('ufKompensasjonsgrad');
      const limit = read('ufIndividualLimit');
      const optionalOk = [
        'ufIfu',
        'ufYearlyBenefit',
        'ufIeu',
        'ufKompensasjonsgrad',
        'ufIndividualLimit',
      ].every((field) => issues[field as MoneyField] === undefined);
      if (uforegrad !== undefined && months !== undefined && optionalOk) {
        situation = {
          kind: 'uforetrygd',
          uforegrad,
          household: values.ufHousehold,
          monthsReceivedBeforeYear: months,
          ...(ifu !== undefined ? { incomeBeforeDisability: ifu } : {}),
          ...(yearly !== undefined ? { yearlyBenefitBeforeReduction: yearly } : {}),
          ...(ieu !== undefined ? { incomeAfterDisability: ieu } : {}),
          ...(kg !== undefined ? { kompensasjonsgrad: kg } : {}),
          ...(limit !== undefined ? { individualIncomeLimit: limit } : {}),
          ...(values.ufYoungDisabled ? { youngDisabled: true } : {}),
          ...(values.ufVta ? { vta: true } : {}),
        };
      }
      break;
    }
    case 'sosialhjelp': {
      const housing = read('shHousing');
      const norm = read('shNorm');
      const children = parseChildAges(values.shChildAges);
      if (children.issue) issues.shChildAges = children.issue;
      if (housing !== undefined && issues.shNorm === undefined && !children.issue) {
        situation = {
          kind: 'sosialhjelp',
          household: values.shHousehold,
          monthlyHousingCost: housing,
          ...(children.ages.length > 0 ? { childAges: children.ages } : {}),
          ...(norm !== undefined ? { monthlyNorm: norm } : {}),
        };
      }
      break;
    }
  }

  const hoursPerWeek = read('hours');
  const hourlyWage = read('wage');
  const weeksPerYear = read('weeks');
  const current =
    hoursPerWeek !== undefined && hourlyWage !== undefined && weeksPerYear !== undefined
      ? { hoursPerWeek, hourlyWage, weeksPerYear }
      : null;
  const year = Number(values.year);
  if (!Number.isInteger(year)) issues.year = { code: 'required' };
  return { issues, situation, current, year };
}

/** The calculation's own field path (e.g. `situation.age`, `scenarios[0].hourlyWage`) as a form field. */
export function fieldForErrorPath(path: string, kind: SituationKind): MoneyField | null {
  const direct: Record<string, MoneyField> = {
    year: 'year',
    'situation.kind': 'kind',
    'situation.basisIncome': 'aapBasisIncome',
    'situation.age': 'aapAge',
    'situation.children': 'aapChildren',
    'situation.workLimit': 'aapWorkLimit',
    'situation.uforegrad': 'uforegrad',
    'situation.monthsReceivedBeforeYear': 'ufMonths',
    'situation.incomeBeforeDisability': 'ufIfu',
    'situation.yearlyBenefitBeforeReduction': 'ufYearlyBenefit',
    'situation.incomeAfterDisability': 'ufIeu',
    'situation.kompensasjonsgrad': 'ufKompensasjonsgrad',
    'situation.individualIncomeLimit': 'ufIndividualLimit',
    'situation.monthlyHousingCost': 'shHousing',
    'situation.monthlyNorm': 'shNorm',
    'situation.childAges': 'shChildAges',
    'scenarios[0].hoursPerWeek': 'hours',
    'scenarios[0].hourlyWage': 'wage',
    'scenarios[0].weeksPerYear': 'weeks',
  };
  const found = direct[path];
  if (found) return found;
  if (path === 'situation.household') return kind === 'uforetrygd' ? 'ufHousehold' : 'shHousehold';
  if (/^situation\.childAges\[\d+\]$/.test(path)) return 'shChildAges';
  return null;
}

/** The calculation's reason, worded for the form. */
export function issueForError(error: BenefitsInputError, field: MoneyField | null, year: number): FieldIssue {
  switch (error.code) {
    case 'no_rule_data':
      return { code: 'noRuleData', year };
    case 'not_a_number':
      return { code: 'notANumber' };
    case 'not_an_integer':
      return { code: 'notWhole' };
    case 'negative':
    case 'too_high':
    case 'out_of_range': {
      const rule = field ? NUMBER_RULES[field] : undefined;
      if (field === 'shChildAges') return { code: 'childAges' };
      return rule ? { code: 'range', min: rule.min, max: rule.max } : { code: 'invalid' };
    }
    case 'too_many':
      return field === 'shChildAges' ? { code: 'tooManyChildren' } : { code: 'invalid' };
    default:
      return { code: 'invalid' };
  }
}

export type Calculation =
  | {
      status: 'ok';
      input: EstimateInput;
      result: EstimateResult;
      curve: NetIncomePoint[];
      safety: SafetyNetItem[];
    }
  /** Some required figure is still empty: say which, show no numbers. */
  | { status: 'incomplete'; issues: FieldIssues; general: null }
  /** Some figure cannot be used: say which and why. `general` is a problem not tied to one field. */
  | { status: 'invalid'; issues: FieldIssues; general: FieldIssue | null };

function isEqualWork(a: WorkScenario, b: WorkScenario): boolean {
  return (
    a.hoursPerWeek === b.hoursPerWeek && a.hourlyWage === b.hourlyWage && a.weeksPerYear === b.weeksPerYear
  );
}

export function containsWork(list: readonly WorkScenario[], scenario: WorkScenario): boolean {
  return list.some((item) => isEqualWork(item, scenario));
}

/**
 * What is saved: the situation, the work being tried now first, then the compared ones. When the current work is
 * already among the compared, the compared list is saved as it is.
 */
export function scenariosToSave(current: WorkScenario, compared: readonly WorkScenario[]): WorkScenario[] {
  if (containsWork(compared, current)) return [...compared];
  return [current, ...compared];
}

/** A saved input loaded back: the first work scenario in the form, all of them (up to 4) side by side. */
export function comparedFromSaved(input: EstimateInput): WorkScenario[] {
  return input.scenarios.length > 1 ? input.scenarios.slice(0, MAX_COMPARED).map((s) => ({ ...s })) : [];
}

function onlyRequired(issues: FieldIssues): boolean {
  return Object.values(issues).every((issue) => issue?.code === 'required');
}

/**
 * Checks the form and calculates: the estimate for the work being tried (scenario 0) and every compared one, the
 * net-income curve (0–40 hours, with the current wage and weeks) and the safety nets. Any value the calculation
 * refuses (`BenefitsInputError`) is put on its field.
 */
export function calculateMoney(values: MoneyFormValues, compared: readonly WorkScenario[]): Calculation {
  const checked = checkMoneyForm(values);
  const issues = checked.issues;
  if (Object.keys(issues).length > 0 || !checked.situation || !checked.current) {
    return onlyRequired(issues)
      ? { status: 'incomplete', issues, general: null }
      : { status: 'invalid', issues, general: null };
  }
  const input: EstimateInput = {
    year: checked.year,
    situation: checked.situation,
    scenarios: [checked.current, ...compared],
  };
  try {
    const result = estimateBenefits(input);
    const curve = netIncomeCurve(input, { maxHoursPerWeek: CURVE_MAX_HOURS, stepHours: CURVE_STEP_HOURS });
    const safety = safetyNets(input.situation, input.year);
    return { status: 'ok', input, result, curve, safety };
  } catch (error) {
    if (!(error instanceof BenefitsInputError)) throw error;
    const field = fieldForErrorPath(error.field, values.kind);
    const issue = issueForError(error, field, checked.year);
    if (field) return { status: 'invalid', issues: { [field]: issue }, general: null };
    return { status: 'invalid', issues: {}, general: issue };
  }
}

/** Short field names for messages, e.g. «Timelønn». */
export function fieldName(t: TFunction, field: MoneyField): string {
  return t(`money.fieldNames.${field}`);
}

/** The message for one issue, naming the field so it also reads well in the error summary. */
export function issueMessage(
  t: TFunction,
  field: MoneyField | null,
  issue: FieldIssue,
  language: Language,
): string {
  const name = field ? fieldName(t, field) : '';
  switch (issue.code) {
    case 'required':
      return t('money.errors.required', { field: name });
    case 'notANumber':
      return t('money.errors.notANumber', { field: name });
    case 'notWhole':
      return t('money.errors.notWhole', { field: name });
    case 'range':
      return t('money.errors.range', {
        field: name,
        min: formatNumber(issue.min, language),
        max: formatNumber(issue.max, language),
      });
    case 'childAges':
      return t('money.errors.childAges', { max: MAX_CHILD_AGE });
    case 'tooManyChildren':
      return t('money.errors.tooManyChildren', { max: MAX_CHILDREN });
    case 'noRuleData':
      return t('money.errors.noRuleData', {
        year: issue.year,
        years: RULE_YEARS.join(', '),
      });
    case 'invalid':
      return field ? t('money.errors.invalid', { field: name }) : t('money.errors.general');
  }
}
