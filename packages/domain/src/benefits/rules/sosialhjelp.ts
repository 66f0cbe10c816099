import { param, SOURCES } from './sources.ts';
import type { GuidelineRatesValue, SosialhjelpRules } from './types.ts';

const law = 'sosialtjenesteloven § 18; statlige veiledende retningslinjer for økonomisk stønad';

const RATES_2024: GuidelineRatesValue = {
  single: 7_850,
  couple: 13_100,
  shared_housing: 6_600,
  child0to5: 3_850,
  child6to10: 3_950,
  child11to17: 5_150,
};

const CARRIED =
  'NOT VERIFIED: the guideline rates for this year were not found. The 1.1.2024 rates are carried forward; the real rates are probably a few per cent higher (yearly price adjustment). Replace with the rundskriv figures.';

/** Økonomisk sosialhjelp: the state's guideline rates per month for living costs, excluding housing and electricity. */
export const SOSIALHJELP_RULES: SosialhjelpRules = {
  guidelineRates: [
    param({
      value: {
        single: 7_550,
        couple: 12_600,
        shared_housing: 6_350,
        child0to5: 3_700,
        child6to10: 3_800,
        child11to17: 4_950,
      },
      from: '2023-07-01',
      to: '2023-12-31',
      law,
      source: SOURCES.sosialhjelp2024,
      confidence: 'primary',
    }),
    param({
      value: RATES_2024,
      from: '2024-01-01',
      to: '2024-12-31',
      law,
      source: SOURCES.sosialhjelp2024,
      confidence: 'primary',
    }),
    param({
      value: RATES_2024,
      from: '2025-01-01',
      to: '2025-12-31',
      law,
      source: SOURCES.notes,
      confidence: 'unverified',
      note: CARRIED,
    }),
    param({
      value: RATES_2024,
      from: '2026-01-01',
      to: '2026-12-31',
      law,
      source: SOURCES.notes,
      confidence: 'unverified',
      note: CARRIED,
    }),
  ],
  incomeCountedInFull: [
    param({
      value: 'All income, wages included, is counted in full against the need; the law has no fribeløp.',
      from: '2024-01-01',
      law: 'sosialtjenesteloven § 18',
      source: SOURCES.sosialhjelpNav,
      confidence: 'secondary',
      note: 'Some municipalities may let people keep part of their earnings by discretion (not verified; Rundskriv Hovednr. 35 pkt. 4.18).',
    }),
  ],
};
