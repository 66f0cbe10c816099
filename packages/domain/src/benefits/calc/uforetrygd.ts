import type { UforetrygdSituation } from '../input.ts';
import { monthlyOf, roundKroner, roundPercent2, toPercent } from '../money.ts';
import type { ExplanationStep } from '../result.ts';
import type { ResolvedParameter } from '../rules/types.ts';
import type { YearRules } from '../rules/year-rules.ts';
import type { CliffFlag } from '../texts/codes.ts';
import type { BenefitPart, PreparedSituation, WorkFacts } from './prepared.ts';
import type { StepMaker } from './steps.ts';

/**
 * Months of the year with the higher fribeløp: month k (1–12) qualifies when the person has had uføretrygd
 * for at least `afterMonths` whole months before it, i.e. monthsBefore + k − 1 ≥ afterMonths.
 */
export function monthsWithHigherFribelop(monthsBefore: number, afterMonths: number): number {
  return Math.min(12, Math.max(0, monthsBefore - afterMonths + 12));
}

function zeroGrade(r: YearRules, mk: StepMaker): PreparedSituation {
  const setupSteps = [mk.step('uforetrygd_zero_grade', {}, [r.uforetrygd.incomeCapShareOfIfu])];
  const none: BenefitPart = {
    amounts: [{ kind: 'uforetrygd', yearly: 0, monthly: 0 }],
    steps: [],
    flags: [],
  };
  return {
    setupSteps,
    keyFigures: {
      kind: 'uforetrygd',
      yearlyBeforeReduction: 0,
      incomeLimit: 0,
      incomeCap: 0,
      kompensasjonsgrad: 0,
    },
    caveats: [],
    taxableBenefits: () => none,
    afterTaxBenefits: () => ({ amounts: [], steps: [], flags: [] }),
    taxNotes: [],
  };
}

/**
 * Uføretrygd and work income over a calendar year (folketrygdloven § 12-14):
 *   kompensasjonsgrad kg = min(UT at 100 % ÷ IFU, cap)            (cap 70 % from 2026, none before)
 *   inntektsgrense       = IEU + fribeløp                         (0.4 G; VTA 1 G; 1 G after 24 months from 2026)
 *   paid                 = 0                                       if income > 80 % of IFU
 *                        = max(0, UT − max(0, income − inntektsgrense) × kg)   otherwise
 */
