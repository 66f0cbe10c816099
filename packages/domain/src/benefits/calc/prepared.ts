import type { BenefitAmount, ExplanationStep, KeyFigures } from '../result.ts';
import type { CliffFlag } from '../texts/codes.ts';

/** One work scenario after the arithmetic: hours × wage × weeks. */
export type WorkFacts = {
  readonly hoursPerWeek: number;
  readonly hourlyWage: number;
  readonly weeksPerYear: number;
  readonly yearly: number;
};

export type BenefitPart = {
  readonly amounts: readonly BenefitAmount[];
  readonly steps: readonly ExplanationStep[];
  readonly flags: readonly CliffFlag[];
};

export const NO_BENEFITS: BenefitPart = { amounts: [], steps: [], flags: [] };

/** A benefit situation worked out once, ready to run any number of work scenarios against. */
export type PreparedSituation = {
  readonly setupSteps: readonly ExplanationStep[];
  readonly keyFigures: KeyFigures;
  readonly caveats: readonly ExplanationStep[];
  /** Taxable benefits for a scenario (uføretrygd, AAP). */
  readonly taxableBenefits: (work: WorkFacts) => BenefitPart;
  /** Tax-free benefits that depend on income after tax (sosialhjelp). */
  readonly afterTaxBenefits: (work: WorkFacts, netWorkYearly: number) => BenefitPart;
  /** Steps about tax that belong to this situation (e.g. no special deduction for uføretrygd). */
  readonly taxNotes: readonly ExplanationStep[];
};
