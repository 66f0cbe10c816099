import type { SosialhjelpSituation } from '../input.ts';
import { roundKroner } from '../money.ts';
import type { ExplanationStep } from '../result.ts';
import type { GuidelineRatesValue } from '../rules/types.ts';
import type { YearRules } from '../rules/year-rules.ts';
import type { CliffFlag } from '../texts/codes.ts';
import type { BenefitPart, PreparedSituation, WorkFacts } from './prepared.ts';
import type { StepMaker } from './steps.ts';

function childRate(rates: GuidelineRatesValue, age: number): number {
  if (age <= 5) return rates.child0to5;
  if (age <= 10) return rates.child6to10;
  return rates.child11to17;
}

/**
 * Økonomisk sosialhjelp per month (sosialtjenesteloven § 18), as an estimate of the municipality's discretion:
 *   need = norm (guideline rates, or the municipality's own) + housing costs
 *   paid = max(0, need − work income after tax per month)     — income counts in full, krone for krone
 */
export function prepareSosialhjelp(s: SosialhjelpSituation, r: YearRules, mk: StepMaker): PreparedSituation {
  const h = r.sosialhjelp;
  const steps: ExplanationStep[] = [];
  const ages = s.childAges ?? [];

  let norm: number;
  if (s.monthlyNorm === undefined) {
    const rates = h.guidelineRates.value;
    const adultsRate = rates[s.household];
    const childrenRate = ages.reduce((sum, age) => sum + childRate(rates, age), 0);
    norm = adultsRate + childrenRate;
    steps.push(
      mk.step(
        'sosialhjelp_norm_guideline',
        { household: s.household, adultsRate, children: ages.length, childrenRate, norm },
        [h.guidelineRates],
      ),
    );
  } else {
    norm = s.monthlyNorm;
    steps.push(mk.step('sosialhjelp_norm_given', { norm }, []));
  }
  const need = norm + s.monthlyHousingCost;
  steps.push(mk.step('sosialhjelp_need', { norm, housing: s.monthlyHousingCost, need }, []));

  const afterTaxBenefits = (work: WorkFacts, netWorkYearly: number): BenefitPart => {
    const netWorkMonthly = roundKroner(netWorkYearly / 12);
    const monthly = Math.max(0, need - netWorkMonthly);
    const flags: CliffFlag[] = [];
    if (work.yearly > 0 && monthly === 0 && need > 0) flags.push('sosialhjelp_ends');
    else if (work.yearly > 0 && monthly < need) flags.push('sosialhjelp_reduced_by_income');
    return {
      amounts: [{ kind: 'sosialhjelp', yearly: monthly * 12, monthly }],
      steps: [mk.step('sosialhjelp_paid', { netWorkMonthly, need, monthly }, [h.incomeCountedInFull])],
      flags,
    };
  };

  return {
    setupSteps: steps,
    keyFigures: {
      kind: 'sosialhjelp',
      monthlyNorm: norm,
      monthlyHousingCost: s.monthlyHousingCost,
      monthlyNeed: need,
    },
    caveats: [mk.step('caveat_sosialhjelp_average_month', {}, [])],
    taxableBenefits: () => ({ amounts: [], steps: [], flags: [] }),
    afterTaxBenefits,
    taxNotes: [mk.step('tax_sosialhjelp_not_taxed', {}, [r.tax.sosialhjelpTaxFree])],
  };
}
