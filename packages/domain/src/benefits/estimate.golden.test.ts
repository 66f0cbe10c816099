import { describe, expect, it } from 'vitest';
import { estimateBenefits } from './estimate.ts';
import type {
  AapSituation,
  BenefitSituation,
  EstimateInput,
  SosialhjelpSituation,
  UforetrygdSituation,
  WorkScenario,
} from './input.ts';
import type { BenefitKind, KeyFigures, TaxBreakdown } from './result.ts';
import type { CliffFlag } from './texts/codes.ts';

/*
 * Golden cases. Every expected figure was worked by hand from the rules in docs/rules/benefits.md, not by running
 * the code. Rounding: each step's money amount to whole kroner, halves up; later steps use the rounded amount.
 * Average G (the G used for a whole year): 2025 = 128 116, 2026 = 134 419 (NAV Grunnbeløp.kt).
 * Sources are named by the research notes: N = benefits-norway.md, V = benefits-verification.md.
 */

type Expectation = {
  /** Yearly amount after reduction in the (first) scenario, by kind. */
  readonly benefit?: Partial<Record<BenefitKind, number>>;
  /** Yearly amount in the no-work baseline, by kind. */
  readonly baseline?: Partial<Record<BenefitKind, number>>;
  readonly monthlyBenefit?: Partial<Record<BenefitKind, number>>;
  readonly workYearly?: number;
  readonly taxYearly?: number;
  readonly taxBreakdown?: Partial<TaxBreakdown>;
  readonly netYearly?: number;
  readonly netMonthly?: number;
  readonly flags?: readonly CliffFlag[];
  readonly keyFigures?: Partial<Record<string, number | string>> & Partial<Pick<KeyFigures, 'kind'>>;
};

type Golden = {
  readonly name: string;
  readonly rule: string;
  readonly source: string;
  readonly input: EstimateInput;
  readonly expect: Expectation;
};

const work = (hoursPerWeek: number, hourlyWage: number, weeksPerYear: number): WorkScenario => ({
  hoursPerWeek,
  hourlyWage,
  weeksPerYear,
});
const NONE: WorkScenario = work(0, 0, 0);

const ufore = (extra: Partial<UforetrygdSituation> = {}): UforetrygdSituation => ({
  kind: 'uforetrygd',
  uforegrad: 100,
  household: 'single',
  monthsReceivedBeforeYear: 12,
  ...extra,
});
const aap = (extra: Partial<AapSituation> = {}): AapSituation => ({
  kind: 'aap',
  basisIncome: 0,
  age: 30,
  children: 0,
  ...extra,
});
const sosial = (extra: Partial<SosialhjelpSituation> = {}): SosialhjelpSituation => ({
  kind: 'sosialhjelp',
  household: 'single',
  monthlyHousingCost: 8_000,
  ...extra,
});
const input = (year: number, situation: BenefitSituation, scenario: WorkScenario = NONE): EstimateInput => ({
  year,
  situation,
  scenarios: [scenario],
});

const AAP_2025 = 'folketrygdloven §§ 11-19, 11-20';
const AAP_WORK = 'folketrygdloven § 11-23';
const KELVIN = 'N §3.1–3.2, V §4 (navikt/aap-behandlingsflyt, aap-kalkulator-frontend)';
const UT_REDUCTION = 'folketrygdloven § 12-14';
const UT_SRC = 'N §2.2, V §5 (NAV letters in navikt/pensjonsbrev)';

