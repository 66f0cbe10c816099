import { param, SOURCES } from './sources.ts';
import type { AapRules } from './types.ts';

const SINCE = '2024-01-01';
const EARLIER = 'In force before this date too; earlier history is not recorded here.';

/** Arbeidsavklaringspenger (AAP, folketrygdloven kapittel 11), paragraphs as numbered in NAV's current system. */
export const AAP_RULES: AapRules = {
  benefitRate: [
    param({
      value: 0.66,
      from: SINCE,
      law: 'folketrygdloven § 11-20 første ledd',
      source: SOURCES.aapKalkulator,
      confidence: 'primary',
      note: EARLIER,
    }),
  ],
  basisCapG: [
    param({
      value: 6,
      from: SINCE,
      law: 'folketrygdloven § 11-19',
      source: SOURCES.aapKalkulator,
      confidence: 'primary',
      note: EARLIER,
    }),
  ],
  minimumG: [
    param({
      value: 2.041,
      from: '2024-07-01',
      law: 'folketrygdloven § 11-20 første ledd',
      source: SOURCES.aapKelvinMinste,
      confidence: 'primary',
      note: 'Was 2 G up to 30.6.2024.',
    }),
  ],
  under25MinimumShare: [
    param({
      value: { numerator: 2, denominator: 3 },
      from: '2020-02-01',
      law: 'folketrygdloven § 11-20',
      source: SOURCES.aapKelvinMinste,
      confidence: 'primary',
      note: 'Under 25 the minimum is 2/3 of the ordinary minimum. The start date 1.2.2020 comes from a secondary source.',
    }),
  ],
  daysPerYear: [
    param({
      value: 260,
      from: SINCE,
      law: 'folketrygdloven § 11-20 andre ledd',
      source: SOURCES.aapKalkulator,
      confidence: 'primary',
      note: `Dagsats = yearly amount ÷ 260, paid for weekdays. ${EARLIER}`,
    }),
  ],
  normalHoursPerWeek: [
    param({
      value: 37.5,
      from: SINCE,
      law: 'folketrygdloven § 11-23 tredje ledd',
      source: SOURCES.aapKelvinArbeid,
      confidence: 'primary',
      note: `75 hours per 14-day period. ${EARLIER}`,
    }),
  ],
  workLimits: [
    param({
      value: { standard: 0.6, occupational_injury: 0.7, gradual_return: 0.8 },
      from: SINCE,
      law: 'folketrygdloven § 11-23 fjerde og sjette ledd',
      source: SOURCES.aapKelvinArbeid,
      confidence: 'primary',
      note: `Nothing is paid for a period with work above the limit ("more than"). ${EARLIER}`,
    }),
  ],
  childSupplementPerDay: [
    param({
      value: 36,
      from: '2024-01-01',
      to: '2024-12-31',
      law: 'forskrift om arbeidsavklaringspenger § 8; folketrygdloven § 11-20',
      source: SOURCES.aapKelvinBarnetillegg,
      confidence: 'primary',
    }),
    param({
      value: 37,
      from: '2025-01-01',
      to: '2025-12-31',
      law: 'forskrift om arbeidsavklaringspenger § 8; folketrygdloven § 11-20',
      source: SOURCES.aapKelvinBarnetillegg,
      confidence: 'primary',
    }),
    param({
      value: 38,
      from: '2026-01-01',
      to: '2026-12-31',
      law: 'forskrift om arbeidsavklaringspenger § 8; folketrygdloven § 11-20',
      source: SOURCES.aapKelvinBarnetillegg,
      confidence: 'primary',
      note: 'The rate is set per year; next year needs its own entry.',
    }),
  ],
  childSupplementCapShare: [
    param({
      value: 0.9,
      from: SINCE,
      law: 'folketrygdloven § 11-20',
      source: SOURCES.aapKalkulator,
      confidence: 'primary',
      note: 'AAP plus child supplement at most 90 % of the grunnlag; as in NAV’s calculator, the grunnlag is the yearly AAP ÷ 0.66.',
    }),
  ],
  childSupplementGraded: [
    param({
      value: 'The child supplement is reduced by the same work share as the AAP itself.',
      from: SINCE,
      law: 'folketrygdloven § 11-23',
      source: SOURCES.aapKelvinTilkjent,
      confidence: 'primary',
    }),
  ],
  reportingPeriodDays: [
    param({
      value: 14,
      from: SINCE,
      law: 'folketrygdloven § 11-10',
      source: SOURCES.aapKelvinArbeid,
      confidence: 'primary',
      note: 'Meldekort every 14 days (meldeplikt).',
    }),
  ],
  maxDurationYears: [
    param({
      value: 3,
      from: SINCE,
      law: 'folketrygdloven § 11-12',
      source: SOURCES.aapKelvinKvote,
      confidence: 'primary',
      note: 'Extension in listed exceptions (up to 2 more years) comes from a secondary source.',
    }),
  ],
};
