import { prepareAap } from './calc/aap.ts';
import { NO_BENEFITS, type PreparedSituation, type WorkFacts } from './calc/prepared.ts';
import { prepareSosialhjelp } from './calc/sosialhjelp.ts';
import { createStepMaker, type StepMaker } from './calc/steps.ts';
import { computeTax } from './calc/tax.ts';
import { prepareUforetrygd } from './calc/uforetrygd.ts';
import type { BenefitSituation, EstimateInput, WorkScenario } from './input.ts';
import { monthlyOf, roundKroner } from './money.ts';
import { notCoveredFor } from './not-covered.ts';
import type { EstimateResult, ExplanationStep, ScenarioResult, UnverifiedParameter } from './result.ts';
import { DEFAULT_RULES } from './rules/default-rules.ts';
import type { RuleSet } from './rules/types.ts';
import { resolveYearRules, type YearRules } from './rules/year-rules.ts';
import type { CliffFlag } from './texts/codes.ts';
import { assertValidInput } from './validate-input.ts';

const NO_WORK: WorkScenario = { hoursPerWeek: 0, hourlyWage: 0, weeksPerYear: 0 };

export function prepareSituation(s: BenefitSituation, r: YearRules, mk: StepMaker): PreparedSituation {
  switch (s.kind) {
    case 'none':
      return {
        setupSteps: [],
        keyFigures: { kind: 'none' },
        caveats: [],
        taxableBenefits: () => NO_BENEFITS,
        afterTaxBenefits: () => NO_BENEFITS,
        taxNotes: [],
      };
    case 'uforetrygd':
      return prepareUforetrygd(s, r, mk);
    case 'aap':
      return prepareAap(s, r, mk);
    case 'sosialhjelp':
      return prepareSosialhjelp(s, r, mk);
  }
}

/** The steps every estimate with a benefit starts with: which grunnbeløp is used. */
function grunnbelopStep(s: BenefitSituation, r: YearRules, mk: StepMaker): ExplanationStep[] {
  if (s.kind === 'none' || s.kind === 'sosialhjelp') return [];
  return [
    mk.step(
      'grunnbelop',
      {
        year: String(r.year),
        beforeMay: r.g.beforeMay.value,
        fromMay: r.g.fromMay.value,
        average: r.g.average.value,
      },
      [r.g.average, r.g.beforeMay, r.g.fromMay],
    ),
  ];
}

/** Runs one work scenario against a prepared situation. `baselineNet` is null for the baseline itself. */
export function runScenario(
  prepared: PreparedSituation,
  situationSteps: readonly ExplanationStep[],
  r: YearRules,
  mk: StepMaker,
  scenario: WorkScenario,
  baselineNet: number | null,
): ScenarioResult {
  const workYearly = roundKroner(scenario.hoursPerWeek * scenario.hourlyWage * scenario.weeksPerYear);
  const work: WorkFacts = { ...scenario, yearly: workYearly };
  const workStep = mk.step(
    'work_income',
    {
      hoursPerWeek: scenario.hoursPerWeek,
      hourlyWage: scenario.hourlyWage,
      weeksPerYear: scenario.weeksPerYear,
      yearly: workYearly,
    },
    [],
  );

  const before = prepared.taxableBenefits(work);
  const tax = computeTax(workYearly, before.amounts, r, mk);
  const after = prepared.afterTaxBenefits(work, workYearly - tax.total);
  const benefits = [...before.amounts, ...after.amounts];

  const benefitsYearly = benefits.reduce((sum, b) => sum + b.yearly, 0);
  const benefitsMonthly = benefits.reduce((sum, b) => sum + b.monthly, 0);
  const workMonthly = monthlyOf(workYearly);
  const taxMonthly = monthlyOf(tax.total);
  const netYearly = workYearly + benefitsYearly - tax.total;
  const netMonthly = workMonthly + benefitsMonthly - taxMonthly;

  const flags: CliffFlag[] = [...before.flags, ...after.flags];
  if (baselineNet !== null && workYearly > 0 && netYearly < baselineNet) flags.push('net_below_no_work');

  const netStep = mk.step(
    'net_total',
    { work: workYearly, benefits: benefitsYearly, tax: tax.total, net: netYearly, netMonthly },
    [],
  );
  return {
    label: baselineNet === null ? null : (scenario.label ?? null),
    isBaseline: baselineNet === null,
    hoursPerWeek: scenario.hoursPerWeek,
    hourlyWage: scenario.hourlyWage,
    weeksPerYear: scenario.weeksPerYear,
    work: { yearly: workYearly, monthly: workMonthly },
    benefits,
    benefitsTotal: { yearly: benefitsYearly, monthly: benefitsMonthly },
    tax: { yearly: tax.total, monthly: taxMonthly },
    taxBreakdown: tax.breakdown,
    net: { yearly: netYearly, monthly: netMonthly },
    flags,
    steps: [
      ...situationSteps,
      workStep,
      ...before.steps,
      ...tax.steps,
      ...prepared.taxNotes,
      ...after.steps,
      netStep,
    ],
  };
}

