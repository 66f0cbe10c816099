import type { AapWorkLimitCase, SituationKind } from './input.ts';
import type { CliffFlag, NotCoveredCode, SafetyNetCode, StepCode, TextItem } from './texts/codes.ts';

/** Where a step's rule comes from. `verified` is true only when every parameter it used is verified. */
export type RuleReference = {
  readonly law: string;
  readonly source: string;
  readonly verified: boolean;
  /** Ids of the rule parameters used, e.g. `uforetrygd.fribelopG`. */
  readonly parameters: readonly string[];
};

export type ExplanationStep = TextItem<StepCode> & { readonly reference: RuleReference };
export type SafetyNetItem = TextItem<SafetyNetCode> & { readonly reference: RuleReference };
export type NotCoveredItem = TextItem<NotCoveredCode> & { readonly appliesTo: readonly SituationKind[] };

/** Whole kroner per year and per month. */
export type MoneyAmount = { readonly yearly: number; readonly monthly: number };

export type BenefitKind = 'uforetrygd' | 'aap' | 'aap_child_supplement' | 'sosialhjelp';
export type BenefitAmount = MoneyAmount & { readonly kind: BenefitKind };

/** Yearly kroner. */
export type TaxBreakdown = {
  /** 22 % of alminnelig inntekt. */
  readonly incomeTax: number;
  readonly trinnskatt: number;
  readonly trygdeavgift: number;
};

export type ScenarioResult = {
  /** The scenario's label; null for the no-work baseline or when none was given. */
  readonly label: string | null;
  readonly isBaseline: boolean;
  readonly hoursPerWeek: number;
  readonly hourlyWage: number;
  readonly weeksPerYear: number;
  readonly work: MoneyAmount;
  /** Every benefit of the situation, after reduction, also when it is zero. */
  readonly benefits: readonly BenefitAmount[];
  readonly benefitsTotal: MoneyAmount;
  readonly tax: MoneyAmount;
  readonly taxBreakdown: TaxBreakdown;
  /** Work income + benefits − tax. */
  readonly net: MoneyAmount;
  readonly flags: readonly CliffFlag[];
  /** Every step from the grunnbeløp to the net total, in order. */
  readonly steps: readonly ExplanationStep[];
};

/** The figures a person most needs to see for their situation (NAV shows the same for uføretrygd). */
export type KeyFigures =
  | { readonly kind: 'none' }
  | {
      readonly kind: 'uforetrygd';
      readonly yearlyBeforeReduction: number;
      /** Work income up to this gives no reduction. */
      readonly incomeLimit: number;
      /** Work income above this stops uføretrygd for the year. */
      readonly incomeCap: number;
      /** Per cent, after the 70 % cap where it applies. */
      readonly kompensasjonsgrad: number;
    }
  | {
      readonly kind: 'aap';
      readonly yearlyBeforeReduction: number;
      readonly childSupplementYearly: number;
      readonly workLimit: AapWorkLimitCase;
      readonly workLimitPercent: number;
      /** More hours than this in a week stop AAP for that 14-day period. */
      readonly maxHoursPerWeek: number;
    }
  | {
      readonly kind: 'sosialhjelp';
      readonly monthlyNorm: number;
      readonly monthlyHousingCost: number;
      readonly monthlyNeed: number;
    };

export type UnverifiedParameter = {
  readonly id: string;
  readonly year: number;
  readonly value: string;
  readonly confidence: 'secondary' | 'unverified';
  readonly law: string;
  readonly source: string;
  readonly note: string | null;
};

export type EstimateResult = {
  readonly year: number;
  readonly situation: SituationKind;
  readonly keyFigures: KeyFigures;
  readonly baseline: ScenarioResult;
  readonly scenarios: readonly ScenarioResult[];
  /** Steps about the situation itself, shared by every scenario (also at the start of each scenario's steps). */
  readonly situationSteps: readonly ExplanationStep[];
  /** Assumptions and unverified figures this estimate rests on. */
  readonly caveats: readonly ExplanationStep[];
  /** Parameters used that are not verified in a primary source. */
  readonly unverifiedParameters: readonly UnverifiedParameter[];
  readonly notCovered: readonly NotCoveredItem[];
  readonly disclaimer: TextItem<'disclaimer'>;
};
