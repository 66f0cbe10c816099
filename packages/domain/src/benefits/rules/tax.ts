import { param, SOURCES } from './sources.ts';
import type { BracketValue, Confidence, RuleParameter, TaxRules } from './types.ts';

const Y2025 = { from: '2025-01-01', to: '2025-12-31' } as const;
const Y2026 = { from: '2026-01-01', to: '2026-12-31' } as const;
const SKATTEVEDTAK = 'Stortingets skattevedtak';
const TRINNSKATT = `skatteloven § 12-2; ${SKATTEVEDTAK}`;
const TRYGDEAVGIFT = `folketrygdloven § 23-3; ${SKATTEVEDTAK}`;
const MINSTEFRADRAG = `skatteloven §§ 6-30 to 6-32; ${SKATTEVEDTAK}`;

function yearly<T>(
  year: typeof Y2025 | typeof Y2026,
  value: T,
  law: string,
  source: string,
  confidence: Confidence,
  note?: string,
): RuleParameter<T> {
  return param({ value, ...year, law, source, confidence, ...(note === undefined ? {} : { note }) });
}

function bracket(
  year: typeof Y2025 | typeof Y2026,
  threshold: number,
  rate: number,
  confidence: Confidence,
  note?: string,
): RuleParameter<BracketValue> {
  const source = year === Y2025 ? SOURCES.skattesatser2025 : SOURCES.skattesatser2026;
  return yearly(year, { threshold, rate }, TRINNSKATT, source, confidence, note);
}

const RATE_2026_SECONDARY =
  'Rate raised by 0.1 point in the budget agreement; only secondary sources (the proposal page shows 0.1 lower).';

