import type { LocalDate } from '../../shared/local-date.ts';

/**
 * How well a figure is sourced, after the research notes' markers:
 * - `primary`: read in a primary or near-primary source (NAV production code or letters, regjeringen.no,
 *   Skatteetaten, Statsforvalteren) — reference marker [V] / "CONFIRMED (primary)".
 * - `secondary`: only found in secondary sources (news, advisers, third-party legal sites) — [S].
 * - `unverified`: inferred or carried forward, not found in any source — [U] / "NOT CONFIRMED".
 * Only `primary` counts as verified.
 */
export type Confidence = 'primary' | 'secondary' | 'unverified';

/** One dated value of a rule parameter, with where it comes from. */
export type RuleParameter<T> = {
  readonly value: T;
  /** First day the value applies (inclusive). */
  readonly from: LocalDate;
  /** Last day the value applies (inclusive); absent while it still applies. */
  readonly to?: LocalDate;
  /** Legal basis, e.g. 'folketrygdloven § 12-14'. */
  readonly law: string;
  /** Where the figure was found: a URL or a document name from the research notes. */
  readonly source: string;
  readonly confidence: Confidence;
  /** True only for `confidence: 'primary'`; kept as its own field so every consumer can read it directly. */
  readonly verified: boolean;
  readonly note?: string;
};

/** The values a parameter has had, oldest first, with no overlaps. */
export type DatedSeries<T> = readonly RuleParameter<T>[];

/** A parameter resolved for one year: its value and its provenance, named by its path in the rule set. */
export type ResolvedParameter<T> = {
  readonly id: string;
  readonly value: T;
  readonly law: string;
  readonly source: string;
  readonly confidence: Confidence;
  readonly verified: boolean;
  readonly note?: string;
};

export type BracketValue = { readonly threshold: number; readonly rate: number };
export type MinimumIfuValue = { readonly single: number; readonly couple: number };
export type MinimumBenefitValue = {
  readonly couple: number;
  readonly single: number;
  readonly youngCouple: number;
  readonly youngSingle: number;
};
export type HigherFribelopValue = { readonly factorG: number; readonly afterMonths: number };
export type Fraction = { readonly numerator: number; readonly denominator: number };
export type AapWorkLimitsValue = {
  readonly standard: number;
  readonly occupational_injury: number;
  readonly gradual_return: number;
};
export type GuidelineRatesValue = {
  readonly single: number;
  readonly couple: number;
  readonly shared_housing: number;
  readonly child0to5: number;
  readonly child6to10: number;
  readonly child11to17: number;
};
export type DagpengerThresholdsValue = { readonly lastYearG: number; readonly lastThreeYearsG: number };
export type TrygdeavgiftClass = 'middle' | 'low';
export type MinstefradragClass = 'wage' | 'pension';

export type GrunnbelopRules = {
  /** G by period; it changes on 1 May. */
  readonly periods: DatedSeries<number>;
  /** The average G of each calendar year (NAV's «gjennomsnittlig G»), one entry per year. */
  readonly yearlyAverage: DatedSeries<number>;
};

export type UforetrygdRules = {
  readonly benefitRate: DatedSeries<number>;
  readonly basisCapG: DatedSeries<number>;
  readonly minimumIfuG: DatedSeries<MinimumIfuValue>;
  readonly minimumIfuYoungG: DatedSeries<number>;
  readonly minimumBenefitG: DatedSeries<MinimumBenefitValue>;
  readonly ieuFromGrade: DatedSeries<string>;
  readonly fribelopG: DatedSeries<number>;
  readonly fribelopVtaG: DatedSeries<number>;
  readonly higherFribelop: DatedSeries<HigherFribelopValue | null>;
  readonly kompensasjonsgradFormula: DatedSeries<string>;
  readonly kompensasjonsgradCapPercent: DatedSeries<number | null>;
  readonly incomeCapShareOfIfu: DatedSeries<number>;
  readonly yearlySettlement: DatedSeries<string>;
  readonly dormantRightYears: DatedSeries<number>;
};

export type AapRules = {
  readonly benefitRate: DatedSeries<number>;
  readonly basisCapG: DatedSeries<number>;
  readonly minimumG: DatedSeries<number>;
  readonly under25MinimumShare: DatedSeries<Fraction>;
  readonly daysPerYear: DatedSeries<number>;
  readonly normalHoursPerWeek: DatedSeries<number>;
  readonly workLimits: DatedSeries<AapWorkLimitsValue>;
  readonly childSupplementPerDay: DatedSeries<number>;
  readonly childSupplementCapShare: DatedSeries<number>;
  readonly childSupplementGraded: DatedSeries<string>;
  readonly reportingPeriodDays: DatedSeries<number>;
  readonly maxDurationYears: DatedSeries<number>;
};

export type SosialhjelpRules = {
  readonly guidelineRates: DatedSeries<GuidelineRatesValue>;
  readonly incomeCountedInFull: DatedSeries<string>;
};

export type TaxRules = {
  readonly alminneligRate: DatedSeries<number>;
  readonly trinn1: DatedSeries<BracketValue>;
  readonly trinn2: DatedSeries<BracketValue>;
  readonly trinn3: DatedSeries<BracketValue>;
  readonly trinn4: DatedSeries<BracketValue>;
  readonly trinn5: DatedSeries<BracketValue>;
  readonly trygdeavgiftMiddleRate: DatedSeries<number>;
  readonly trygdeavgiftLowRate: DatedSeries<number>;
  readonly trygdeavgiftLowerLimit: DatedSeries<number>;
  readonly trygdeavgiftPhaseInRate: DatedSeries<number>;
  readonly trygdeavgiftClassAap: DatedSeries<TrygdeavgiftClass>;
  readonly trygdeavgiftClassUforetrygd: DatedSeries<TrygdeavgiftClass>;
  readonly minstefradragRate: DatedSeries<number>;
  readonly minstefradragMax: DatedSeries<number>;
  readonly minstefradragPensionRate: DatedSeries<number>;
  readonly minstefradragPensionMax: DatedSeries<number>;
  readonly minstefradragClassBenefits: DatedSeries<MinstefradragClass>;
  readonly personfradrag: DatedSeries<number>;
  readonly uforetrygdSpecialDeduction: DatedSeries<null>;
  readonly aapChildSupplementTaxable: DatedSeries<boolean>;
  readonly sosialhjelpTaxFree: DatedSeries<boolean>;
};

export type DagpengerRules = {
  readonly minimumIncome: DatedSeries<DagpengerThresholdsValue>;
};

/** Every rule parameter the calculator uses. Next year's figures are new entries here, not code. */
export type RuleSet = {
  readonly grunnbelop: GrunnbelopRules;
  readonly uforetrygd: UforetrygdRules;
  readonly aap: AapRules;
  readonly sosialhjelp: SosialhjelpRules;
  readonly tax: TaxRules;
  readonly dagpenger: DagpengerRules;
};
