import { referenceFor } from './calc/steps.ts';
import type { BenefitSituation } from './input.ts';
import { roundKroner, toPercent } from './money.ts';
import type { SafetyNetItem } from './result.ts';
import { DEFAULT_RULES } from './rules/default-rules.ts';
import type { ResolvedParameter, RuleSet } from './rules/types.ts';
import { resolveYearRules } from './rules/year-rules.ts';
import type { SafetyNetCode, TextParams } from './texts/codes.ts';
import { checkSituation } from './validate-input.ts';

const NAV = {
  law: 'Practice described in NAV’s letters and pages',
  source: 'research notes benefits-norway.md',
};

/**
 * What happens if the job ends, and what must be reported to NAV and when, for a benefit situation.
 * Plain-language texts come from `explanationText(item, locale)`.
 */
export function safetyNets(
  situation: BenefitSituation,
  year: number,
  rules: RuleSet = DEFAULT_RULES,
): SafetyNetItem[] {
  checkSituation(situation);
  const r = resolveYearRules(rules, year);
  const g = r.g.average.value;
  const item = (
    code: SafetyNetCode,
    params: TextParams,
    used: readonly ResolvedParameter<unknown>[],
  ): SafetyNetItem => {
    const reference = used.length === 0 ? { ...NAV, verified: false, parameters: [] } : referenceFor(used);
    return { code, params, reference };
  };
  const dp = r.dagpenger.minimumIncome;
  const dagpenger = item(
    'safety_dagpenger',
    {
      lastYearFactor: dp.value.lastYearG,
      lastYear: roundKroner(dp.value.lastYearG * g),
      threeYearsFactor: dp.value.lastThreeYearsG,
      threeYears: roundKroner(dp.value.lastThreeYearsG * g),
    },
    [dp, r.g.average],
  );
  const taxCard = item('safety_tax_card', {}, []);
  const u = r.uforetrygd;
  const a = r.aap;

  switch (situation.kind) {
    case 'uforetrygd':
      return [
        item(
          'safety_uforetrygd_dormant_right',
          { years: u.dormantRightYears.value, capPercent: toPercent(u.incomeCapShareOfIfu.value) },
          [u.dormantRightYears, u.incomeCapShareOfIfu],
        ),
        item('safety_uforetrygd_resumes', {}, [u.dormantRightYears]),
        item('safety_uforetrygd_report_income', {}, [u.yearlySettlement]),
        item('safety_uforetrygd_yearly_settlement', {}, [u.yearlySettlement, u.incomeCapShareOfIfu]),
        item('safety_uforetrygd_grade_kept', {}, [u.ieuFromGrade]),
        item('safety_uforetrygd_do_not_resign', {}, [u.dormantRightYears]),
        taxCard,
      ];
    case 'aap': {
      const limitCase = situation.workLimit ?? 'standard';
      const limit = a.workLimits.value[limitCase];
      return [
        item('safety_aap_meldekort', { days: a.reportingPeriodDays.value }, [a.reportingPeriodDays]),
        item('safety_aap_late_meldekort', {}, [a.reportingPeriodDays]),
        item(
          'safety_aap_continues',
          { limitPercent: toPercent(limit), maxHours: limit * a.normalHoursPerWeek.value },
          [a.workLimits, a.normalHoursPerWeek],
        ),
        item('safety_aap_gradual_return', { limitPercent: toPercent(a.workLimits.value.gradual_return) }, [
          a.workLimits,
        ]),
        item('safety_aap_max_duration', { years: a.maxDurationYears.value }, [a.maxDurationYears]),
        item('safety_aap_after', {}, []),
        dagpenger,
        taxCard,
      ];
    }
    case 'sosialhjelp':
      return [
        item('safety_sosialhjelp_report_income', {}, [r.sosialhjelp.incomeCountedInFull]),
        item('safety_sosialhjelp_apply_again', {}, []),
        dagpenger,
        taxCard,
      ];
    case 'none':
      return [dagpenger, item('safety_sosialhjelp_apply_again', {}, []), taxCard];
  }
}
