import { BenefitsInputError } from './errors.ts';
import type { BenefitSituation, EstimateInput, WorkScenario } from './input.ts';
import {
  MAX_AAP_AGE,
  MAX_AMOUNT,
  MAX_CHILD_AGE,
  MAX_CHILDREN,
  MAX_HOURLY_WAGE,
  MAX_HOURS_PER_WEEK,
  MAX_KOMPENSASJONSGRAD,
  MAX_LABEL_LENGTH,
  MAX_MONTHS_RECEIVED,
  MAX_SCENARIOS,
  MAX_UFOREGRAD,
  MAX_WEEKS_PER_YEAR,
  MIN_AAP_AGE,
  MIN_SCENARIOS,
} from './limits.ts';

type NumberRule = { readonly min: number; readonly max: number; readonly integer?: boolean };

/** Checks one number; the error names the field and says what is wrong, never a silent zero. */
export function checkNumber(field: string, value: unknown, rule: NumberRule): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new BenefitsInputError(field, 'not_a_number', `${field} must be a finite number.`);
  }
  if (rule.integer === true && !Number.isInteger(value)) {
    throw new BenefitsInputError(field, 'not_an_integer', `${field} must be a whole number, got ${value}.`);
  }
  if (value < 0 && rule.min >= 0) {
    throw new BenefitsInputError(field, 'negative', `${field} must not be negative, got ${value}.`);
  }
  if (value > rule.max) {
    throw new BenefitsInputError(field, 'too_high', `${field} must be at most ${rule.max}, got ${value}.`);
  }
  if (value < rule.min) {
    throw new BenefitsInputError(
      field,
      'out_of_range',
      `${field} must be at least ${rule.min}, got ${value}.`,
    );
  }
}

function checkOptional(field: string, value: unknown, rule: NumberRule): void {
  if (value !== undefined) checkNumber(field, value, rule);
}

const AMOUNT: NumberRule = { min: 0, max: MAX_AMOUNT };

export function checkScenario(field: string, s: WorkScenario): void {
  if (s.label !== undefined && typeof s.label !== 'string') {
    throw new BenefitsInputError(`${field}.label`, 'not_a_string', 'A label must be text.');
  }
  if (s.label !== undefined && s.label.length > MAX_LABEL_LENGTH) {
    throw new BenefitsInputError(
      `${field}.label`,
      'too_long',
      `A label has at most ${MAX_LABEL_LENGTH} characters.`,
    );
  }
  checkNumber(`${field}.hoursPerWeek`, s.hoursPerWeek, { min: 0, max: MAX_HOURS_PER_WEEK });
  checkNumber(`${field}.hourlyWage`, s.hourlyWage, { min: 0, max: MAX_HOURLY_WAGE });
  checkNumber(`${field}.weeksPerYear`, s.weeksPerYear, { min: 0, max: MAX_WEEKS_PER_YEAR });
}

export function checkSituation(s: BenefitSituation): void {
  switch (s.kind) {
    case 'none':
      return;
    case 'uforetrygd': {
      checkNumber('situation.uforegrad', s.uforegrad, { min: 0, max: MAX_UFOREGRAD });
      if (s.household !== 'single' && s.household !== 'couple') {
        throw new BenefitsInputError(
          'situation.household',
          'out_of_range',
          'household must be single or couple.',
        );
      }
      checkOptional('situation.yearlyBenefitBeforeReduction', s.yearlyBenefitBeforeReduction, AMOUNT);
      checkOptional('situation.incomeBeforeDisability', s.incomeBeforeDisability, AMOUNT);
      checkOptional('situation.incomeAfterDisability', s.incomeAfterDisability, AMOUNT);
      checkOptional('situation.kompensasjonsgrad', s.kompensasjonsgrad, {
        min: 0,
        max: MAX_KOMPENSASJONSGRAD,
      });
      checkOptional('situation.individualIncomeLimit', s.individualIncomeLimit, AMOUNT);
      checkNumber('situation.monthsReceivedBeforeYear', s.monthsReceivedBeforeYear, {
        min: 0,
        max: MAX_MONTHS_RECEIVED,
        integer: true,
      });
      return;
    }
    case 'aap':
      checkNumber('situation.basisIncome', s.basisIncome, AMOUNT);
      checkNumber('situation.age', s.age, { min: MIN_AAP_AGE, max: MAX_AAP_AGE, integer: true });
      checkNumber('situation.children', s.children, { min: 0, max: MAX_CHILDREN, integer: true });
      if (
        s.workLimit !== undefined &&
        !['standard', 'occupational_injury', 'gradual_return'].includes(s.workLimit)
      ) {
        throw new BenefitsInputError('situation.workLimit', 'out_of_range', 'Unknown AAP work limit.');
      }
      return;
    case 'sosialhjelp': {
      if (!['single', 'couple', 'shared_housing'].includes(s.household)) {
        throw new BenefitsInputError('situation.household', 'out_of_range', 'Unknown household type.');
      }
      const ages = s.childAges ?? [];
      if (ages.length > MAX_CHILDREN) {
        throw new BenefitsInputError('situation.childAges', 'too_many', `At most ${MAX_CHILDREN} children.`);
      }
      ages.forEach((age, i) => {
        checkNumber(`situation.childAges[${i}]`, age, { min: 0, max: MAX_CHILD_AGE, integer: true });
      });
      checkNumber('situation.monthlyHousingCost', s.monthlyHousingCost, AMOUNT);
      checkOptional('situation.monthlyNorm', s.monthlyNorm, AMOUNT);
      return;
    }
    default: {
      const kind = String((s as { kind?: unknown }).kind);
      throw new BenefitsInputError('situation.kind', 'out_of_range', `Unknown situation kind ${kind}.`);
    }
  }
}

/** Throws `BenefitsInputError` for the first problem found in the input (the year is checked against the rules later). */
export function assertValidInput(input: EstimateInput): void {
  checkNumber('year', input.year, { min: 0, max: 9999, integer: true });
  checkSituation(input.situation);
  if (!Array.isArray(input.scenarios) || input.scenarios.length < MIN_SCENARIOS) {
    throw new BenefitsInputError('scenarios', 'too_few', `Give at least ${MIN_SCENARIOS} work scenario.`);
  }
  if (input.scenarios.length > MAX_SCENARIOS) {
    throw new BenefitsInputError('scenarios', 'too_many', `Give at most ${MAX_SCENARIOS} work scenarios.`);
  }
  input.scenarios.forEach((s, i) => {
    checkScenario(`scenarios[${i}]`, s);
  });
}
