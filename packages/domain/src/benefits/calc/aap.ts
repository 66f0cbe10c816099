import type { AapSituation } from '../input.ts';
import { monthlyOf, roundKroner, toPercent } from '../money.ts';
import type { BenefitAmount, ExplanationStep } from '../result.ts';
import type { YearRules } from '../rules/year-rules.ts';
import type { CliffFlag } from '../texts/codes.ts';
import type { BenefitPart, PreparedSituation, WorkFacts } from './prepared.ts';
import type { StepMaker } from './steps.ts';

const STOP_FLAGS = {
  standard: 'aap_stops_above_60_percent',
  occupational_injury: 'aap_stops_above_70_percent',
  gradual_return: 'aap_stops_above_80_percent',
} as const satisfies Record<string, CliffFlag>;

/** Shares closer than this count as equal, so 22.5 of 37.5 hours is exactly 60 %. */
const SHARE_TOLERANCE = 1e-9;

/**
 * Arbeidsavklaringspenger over a calendar year (folketrygdloven §§ 11-19, 11-20, 11-23):
 *   yearly    = max(66 % × min(grunnlag, 6 G), 2.041 G)   (under 25: 2/3 of 2.041 G)
 *   child     = children × rate per day × 260, with AAP + child at most 90 % × (yearly ÷ 0.66)
 *   work share = hours per week ÷ 37.5; a 14-day period with a share above the limit (60 %) pays nothing,
 *                otherwise it pays (1 − share). Weeks not worked are taken as whole periods with full pay:
 *   paid      = yearly × (weeks × pay + (52 − weeks)) ÷ 52
 */
export function prepareAap(s: AapSituation, r: YearRules, mk: StepMaker): PreparedSituation {
  const a = r.aap;
  const g = r.g.average.value;
  const steps: ExplanationStep[] = [];
  const caveats: ExplanationStep[] = [];

  const cap = roundKroner(a.basisCapG.value * g);
  const used = Math.min(s.basisIncome, cap);
  steps.push(
    mk.step('aap_basis', { basis: s.basisIncome, capFactor: a.basisCapG.value, cap, used }, [
      a.basisCapG,
      r.g.average,
    ]),
  );

  const fromBasis = roundKroner(a.benefitRate.value * used);
  const under25 = s.age < 25;
  const share = a.under25MinimumShare.value;
  const minimumFactor = a.minimumG.value;
  const minimum = roundKroner(
    under25 ? (minimumFactor * g * share.numerator) / share.denominator : minimumFactor * g,
  );
  const yearly = Math.max(fromBasis, minimum);
  const ratePercent = toPercent(a.benefitRate.value);
  if (fromBasis >= minimum) {
    steps.push(mk.step('aap_level_from_basis', { ratePercent, used, yearly }, [a.benefitRate]));
  } else if (under25) {
    steps.push(
      mk.step(
        'aap_level_minimum_under_25',
        {
          ratePercent,
          fromBasis,
          minimumFactor,
          numerator: share.numerator,
          denominator: share.denominator,
          yearly,
          age: s.age,
        },
        [a.benefitRate, a.minimumG, a.under25MinimumShare, r.g.average],
      ),
    );
  } else {
    steps.push(
      mk.step('aap_level_minimum', { ratePercent, fromBasis, minimumFactor, yearly }, [
        a.benefitRate,
        a.minimumG,
        r.g.average,
      ]),
    );
  }

  let child = 0;
  if (s.children > 0) {
    const ratePerDay = a.childSupplementPerDay.value;
    const days = a.daysPerYear.value;
    const full = roundKroner(s.children * ratePerDay * days);
    const capTotal = roundKroner((a.childSupplementCapShare.value * yearly) / a.benefitRate.value);
    const room = Math.max(0, capTotal - yearly);
    child = Math.min(full, room);
    const params = {
      children: s.children,
      ratePerDay,
      days,
      full,
      capPercent: toPercent(a.childSupplementCapShare.value),
      capTotal,
      yearly: child,
    };
    steps.push(
      mk.step(child < full ? 'aap_child_supplement_capped' : 'aap_child_supplement', params, [
        a.childSupplementPerDay,
        a.daysPerYear,
        a.childSupplementCapShare,
      ]),
    );
  }

  const limitCase = s.workLimit ?? 'standard';
  const limit = a.workLimits.value[limitCase];
  const normHours = a.normalHoursPerWeek.value;
  const limitPercent = toPercent(limit);
  const maxHoursPerWeek = limit * normHours;

  const amounts = (aap: number, childAmount: number): BenefitAmount[] => {
    const out: BenefitAmount[] = [{ kind: 'aap', yearly: aap, monthly: monthlyOf(aap) }];
    if (s.children > 0)
      out.push({ kind: 'aap_child_supplement', yearly: childAmount, monthly: monthlyOf(childAmount) });
    return out;
  };

  const taxableBenefits = (work: WorkFacts): BenefitPart => {
    if (work.hoursPerWeek === 0 || work.weeksPerYear === 0) {
      return {
        amounts: amounts(yearly, child),
        steps: [mk.step('aap_no_work', { yearly, child }, [a.normalHoursPerWeek])],
        flags: [],
      };
    }
    const workShare = Math.min(1, work.hoursPerWeek / normHours);
    const stopped = workShare > limit + SHARE_TOLERANCE;
    const payInWorkWeeks = stopped ? 0 : 1 - workShare;
    const factor = (work.weeksPerYear * payInWorkWeeks + (52 - work.weeksPerYear)) / 52;
    const aap = roundKroner(yearly * factor);
    const childAmount = roundKroner(child * factor);
    const common = {
      hoursPerWeek: work.hoursPerWeek,
      normHours,
      workPercent: toPercent(workShare),
      weeksPerYear: work.weeksPerYear,
      yearly: aap,
      child: childAmount,
    };
    const flags: CliffFlag[] = stopped ? [STOP_FLAGS[limitCase]] : [];
    const step = stopped
      ? mk.step('aap_stopped_by_hours', { ...common, limitPercent }, [a.normalHoursPerWeek, a.workLimits])
      : mk.step('aap_reduced_by_hours', { ...common, payPercent: toPercent(payInWorkWeeks) }, [
          a.normalHoursPerWeek,
          a.workLimits,
          a.childSupplementGraded,
        ]);
    return { amounts: amounts(aap, childAmount), steps: [step], flags };
  };

  return {
    setupSteps: steps,
    keyFigures: {
      kind: 'aap',
      yearlyBeforeReduction: yearly,
      childSupplementYearly: child,
      workLimit: limitCase,
      workLimitPercent: limitPercent,
      maxHoursPerWeek,
    },
    caveats,
    taxableBenefits,
    afterTaxBenefits: () => ({ amounts: [], steps: [], flags: [] }),
    taxNotes: [],
  };
}