/** A situation worked out for one year, ready to run scenarios; shared by the estimate and the curve. */
export type PreparedEstimate = {
  readonly rules: YearRules;
  readonly maker: StepMaker;
  readonly prepared: PreparedSituation;
  readonly situationSteps: readonly ExplanationStep[];
};

export function prepareEstimate(situation: BenefitSituation, year: number, rules: RuleSet): PreparedEstimate {
  const r = resolveYearRules(rules, year);
  const maker = createStepMaker();
  const g = grunnbelopStep(situation, r, maker);
  const prepared = prepareSituation(situation, r, maker);
  return { rules: r, maker, prepared, situationSteps: [...g, ...prepared.setupSteps] };
}

function describeValue(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * Estimates work income, benefits after reduction, tax and net income for a no-work baseline and each work
 * scenario in one calendar year. Pure and deterministic: the rules are passed in (default: `DEFAULT_RULES`).
 * Throws `BenefitsInputError` for invalid input or a year without rule data.
 */
export function estimateBenefits(input: EstimateInput, rules: RuleSet = DEFAULT_RULES): EstimateResult {
  assertValidInput(input);
  const { rules: r, maker, prepared, situationSteps } = prepareEstimate(input.situation, input.year, rules);
  const baseline = runScenario(prepared, situationSteps, r, maker, NO_WORK, null);
  const scenarios = input.scenarios.map((s) =>
    runScenario(prepared, situationSteps, r, maker, s, baseline.net.yearly),
  );

  const caveats: ExplanationStep[] = [...prepared.caveats];
  if (input.situation.kind !== 'none' && input.situation.kind !== 'sosialhjelp') {
    caveats.push(maker.step('caveat_average_g', { average: r.g.average.value }, [r.g.average]));
  }
  if (input.situation.kind === 'aap') {
    const weeksOff = input.scenarios.find(
      (s) => s.hoursPerWeek > 0 && s.weeksPerYear > 0 && s.weeksPerYear < 52,
    );
    if (weeksOff)
      caveats.push(maker.step('caveat_aap_weeks_off', { weeksOff: 52 - weeksOff.weeksPerYear }, []));
  }
  const unverified = maker.unverified();
  const unverifiedParameters: UnverifiedParameter[] = unverified.map((p) => ({
    id: p.id,
    year: r.year,
    value: describeValue(p.value),
    confidence: p.confidence === 'secondary' ? 'secondary' : 'unverified',
    law: p.law,
    source: p.source,
    note: p.note ?? null,
  }));
  for (const p of unverified) {
    caveats.push(
      maker.step(
        'caveat_unverified_parameter',
        { parameter: p.id, confidence: p.confidence, value: describeValue(p.value) },
        [p],
      ),
    );
  }

  return {
    year: r.year,
    situation: input.situation.kind,
    keyFigures: prepared.keyFigures,
    baseline,
    scenarios,
    situationSteps,
    caveats,
    unverifiedParameters,
    notCovered: notCoveredFor(input.situation.kind),
    disclaimer: { code: 'disclaimer', params: {} },
  };
}