export function prepareUforetrygd(s: UforetrygdSituation, r: YearRules, mk: StepMaker): PreparedSituation {
  if (s.uforegrad === 0) return zeroGrade(r, mk);
  const u = r.uforetrygd;
  const g = r.g.average.value;
  const steps: ExplanationStep[] = [];
  const caveats: ExplanationStep[] = [];
  const young = s.youngDisabled === true;

  // Inntekt før uførhet, never below the minimum (§ 12-9).
  const minimumIfuFactor = young ? u.minimumIfuYoungG.value : u.minimumIfuG.value[s.household];
  const minimumIfuParam = young ? u.minimumIfuYoungG : u.minimumIfuG;
  const minimumIfu = roundKroner(minimumIfuFactor * g);
  let ifu = minimumIfu;
  if (s.incomeBeforeDisability === undefined) {
    steps.push(
      mk.step('uforetrygd_ifu_minimum', { minimumFactor: minimumIfuFactor, minimum: minimumIfu }, [
        minimumIfuParam,
        r.g.average,
      ]),
    );
  } else {
    ifu = Math.max(s.incomeBeforeDisability, minimumIfu);
    steps.push(
      mk.step(
        'uforetrygd_ifu_given',
        { given: s.incomeBeforeDisability, minimumFactor: minimumIfuFactor, minimum: minimumIfu, used: ifu },
        [minimumIfuParam, r.g.average],
      ),
    );
  }

  // The benefit before income: from NAV's decision, or estimated from IFU.
  let full: number;
  let yearlyBefore: number;
  if (s.yearlyBenefitBeforeReduction !== undefined) {
    yearlyBefore = s.yearlyBenefitBeforeReduction;
    full = roundKroner((yearlyBefore * 100) / s.uforegrad);
    steps.push(
      mk.step('uforetrygd_benefit_given', { yearly: yearlyBefore, uforegrad: s.uforegrad, full }, []),
    );
  } else {
    const basisCap = roundKroner(u.basisCapG.value * g);
    const basis = Math.min(ifu, basisCap);
    const fromIfu = roundKroner(u.benefitRate.value * basis);
    const minimumKey = young ? (s.household === 'single' ? 'youngSingle' : 'youngCouple') : s.household;
    const minimumFactor = u.minimumBenefitG.value[minimumKey];
    const minimum = roundKroner(minimumFactor * g);
    full = Math.max(fromIfu, minimum);
    yearlyBefore = roundKroner((full * s.uforegrad) / 100);
    steps.push(
      mk.step(
        'uforetrygd_benefit_estimated',
        {
          ifu,
          basisCap,
          basis,
          ratePercent: toPercent(u.benefitRate.value),
          fromIfu,
          minimumFactor,
          minimum,
          full,
          uforegrad: s.uforegrad,
          yearly: yearlyBefore,
        },
        [u.benefitRate, u.basisCapG, u.minimumBenefitG, r.g.average],
      ),
    );
  }

  // Kompensasjonsgrad (reduksjonsprosent from 2026), capped at 70 % from 2026.
  let kg: number;
  if (s.kompensasjonsgrad === undefined) {
    kg = Math.min(100, roundPercent2((full / ifu) * 100));
    steps.push(
      mk.step('uforetrygd_kompensasjonsgrad', { full, ifu, percent: kg }, [u.kompensasjonsgradFormula]),
    );
  } else {
    kg = s.kompensasjonsgrad;
    steps.push(mk.step('uforetrygd_kompensasjonsgrad_given', { percent: kg }, []));
  }
  const cap = u.kompensasjonsgradCapPercent.value;
  if (cap !== null && kg > cap) {
    steps.push(
      mk.step('uforetrygd_kompensasjonsgrad_capped', { computed: kg, cap, percent: cap }, [
        u.kompensasjonsgradCapPercent,
      ]),
    );
    kg = cap;
  }

  // Inntektsgrense (bunnfradrag from 2026).
  let limit: number;
  let limitParams: readonly ResolvedParameter<unknown>[] = [];
  if (s.individualIncomeLimit !== undefined) {
    limit = s.individualIncomeLimit;
    steps.push(mk.step('uforetrygd_income_limit_individual', { limit }, []));
  } else {
    let ieu = s.incomeAfterDisability ?? 0;
    if (s.incomeAfterDisability === undefined) {
      ieu = roundKroner((ifu * (100 - s.uforegrad)) / 100);
      if (ieu > 0)
        steps.push(mk.step('uforetrygd_ieu_derived', { ifu, uforegrad: s.uforegrad, ieu }, [u.ieuFromGrade]));
    }
    const higher = u.higherFribelop.value;
    const months =
      higher === null ? 0 : monthsWithHigherFribelop(s.monthsReceivedBeforeYear, higher.afterMonths);
    if (s.vta === true) {
      const fribelop = roundKroner(u.fribelopVtaG.value * g);
      limit = ieu + fribelop;
      limitParams = [u.fribelopVtaG];
      steps.push(
        mk.step(
          'uforetrygd_income_limit_vta',
          { ieu, fribelopFactor: u.fribelopVtaG.value, fribelop, limit },
          [u.fribelopVtaG, r.g.average],
        ),
      );
    } else if (higher !== null && months > 0) {
      const factor = (u.fribelopG.value * (12 - months) + higher.factorG * months) / 12;
      const fribelop = roundKroner(factor * g);
      limit = ieu + fribelop;
      limitParams = [u.fribelopG, u.higherFribelop];
      steps.push(
        mk.step(
          'uforetrygd_income_limit_higher_fribelop',
          {
            ieu,
            months,
            afterMonths: higher.afterMonths,
            lowFactor: u.fribelopG.value,
            highFactor: higher.factorG,
            fribelop,
            limit,
          },
          [u.fribelopG, u.higherFribelop, r.g.average],
        ),
      );
      if (months < 12) {
        caveats.push(
          mk.step('caveat_higher_fribelop_months', { months, afterMonths: higher.afterMonths }, []),
        );
      }
    } else {
      const fribelop = roundKroner(u.fribelopG.value * g);
      limit = ieu + fribelop;
      limitParams = [u.fribelopG];
      steps.push(
        mk.step('uforetrygd_income_limit', { ieu, fribelopFactor: u.fribelopG.value, fribelop, limit }, [
          u.fribelopG,
          r.g.average,
        ]),
      );
    }
  }

  // Inntektstak: above 80 % of IFU nothing is paid for the year.
  const sharePercent = toPercent(u.incomeCapShareOfIfu.value);
  const incomeCap = roundKroner(u.incomeCapShareOfIfu.value * ifu);
  steps.push(
    mk.step('uforetrygd_income_cap', { ifu, sharePercent, cap: incomeCap }, [u.incomeCapShareOfIfu]),
  );
  steps.push(mk.step('uforetrygd_yearly_settlement', {}, [u.yearlySettlement]));

  const taxableBenefits = (work: WorkFacts): BenefitPart => {
    const income = work.yearly;
    const flags: CliffFlag[] = [];
    let yearly: number;
    let step: ExplanationStep;
    if (income > incomeCap) {
      yearly = 0;
      flags.push('uforetrygd_stops_above_80_percent_of_ifu');
      step = mk.step('uforetrygd_stopped', { income, cap: incomeCap, sharePercent }, [
        u.incomeCapShareOfIfu,
        u.dormantRightYears,
      ]);
    } else if (income <= limit) {
      yearly = yearlyBefore;
      step = mk.step('uforetrygd_not_reduced', { income, limit, yearly }, limitParams);
    } else {
      const excess = income - limit;
      const reduction = roundKroner((excess * kg) / 100);
      yearly = Math.max(0, yearlyBefore - reduction);
      flags.push('uforetrygd_reduced_above_income_limit');
      step = mk.step(
        'uforetrygd_reduced',
        { income, limit, excess, percent: kg, reduction, before: yearlyBefore, yearly },
        [u.kompensasjonsgradFormula, u.kompensasjonsgradCapPercent],
      );
    }
    return { amounts: [{ kind: 'uforetrygd', yearly, monthly: monthlyOf(yearly) }], steps: [step], flags };
  };

  return {
    setupSteps: steps,
    keyFigures: {
      kind: 'uforetrygd',
      yearlyBeforeReduction: yearlyBefore,
      incomeLimit: limit,
      incomeCap,
      kompensasjonsgrad: kg,
    },
    caveats,
    taxableBenefits,
    afterTaxBenefits: () => ({ amounts: [], steps: [], flags: [] }),
    taxNotes: [mk.step('tax_no_special_deduction_uforetrygd', {}, [r.tax.uforetrygdSpecialDeduction])],
  };
}
