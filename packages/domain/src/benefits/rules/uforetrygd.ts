import { param, SOURCES } from './sources.ts';
import type { UforetrygdRules } from './types.ts';

const REFORM = '2015-01-01';
const EARLIER = 'In force before this date too; earlier history is not recorded here.';

/** Uføretrygd (folketrygdloven kapittel 12). Factors ending in G are multiples of the grunnbeløp. */
export const UFORETRYGD_RULES: UforetrygdRules = {
  benefitRate: [
    param({
      value: 0.66,
      from: REFORM,
      law: 'folketrygdloven § 12-13',
      source: SOURCES.arbinnUforetrygd,
      confidence: 'secondary',
      note: 'Full uføretrygd is 66 % of the beregningsgrunnlag. Used only when the yearly benefit is not entered.',
    }),
  ],
  basisCapG: [
    param({
      value: 6,
      from: REFORM,
      law: 'folketrygdloven § 12-11',
      source: SOURCES.arbinnUforetrygd,
      confidence: 'secondary',
      note: 'The beregningsgrunnlag is capped at 6 G.',
    }),
  ],
  minimumIfuG: [
    param({
      value: { single: 3.5, couple: 3.3 },
      from: REFORM,
      to: '2025-12-31',
      law: 'folketrygdloven § 12-9',
      source: SOURCES.navLetterMinsteIfu,
      confidence: 'primary',
    }),
    param({
      value: { single: 3.5, couple: 3.5 },
      from: '2026-01-01',
      law: 'folketrygdloven § 12-9 andre ledd (in force 1.7.2026 with effect from 1.1.2026)',
      source: SOURCES.navLetterLovendringer2026,
      confidence: 'primary',
    }),
  ],
  minimumIfuYoungG: [
    param({
      value: 4.5,
      from: REFORM,
      to: '2025-12-31',
      law: 'folketrygdloven § 12-9',
      source: SOURCES.navLetterLovendringer2026,
      confidence: 'secondary',
      note: 'Inferred: the 2026 letters say young disabled people (ung ufør) are unaffected by the 2026 change.',
    }),
    param({
      value: 4.5,
      from: '2026-01-01',
      law: 'folketrygdloven § 12-9 andre ledd',
      source: SOURCES.navLetterLovendringer2026,
      confidence: 'primary',
    }),
  ],
  minimumBenefitG: [
    param({
      value: { couple: 2.329, single: 2.529, youngCouple: 2.709, youngSingle: 2.959 },
      from: '2024-07-01',
      law: 'folketrygdloven § 12-13',
      source: SOURCES.navLetterMinsteytelse,
      confidence: 'primary',
      note: 'At 100 % uføregrad and full trygdetid (40 years). The rate for couples converted from uførepensjon is not modelled.',
    }),
  ],
  ieuFromGrade: [
    param({
      value: 'uføregrad = (IFU − IEU) / IFU, so IEU = IFU × (100 − uføregrad) / 100',
      from: REFORM,
      law: 'folketrygdloven § 12-10',
      source: SOURCES.arbinnUforetrygd,
      confidence: 'secondary',
      note: 'Used only when inntekt etter uførhet (IEU) is not entered.',
    }),
  ],
  fribelopG: [
    param({
      value: 0.4,
      from: REFORM,
      law: 'folketrygdloven § 12-14 første ledd',
      source: SOURCES.navLetterKompGrad,
      confidence: 'primary',
      note: `Inntektsgrense = oppjustert IEU + 0.4 G (called «bunnfradrag» from 2026). ${EARLIER}`,
    }),
  ],
  fribelopVtaG: [
    param({
      value: 1,
      from: REFORM,
      law: 'folketrygdloven § 12-14 første ledd',
      source: SOURCES.inntektsplanleggeren,
      confidence: 'primary',
      note: `People in varig tilrettelagt arbeid (VTA) have 1 G instead of 0.4 G. ${EARLIER}`,
    }),
  ],
  higherFribelop: [
    param({
      value: null,
      from: REFORM,
      to: '2025-12-31',
      law: 'folketrygdloven § 12-14',
      source: SOURCES.navLetterOktBunnfradrag,
      confidence: 'primary',
      note: 'No higher fribeløp before 2026.',
    }),
    param({
      value: { factorG: 1, afterMonths: 24 },
      from: '2026-01-01',
      law: 'folketrygdloven § 12-14 (adopted 2026, in force 1.10.2026 with effect from 1.1.2026; Lovvedtak number not identified)',
      source: SOURCES.navLetterOktBunnfradrag,
      confidence: 'primary',
      note: 'Fribeløp 1 G after 24 months with uføretrygd; pro-rated by month in the year the 24 months are reached.',
    }),
  ],
  kompensasjonsgradFormula: [
    param({
      value: 'kompensasjonsgrad = uføretrygd at 100 % uføregrad ÷ oppjustert IFU, in percent with 2 decimals',
      from: REFORM,
      law: 'folketrygdloven § 12-14 andre ledd (reduksjonsprosent from 2026)',
      source: SOURCES.navLetterKompGrad,
      confidence: 'primary',
    }),
  ],
  kompensasjonsgradCapPercent: [
    param({
      value: null,
      from: REFORM,
      to: '2025-12-31',
      law: 'folketrygdloven § 12-14 andre ledd',
      source: SOURCES.navLetterKompGrad,
      confidence: 'primary',
      note: 'No cap before 2026.',
    }),
    param({
      value: 70,
      from: '2026-01-01',
      law: 'folketrygdloven § 12-14 andre ledd (in force 1.7.2026 with effect from 1.1.2026)',
      source: SOURCES.navLetterLovendringer2026,
      confidence: 'primary',
      note: 'Read as min(kompensasjonsgrad, 70 %), from «ikke redusere … med mer enn 70 prosent».',
    }),
  ],
  incomeCapShareOfIfu: [
    param({
      value: 0.8,
      from: REFORM,
      law: 'folketrygdloven § 12-14 tredje ledd',
      source: SOURCES.navLetterHvilendeRett,
      confidence: 'primary',
      note: 'No uføretrygd is paid for a year whose income is above 80 % of oppjustert IFU.',
    }),
  ],
  yearlySettlement: [
    param({
      value: 'The year is settled afterwards (etteroppgjør) against the actual income of the calendar year.',
      from: REFORM,
      law: 'folketrygdloven § 12-14',
      source: SOURCES.inntektsplanleggeren,
      confidence: 'primary',
    }),
  ],
  dormantRightYears: [
    param({
      value: 10,
      from: REFORM,
      law: 'folketrygdloven § 12-10 tredje ledd',
      source: SOURCES.navLetterHvilendeRett,
      confidence: 'primary',
      note: 'Hvilende rett: the right is kept with the same uføregrad for up to ten years without payment.',
    }),
  ],
};
