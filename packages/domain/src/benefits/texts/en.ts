import type { ParameterNames, Templates } from './templates.ts';

const HOUSEHOLD_EN: Readonly<Record<string, string>> = {
  single: 'a single adult',
  couple: 'a married or cohabiting couple',
  shared_housing: 'a person in shared housing',
};

export const PARAMETER_NAMES_EN: ParameterNames = {
  'uforetrygd.benefitRate': 'disability benefit being 66 per cent of the calculation basis',
  'uforetrygd.basisCapG': 'the cap on the calculation basis for disability benefit',
  'uforetrygd.minimumIfuYoungG': 'the lowest income before disability for young disabled people before 2026',
  'uforetrygd.ieuFromGrade': 'the rule that derives income after disability from the degree of disability',
  'sosialhjelp.guidelineRates': "the state's guideline rates for financial assistance this year",
  'sosialhjelp.incomeCountedInFull': 'all income being deducted in full from financial assistance',
  'tax.trinn4': 'the rate of step 4 of the bracket tax',
  'tax.trinn5': 'the rate of step 5 of the bracket tax',
  'tax.trygdeavgiftClassAap': 'the national insurance contribution rate for work assessment allowance',
  'tax.minstefradragRate': 'the rate of the standard deduction',
  'tax.minstefradragMax': 'the maximum standard deduction',
  'tax.personfradrag': 'the personal allowance',
  'tax.aapChildSupplementTaxable': 'the child supplement to work assessment allowance being taxed',
  'tax.sosialhjelpTaxFree': 'financial assistance being tax-free',
  'dagpenger.minimumIncome': 'the income needed for unemployment benefit',
};