const CASES: readonly Golden[] = [
  // ---------------------------------------------------------------- AAP level
  {
    // 2.041 × 128 116 = 261 484.756 → 261 485; 66 % of 0 = 0 < minimum.
    name: 'AAP minimum 2025, no work',
    rule: `${AAP_2025}: minimum 2.041 G`,
    source: KELVIN,
    input: input(2025, aap()),
    expect: {
      benefit: { aap: 261_485 },
      baseline: { aap: 261_485 },
      monthlyBenefit: { aap: 21_790 },
      flags: [],
    },
  },
  {
    // 2.041 × 134 419 = 274 349.179 → 274 349. Monthly 274 349 / 12 = 22 862.4 → 22 862.
    name: 'AAP minimum 2026, no work',
    rule: `${AAP_2025}: minimum 2.041 G with the 2026 G`,
    source: KELVIN,
    input: input(2026, aap()),
    expect: { benefit: { aap: 274_349 }, monthlyBenefit: { aap: 22_862 } },
  },
  {
    // 66 % × 500 000 = 330 000 > 261 485.
    name: 'AAP from the grunnlag, 2025',
    rule: `${AAP_2025}: 66 % of the grunnlag`,
    source: KELVIN,
    input: input(2025, aap({ basisIncome: 500_000 })),
    expect: { benefit: { aap: 330_000 }, keyFigures: { kind: 'aap', yearlyBeforeReduction: 330_000 } },
  },
  {
    // 6 × 128 116 = 768 696 caps the grunnlag; 66 % × 768 696 = 507 339.36 → 507 339.
    name: 'AAP grunnlag capped at 6 G',
    rule: 'folketrygdloven § 11-19: grunnlag at most 6 G',
    source: KELVIN,
    input: input(2025, aap({ basisIncome: 1_000_000 })),
    expect: { benefit: { aap: 507_339 } },
  },
  {
    // 2/3 × 2.041 × 128 116 = 174 323.17 → 174 323.
    name: 'AAP minimum under 25, 2025',
    rule: 'folketrygdloven § 11-20: under 25 the minimum is 2/3 of 2.041 G',
    source: KELVIN,
    input: input(2025, aap({ age: 24 })),
    expect: { benefit: { aap: 174_323 } },
  },
  {
    // Age 25 is not under 25: the ordinary minimum 261 485.
    name: 'AAP minimum at exactly 25',
    rule: 'folketrygdloven § 11-20: the lower minimum ends at 25',
    source: KELVIN,
    input: input(2025, aap({ age: 25 })),
    expect: { benefit: { aap: 261_485 } },
  },
  {
    // 2/3 × 2.041 × 134 419 = 182 899.45 → 182 899.
    name: 'AAP minimum under 25, 2026',
    rule: 'folketrygdloven § 11-20: under-25 minimum with the 2026 G',
    source: KELVIN,
    input: input(2026, aap({ age: 20 })),
    expect: { benefit: { aap: 182_899 } },
  },
  // ---------------------------------------------------------------- AAP and hours
  {
    // 7.5 / 37.5 = 20 % worked → 80 % paid: 261 485 × 0.8 = 209 188.
    // Tax: 78 000 + 209 188 = 287 188; minstefradrag min(46 % = 132 106.48, 92 000) = 92 000;
    // 22 % × (287 188 − 92 000 − 108 550 = 86 638) = 19 060.36 → 19 060; trinnskatt 1.7 % × 69 788 = 1 186.40 → 1 186;
    // trygdeavgift 7.7 % × 287 188 = 22 113.48 → 22 113; tax 42 359; net 287 188 − 42 359 = 244 829.
    name: 'AAP reduced by 7.5 hours a week, with tax and net',
    rule: `${AAP_WORK}: payment = 100 % − share of 37.5 hours`,
    source: KELVIN,
    input: input(2025, aap(), work(7.5, 200, 52)),
    expect: {
      workYearly: 78_000,
      benefit: { aap: 209_188 },
      taxYearly: 42_359,
      taxBreakdown: { incomeTax: 19_060, trinnskatt: 1_186, trygdeavgift: 22_113 },
      netYearly: 244_829,
      flags: [],
    },
  },
  {
    // 22.5 / 37.5 = exactly 60 %: not "more than" 60 % → 40 % paid: 261 485 × 0.4 = 104 594.
    name: 'AAP at exactly 60 % of normal hours still pays',
    rule: `${AAP_WORK} fourth paragraph: only more than 60 % stops payment`,
    source: KELVIN,
    input: input(2025, aap(), work(22.5, 200, 52)),
    expect: { benefit: { aap: 104_594 }, flags: [] },
  },
  {
    // 22.6 / 37.5 = 60.27 % > 60 % → nothing for every period worked (52 weeks) → 0.
    name: 'AAP just above 60 % stops',
    rule: `${AAP_WORK} fourth paragraph: more than 60 % pays nothing`,
    source: KELVIN,
    input: input(2025, aap(), work(22.6, 200, 52)),
    expect: { benefit: { aap: 0 }, flags: ['aap_stops_above_60_percent', 'net_below_no_work'] },
  },
  {
    // Opptrapping limit 80 %: 30 h = exactly 80 % → 20 % paid: 261 485 × 0.2 = 52 297.
    name: 'AAP gradual return: exactly 80 % pays',
    rule: `${AAP_WORK} sixth paragraph: 80 % limit in opptrapping`,
    source: KELVIN,
    input: input(2025, aap({ workLimit: 'gradual_return' }), work(30, 200, 52)),
    expect: { benefit: { aap: 52_297 }, flags: [] },
  },
  {
    // 30.1 / 37.5 = 80.27 % > 80 % → 0.
    name: 'AAP gradual return: above 80 % stops',
    rule: `${AAP_WORK} sixth paragraph`,
    source: KELVIN,
    input: input(2025, aap({ workLimit: 'gradual_return' }), work(30.1, 200, 52)),
    expect: { benefit: { aap: 0 }, flags: ['aap_stops_above_80_percent'] },
  },
  {
    // Yrkesskade limit 70 %: 26.25 h = 70 % → 30 % paid: 261 485 × 0.3 = 78 445.5 → 78 446 (half up).
    name: 'AAP occupational injury: exactly 70 % pays, half krone rounds up',
    rule: `${AAP_WORK}: 70 % limit with yrkesskade`,
    source: KELVIN,
    input: input(2025, aap({ workLimit: 'occupational_injury' }), work(26.25, 200, 52)),
    expect: { benefit: { aap: 78_446 }, flags: [] },
  },
  {
    // 23 h > 60 % in the 47 weeks worked; the 5 weeks off pay in full: 261 485 × 5/52 = 25 142.79 → 25 143.
    name: 'AAP stopped in worked weeks, full in weeks off',
    rule: `${AAP_WORK}: per 14-day period; weeks off assumed as whole periods`,
    source: KELVIN,
    input: input(2025, aap(), work(23, 200, 47)),
    expect: { benefit: { aap: 25_143 }, flags: ['aap_stops_above_60_percent', 'net_below_no_work'] },
  },
  {
    // 15 h = 40 % → 60 % paid in 46 weeks, 100 % in 6: 261 485 × (46 × 0.6 + 6) / 52 = 261 485 × 33.6/52
    // = 168 959.54 → 168 960.
    name: 'AAP reduced in worked weeks, full in weeks off',
    rule: `${AAP_WORK}: reduction by hours per period`,
    source: KELVIN,
    input: input(2025, aap(), work(15, 200, 46)),
    expect: { benefit: { aap: 168_960 } },
  },
  // ---------------------------------------------------------------- AAP child supplement
  {
    // 2 × 37 × 260 = 19 240. Cap: 90 % × 261 485 / 0.66 = 356 570.45 → 356 570; room 95 085 ≥ 19 240.
    name: 'AAP child supplement 2025, 2 children',
    rule: 'AAP-forskriften § 8: 37 kr per child per weekday in 2025',
    source: 'V §4 (BarnetilleggsatsTidslinje.kt)',
    input: input(2025, aap({ children: 2 })),
    expect: { benefit: { aap: 261_485, aap_child_supplement: 19_240 } },
  },
  {
    // 1 × 38 × 260 = 9 880.
    name: 'AAP child supplement 2026, 1 child',
    rule: 'AAP-forskriften § 8: 38 kr per child per weekday from 2026',
    source: 'V §4 (BarnetilleggsatsTidslinje.kt)',
    input: input(2026, aap({ children: 1 })),
    expect: { benefit: { aap_child_supplement: 9_880 } },
  },
  {
    // 10 × 37 × 260 = 96 200 > room 356 570 − 261 485 = 95 085 → 95 085.
    name: 'AAP child supplement capped at 90 % of the grunnlag',
    rule: 'folketrygdloven § 11-20: AAP + child supplement at most 90 % of the grunnlag',
    source: 'N §3.1 (aap-kalkulator-frontend lib/logic/Barn)',
    input: input(2025, aap({ children: 10 })),
    expect: { benefit: { aap_child_supplement: 95_085 } },
  },
  {
    // The supplement is graded like the AAP: 19 240 × 0.8 = 15 392 at 7.5 h.
    name: 'AAP child supplement reduced by the same work share',
    rule: `${AAP_WORK}: dagsats and barnetillegg graded alike`,
    source: 'navikt/aap-behandlingsflyt Tilkjent.redusertDagsats',
    input: input(2025, aap({ children: 2 }), work(7.5, 200, 52)),
    expect: { benefit: { aap: 209_188, aap_child_supplement: 15_392 } },
  },
  // ---------------------------------------------------------------- Uføretrygd, 2025
  {
    // Minimum IFU 3.5 × 128 116 = 448 406; 66 % × 448 406 = 295 947.96 → 295 948 < minimum 2.529 × 128 116
    // = 324 005.36 → 324 005. kg = 324 005 / 448 406 = 72.257 % → 72.26 %. Limit 0.4 × 128 116 = 51 246.4 → 51 246.
    // Cap 80 % × 448 406 = 358 724.8 → 358 725.
    name: 'Uføretrygd single minimum level and key figures, 2025',
    rule: 'folketrygdloven §§ 12-9, 12-13, 12-14: minimum IFU 3.5 G, minsteytelse 2.529 G, 0.4 G, 80 %',
    source: UT_SRC,
    input: input(2025, ufore()),
    expect: {
      benefit: { uforetrygd: 324_005 },
      keyFigures: {
        kind: 'uforetrygd',
        yearlyBeforeReduction: 324_005,
        incomeLimit: 51_246,
        incomeCap: 358_725,
        kompensasjonsgrad: 72.26,
      },
    },
  },
  {
    // 27 × 949 × 2 = 51 246 = exactly the income limit → no reduction.
    name: 'Uføretrygd: income exactly at the income limit',
    rule: `${UT_REDUCTION} first paragraph: income up to the limit does not reduce`,
    source: UT_SRC,
    input: input(2025, ufore(), work(27, 949, 2)),
    expect: { benefit: { uforetrygd: 324_005 }, flags: [] },
  },
  {
    // 7 × 7 321 × 1 = 51 247, one krone above: reduction 1 × 72.26 % = 0.72 → 1; 324 005 − 1 = 324 004.
    name: 'Uføretrygd: one krone above the income limit',
    rule: `${UT_REDUCTION}: reduction = income above the limit × kompensasjonsgrad`,
    source: UT_SRC,
    input: input(2025, ufore(), work(7, 7_321, 1)),
    expect: { benefit: { uforetrygd: 324_004 }, flags: ['uforetrygd_reduced_above_income_limit'] },
  },
  {
    // 30 × 100 × 50 = 150 000; (150 000 − 51 246) × 72.26 % = 98 754 × 0.7226 = 71 359.64 → 71 360;
    // 324 005 − 71 360 = 252 645. Tax on 402 645: minstefradrag 92 000; 22 % × 202 095 = 44 460.9 → 44 461;
    // trinnskatt 1.7 % × 88 650 + 4 % × 96 595 = 5 370.85 → 5 371; trygdeavgift 7.7 % × 402 645 = 31 003.67 → 31 004;
    // tax 80 836; net 402 645 − 80 836 = 321 809.
    name: 'Uføretrygd reduced by 150 000 in wages, with tax and net, 2025',
    rule: `${UT_REDUCTION}; tax as wages since 2015`,
    source: `${UT_SRC}; V §2–3`,
    input: input(2025, ufore(), work(30, 100, 50)),
    expect: { benefit: { uforetrygd: 252_645 }, taxYearly: 80_836, netYearly: 321_809 },
  },
  {
    // 25 × 4 783 × 3 = 358 725 = exactly 80 % of IFU: still paid. (358 725 − 51 246) × 0.7226 = 222 184.33
    // → 222 184; 324 005 − 222 184 = 101 821. Tax on 460 546: 22 % × 259 996 = 57 199.12 → 57 199;
    // trinnskatt 1 507.05 + 4 % × 154 496 = 7 686.89 → 7 687; trygdeavgift 7.7 % = 35 462.04 → 35 462;
    // tax 100 348; net 360 198.
    name: 'Uføretrygd: income exactly at 80 % of IFU is still paid',
    rule: `${UT_REDUCTION} third paragraph: only income above 80 % of IFU stops payment`,
    source: UT_SRC,
    input: input(2025, ufore(), work(25, 4_783, 3)),
    expect: {
      benefit: { uforetrygd: 101_821 },
      netYearly: 360_198,
      flags: ['uforetrygd_reduced_above_income_limit'],
    },
  },
  {
    // 83 × 2 161 × 2 = 358 726 > 358 725 → no uføretrygd for the year. Tax on 358 726: 22 % × 158 176
    // = 34 798.72 → 34 799; trinnskatt 1 507.05 + 4 % × 52 676 = 3 614.09 → 3 614; trygdeavgift 27 621.90 → 27 622;
    // tax 66 035; net 292 691: 67 507 less than one krone lower.
    name: 'Uføretrygd: one krone above 80 % of IFU stops it (the cliff)',
    rule: `${UT_REDUCTION} third paragraph: inntektstak 80 % of IFU`,
    source: UT_SRC,
    input: input(2025, ufore(), work(83, 2_161, 2)),
    expect: {
      benefit: { uforetrygd: 0 },
      netYearly: 292_691,
      flags: ['uforetrygd_stops_above_80_percent_of_ifu'],
    },
  },
  {
    // VTA: limit 1 × 128 116 = 128 116; 100 000 ≤ limit → 324 005.
    name: 'Uføretrygd VTA: 1 G income limit, below it',
    rule: `${UT_REDUCTION}: 1 G for varig tilrettelagt arbeid`,
    source: 'N §2.2 (ufore-inntektsplanleggeren; Prop. 4 L (2021–2022) ch. 7)',
    input: input(2025, ufore({ vta: true }), work(20, 100, 50)),
    expect: { benefit: { uforetrygd: 324_005 }, keyFigures: { incomeLimit: 128_116 }, flags: [] },
  },
  {
    // VTA, 150 000: (150 000 − 128 116) × 0.7226 = 15 813.38 → 15 813; 324 005 − 15 813 = 308 192.
    name: 'Uføretrygd VTA: above the 1 G limit',
    rule: `${UT_REDUCTION}: 1 G for varig tilrettelagt arbeid`,
    source: 'N §2.2 (ufore-inntektsplanleggeren)',
    input: input(2025, ufore({ vta: true }), work(30, 100, 50)),
    expect: { benefit: { uforetrygd: 308_192 } },
  },
  {
    // Couple 2025: minimum IFU 3.3 × 128 116 = 422 782.8 → 422 783; minsteytelse 2.329 × 128 116 = 298 382.16
    // → 298 382 > 66 % × 422 783 = 279 037; kg 298 382 / 422 783 = 70.576 % → 70.58 %; cap 80 % = 338 226.4 → 338 226.
    name: 'Uføretrygd couple, 2025: minimum IFU 3.3 G',
    rule: 'folketrygdloven §§ 12-9, 12-13: couples 3.3 G IFU and 2.329 G minimum before 2026',
    source: 'N §2.1, V §6',
    input: input(2025, ufore({ household: 'couple' })),
    expect: {
      benefit: { uforetrygd: 298_382 },
      keyFigures: { incomeCap: 338_226, kompensasjonsgrad: 70.58 },
    },
  },
  {
    // Couple 2026: minimum IFU 3.5 G for everyone: 3.5 × 134 419 = 470 466.5 → 470 467; minsteytelse
    // 2.329 × 134 419 = 313 061.85 → 313 062; kg 313 062 / 470 467 = 66.543 % → 66.54 % (under the 70 % cap);
    // cap 80 % × 470 467 = 376 373.6 → 376 374.
    name: 'Uføretrygd couple, 2026: minimum IFU raised to 3.5 G',
    rule: 'folketrygdloven § 12-9 second paragraph (from 1.1.2026)',
    source: 'V §5.3',
    input: input(2026, ufore({ household: 'couple' })),
    expect: {
      benefit: { uforetrygd: 313_062 },
      keyFigures: { incomeCap: 376_374, kompensasjonsgrad: 66.54 },
    },
  },
  {
    // 2026, 12 months before the year (so no 1 G yet: 12 − 24 + 12 = 0 months): IFU 470 467; minsteytelse
    // 2.529 × 134 419 = 339 945.65 → 339 946; kg 339 946 / 470 467 = 72.257 % → 72.26 % → capped at 70 %;
    // limit 0.4 × 134 419 = 53 767.6 → 53 768; (150 000 − 53 768) × 70 % = 67 362.4 → 67 362; 339 946 − 67 362 = 272 584.
    // Tax 2026 on 422 584: minstefradrag 95 700; 22 % × 212 344 = 46 715.68 → 46 716; trinnskatt 1 567.4 + 4 % × 104 284
    // = 5 738.76 → 5 739; trygdeavgift 7.6 % = 32 116.38 → 32 116; tax 84 571; net 338 013.
    name: 'Uføretrygd 2026: kompensasjonsgrad capped at 70 %',
    rule: `${UT_REDUCTION} second paragraph: reduksjonsprosent at most 70 % from 2026`,
    source: 'V §5.1 (InfobrevLovendringer2026; Prop. 8 L (2025–2026))',
    input: input(2026, ufore(), work(30, 100, 50)),
    expect: {
      benefit: { uforetrygd: 272_584 },
      keyFigures: { kompensasjonsgrad: 70, incomeLimit: 53_768 },
      taxYearly: 84_571,
      netYearly: 338_013,
    },
  },
  {
    // Same person in 2025: no cap, kg 72.26 % of (150 000 − 51 246) — see the 2025 case: 252 645.
    name: 'Uføretrygd 2025 vs 2026: no cap before 2026',
    rule: `${UT_REDUCTION}: the 70 % cap starts 1.1.2026`,
    source: 'V §5.1',
    input: input(2025, ufore({ monthsReceivedBeforeYear: 36 }), work(30, 100, 50)),
    expect: {
      benefit: { uforetrygd: 252_645 },
      keyFigures: { kompensasjonsgrad: 72.26, incomeLimit: 51_246 },
    },
  },
  {
    // 2026, 36 months before the year → 1 G all year: limit 134 419; (150 000 − 134 419) × 70 % = 10 906.7 → 10 907;
    // 339 946 − 10 907 = 329 039.
    name: 'Uføretrygd 2026: 1 G fribeløp after 24 months',
    rule: `${UT_REDUCTION}: fribeløp 1 G after 24 months (from 1.1.2026)`,
    source: 'V §5.4 (OktBunnfradrag.kt)',
    input: input(2026, ufore({ monthsReceivedBeforeYear: 36 }), work(30, 100, 50)),
    expect: { benefit: { uforetrygd: 329_039 }, keyFigures: { incomeLimit: 134_419 } },
  },
  {
    // 18 months before 2026 → 1 G in 18 − 24 + 12 = 6 months: (0.4 × 6 + 1 × 6) / 12 = 0.7 G = 94 093.3 → 94 093;
    // (150 000 − 94 093) × 70 % = 39 134.9 → 39 135; 339 946 − 39 135 = 300 811.
    name: 'Uføretrygd 2026: fribeløp pro-rated in the year 24 months are reached',
    rule: `${UT_REDUCTION}: 0.4 G·(12−n)/12 + 1 G·n/12`,
    source: 'V §5.4',
    input: input(2026, ufore({ monthsReceivedBeforeYear: 18 }), work(30, 100, 50)),
    expect: { benefit: { uforetrygd: 300_811 }, keyFigures: { incomeLimit: 94_093 } },
  },
  {
    // 2026, income 25 × 3 011 × 5 = 376 375 > cap 376 374 → 0.
    name: 'Uføretrygd 2026: one krone above 80 % of IFU',
    rule: `${UT_REDUCTION} third paragraph`,
    source: UT_SRC,
    input: input(2026, ufore(), work(25, 3_011, 5)),
    expect: { benefit: { uforetrygd: 0 }, flags: ['uforetrygd_stops_above_80_percent_of_ifu'] },
  },
  {
    // Decision figures: 300 000 at 100 %, IFU 500 000 → kg 60 %; limit 51 246; cap 400 000;
    // (200 000 − 51 246) × 60 % = 89 252.4 → 89 252; 300 000 − 89 252 = 210 748.
    name: 'Uføretrygd from the decision letter: benefit and IFU given',
    rule: `${UT_REDUCTION}: kompensasjonsgrad = benefit at 100 % ÷ IFU`,
    source: 'N §2.2 (VedleggBeregnUTKompGrad)',
    input: input(
      2025,
      ufore({ yearlyBenefitBeforeReduction: 300_000, incomeBeforeDisability: 500_000 }),
      work(40, 100, 50),
    ),
    expect: {
      benefit: { uforetrygd: 210_748 },
      keyFigures: { kompensasjonsgrad: 60, incomeCap: 400_000, incomeLimit: 51_246 },
    },
  },
  {
    // 60 %: full = 180 000 × 100 / 60 = 300 000; kg 60 %; IEU = 500 000 × 40 / 100 = 200 000; limit 251 246;
    // 240 000 ≤ limit → 180 000.
    name: 'Uføretrygd 60 %: IEU + 0.4 G limit, below it',
    rule: 'folketrygdloven §§ 12-10, 12-14: inntektsgrense = IEU + 0.4 G',
    source: 'N §2.1–2.2',
    input: input(
      2025,
      ufore({ uforegrad: 60, yearlyBenefitBeforeReduction: 180_000, incomeBeforeDisability: 500_000 }),
      work(40, 120, 50),
    ),
    expect: { benefit: { uforetrygd: 180_000 }, keyFigures: { incomeLimit: 251_246 } },
  },
  {
    // (300 000 − 251 246) × 60 % = 29 252.4 → 29 252; 180 000 − 29 252 = 150 748.
    name: 'Uføretrygd 60 %: above the IEU + 0.4 G limit',
    rule: 'folketrygdloven § 12-14',
    source: 'N §2.2',
    input: input(
      2025,
      ufore({ uforegrad: 60, yearlyBenefitBeforeReduction: 180_000, incomeBeforeDisability: 500_000 }),
      work(40, 150, 50),
    ),
    expect: { benefit: { uforetrygd: 150_748 } },
  },
  {
    // Individual limit 100 000 replaces IEU + fribeløp; (120 000 − 100 000) × 60 % = 12 000; 300 000 − 12 000 = 288 000.
    name: 'Uføretrygd with an individual income limit',
    rule: `${UT_REDUCTION}: a limit set by NAV`,
    source: 'N §2.2',
    input: input(
      2025,
      ufore({
        yearlyBenefitBeforeReduction: 300_000,
        incomeBeforeDisability: 500_000,
        individualIncomeLimit: 100_000,
      }),
      work(24, 100, 50),
    ),
    expect: { benefit: { uforetrygd: 288_000 } },
  },
  {
    // Given kompensasjonsgrad 75 % in 2026 → capped at 70 %.
    name: 'Uføretrygd 2026: a given kompensasjonsgrad above 70 % is capped',
    rule: `${UT_REDUCTION} second paragraph`,
    source: 'V §5.1',
    input: input(2026, ufore({ kompensasjonsgrad: 75 })),
    expect: { keyFigures: { kompensasjonsgrad: 70 } },
  },
  {
    // IFU 300 000 is below 3.5 × 128 116 = 448 406 → 448 406 is used; cap 358 725 as in the first case.
    name: 'Uføretrygd: IFU below the minimum is raised',
    rule: 'folketrygdloven § 12-9: IFU not below 3.5 G',
    source: 'N §2.1',
    input: input(2025, ufore({ incomeBeforeDisability: 300_000 })),
    expect: { keyFigures: { incomeCap: 358_725 } },
  },
  {
    // Ung ufør single 2025: IFU 4.5 × 128 116 = 576 522; 66 % = 380 504.52 → 380 505 > 2.959 × 128 116 = 379 095.24;
    // kg 380 505 / 576 522 = 66.0001 % → 66 %.
    name: 'Uføretrygd ung ufør: higher minimums',
    rule: 'folketrygdloven §§ 12-9, 12-13: ung ufør 4.5 G IFU, 2.959 G minimum',
    source: 'V §5.3, §6',
    input: input(2025, ufore({ youngDisabled: true })),
    expect: { benefit: { uforetrygd: 380_505 }, keyFigures: { kompensasjonsgrad: 66 } },
  },
  {
    name: 'Uføretrygd 0 %: no benefit',
    rule: 'folketrygdloven § 12-10: uføregrad 0 gives no uføretrygd',
    source: 'N §2.1',
    input: input(2025, ufore({ uforegrad: 0 }), work(10, 200, 52)),
    expect: { benefit: { uforetrygd: 0 }, flags: [] },
  },
  // ---------------------------------------------------------------- Sosialhjelp
  {
    // 7 850 + 8 000 = 15 850 a month; 12 × 15 850 = 190 200 a year; tax-free.
    name: 'Sosialhjelp single without work',
    rule: 'sosialtjenesteloven § 18; guideline rate 7 850 (2024, carried forward)',
    source: 'N §4 (Statsforvalteren Agder 2024)',
    input: input(2025, sosial()),
    expect: {
      benefit: { sosialhjelp: 190_200 },
      monthlyBenefit: { sosialhjelp: 15_850 },
      taxYearly: 0,
      netYearly: 190_200,
    },
  },
  {
    // 10 × 200 × 52 = 104 000. Tax: 22 % base 104 000 − 47 840 − 108 550 < 0 → 0; no trinnskatt;
    // trygdeavgift min(7.7 % = 8 008, 25 % × 4 350 = 1 087.5) → 1 088. Net wage per month (104 000 − 1 088) / 12
    // = 8 576; sosialhjelp 15 850 − 8 576 = 7 274 a month = 87 288 a year. Net 104 000 + 87 288 − 1 088 = 190 200:
    // the same as without work, because income counts in full.
    name: 'Sosialhjelp counts net wages in full',
    rule: 'sosialtjenesteloven § 18: income counted krone for krone',
    source: 'N §4 (nav.no)',
    input: input(2025, sosial(), work(10, 200, 52)),
    expect: {
      benefit: { sosialhjelp: 87_288 },
      monthlyBenefit: { sosialhjelp: 7_274 },
      taxYearly: 1_088,
      netYearly: 190_200,
      netMonthly: 15_850,
      flags: ['sosialhjelp_reduced_by_income'],
    },
  },
  {
    // 37.5 × 250 × 52 = 487 500: net wage far above the 15 850 need → 0.
    name: 'Sosialhjelp ends when wages cover the need',
    rule: 'sosialtjenesteloven § 18',
    source: 'N §4',
    input: input(2025, sosial(), work(37.5, 250, 52)),
    expect: { benefit: { sosialhjelp: 0 }, flags: ['sosialhjelp_ends'] },
  },
  {
    // 7 850 + child 0–5 3 850 + child 11–17 5 150 = 16 850; + 9 000 housing = 25 850 a month.
    name: 'Sosialhjelp with children by age group',
    rule: 'Statlige veiledende retningslinjer: child rates 0–5, 6–10, 11–17',
    source: 'N §4',
    input: input(2025, sosial({ childAges: [3, 12], monthlyHousingCost: 9_000 })),
    expect: {
      monthlyBenefit: { sosialhjelp: 25_850 },
      keyFigures: { monthlyNorm: 16_850, monthlyNeed: 25_850 },
    },
  },
  {
    // Couple 13 100 + 7 000 = 20 100; shared housing 6 600 is another case below.
    name: 'Sosialhjelp couple, 2026 (rates carried forward, unverified)',
    rule: 'Statlige veiledende retningslinjer: ektepar/samboere 13 100',
    source: 'N §4; V §1 (2026 rate not found)',
    input: input(2026, sosial({ household: 'couple', monthlyHousingCost: 7_000 })),
    expect: { monthlyBenefit: { sosialhjelp: 20_100 } },
  },
  {
    // 6 600 + 5 000 = 11 600.
    name: 'Sosialhjelp person in shared housing',
    rule: 'Statlige veiledende retningslinjer: person i bofellesskap 6 600',
    source: 'N §4',
    input: input(2025, sosial({ household: 'shared_housing', monthlyHousingCost: 5_000 })),
    expect: { monthlyBenefit: { sosialhjelp: 11_600 } },
  },
  {
    // The municipality's own norm 9 000 + 7 000 = 16 000 a month.
    name: 'Sosialhjelp with the municipality’s own norm',
    rule: 'sosialtjenesteloven § 18: the rates are guidelines only',
    source: 'N §4',
    input: input(2025, sosial({ monthlyNorm: 9_000, monthlyHousingCost: 7_000 })),
    expect: { monthlyBenefit: { sosialhjelp: 16_000 } },
  },
  // ---------------------------------------------------------------- Tax
  {
    // 37.5 × 250 × 52 = 487 500. Minstefradrag min(224 250, 92 000) = 92 000; 22 % × (487 500 − 92 000 − 108 550
    // = 286 950) = 63 129; trinnskatt 1.7 % × 88 650 + 4 % × 181 450 = 1 507.05 + 7 258 = 8 765.05 → 8 765;
    // trygdeavgift min(7.7 % × 487 500 = 37 537.5, 25 % × 387 850) → 37 538. Tax 109 432; net 378 068.
    name: 'Tax on wages 2025',
    rule: 'Skattevedtak 2025: 22 %, trinnskatt, trygdeavgift 7.7 %, minstefradrag, personfradrag',
    source: 'N §5, V §2–3 (regjeringen.no Skattesatser 2025)',
    input: input(2025, { kind: 'none' }, work(37.5, 250, 52)),
    expect: {
      taxYearly: 109_432,
      taxBreakdown: { incomeTax: 63_129, trinnskatt: 8_765, trygdeavgift: 37_538 },
      netYearly: 378_068,
    },
  },
  {
    // 2026: minstefradrag 95 700; 22 % × (487 500 − 95 700 − 114 540 = 277 260) = 60 997.2 → 60 997;
    // trinnskatt 1.7 % × 92 200 + 4 % × 169 200 = 1 567.4 + 6 768 = 8 335.4 → 8 335; trygdeavgift 7.6 % = 37 050.
    // Tax 106 382; net 381 118.
    name: 'Tax on the same wages 2026',
    rule: 'Skattevedtak 2026: trygdeavgift 7.6 %, personfradrag 114 540, minstefradrag max 95 700',
    source: 'V §2–3',
    input: input(2026, { kind: 'none' }, work(37.5, 250, 52)),
    expect: {
      taxYearly: 106_382,
      taxBreakdown: { incomeTax: 60_997, trinnskatt: 8_335, trygdeavgift: 37_050 },
      netYearly: 381_118,
    },
  },
  {
    // 120 000: trygdeavgift min(7.7 % = 9 240, 25 % × 20 350 = 5 087.5) → 5 088; base below personfradrag → 0.
    name: 'Tax: trygdeavgift phase-in above 99 650',
    rule: 'folketrygdloven § 23-3: 25 % of income above the lower limit at most',
    source: 'V §3',
    input: input(2025, { kind: 'none' }, work(20, 120, 50)),
    expect: { taxYearly: 5_088, taxBreakdown: { incomeTax: 0, trinnskatt: 0, trygdeavgift: 5_088 } },
  },
  {
    // 10 × 199.3 × 50 = 99 650, at the lower limit: no trygdeavgift, no other tax.
    name: 'Tax: nothing at the trygdeavgift lower limit',
    rule: 'folketrygdloven § 23-3: no trygdeavgift up to 99 650',
    source: 'V §3',
    input: input(2025, { kind: 'none' }, work(10, 199.3, 50)),
    expect: { workYearly: 99_650, taxYearly: 0 },
  },
  {
    // 100 × 400 × 52 = 2 080 000 (2025): trinnskatt 1.7 % × 88 650 + 4 % × 391 100 + 13.7 % × 245 250
    // + 16.7 % × 468 350 + 17.7 % × 669 250 = 1 507.05 + 15 644 + 33 599.25 + 78 214.45 + 118 457.25 = 247 422.
    name: 'Tax: all five trinnskatt steps 2025',
    rule: 'skatteloven § 12-2; Skattevedtak 2025',
    source: 'V §2',
    input: input(2025, { kind: 'none' }, work(100, 400, 52)),
    expect: { taxBreakdown: { trinnskatt: 247_422 } },
  },
  {
    // 2026: 1.7 % × 92 200 + 4 % × 406 750 + 13.7 % × 255 050 + 16.8 % × 487 100 + 17.8 % × 612 800
    // = 1 567.4 + 16 270 + 34 941.85 + 81 832.8 + 109 078.4 = 243 690.45 → 243 690.
    name: 'Tax: all five trinnskatt steps 2026 (steps 4–5 secondary)',
    rule: 'skatteloven § 12-2; Skattevedtak 2026 (16.8 % / 17.8 %)',
    source: 'V §2',
    input: input(2026, { kind: 'none' }, work(100, 400, 52)),
    expect: { taxBreakdown: { trinnskatt: 243_690 } },
  },
];

