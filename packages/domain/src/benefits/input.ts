/** Who the person lives with, for uføretrygd minimum levels (samboer: at least 12 of the last 18 months). */
export type HouseholdType = 'single' | 'couple';

export type NoBenefitSituation = { readonly kind: 'none' };

export type UforetrygdSituation = {
  readonly kind: 'uforetrygd';
  /** Uføregrad in per cent, 0–100. */
  readonly uforegrad: number;
  readonly household: HouseholdType;
  /** «Ung ufør»: disabled before age 26, with the higher minimum levels. Default false. */
  readonly youngDisabled?: boolean;
  /**
   * Yearly uføretrygd at this uføregrad before any reduction for income, in kroner, from NAV's decision.
   * Without it the benefit is estimated from IFU (66 % of IFU capped at 6 G, at least the minimum level).
   */
  readonly yearlyBenefitBeforeReduction?: number;
  /** Inntekt før uførhet (IFU), adjusted to this year's G, in kroner. Without it the minimum IFU is used. */
  readonly incomeBeforeDisability?: number;
  /** Inntekt etter uførhet (IEU), adjusted, in kroner. Without it: IFU × (100 − uføregrad) / 100. */
  readonly incomeAfterDisability?: number;
  /** Kompensasjonsgrad (reduksjonsprosent) from NAV's decision, in per cent. Without it, it is computed. */
  readonly kompensasjonsgrad?: number;
  /** A yearly inntektsgrense (bunnfradrag) NAV has set for this person, replacing IEU + fribeløp. */
  readonly individualIncomeLimit?: number;
  /** Works in varig tilrettelagt arbeid (VTA): fribeløp 1 G. Default false. */
  readonly vta?: boolean;
  /** Whole months with uføretrygd before 1 January of the estimate year (the 1 G fribeløp after 24 months). */
  readonly monthsReceivedBeforeYear: number;
};

/** Which hours limit applies to AAP: 60 % normally, 70 % with yrkesskade, 80 % in agreed opptrapping periods. */
export type AapWorkLimitCase = 'standard' | 'occupational_injury' | 'gradual_return';

export type AapSituation = {
  readonly kind: 'aap';
  /** Yearly beregningsgrunnlag in kroner (already G-adjusted, as in NAV's decision); capped at 6 G. */
  readonly basisIncome: number;
  /** Age on 1 January of the estimate year (under 25: the lower minimum for the whole year). */
  readonly age: number;
  /** Children the person provides for (barnetillegg). */
  readonly children: number;
  /** Default 'standard' (60 %). */
  readonly workLimit?: AapWorkLimitCase;
};

export type SosialhjelpHousehold = 'single' | 'couple' | 'shared_housing';

export type SosialhjelpSituation = {
  readonly kind: 'sosialhjelp';
  readonly household: SosialhjelpHousehold;
  /** Age of each child in the household, 0–17. */
  readonly childAges?: readonly number[];
  /** Housing costs per month that the municipality accepts (rent, electricity), in kroner. */
  readonly monthlyHousingCost: number;
  /** The municipality's own monthly norm for living costs, replacing the state guideline rates. */
  readonly monthlyNorm?: number;
};

export type BenefitSituation = NoBenefitSituation | UforetrygdSituation | AapSituation | SosialhjelpSituation;
export type SituationKind = BenefitSituation['kind'];

export type WorkScenario = {
  readonly label?: string;
  readonly hoursPerWeek: number;
  /** Gross wage per hour in kroner. */
  readonly hourlyWage: number;
  /** Weeks worked in the year, 0–52. */
  readonly weeksPerYear: number;
};

export type EstimateInput = {
  /** The calendar year to estimate; must be one of `RULE_YEARS`. */
  readonly year: number;
  readonly situation: BenefitSituation;
  /** 1–10 work scenarios to compare with not working. */
  readonly scenarios: readonly WorkScenario[];
};
