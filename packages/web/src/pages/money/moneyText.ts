import type {
  CliffFlag,
  EstimateInput,
  ExplanationStep,
  KeyFigures,
  SafetyNetCode,
  SafetyNetItem,
  WorkScenario,
} from '@ips-bridge/domain';
import type { TFunction } from 'i18next';
import { explanationText } from '../../i18n/benefitTexts.ts';
import type { Language } from '../../i18n/catalogue.ts';
import { formatKroner, formatNumber } from '../../i18n/format.ts';
import type { Cliff } from './cliffs.ts';

/**
 * Words for the calculator's figures, shared by the page and its print view. Every function takes the `t` and
 * language to use, so the print view can be in another language than the page.
 */

export function kr(value: number, language: Language): string {
  return formatKroner(value, language);
}

export function hoursText(value: number, language: Language): string {
  return formatNumber(value, language);
}

/** A work scenario's name: its label, or "10 t i uka". */
export function workName(t: TFunction, scenario: WorkScenario, language: Language): string {
  const label = scenario.label?.trim();
  if (label) return label;
  return t('money.compare.option', { hours: hoursText(scenario.hoursPerWeek, language) });
}

/** "10 timer i uka, 210 kr i timen, 46 uker i året". */
export function describeWork(t: TFunction, scenario: WorkScenario, language: Language): string {
  return t('money.describe.work', {
    hours: hoursText(scenario.hoursPerWeek, language),
    wage: kr(scenario.hourlyWage, language),
    weeks: hoursText(scenario.weeksPerYear, language),
  });
}

/** The benefit situation in one or two plain sentences. */
export function describeSituation(t: TFunction, input: EstimateInput, language: Language): string {
  const s = input.situation;
  switch (s.kind) {
    case 'none':
      return t('money.describe.none');
    case 'aap':
      return t('money.describe.aap', {
        basis: kr(s.basisIncome, language),
        age: s.age,
        children: s.children,
      });
    case 'uforetrygd': {
      const main = t('money.describe.uforetrygd', {
        grade: formatNumber(s.uforegrad, language),
        household: t(`money.situation.uforetrygd.households.${s.household}`),
      });
      return s.incomeBeforeDisability === undefined
        ? main
        : `${main} ${t('money.describe.uforetrygdIfu', { ifu: kr(s.incomeBeforeDisability, language) })}`;
    }
    case 'sosialhjelp':
      return t('money.describe.sosialhjelp', {
        household: t(`money.situation.sosialhjelp.households.${s.household}`),
        housing: kr(s.monthlyHousingCost, language),
      });
  }
}

export function flagText(flag: CliffFlag, language: Language): string {
  return explanationText({ code: flag, params: {} }, language);
}

const NO_RULE = 'No rule: arithmetic on the input';
const NAV_PRACTICE = 'Practice described in NAV’s letters and pages';

/** A step's legal reference; the calculator's two non-law references are translated. */
export function lawText(t: TFunction, law: string): string {
  if (law === NO_RULE) return t('money.details.noRule');
  if (law === NAV_PRACTICE) return t('money.details.navPractice');
  return law;
}

/** The yearly average G the estimate used, from its first step, if there is one. */
export function grunnbelopOf(steps: readonly ExplanationStep[]): number | null {
  const step = steps.find((s) => s.code === 'grunnbelop');
  const average = step?.params.average;
  return typeof average === 'number' ? average : null;
}

/** Safety-net items about reporting to NAV; the rest say what happens if the job ends. */
const REPORT_CODES: ReadonlySet<SafetyNetCode> = new Set<SafetyNetCode>([
  'safety_uforetrygd_report_income',
  'safety_uforetrygd_yearly_settlement',
  'safety_aap_meldekort',
  'safety_aap_late_meldekort',
  'safety_sosialhjelp_report_income',
  'safety_tax_card',
]);

export function splitSafetyNets(items: readonly SafetyNetItem[]): {
  jobEnds: SafetyNetItem[];
  report: SafetyNetItem[];
} {
  return {
    jobEnds: items.filter((item) => !REPORT_CODES.has(item.code)),
    report: items.filter((item) => REPORT_CODES.has(item.code)),
  };
}

export interface KeyFigureRow {
  label: string;
  value: string;
}