/** English. Norwegian terms in brackets where readers will meet them in letters from Nav. */
export const TEXTS_EN: Templates = {
  grunnbelop: (v) =>
    `The basic amount of the national insurance (grunnbeløpet) was ${v.kr('beforeMay')} until 1 May and ${v.kr('fromMay')} from 1 May. The estimate for all of ${v.text('year')} uses the average for the year: ${v.kr('average')}.`,
  work_income: (v) =>
    v.n('yearly') === 0
      ? 'Without work, income from work is NOK 0.'
      : `Income from work: ${v.num('hoursPerWeek')} hours a week × ${v.kr('hourlyWage')} an hour × ${v.num('weeksPerYear')} weeks = ${v.kr('yearly')} a year before tax.`,
  uforetrygd_zero_grade: () =>
    'The degree of disability is 0 per cent, so the estimate has no disability benefit.',
  uforetrygd_ifu_minimum: (v) =>
    `Your income before disability (inntekt før uførhet) was not given. We use the lowest the law allows: ${v.factor('minimumFactor')} times the basic amount, ${v.kr('minimum')}.`,
  uforetrygd_ifu_given: (v) =>
    v.n('given') >= v.n('minimum')
      ? `Your income before disability (inntekt før uførhet) is ${v.kr('used')}.`
      : `Your income before disability was given as ${v.kr('given')}. It cannot be lower than ${v.factor('minimumFactor')} times the basic amount, so we use ${v.kr('used')}.`,
  uforetrygd_benefit_given: (v) =>
    `Your disability benefit (uføretrygd) before income is deducted is ${v.kr('yearly')} a year at a ${v.num('uforegrad')} per cent degree of disability. At 100 per cent it would be ${v.kr('full')}.`,
  uforetrygd_benefit_estimated: (v) =>
    `The disability benefit is estimated because the amount was not given: ${v.pct('ratePercent')} of ${v.kr('basis')} is ${v.kr('fromIfu')}, but at least ${v.kr('minimum')}. At 100 per cent that is ${v.kr('full')}, and at a ${v.num('uforegrad')} per cent degree of disability ${v.kr('yearly')} a year. The amount in your decision letter from Nav is more reliable.`,
  uforetrygd_kompensasjonsgrad: (v) =>
    `The deduction rate (kompensasjonsgrad) is ${v.pct('percent')}: the benefit at 100 per cent (${v.kr('full')}) divided by your income before disability (${v.kr('ifu')}). That share of income above the limit is deducted from the benefit.`,
  uforetrygd_kompensasjonsgrad_given: (v) =>
    `The deduction rate (kompensasjonsgrad) in your decision is ${v.pct('percent')}. That share of income above the limit is deducted from the benefit.`,
  uforetrygd_kompensasjonsgrad_capped: (v) =>
    `From 2026 no more than ${v.pct('cap')} of income above the limit is deducted. Your rate of ${v.pct('computed')} therefore becomes ${v.pct('percent')}.`,
  uforetrygd_ieu_derived: (v) =>
    `The income you can have alongside the benefit (inntekt etter uførhet) is worked out from the degree of disability: ${v.kr('ifu')} × (100 − ${v.num('uforegrad')}) / 100 = ${v.kr('ieu')}. The figure in your decision is more reliable.`,
  uforetrygd_income_limit: (v) =>
    `The income limit (inntektsgrense) is ${v.kr('limit')} a year: ${v.kr('ieu')} of income after disability plus a free amount of ${v.factor('fribelopFactor')} times the basic amount (${v.kr('fribelop')}). If you earn less, the benefit is not reduced.`,
  uforetrygd_income_limit_higher_fribelop: (v) =>
    v.n('months') >= 12
      ? `You have had disability benefit for at least ${v.num('afterMonths')} months. From 2026 the free amount is then ${v.factor('highFactor')} times the basic amount (${v.kr('fribelop')}). The income limit is ${v.kr('limit')} a year.`
      : `You reach ${v.num('afterMonths')} months of disability benefit during the year. The free amount is ${v.factor('highFactor')} times the basic amount for ${v.num('months')} months and ${v.factor('lowFactor')} times for the rest of the year, ${v.kr('fribelop')} in all. The income limit is ${v.kr('limit')} a year.`,
  uforetrygd_income_limit_vta: (v) =>
    `You work in permanently adapted work (varig tilrettelagt arbeid). The free amount is then ${v.factor('fribelopFactor')} times the basic amount (${v.kr('fribelop')}), and the income limit is ${v.kr('limit')} a year.`,
  uforetrygd_income_limit_individual: (v) =>
    `The income limit in your decision is ${v.kr('limit')} a year. If you earn less, the benefit is not reduced.`,
  uforetrygd_income_cap: (v) =>
    `If you earn more than ${v.kr('cap')} a year (${v.pct('sharePercent')} of your income before disability), no disability benefit is paid that year.`,
  uforetrygd_not_reduced: (v) =>
    `Income of ${v.kr('income')} is not above the income limit of ${v.kr('limit')}. You get the whole benefit: ${v.kr('yearly')} a year.`,
  uforetrygd_reduced: (v) =>
    `Income is ${v.kr('excess')} above the income limit. ${v.pct('percent')} of that, ${v.kr('reduction')}, is deducted. The benefit becomes ${v.kr('before')} − ${v.kr('reduction')} = ${v.kr('yearly')} a year.`,
  uforetrygd_stopped: (v) =>
    `Income of ${v.kr('income')} is above ${v.kr('cap')}. No disability benefit is paid that year. The right to it rests and can come back.`,
  uforetrygd_yearly_settlement: () =>
    'Nav pays according to the income you expect. After the year, Nav compares with your actual income (etteroppgjør). If you got too much, you must pay it back.',
  aap_basis: (v) =>
    v.n('basis') > v.n('cap')
      ? `Your calculation basis is ${v.kr('basis')}, but at most ${v.factor('capFactor')} times the basic amount counts: ${v.kr('used')}.`
      : `Your calculation basis for work assessment allowance (arbeidsavklaringspenger) is ${v.kr('used')} a year.`,
  aap_level_from_basis: (v) =>
    `Work assessment allowance is ${v.pct('ratePercent')} of the basis: ${v.kr('yearly')} a year before tax.`,
  aap_level_minimum: (v) =>
    `${v.pct('ratePercent')} of the basis is ${v.kr('fromBasis')}. That is below the minimum of ${v.factor('minimumFactor')} times the basic amount, so you get ${v.kr('yearly')} a year before tax.`,
  aap_level_minimum_under_25: (v) =>
    `${v.pct('ratePercent')} of the basis is ${v.kr('fromBasis')}. Under age 25 the minimum is ${v.num('numerator')}/${v.num('denominator')} of ${v.factor('minimumFactor')} times the basic amount, so you get ${v.kr('yearly')} a year before tax.`,
  aap_child_supplement: (v) =>
    `Child supplement: ${v.num('children')} ${v.n('children') === 1 ? 'child' : 'children'} × ${v.kr('ratePerDay')} × ${v.num('days')} days = ${v.kr('yearly')} a year.`,
  aap_child_supplement_capped: (v) =>
    `The child supplement would be ${v.kr('full')}. The allowance and the supplement together cannot exceed ${v.pct('capPercent')} of the basis (${v.kr('capTotal')}), so the supplement is ${v.kr('yearly')} a year.`,
  aap_no_work: (v) =>
    v.n('child') > 0
      ? `Without work you get the full amount: ${v.kr('yearly')} a year and ${v.kr('child')} in child supplement.`
      : `Without work you get the full amount: ${v.kr('yearly')} a year.`,
  aap_reduced_by_hours: (v) =>
    `${v.num('hoursPerWeek')} hours is ${v.pct('workPercent')} of a ${v.num('normHours')}-hour working week. In weeks with work you get ${v.pct('payPercent')} of the amount.${v.n('weeksPerYear') < 52 ? ' Weeks without work pay the full amount.' : ''} That is ${v.kr('yearly')} a year${v.n('child') > 0 ? ` and ${v.kr('child')} in child supplement` : ''}.`,
  aap_stopped_by_hours: (v) =>
    `${v.num('hoursPerWeek')} hours is ${v.pct('workPercent')} of a ${v.num('normHours')}-hour working week. That is more than ${v.pct('limitPercent')}, so periods with that much work pay nothing.${v.n('weeksPerYear') < 52 ? ' Weeks without work pay the full amount.' : ''} That is ${v.kr('yearly')} a year.`,
  sosialhjelp_norm_guideline: (v) =>
    v.n('children') > 0
      ? `The state's guideline rate for living costs for ${HOUSEHOLD_EN[v.text('household')] ?? v.text('household')} is ${v.kr('adultsRate')} a month. For ${v.num('children')} ${v.n('children') === 1 ? 'child' : 'children'}, ${v.kr('childrenRate')} is added. In all ${v.kr('norm')}.`
      : `The state's guideline rate for living costs for ${HOUSEHOLD_EN[v.text('household')] ?? v.text('household')} is ${v.kr('norm')} a month.`,
  sosialhjelp_norm_given: (v) => `The municipality's rate for living costs is ${v.kr('norm')} a month.`,
  sosialhjelp_need: (v) =>
    `Your need is ${v.kr('norm')} for living costs plus ${v.kr('housing')} for housing = ${v.kr('need')} a month.`,
  sosialhjelp_paid: (v) =>
    v.n('netWorkMonthly') === 0
      ? `Without income, financial assistance (økonomisk sosialhjelp) can cover the whole need: ${v.kr('monthly')} a month.`
      : `All income is deducted krone for krone. The need of ${v.kr('need')} minus wages after tax of ${v.kr('netWorkMonthly')} leaves ${v.kr('monthly')} of financial assistance a month.`,
  tax_personinntekt: (v) =>
    `Tax is worked out on wages and taxable benefits: ${v.kr('work')} + ${v.kr('benefits')} = ${v.kr('total')} a year.`,
  tax_minstefradrag: (v) =>
    `The standard deduction (minstefradrag) is ${v.pct('ratePercent')} of income, at most ${v.kr('max')}: ${v.kr('amount')}.`,
  tax_income_tax: (v) =>
    `After the standard deduction and the personal allowance of ${v.kr('personfradrag')}, ${v.kr('base')} is left. The tax on it is ${v.pct('ratePercent')}: ${v.kr('amount')}.`,
  tax_trinnskatt: (v) =>
    v.n('amount') === 0
      ? `Bracket tax (trinnskatt) starts on income above ${v.kr('firstThreshold')}. You pay no bracket tax.`
      : `Bracket tax (trinnskatt) on income above ${v.kr('firstThreshold')}: ${v.kr('amount')}.`,
  tax_trygdeavgift: (v) =>
    v.n('amount') === 0
      ? `No national insurance contribution (trygdeavgift) is due on income up to ${v.kr('lowerLimit')}.`
      : `The national insurance contribution (trygdeavgift) is ${v.pct('ratePercent')} of income, but never more than ${v.pct('phaseInPercent')} of the part above ${v.kr('lowerLimit')}: ${v.kr('amount')}.`,
  tax_no_special_deduction_uforetrygd: () =>
    'Disability benefit is taxed like wages. There is no special tax deduction for it.',
  tax_sosialhjelp_not_taxed: () => 'Financial assistance is not taxed. Only the wages are.',
  net_total: (v) =>
    `In all: ${v.kr('work')} wages + ${v.kr('benefits')} from Nav − ${v.kr('tax')} tax = ${v.kr('net')} a year, about ${v.kr('netMonthly')} a month.`,
  caveat_unverified_parameter: (v) =>
    `Not confirmed in an official primary source: ${PARAMETER_NAMES_EN[v.text('parameter')] ?? v.text('parameter')}. The figure may be wrong.`,
  caveat_average_g: () =>
    'Amounts tied to the basic amount use the average for the year. Payments before and after 1 May differ a little.',
  caveat_aap_weeks_off: (v) =>
    `We assume the ${v.num('weeksOff')} weeks without work fall in whole reporting periods with the full amount.`,
  caveat_higher_fribelop_months: (v) =>
    `We assume the higher free amount applies from the month after you have had disability benefit for ${v.num('afterMonths')} whole months. Nav may count differently.`,
  caveat_sosialhjelp_average_month: () =>
    'Financial assistance is worked out month by month. We use an average month. Months with more wages give less assistance.',
  aap_stops_above_60_percent: () =>
    'If you work more than 60 per cent of a full week (22.5 hours), no work assessment allowance is paid for that period.',
  aap_stops_above_70_percent: () =>
    'If you work more than 70 per cent of a full week, no work assessment allowance is paid for that period.',
  aap_stops_above_80_percent: () =>
    'If you work more than 80 per cent of a full week, no work assessment allowance is paid for that period.',
  uforetrygd_stops_above_80_percent_of_ifu: () =>
    'Income is above 80 per cent of your income before disability. No disability benefit is paid that year.',
  uforetrygd_reduced_above_income_limit: () =>
    'Income is above the income limit. The disability benefit is reduced.',
  sosialhjelp_reduced_by_income: () => 'Wages reduce financial assistance krone for krone.',
  sosialhjelp_ends: () => 'Wages cover the whole need, so no financial assistance is paid.',
  net_below_no_work: () => 'With this work you have less to live on than without work.',
  safety_uforetrygd_dormant_right: (v) =>
    `If you earn more than ${v.pct('capPercent')} of your income before disability, payment stops. Your right to disability benefit rests for up to ${v.num('years')} years (hvilende rett).`,
  safety_uforetrygd_resumes: () =>
    'If your income falls again, for example because the job ends, the benefit starts again at the same degree of disability. You do not need to apply again.',
  safety_uforetrygd_report_income: () =>
    'Tell Nav the income you expect for the year, and when it changes. The change applies from the next month.',
  safety_uforetrygd_yearly_settlement: () =>
    'After each year Nav checks your actual income (etteroppgjør). If you got too much, you pay it back. If you got too little, you are paid the difference.',
  safety_uforetrygd_grade_kept: () =>
    'Your degree of disability does not change just because you earn more. Nav can review it only if your ability to work has improved for good.',
  safety_uforetrygd_do_not_resign: () =>
    'Do not give up your disability benefit to work. You would have to apply from scratch later. The resting right keeps you safe.',
  safety_aap_meldekort: (v) =>
    `Send the employment status form (meldekort) every ${v.num('days')} days. Enter the hours you worked. Payment follows the form.`,
  safety_aap_late_meldekort: () =>
    'If the form is late or missing, you may get less or nothing for that period.',
  safety_aap_continues: (v) =>
    `If you work more than ${v.pct('limitPercent')} (${v.num('maxHours')} hours a week), nothing is paid for that period. Your right continues. When you work less again, payment comes back.`,
  safety_aap_gradual_return: (v) =>
    `By agreement with your Nav counsellor you can for a period work up to ${v.pct('limitPercent')} of full time and still get work assessment allowance.`,
  safety_aap_max_duration: (v) =>
    `Work assessment allowance is normally paid for at most ${v.num('years')} years. In some cases the period can be extended.`,
  safety_aap_after: () =>
    'When work assessment allowance ends, disability benefit, unemployment benefit or financial assistance may apply.',
  safety_sosialhjelp_report_income: () =>
    'Tell your Nav office about all wages and other income. Financial assistance is worked out again each month.',
  safety_sosialhjelp_apply_again: () =>
    'If the job ends and you cannot support yourself, you can apply for financial assistance at your Nav office.',
  safety_dagpenger: (v) =>
    `If you lose your job, you may get unemployment benefit (dagpenger) if you earned at least ${v.factor('lastYearFactor')} times the basic amount (about ${v.kr('lastYear')}) last year or ${v.factor('threeYearsFactor')} times (about ${v.kr('threeYears')}) over the last three years.`,
  safety_tax_card: () =>
    'Make sure you have a tax card when you start work. Without one, the employer withholds 50 per cent tax.',
  not_covered_uforetrygd_child_supplement: () =>
    'The child supplement to disability benefit and how income reduces it.',
  not_covered_uforetrygd_survivor_supplement: () => 'The survivor supplement to disability benefit.',
  not_covered_uforetrygd_insurance_period: () =>
    'Lower disability benefit because you have lived or worked in Norway for less than 40 years.',
  not_covered_uforetrygd_converted_minimum: () =>
    'Special minimum rates for married and cohabiting people who had disability pension before 2015.',
  not_covered_uforetrygd_occupational_injury: () =>
    'Disability benefit after an occupational injury or disease.',
  not_covered_uforetrygd_grade_review: () =>
    'Nav changing the degree of disability if your ability to work improves for good.',
  not_covered_aap_assessed_work_capacity: () =>
    'A reduction because Nav has found you have some ability to work, even if you do not work.',
  not_covered_aap_turning_25: () =>
    'The minimum rising on the day you turn 25. We use your age at the start of the year.',
  not_covered_aap_end_of_period: () => 'Work assessment allowance ending during the year.',
  not_covered_combined_benefits: () =>
    'Several benefits at once, for example partial disability benefit with work assessment allowance, sickness benefit or unemployment benefit.',
  not_covered_sosialhjelp_discretion: () =>
    "The municipality's discretion. The rates are only guidelines, and some municipalities let you keep part of your wages.",
  not_covered_sosialhjelp_partner_and_assets: () =>
    "A spouse's or partner's income, savings and other benefits.",
  not_covered_sosialhjelp_barnetrygd: () =>
    'Child benefit (barnetrygd). The rules on whether it counts against financial assistance are changing.',
  not_covered_housing_allowance: () => 'Housing allowance (bostøtte) from the Norwegian State Housing Bank.',
  not_covered_holiday_pay: () =>
    'Holiday pay (feriepenger). It comes on top of wages and is paid the year after.',
  not_covered_uneven_income: () =>
    'Wages that vary from month to month. We assume even wages through the year.',
  not_covered_tax_deductions: () =>
    'Other tax deductions (interest, union fees, travel), lower tax in Finnmark and Nord-Troms, and wealth tax.',
  not_covered_tax_withholding: () =>
    'Tax withheld during the year and tax-free cards (frikort). We show the tax for the whole year.',
  not_covered_wage_subsidy: () =>
    'Wage subsidies, measures allowance (tiltakspenger) and other Nav measures.',
  disclaimer: () =>
    'This is an estimate, not a decision. Nav and your municipality decide what you actually get. Talk to Nav before making big changes.',
};
