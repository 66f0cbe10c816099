import type { SituationKind } from './input.ts';
import type { NotCoveredItem } from './result.ts';
import type { NotCoveredCode } from './texts/codes.ts';

const ALL: readonly SituationKind[] = ['none', 'uforetrygd', 'aap', 'sosialhjelp'];

function item(code: NotCoveredCode, appliesTo: readonly SituationKind[]): NotCoveredItem {
  return { code, params: {}, appliesTo };
}

/** Rules the calculator does not cover; each has a text in nb, nn and en (`explanationText`). */
export const NOT_COVERED: readonly NotCoveredItem[] = [
  item('not_covered_uforetrygd_child_supplement', ['uforetrygd']),
  item('not_covered_uforetrygd_survivor_supplement', ['uforetrygd']),
  item('not_covered_uforetrygd_insurance_period', ['uforetrygd']),
  item('not_covered_uforetrygd_converted_minimum', ['uforetrygd']),
  item('not_covered_uforetrygd_occupational_injury', ['uforetrygd']),
  item('not_covered_uforetrygd_grade_review', ['uforetrygd']),
  item('not_covered_aap_assessed_work_capacity', ['aap']),
  item('not_covered_aap_turning_25', ['aap']),
  item('not_covered_aap_end_of_period', ['aap']),
  item('not_covered_combined_benefits', ALL),
  item('not_covered_sosialhjelp_discretion', ['sosialhjelp']),
  item('not_covered_sosialhjelp_partner_and_assets', ['sosialhjelp']),
  item('not_covered_sosialhjelp_barnetrygd', ['sosialhjelp']),
  item('not_covered_housing_allowance', ALL),
  item('not_covered_holiday_pay', ALL),
  item('not_covered_uneven_income', ALL),
  item('not_covered_tax_deductions', ALL),
  item('not_covered_tax_withholding', ALL),
  item('not_covered_wage_subsidy', ALL),
];

export function notCoveredFor(kind: SituationKind): readonly NotCoveredItem[] {
  return NOT_COVERED.filter((i) => i.appliesTo.includes(kind));
}