/** Income tax for one person in skatteklasse 1, per income year. Each year needs its own entries. */
export const TAX_RULES: TaxRules = {
  alminneligRate: [
    yearly(Y2025, 0.22, `${SKATTEVEDTAK} (skatt på alminnelig inntekt)`, SOURCES.skattesatser2025, 'primary'),
    yearly(Y2026, 0.22, `${SKATTEVEDTAK} (skatt på alminnelig inntekt)`, SOURCES.skattesatser2026, 'primary'),
  ],
  trinn1: [bracket(Y2025, 217_400, 0.017, 'primary'), bracket(Y2026, 226_100, 0.017, 'primary')],
  trinn2: [bracket(Y2025, 306_050, 0.04, 'primary'), bracket(Y2026, 318_300, 0.04, 'primary')],
  trinn3: [bracket(Y2025, 697_150, 0.137, 'primary'), bracket(Y2026, 725_050, 0.137, 'primary')],
  trinn4: [
    bracket(Y2025, 942_400, 0.167, 'primary'),
    bracket(Y2026, 980_100, 0.168, 'secondary', RATE_2026_SECONDARY),
  ],
  trinn5: [
    bracket(Y2025, 1_410_750, 0.177, 'primary'),
    bracket(Y2026, 1_467_200, 0.178, 'secondary', RATE_2026_SECONDARY),
  ],
  trygdeavgiftMiddleRate: [
    yearly(Y2025, 0.077, TRYGDEAVGIFT, SOURCES.skattesatser2025, 'primary', 'Mellomsats: wages and trygd.'),
    yearly(Y2026, 0.076, TRYGDEAVGIFT, SOURCES.skattesatser2026, 'primary', 'Mellomsats: wages and trygd.'),
  ],
  trygdeavgiftLowRate: [
    yearly(Y2025, 0.051, TRYGDEAVGIFT, SOURCES.skattesatser2025, 'primary', 'Pension rate; not used here.'),
    yearly(Y2026, 0.051, TRYGDEAVGIFT, SOURCES.skattesatser2026, 'primary', 'Pension rate; not used here.'),
  ],
  trygdeavgiftLowerLimit: [
    yearly(Y2025, 99_650, TRYGDEAVGIFT, SOURCES.skattesatser2025, 'primary'),
    yearly(Y2026, 99_650, TRYGDEAVGIFT, SOURCES.skattesatser2026, 'primary'),
  ],
  trygdeavgiftPhaseInRate: [
    yearly(Y2025, 0.25, TRYGDEAVGIFT, SOURCES.skattesatser2025, 'primary'),
    yearly(Y2026, 0.25, TRYGDEAVGIFT, SOURCES.skattesatser2026, 'primary'),
  ],
  trygdeavgiftClassAap: [
    param({
      value: 'middle',
      from: '2024-01-01',
      law: 'folketrygdloven § 23-3',
      source: SOURCES.trygdeavgiftAap,
      confidence: 'secondary',
      note: 'AAP is listed under mellomsats in a reproduction of § 23-3; the current consolidated text was not read.',
    }),
  ],
  trygdeavgiftClassUforetrygd: [
    param({
      value: 'middle',
      from: '2015-01-01',
      law: 'folketrygdloven § 23-3',
      source: SOURCES.uforeSkatt2015,
      confidence: 'primary',
      note: 'Uføretrygd is taxed as wages since 2015; the consolidated § 23-3 naming it was not read.',
    }),
  ],
  minstefradragRate: [
    yearly(
      Y2025,
      0.46,
      MINSTEFRADRAG,
      SOURCES.minstefradragSkatteetaten,
      'unverified',
      'Confirmed for 2023; no change found for 2025.',
    ),
    yearly(
      Y2026,
      0.46,
      MINSTEFRADRAG,
      SOURCES.minstefradragSkatteetaten,
      'unverified',
      'Confirmed for 2023; no change found for 2026.',
    ),
  ],
  minstefradragMax: [
    yearly(Y2025, 92_000, MINSTEFRADRAG, SOURCES.minstefradragNews2025, 'secondary'),
    yearly(Y2026, 95_700, MINSTEFRADRAG, SOURCES.minstefradragBdo2026, 'secondary'),
  ],
  minstefradragPensionRate: [
    yearly(
      Y2025,
      0.4,
      MINSTEFRADRAG,
      SOURCES.minstefradragSkatteetaten,
      'unverified',
      'Pensions; not used here.',
    ),
    yearly(
      Y2026,
      0.4,
      MINSTEFRADRAG,
      SOURCES.minstefradragSkatteetaten,
      'unverified',
      'Pensions; not used here.',
    ),
  ],
  minstefradragPensionMax: [
    yearly(
      Y2025,
      73_150,
      MINSTEFRADRAG,
      SOURCES.minstefradragNews2025,
      'secondary',
      'Pensions; not used here.',
    ),
    yearly(
      Y2026,
      75_400,
      MINSTEFRADRAG,
      SOURCES.minstefradragBdo2026,
      'secondary',
      'Pensions; not used here.',
    ),
  ],
  minstefradragClassBenefits: [
    param({
      value: 'wage',
      from: '2015-01-01',
      law: 'skatteloven § 6-32 første ledd bokstav a',
      source: SOURCES.skatteAbcMinstefradrag,
      confidence: 'primary',
      note: 'AAP and uføretrygd get the wage-type minstefradrag; the maximum is shared with wages.',
    }),
  ],
  personfradrag: [
    yearly(Y2025, 108_550, `skatteloven § 15-4; ${SKATTEVEDTAK}`, SOURCES.personfradrag2025, 'secondary'),
    yearly(
      Y2026,
      114_540,
      `skatteloven § 15-4; ${SKATTEVEDTAK}`,
      SOURCES.budgetAgreement2026,
      'secondary',
      'The proposal said 114 210; the budget agreement raised it by 330.',
    ),
  ],
  uforetrygdSpecialDeduction: [
    param({
      value: null,
      from: '2015-01-01',
      law: 'skatteloven (særfradrag for uførhet and skattebegrensning repealed from 2015)',
      source: SOURCES.uforeSkatt2015,
      confidence: 'primary',
      note: 'No special tax deduction for uføretrygd; a transition deduction for converted recipients is not modelled.',
    }),
  ],
  aapChildSupplementTaxable: [
    param({
      value: true,
      from: '2024-01-01',
      law: 'skatteloven kapittel 5',
      source: SOURCES.notes,
      confidence: 'unverified',
      note: 'Assumed taxed like the AAP itself; not found in the sources.',
    }),
  ],
  sosialhjelpTaxFree: [
    param({
      value: true,
      from: '2024-01-01',
      law: 'skatteloven § 5-15',
      source: SOURCES.notes,
      confidence: 'unverified',
      note: 'Assumed tax-free; not found in the sources.',
    }),
  ],
};