export function keyFigureRows(t: TFunction, key: KeyFigures, language: Language): KeyFigureRow[] {
  const year = (amount: number) => t('money.keyFigures.perYear', { amount: kr(amount, language) });
  const month = (amount: number) => t('money.keyFigures.perMonth', { amount: kr(amount, language) });
  switch (key.kind) {
    case 'none':
      return [];
    case 'aap':
      return [
        { label: t('money.keyFigures.aapYearly'), value: year(key.yearlyBeforeReduction) },
        ...(key.childSupplementYearly > 0
          ? [{ label: t('money.keyFigures.aapChildSupplement'), value: year(key.childSupplementYearly) }]
          : []),
        {
          label: t('money.keyFigures.aapWorkLimit'),
          value: t('money.keyFigures.aapWorkLimitValue', {
            percent: formatNumber(key.workLimitPercent, language),
            hours: hoursText(key.maxHoursPerWeek, language),
          }),
        },
      ];
    case 'uforetrygd':
      return [
        { label: t('money.keyFigures.uforeYearly'), value: year(key.yearlyBeforeReduction) },
        { label: t('money.keyFigures.uforeIncomeLimit'), value: year(key.incomeLimit) },
        { label: t('money.keyFigures.uforeIncomeCap'), value: year(key.incomeCap) },
        {
          label: t('money.keyFigures.uforeKompensasjonsgrad'),
          value: t('money.keyFigures.percent', { value: formatNumber(key.kompensasjonsgrad, language) }),
        },
      ];
    case 'sosialhjelp':
      return [
        { label: t('money.keyFigures.sosialhjelpNorm'), value: month(key.monthlyNorm) },
        { label: t('money.keyFigures.sosialhjelpHousing'), value: month(key.monthlyHousingCost) },
        { label: t('money.keyFigures.sosialhjelpNeed'), value: month(key.monthlyNeed) },
      ];
  }
}

/** Each cliff in words: where it is and what it costs. */
export function cliffTexts(
  t: TFunction,
  cliffs: readonly Cliff[],
  language: Language,
  maxHours: number,
): string[] {
  const texts: string[] = [];
  const h = (value: number) => hoursText(value, language);
  for (const cliff of cliffs) {
    switch (cliff.kind) {
      case 'aap_stops': {
        let text = `${t('money.curve.aapStops', { hours: h(cliff.hours) })} ${t('money.curve.aapStopsEffect')}`;
        if (cliff.before && cliff.after) {
          text += ` ${t('money.curve.aapStopsDetail', {
            hoursBefore: h(cliff.before.hoursPerWeek),
            before: kr(cliff.before.netMonthly, language),
            hoursAfter: h(cliff.after.hoursPerWeek),
            after: kr(cliff.after.netMonthly, language),
          })}`;
        }
        texts.push(text);
        break;
      }
      case 'ufore_reduced':
        texts.push(
          cliff.hours === null
            ? t('money.curve.uforeReducedNoHours', { amount: kr(cliff.income, language) })
            : t('money.curve.uforeReduced', { amount: kr(cliff.income, language), hours: h(cliff.hours) }),
        );
        break;
      case 'ufore_stops': {
        let text =
          cliff.hours === null
            ? t('money.curve.uforeStopsNoHours', { amount: kr(cliff.income, language) })
            : t('money.curve.uforeStops', { amount: kr(cliff.income, language), hours: h(cliff.hours) });
        if (cliff.hours !== null && cliff.hours > maxHours) text += ` ${t('money.curve.beyondChart')}`;
        else if (cliff.before && cliff.after) {
          text += ` ${t('money.curve.uforeStopsDetail', {
            hoursBefore: h(cliff.before.hoursPerWeek),
            before: kr(cliff.before.netMonthly, language),
            hoursAfter: h(cliff.after.hoursPerWeek),
            after: kr(cliff.after.netMonthly, language),
          })}`;
        }
        texts.push(text);
        break;
      }
      case 'sosialhjelp_reduced':
        texts.push(t('money.curve.sosialhjelpReduced'));
        break;
      case 'sosialhjelp_ends':
        texts.push(
          cliff.hours === null
            ? t('money.curve.sosialhjelpEndsBeyond')
            : t('money.curve.sosialhjelpEnds', { hours: h(cliff.hours) }),
        );
        break;
      case 'less_than_without':
        texts.push(
          cliff.from === cliff.to
            ? t('money.curve.lessThanWithoutOne', {
                hours: h(cliff.from),
                amount: kr(cliff.shortfall, language),
              })
            : t('money.curve.lessThanWithout', {
                from: h(cliff.from),
                to: h(cliff.to),
                amount: kr(cliff.shortfall, language),
              }),
        );
        break;
    }
  }
  if (texts.length === 0) texts.push(t('money.curve.noCliffs'));
  return texts;
}
