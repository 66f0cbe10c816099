import { roundKroner, toPercent } from '../money.ts';
import type { BenefitAmount, ExplanationStep, TaxBreakdown } from '../result.ts';
import type { BracketValue, ResolvedParameter } from '../rules/types.ts';
import type { YearRules } from '../rules/year-rules.ts';
import type { StepMaker } from './steps.ts';

export type TaxResult = {
  readonly total: number;
  readonly breakdown: TaxBreakdown;
  readonly steps: ExplanationStep[];
};

/**
 * Yearly tax for one person in skatteklasse 1 with no other income or deductions:
 *   personinntekt = wages + uføretrygd + AAP (+ its child supplement)
 *   minstefradrag = min(46 % × personinntekt, max)          (wage type, also for AAP and uføretrygd)
 *   income tax    = 22 % × max(0, personinntekt − minstefradrag − personfradrag)
 *   trinnskatt    = Σ rate × the part of personinntekt inside each bracket
 *   trygdeavgift  = 0 up to the lower limit, else min(7.7 % (2026: 7.6 %) × personinntekt, 25 % × the part above it)
 */
export function computeTax(
  workYearly: number,
  taxable: readonly BenefitAmount[],
  r: YearRules,
  mk: StepMaker,
): TaxResult {
  const t = r.tax;
  const benefits = taxable.reduce((sum, b) => sum + b.yearly, 0);
  const income = workYearly + benefits;
  const steps: ExplanationStep[] = [];
  const classParams: ResolvedParameter<unknown>[] = [];
  if (taxable.some((b) => b.kind === 'aap_child_supplement' && b.yearly > 0))
    classParams.push(t.aapChildSupplementTaxable);
  steps.push(mk.step('tax_personinntekt', { work: workYearly, benefits, total: income }, classParams));

  const minstefradragUsed: ResolvedParameter<unknown>[] = [t.minstefradragRate, t.minstefradragMax];
  if (benefits > 0) minstefradragUsed.push(t.minstefradragClassBenefits);
  const minstefradrag = Math.min(roundKroner(t.minstefradragRate.value * income), t.minstefradragMax.value);
  steps.push(
    mk.step(
      'tax_minstefradrag',
      {
        ratePercent: toPercent(t.minstefradragRate.value),
        max: t.minstefradragMax.value,
        amount: minstefradrag,
      },
      minstefradragUsed,
    ),
  );

  const base = Math.max(0, income - minstefradrag - t.personfradrag.value);
  const incomeTax = roundKroner(t.alminneligRate.value * base);
  steps.push(
    mk.step(
      'tax_income_tax',
      {
        personfradrag: t.personfradrag.value,
        base,
        ratePercent: toPercent(t.alminneligRate.value),
        amount: incomeTax,
      },
      [t.personfradrag, t.alminneligRate],
    ),
  );

  const brackets: readonly ResolvedParameter<BracketValue>[] = [
    t.trinn1,
    t.trinn2,
    t.trinn3,
    t.trinn4,
    t.trinn5,
  ];
  let exact = 0;
  const reached: ResolvedParameter<unknown>[] = [t.trinn1];
  brackets.forEach((bracket, i) => {
    const upper = brackets[i + 1]?.value.threshold ?? Number.POSITIVE_INFINITY;
    const inside = Math.min(income, upper) - bracket.value.threshold;
    if (inside > 0) {
      exact += bracket.value.rate * inside;
      if (i > 0) reached.push(bracket);
    }
  });
  const trinnskatt = roundKroner(exact);
  steps.push(
    mk.step(
      'tax_trinnskatt',
      { income, firstThreshold: t.trinn1.value.threshold, amount: trinnskatt },
      reached,
    ),
  );

  const lowerLimit = t.trygdeavgiftLowerLimit.value;
  const rate = t.trygdeavgiftMiddleRate.value;
  const trygdeavgift =
    income <= lowerLimit
      ? 0
      : roundKroner(Math.min(rate * income, t.trygdeavgiftPhaseInRate.value * (income - lowerLimit)));
  const trygdeavgiftUsed: ResolvedParameter<unknown>[] = [
    t.trygdeavgiftMiddleRate,
    t.trygdeavgiftLowerLimit,
    t.trygdeavgiftPhaseInRate,
  ];
  if (taxable.some((b) => b.kind === 'uforetrygd' && b.yearly > 0))
    trygdeavgiftUsed.push(t.trygdeavgiftClassUforetrygd);
  if (taxable.some((b) => b.kind !== 'uforetrygd' && b.yearly > 0))
    trygdeavgiftUsed.push(t.trygdeavgiftClassAap);
  steps.push(
    mk.step(
      'tax_trygdeavgift',
      {
        ratePercent: toPercent(rate),
        lowerLimit,
        phaseInPercent: toPercent(t.trygdeavgiftPhaseInRate.value),
        amount: trygdeavgift,
      },
      trygdeavgiftUsed,
    ),
  );

  return {
    total: incomeTax + trinnskatt + trygdeavgift,
    breakdown: { incomeTax, trinnskatt, trygdeavgift },
    steps,
  };
}