function amountOf(
  list: readonly { kind: BenefitKind; yearly: number; monthly: number }[],
  kind: BenefitKind,
) {
  const found = list.find((b) => b.kind === kind);
  if (!found) throw new Error(`no ${kind} amount`);
  return found;
}

describe('estimateBenefits golden cases (worked by hand)', () => {
  it('has at least 40 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(CASES)('$name — $rule [$source]', ({ input: given, expect: want }) => {
    const result = estimateBenefits(given);
    const [scenario] = result.scenarios;
    if (!scenario) throw new Error('no scenario');
    for (const [kind, yearly] of Object.entries(want.benefit ?? {})) {
      expect(amountOf(scenario.benefits, kind as BenefitKind).yearly, kind).toBe(yearly);
    }
    for (const [kind, yearly] of Object.entries(want.baseline ?? {})) {
      expect(amountOf(result.baseline.benefits, kind as BenefitKind).yearly, kind).toBe(yearly);
    }
    for (const [kind, monthly] of Object.entries(want.monthlyBenefit ?? {})) {
      expect(amountOf(scenario.benefits, kind as BenefitKind).monthly, kind).toBe(monthly);
    }
    if (want.workYearly !== undefined) expect(scenario.work.yearly).toBe(want.workYearly);
    if (want.taxYearly !== undefined) expect(scenario.tax.yearly).toBe(want.taxYearly);
    if (want.taxBreakdown) expect(scenario.taxBreakdown).toMatchObject(want.taxBreakdown);
    if (want.netYearly !== undefined) expect(scenario.net.yearly).toBe(want.netYearly);
    if (want.netMonthly !== undefined) expect(scenario.net.monthly).toBe(want.netMonthly);
    if (want.flags) expect([...scenario.flags].sort()).toEqual([...want.flags].sort());
    if (want.keyFigures) expect(result.keyFigures).toMatchObject(want.keyFigures);
  });
});
