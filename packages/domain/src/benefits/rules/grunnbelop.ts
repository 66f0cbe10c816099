import { param, SOURCES } from './sources.ts';
import type { GrunnbelopRules } from './types.ts';

const law = 'folketrygdloven § 1-4';

/** Grunnbeløpet (G), set each year from 1 May, and the average G of each calendar year. */
export const GRUNNBELOP_RULES: GrunnbelopRules = {
  periods: [
    param({
      value: 118_620,
      from: '2023-05-01',
      to: '2024-04-30',
      law,
      source: SOURCES.grunnbelop,
      confidence: 'primary',
    }),
    param({
      value: 124_028,
      from: '2024-05-01',
      to: '2025-04-30',
      law,
      source: SOURCES.grunnbelop,
      confidence: 'primary',
    }),
    param({
      value: 130_160,
      from: '2025-05-01',
      to: '2026-04-30',
      law,
      source: SOURCES.grunnbelop,
      confidence: 'primary',
    }),
    param({ value: 136_549, from: '2026-05-01', law, source: SOURCES.grunnbelop, confidence: 'primary' }),
  ],
  // Each equals (4 × G before May + 8 × G from May) / 12, rounded: the month-weighted G paid over the year.
  yearlyAverage: [
    param({
      value: 116_239,
      from: '2023-01-01',
      to: '2023-12-31',
      law,
      source: SOURCES.grunnbelop,
      confidence: 'primary',
    }),
    param({
      value: 122_225,
      from: '2024-01-01',
      to: '2024-12-31',
      law,
      source: SOURCES.grunnbelop,
      confidence: 'primary',
    }),
    param({
      value: 128_116,
      from: '2025-01-01',
      to: '2025-12-31',
      law,
      source: SOURCES.grunnbelop,
      confidence: 'primary',
    }),
    param({
      value: 134_419,
      from: '2026-01-01',
      to: '2026-12-31',
      law,
      source: SOURCES.grunnbelop,
      confidence: 'primary',
    }),
  ],
};
