import { param, SOURCES } from './sources.ts';
import type { DagpengerRules } from './types.ts';

/** Only what the safety-net texts need: the income a person must have had to get dagpenger. */
export const DAGPENGER_RULES: DagpengerRules = {
  minimumIncome: [
    param({
      value: { lastYearG: 1.5, lastThreeYearsG: 3 },
      from: '2024-01-01',
      law: 'folketrygdloven § 4-4',
      source: SOURCES.dagpenger,
      confidence: 'secondary',
    }),
  ],
};
