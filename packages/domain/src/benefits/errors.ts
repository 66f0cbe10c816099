export type BenefitsInputErrorCode =
  | 'not_a_number'
  | 'not_an_integer'
  | 'not_a_string'
  | 'negative'
  | 'too_high'
  | 'out_of_range'
  | 'too_long'
  | 'too_few'
  | 'too_many'
  | 'no_rule_data';

/**
 * Thrown by the calculation when an input cannot give a meaningful estimate, instead of silently using zero.
 * `field` is a path into the input (e.g. `scenarios[2].hoursPerWeek`, `situation.uforegrad`, `year`).
 */
export class BenefitsInputError extends Error {
  override readonly name = 'BenefitsInputError';
  readonly field: string;
  readonly code: BenefitsInputErrorCode;

  constructor(field: string, code: BenefitsInputErrorCode, message: string) {
    super(message);
    this.field = field;
    this.code = code;
  }
}

export function noRuleDataError(year: number, parameter: string, detail: string): BenefitsInputError {
  return new BenefitsInputError(
    'year',
    'no_rule_data',
    `No benefit rule data for ${year}: ${parameter} ${detail}.`,
  );
}
