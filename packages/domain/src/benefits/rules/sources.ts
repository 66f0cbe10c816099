import type { Confidence, RuleParameter } from './types.ts';

/**
 * The documents the figures come from, as named in the research notes
 * (shared reference «benefits-norway.md» and its newer companion «benefits-verification.md», both 2026-11-22).
 */
export const SOURCES = {
  grunnbelop:
    'NAV AAP case system navikt/aap-behandlingsflyt, Grunnbeløp.kt (HEAD a223304f, 2026-08-21); check: https://g.nav.no/api/v1/grunnbeloep',
  navLetterMinsteIfu:
    'NAV letter templates navikt/pensjonsbrev: VedleggBeregnUTMinsteIFU, OktMinsteIFUReduksjonsprosent (HEAD 5c6fc824, 2026-08-21)',
  navLetterMinsteytelse:
    'NAV letter templates navikt/pensjonsbrev: ForDegSomHarRettTilMinsteytelse (minimum levels from 1.7.2024)',
  navLetterLovendringer2026:
    'NAV letter templates navikt/pensjonsbrev: InfobrevLovendringer2026, OktMinsteIFUReduksjonsprosent; Prop. 8 L (2025–2026) ch. 2.1, https://www.regjeringen.no/no/dokumenter/prop.-8-l-20252026/id3132077/?ch=2',
  navLetterOktBunnfradrag:
    'NAV letter templates navikt/pensjonsbrev: OktBunnfradrag (commit 50d62615, 2026-08-06), InfobrevLovendringer2026',
  navLetterKompGrad: 'NAV letter templates navikt/pensjonsbrev: VedleggBeregnUTKompGrad',
  navLetterHvilendeRett:
    'NAV letter templates navikt/pensjonsbrev: HvilendeRettInfo4Aar (id 12023274552), HvilendeRettOppHoer',
  inntektsplanleggeren:
    'NAV navikt/ufore-inntektsplanleggeren, DinInntektsgrenseCard.tsx and UI texts; Prop. 4 L (2021–2022) ch. 7',
  arbinnUforetrygd: 'arbinn.nho.no «Uføretrygd fra folketrygden»; compendia24.no',
  aapKalkulator: 'NAV AAP calculator navikt/aap-kalkulator-frontend, lib/logic (Inntekt, Barn, Arbeidsgrad)',
  aapKelvinMinste: 'navikt/aap-behandlingsflyt: MinsteÅrligYtelse.kt, BeregnTilkjentYtelseService.kt',
  aapKelvinArbeid: 'navikt/aap-behandlingsflyt: GraderingArbeidRegel.kt, FastsettGrenseverdiArbeidRegel.kt',
  aapKelvinBarnetillegg: 'navikt/aap-behandlingsflyt: BarnetilleggsatsTidslinje.kt',
  aapKelvinTilkjent:
    'navikt/aap-behandlingsflyt: Tilkjent.redusertDagsats (dagsats and barnetillegg graded alike)',
  aapKelvinKvote: 'navikt/aap-behandlingsflyt: KvoteService.kt (ordinary quota 784 weekdays)',
  sosialhjelp2024:
    'Statsforvalteren i Agder, «Veiledende retningslinjer for økonomisk stønad for 2024» (08.01.2024), https://prod.statsforvalteren.no/nn/agder/Helse-omsorg-og-sosialtenester/Okonomisk-sosialhjelp/ny-veileder-om-okonomisk-stonad-etter-sosialtjenesteloven',
  sosialhjelpNav: 'nav.no «Økonomisk stønad (sosialhjelp)»; sosialtjenesteloven § 18',
  skattesatser2025: 'regjeringen.no «Skattesatser 2025» (id3056727); efacta.no 2025-regler',
  skattesatser2026:
    'regjeringen.no «Skattesatser 2026» (id3121978); efacta.no «2026-regler» (https://www.efacta.no/demo/book/m-6335)',
  budgetAgreement2026:
    'formue.no «Statsbudsjettet 2026 – budsjettforliket»; efacta.no «2026-regler»; DinSide (personfradrag 114 540)',
  personfradrag2025: 'regjeringen.no/Skatteetaten figures as reported by smartepenger and BDO',
  minstefradragNews2025: 'finansavisen/E24 on the 2025 budget; smartepenger; BDO',
  minstefradragBdo2026: 'BDO on Prop. 1 LS (2025–2026); DinSide (kept in the adopted budget)',
  minstefradragSkatteetaten: 'skatteetaten.no/satser/minstefradrag (2023 version): 46 % wages, 40 % pensions',
  skatteAbcMinstefradrag:
    'Skatte-ABC «Minstefradrag» pkt. 2.1 (AAP and uføretrygd get the wage-type deduction)',
  uforeSkatt2015:
    'statsbudsjettet.no 2015 «Uførereform – overgangsregler» and «Trygdeavgift»; NOU 2013:12 ch. 5.1.1; Prop. 1 LS (2012–2013) ch. 4',
  trygdeavgiftAap: 'folketrygdloven § 23-3 as reproduced on finansleksikon.no (older copy; structure only)',
  dagpenger: 'research note benefits-norway.md § 3.3 (secondary source)',
  notes: 'research notes benefits-norway.md and benefits-verification.md (2026-11-22)',
} as const;

/** Builds a dated parameter; `verified` follows from the confidence so the two can never disagree. */
export function param<T>(entry: {
  value: T;
  from: string;
  to?: string;
  law: string;
  source: string;
  confidence: Confidence;
  note?: string;
}): RuleParameter<T> {
  return { ...entry, verified: entry.confidence === 'primary' };
}
