export { BenefitsInputError, type BenefitsInputErrorCode } from './errors.ts';
export { estimateBenefits } from './estimate.ts';
export type {
  AapSituation,
  AapWorkLimitCase,
  BenefitSituation,
  EstimateInput,
  HouseholdType,
  NoBenefitSituation,
  SituationKind,
  SosialhjelpHousehold,
  SosialhjelpSituation,
  UforetrygdSituation,
  WorkScenario,
} from './input.ts';
export {
  MAX_AAP_AGE,
  MAX_AMOUNT,
  MAX_CHILD_AGE,
  MAX_CHILDREN,
  MAX_CURVE_POINTS,
  MAX_HOURLY_WAGE,
  MAX_HOURS_PER_WEEK,
  MAX_KOMPENSASJONSGRAD,
  MAX_LABEL_LENGTH,
  MAX_MONTHS_RECEIVED,
  MAX_SCENARIOS,
  MAX_UFOREGRAD,
  MAX_WEEKS_PER_YEAR,
  MIN_AAP_AGE,
  MIN_SCENARIOS,
} from './limits.ts';
export { type NetIncomeCurveOptions, type NetIncomePoint, netIncomeCurve } from './net-income-curve.ts';
export { NOT_COVERED } from './not-covered.ts';
export type {
  BenefitAmount,
  BenefitKind,
  EstimateResult,
  ExplanationStep,
  KeyFigures,
  MoneyAmount,
  NotCoveredItem,
  RuleReference,
  SafetyNetItem,
  ScenarioResult,
  TaxBreakdown,
  UnverifiedParameter,
} from './result.ts';
export { DEFAULT_RULES, RULE_YEARS } from './rules/default-rules.ts';
export type {
  Confidence,
  DatedSeries,
  ResolvedParameter,
  RuleParameter,
  RuleSet,
} from './rules/types.ts';
export { ruleYears } from './rules/year-rules.ts';
export { safetyNets } from './safety-nets.ts';
export {
  CLIFF_FLAGS,
  type CliffFlag,
  NOT_COVERED_CODES,
  type NotCoveredCode,
  SAFETY_NET_CODES,
  type SafetyNetCode,
  STEP_CODES,
  type StepCode,
  type TextCode,
  type TextItem,
  type TextParams,
} from './texts/codes.ts';
export { TEXTS_EN as BENEFITS_TEXTS_EN } from './texts/en.ts';
export { explanationTextFrom } from './texts/explanation-from.ts';
export { explanationText } from './texts/explanation-text.ts';
export { BENEFITS_LOCALES, type BenefitsLocale } from './texts/format.ts';
export { TEXTS_NB as BENEFITS_TEXTS_NB } from './texts/nb.ts';
export { TEXTS_NN as BENEFITS_TEXTS_NN } from './texts/nn.ts';
export type { Templates as BenefitsTemplates } from './texts/templates.ts';
