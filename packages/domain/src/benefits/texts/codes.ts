/** Codes of explanation steps; each has a plain-language text in nb, nn and en. */
export const STEP_CODES = [
  'grunnbelop',
  'work_income',
  'uforetrygd_zero_grade',
  'uforetrygd_ifu_minimum',
  'uforetrygd_ifu_given',
  'uforetrygd_benefit_given',
  'uforetrygd_benefit_estimated',
  'uforetrygd_kompensasjonsgrad',
  'uforetrygd_kompensasjonsgrad_given',
  'uforetrygd_kompensasjonsgrad_capped',
  'uforetrygd_ieu_derived',
  'uforetrygd_income_limit',
  'uforetrygd_income_limit_higher_fribelop',
  'uforetrygd_income_limit_vta',
  'uforetrygd_income_limit_individual',
  'uforetrygd_income_cap',
  'uforetrygd_not_reduced',
  'uforetrygd_reduced',
  'uforetrygd_stopped',
  'uforetrygd_yearly_settlement',
  'aap_basis',
  'aap_level_from_basis',
  'aap_level_minimum',
  'aap_level_minimum_under_25',
  'aap_child_supplement',
  'aap_child_supplement_capped',
  'aap_no_work',
  'aap_reduced_by_hours',
  'aap_stopped_by_hours',
  'sosialhjelp_norm_guideline',
  'sosialhjelp_norm_given',
  'sosialhjelp_need',
  'sosialhjelp_paid',
  'tax_personinntekt',
  'tax_minstefradrag',
  'tax_income_tax',
  'tax_trinnskatt',
  'tax_trygdeavgift',
  'tax_no_special_deduction_uforetrygd',
  'tax_sosialhjelp_not_taxed',
  'net_total',
  'caveat_unverified_parameter',
  'caveat_average_g',
  'caveat_aap_weeks_off',
  'caveat_higher_fribelop_months',
  'caveat_sosialhjelp_average_month',
] as const;
export type StepCode = (typeof STEP_CODES)[number];

/** Marks on a scenario where a rule makes income jump or stop. */
export const CLIFF_FLAGS = [
  'aap_stops_above_60_percent',
  'aap_stops_above_70_percent',
  'aap_stops_above_80_percent',
  'uforetrygd_stops_above_80_percent_of_ifu',
  'uforetrygd_reduced_above_income_limit',
  'sosialhjelp_reduced_by_income',
  'sosialhjelp_ends',
  'net_below_no_work',
] as const;
export type CliffFlag = (typeof CLIFF_FLAGS)[number];

export const SAFETY_NET_CODES = [
  'safety_uforetrygd_dormant_right',
  'safety_uforetrygd_resumes',
  'safety_uforetrygd_report_income',
  'safety_uforetrygd_yearly_settlement',
  'safety_uforetrygd_grade_kept',
  'safety_uforetrygd_do_not_resign',
  'safety_aap_meldekort',
  'safety_aap_late_meldekort',
  'safety_aap_continues',
  'safety_aap_gradual_return',
  'safety_aap_max_duration',
  'safety_aap_after',
  'safety_sosialhjelp_report_income',
  'safety_sosialhjelp_apply_again',
  'safety_dagpenger',
  'safety_tax_card',
] as const;
export type SafetyNetCode = (typeof SAFETY_NET_CODES)[number];

export const NOT_COVERED_CODES = [
  'not_covered_uforetrygd_child_supplement',
  'not_covered_uforetrygd_survivor_supplement',
  'not_covered_uforetrygd_insurance_period',
  'not_covered_uforetrygd_converted_minimum',
  'not_covered_uforetrygd_occupational_injury',
  'not_covered_uforetrygd_grade_review',
  'not_covered_aap_assessed_work_capacity',
  'not_covered_aap_turning_25',
  'not_covered_aap_end_of_period',
  'not_covered_combined_benefits',
  'not_covered_sosialhjelp_discretion',
  'not_covered_sosialhjelp_partner_and_assets',
  'not_covered_sosialhjelp_barnetrygd',
  'not_covered_housing_allowance',
  'not_covered_holiday_pay',
  'not_covered_uneven_income',
  'not_covered_tax_deductions',
  'not_covered_tax_withholding',
  'not_covered_wage_subsidy',
] as const;
export type NotCoveredCode = (typeof NOT_COVERED_CODES)[number];

export type TextCode = StepCode | CliffFlag | SafetyNetCode | NotCoveredCode | 'disclaimer';

export const ALL_TEXT_CODES: readonly TextCode[] = [
  ...STEP_CODES,
  ...CLIFF_FLAGS,
  ...SAFETY_NET_CODES,
  ...NOT_COVERED_CODES,
  'disclaimer',
];

/** Values a text may show; the template decides how (kroner, per cent, hours, words). */
export type TextParams = Readonly<Record<string, number | string | boolean>>;

/** Anything with a text: a code and the values its template shows. */
export type TextItem<C extends TextCode = TextCode> = { readonly code: C; readonly params: TextParams };
