import type { ParameterNames, Templates } from './templates.ts';

const HOUSEHOLD_NN: Readonly<Record<string, string>> = {
  single: 'einsleg',
  couple: 'gift eller sambuar',
  shared_housing: 'person i bufellesskap',
};

export const PARAMETER_NAMES_NN: ParameterNames = {
  'uforetrygd.benefitRate': 'at uføretrygd er 66 prosent av utrekningsgrunnlaget',
  'uforetrygd.basisCapG': 'taket på utrekningsgrunnlaget for uføretrygd',
  'uforetrygd.minimumIfuYoungG': 'lågaste inntekt før uførleik for unge uføre før 2026',
  'uforetrygd.ieuFromGrade': 'regelen som reknar ut inntekt etter uførleik frå uføregraden',
  'sosialhjelp.guidelineRates': 'dei rettleiande satsane frå staten for sosialhjelp dette året',
  'sosialhjelp.incomeCountedInFull': 'at all inntekt blir trekt fullt frå sosialhjelpa',
  'tax.trinn4': 'satsen for trinn 4 i trinnskatten',
  'tax.trinn5': 'satsen for trinn 5 i trinnskatten',
  'tax.trygdeavgiftClassAap': 'trygdeavgiftssatsen for arbeidsavklaringspengar',
  'tax.minstefradragRate': 'satsen for minstefrådraget',
  'tax.minstefradragMax': 'øvre grense for minstefrådraget',
  'tax.personfradrag': 'personfrådraget',
  'tax.aapChildSupplementTaxable': 'at barnetillegget til arbeidsavklaringspengar blir skattlagt',
  'tax.sosialhjelpTaxFree': 'at sosialhjelp er skattefri',
  'dagpenger.minimumIncome': 'inntektskravet for dagpengar',
};

/** Nynorsk. Korte setningar, ingen forkortingar lesaren må kunne. */
export const TEXTS_NN: Templates = {
  grunnbelop: (v) =>
    `Grunnbeløpet i folketrygda var ${v.kr('beforeMay')} fram til 1. mai og ${v.kr('fromMay')} frå 1. mai. Utrekninga for heile ${v.text('year')} brukar snittet for året: ${v.kr('average')}.`,
  work_income: (v) =>
    v.n('yearly') === 0
      ? 'Utan arbeid er arbeidsinntekta 0 kr.'
      : `Arbeidsinntekt: ${v.num('hoursPerWeek')} timar i veka × ${v.kr('hourlyWage')} i timen × ${v.num('weeksPerYear')} veker = ${v.kr('yearly')} i året før skatt.`,
  uforetrygd_zero_grade: () => 'Uføregraden er 0 prosent. Då gir utrekninga inga uføretrygd.',
  uforetrygd_ifu_minimum: (v) =>
    `Inntekta di før uførleik er ikkje oppgitt. Vi brukar den lågaste som lova tillèt: ${v.factor('minimumFactor')} gonger grunnbeløpet, ${v.kr('minimum')}.`,
  uforetrygd_ifu_given: (v) =>
    v.n('given') >= v.n('minimum')
      ? `Inntekta di før uførleik er ${v.kr('used')}.`
      : `Inntekta di før uførleik er oppgitt til ${v.kr('given')}. Ho kan ikkje vere lågare enn ${v.factor('minimumFactor')} gonger grunnbeløpet, så vi brukar ${v.kr('used')}.`,
  uforetrygd_benefit_given: (v) =>
    `Uføretrygda di før inntekt blir trekt frå er ${v.kr('yearly')} i året med ${v.num('uforegrad')} prosent uføregrad. Ved 100 prosent ville ho vore ${v.kr('full')}.`,
  uforetrygd_benefit_estimated: (v) =>
    `Uføretrygda er anslått fordi beløpet ikkje er oppgitt: ${v.pct('ratePercent')} av ${v.kr('basis')} er ${v.kr('fromIfu')}, men minst ${v.kr('minimum')}. Ved 100 prosent blir det ${v.kr('full')}, og med ${v.num('uforegrad')} prosent uføregrad ${v.kr('yearly')} i året. Beløpet i vedtaket ditt frå Nav er sikrare.`,
  uforetrygd_kompensasjonsgrad: (v) =>
    `Kompensasjonsgraden er ${v.pct('percent')}: uføretrygd ved 100 prosent (${v.kr('full')}) delt på inntekta før uførleik (${v.kr('ifu')}). Så mykje av inntekta over grensa blir trekt frå uføretrygda.`,
  uforetrygd_kompensasjonsgrad_given: (v) =>
    `Kompensasjonsgraden frå vedtaket ditt er ${v.pct('percent')}. Så mykje av inntekta over grensa blir trekt frå uføretrygda.`,
  uforetrygd_kompensasjonsgrad_capped: (v) =>
    `Frå 2026 blir aldri meir enn ${v.pct('cap')} av inntekta over grensa trekt frå. Kompensasjonsgraden din på ${v.pct('computed')} blir difor ${v.pct('percent')}.`,
  uforetrygd_ieu_derived: (v) =>
    `Inntekta du kan ha ved sida av uføretrygda (inntekt etter uførleik) er rekna ut frå uføregraden: ${v.kr('ifu')} × (100 − ${v.num('uforegrad')}) / 100 = ${v.kr('ieu')}. Talet i vedtaket ditt er sikrare.`,
  uforetrygd_income_limit: (v) =>
    `Inntektsgrensa er ${v.kr('limit')} i året: ${v.kr('ieu')} i inntekt etter uførleik pluss eit fribeløp på ${v.factor('fribelopFactor')} gonger grunnbeløpet (${v.kr('fribelop')}). Tener du mindre, blir ikkje uføretrygda redusert.`,
  uforetrygd_income_limit_higher_fribelop: (v) =>
    v.n('months') >= 12
      ? `Du har hatt uføretrygd i minst ${v.num('afterMonths')} månader. Frå 2026 er fribeløpet då ${v.factor('highFactor')} gonger grunnbeløpet (${v.kr('fribelop')}). Inntektsgrensa blir ${v.kr('limit')} i året.`
      : `Du når ${v.num('afterMonths')} månader med uføretrygd i løpet av året. Fribeløpet er ${v.factor('highFactor')} gonger grunnbeløpet i ${v.num('months')} månader og ${v.factor('lowFactor')} gonger resten av året, til saman ${v.kr('fribelop')}. Inntektsgrensa blir ${v.kr('limit')} i året.`,
  uforetrygd_income_limit_vta: (v) =>
    `Du jobbar i varig tilrettelagt arbeid. Då er fribeløpet ${v.factor('fribelopFactor')} gonger grunnbeløpet (${v.kr('fribelop')}), og inntektsgrensa er ${v.kr('limit')} i året.`,
  uforetrygd_income_limit_individual: (v) =>
    `Inntektsgrensa frå vedtaket ditt er ${v.kr('limit')} i året. Tener du mindre, blir ikkje uføretrygda redusert.`,
  uforetrygd_income_cap: (v) =>
    `Tener du meir enn ${v.kr('cap')} i året (${v.pct('sharePercent')} av inntekta før uførleik), får du ikkje utbetalt uføretrygd det året.`,
  uforetrygd_not_reduced: (v) =>
    `Inntekta på ${v.kr('income')} er ikkje over inntektsgrensa på ${v.kr('limit')}. Du får heile uføretrygda: ${v.kr('yearly')} i året.`,
  uforetrygd_reduced: (v) =>
    `Inntekta er ${v.kr('excess')} over inntektsgrensa. ${v.pct('percent')} av det, ${v.kr('reduction')}, blir trekt frå. Uføretrygda blir ${v.kr('before')} − ${v.kr('reduction')} = ${v.kr('yearly')} i året.`,
  uforetrygd_stopped: (v) =>
    `Inntekta på ${v.kr('income')} er over ${v.kr('cap')}. Då blir det inga utbetaling av uføretrygd det året. Retten til uføretrygd kviler og kan kome tilbake.`,
  uforetrygd_yearly_settlement: () =>
    'Nav betaler ut etter inntekta du reknar med å få. Etter året samanliknar Nav med den faktiske inntekta (etteroppgjer). Har du fått for mykje, må du betale tilbake.',
  aap_basis: (v) =>
    v.n('basis') > v.n('cap')
      ? `Grunnlaget ditt er ${v.kr('basis')}, men det blir rekna høgst ${v.factor('capFactor')} gonger grunnbeløpet: ${v.kr('used')}.`
      : `Grunnlaget ditt for arbeidsavklaringspengar er ${v.kr('used')} i året.`,
  aap_level_from_basis: (v) =>
    `Arbeidsavklaringspengar er ${v.pct('ratePercent')} av grunnlaget: ${v.kr('yearly')} i året før skatt.`,
  aap_level_minimum: (v) =>
    `${v.pct('ratePercent')} av grunnlaget er ${v.kr('fromBasis')}. Det er under minstebeløpet på ${v.factor('minimumFactor')} gonger grunnbeløpet, så du får ${v.kr('yearly')} i året før skatt.`,
  aap_level_minimum_under_25: (v) =>
    `${v.pct('ratePercent')} av grunnlaget er ${v.kr('fromBasis')}. Under 25 år er minstebeløpet ${v.num('numerator')}/${v.num('denominator')} av ${v.factor('minimumFactor')} gonger grunnbeløpet, så du får ${v.kr('yearly')} i året før skatt.`,
  aap_child_supplement: (v) =>
    `Barnetillegg: ${v.num('children')} barn × ${v.kr('ratePerDay')} × ${v.num('days')} dagar = ${v.kr('yearly')} i året.`,
  aap_child_supplement_capped: (v) =>
    `Barnetillegget ville vore ${v.kr('full')}. Arbeidsavklaringspengar og barnetillegg kan til saman ikkje vere meir enn ${v.pct('capPercent')} av grunnlaget (${v.kr('capTotal')}), så barnetillegget blir ${v.kr('yearly')} i året.`,
  aap_no_work: (v) =>
    v.n('child') > 0
      ? `Utan arbeid får du heile beløpet: ${v.kr('yearly')} i året og ${v.kr('child')} i barnetillegg.`
      : `Utan arbeid får du heile beløpet: ${v.kr('yearly')} i året.`,
  aap_reduced_by_hours: (v) =>
    `${v.num('hoursPerWeek')} timar er ${v.pct('workPercent')} av ei arbeidsveke på ${v.num('normHours')} timar. I veker med arbeid får du ${v.pct('payPercent')} av beløpet.${v.n('weeksPerYear') < 52 ? ' Veker utan arbeid gir fullt beløp.' : ''} Det blir ${v.kr('yearly')} i året${v.n('child') > 0 ? ` og ${v.kr('child')} i barnetillegg` : ''}.`,
  aap_stopped_by_hours: (v) =>
    `${v.num('hoursPerWeek')} timar er ${v.pct('workPercent')} av ei arbeidsveke på ${v.num('normHours')} timar. Det er meir enn ${v.pct('limitPercent')}, så for periodar med så mykje arbeid blir det inga utbetaling.${v.n('weeksPerYear') < 52 ? ' Veker utan arbeid gir fullt beløp.' : ''} Det blir ${v.kr('yearly')} i året.`,
  sosialhjelp_norm_guideline: (v) =>
    v.n('children') > 0
      ? `Statens rettleiande sats til livsopphald for ${HOUSEHOLD_NN[v.text('household')] ?? v.text('household')} er ${v.kr('adultsRate')} i månaden. For ${v.num('children')} barn kjem ${v.kr('childrenRate')} i tillegg. Til saman ${v.kr('norm')}.`
      : `Statens rettleiande sats til livsopphald for ${HOUSEHOLD_NN[v.text('household')] ?? v.text('household')} er ${v.kr('norm')} i månaden.`,
  sosialhjelp_norm_given: (v) => `Kommunen sin sats til livsopphald er ${v.kr('norm')} i månaden.`,
  sosialhjelp_need: (v) =>
    `Behovet ditt er ${v.kr('norm')} til livsopphald pluss ${v.kr('housing')} til bustad = ${v.kr('need')} i månaden.`,
  sosialhjelp_paid: (v) =>
    v.n('netWorkMonthly') === 0
      ? `Utan inntekt kan sosialhjelpa dekkje heile behovet: ${v.kr('monthly')} i månaden.`
      : `All inntekt blir trekt frå krone for krone. Behovet på ${v.kr('need')} minus løn etter skatt på ${v.kr('netWorkMonthly')} gir ${v.kr('monthly')} i sosialhjelp i månaden.`,
  tax_personinntekt: (v) =>
    `Skatten blir rekna av løn og skattepliktige ytingar: ${v.kr('work')} + ${v.kr('benefits')} = ${v.kr('total')} i året.`,
  tax_minstefradrag: (v) =>
    `Minstefrådraget er ${v.pct('ratePercent')} av inntekta, høgst ${v.kr('max')}: ${v.kr('amount')}.`,
  tax_income_tax: (v) =>
    `Etter minstefrådrag og personfrådrag på ${v.kr('personfradrag')} står ${v.kr('base')} att. Skatten på det er ${v.pct('ratePercent')}: ${v.kr('amount')}.`,
  tax_trinnskatt: (v) =>
    v.n('amount') === 0
      ? `Trinnskatt blir betalt først på inntekt over ${v.kr('firstThreshold')}. Du betaler ingen trinnskatt.`
      : `Trinnskatt på inntekta over ${v.kr('firstThreshold')}: ${v.kr('amount')}.`,
  tax_trygdeavgift: (v) =>
    v.n('amount') === 0
      ? `Trygdeavgift blir ikkje betalt av inntekt opp til ${v.kr('lowerLimit')}.`
      : `Trygdeavgifta er ${v.pct('ratePercent')} av inntekta, men aldri meir enn ${v.pct('phaseInPercent')} av det som er over ${v.kr('lowerLimit')}: ${v.kr('amount')}.`,
  tax_no_special_deduction_uforetrygd: () =>
    'Uføretrygd blir skattlagd som løn. Det finst ikkje noko eige skattefrådrag for uføretrygd.',
  tax_sosialhjelp_not_taxed: () => 'Sosialhjelp er ikkje skattepliktig. Berre løna blir skattlagd.',
  net_total: (v) =>
    `Til saman: ${v.kr('work')} løn + ${v.kr('benefits')} frå Nav − ${v.kr('tax')} skatt = ${v.kr('net')} i året, omtrent ${v.kr('netMonthly')} i månaden.`,
  caveat_unverified_parameter: (v) =>
    `Ikkje stadfesta i ei offentleg primærkjelde: ${PARAMETER_NAMES_NN[v.text('parameter')] ?? v.text('parameter')}. Talet kan vere feil.`,
  caveat_average_g: () =>
    'Beløp som følgjer grunnbeløpet er rekna med snittet for året. Utbetalingane før og etter 1. mai er litt ulike.',
  caveat_aap_weeks_off: (v) =>
    `Vi reknar med at dei ${v.num('weeksOff')} vekene utan arbeid fell i heile meldeperiodar med fullt beløp.`,
  caveat_higher_fribelop_months: (v) =>
    `Vi reknar med at det høgare fribeløpet gjeld frå månaden etter at du har hatt uføretrygd i ${v.num('afterMonths')} heile månader. Nav kan telje annleis.`,
  caveat_sosialhjelp_average_month: () =>
    'Sosialhjelp blir rekna ut per månad. Vi brukar ein gjennomsnittsmånad. Månader med meir løn gir mindre sosialhjelp.',
  aap_stops_above_60_percent: () =>
    'Jobbar du meir enn 60 prosent av ei full veke (22,5 timar), får du ikkje arbeidsavklaringspengar for den perioden.',
  aap_stops_above_70_percent: () =>
    'Jobbar du meir enn 70 prosent av ei full veke, får du ikkje arbeidsavklaringspengar for den perioden.',
  aap_stops_above_80_percent: () =>
    'Jobbar du meir enn 80 prosent av ei full veke, får du ikkje arbeidsavklaringspengar for den perioden.',
  uforetrygd_stops_above_80_percent_of_ifu: () =>
    'Inntekta er over 80 prosent av inntekta før uførleik. Då blir det inga uføretrygd det året.',
  uforetrygd_reduced_above_income_limit: () => 'Inntekta er over inntektsgrensa. Uføretrygda blir redusert.',
  sosialhjelp_reduced_by_income: () => 'Løna gjer sosialhjelpa mindre, krone for krone.',
  sosialhjelp_ends: () => 'Løna dekkjer heile behovet. Då får du ikkje sosialhjelp.',
  net_below_no_work: () => 'Med dette arbeidet får du mindre å leve for enn utan arbeid.',
  safety_uforetrygd_dormant_right: (v) =>
    `Tener du over ${v.pct('capPercent')} av inntekta før uførleik, stoppar utbetalinga. Retten til uføretrygd kviler i inntil ${v.num('years')} år (kvilande rett).`,
  safety_uforetrygd_resumes: () =>
    'Går inntekta ned igjen, til dømes fordi jobben sluttar, startar uføretrygda igjen med same uføregrad. Du treng ikkje søkje på nytt.',
  safety_uforetrygd_report_income: () =>
    'Sei frå til Nav om inntekta du reknar med i året, og når ho endrar seg. Endringa gjeld frå månaden etter.',
  safety_uforetrygd_yearly_settlement: () =>
    'Etter kvart år sjekkar Nav den faktiske inntekta (etteroppgjer). Har du fått for mykje, må du betale tilbake. Har du fått for lite, får du etterbetalt.',
  safety_uforetrygd_grade_kept: () =>
    'Uføregraden blir ikkje endra berre fordi du tener meir. Nav kan sjå på han igjen berre dersom arbeidsevna er varig betre.',
  safety_uforetrygd_do_not_resign: () =>
    'Ikkje sei frå deg uføretrygda for å jobbe. Då må du søkje heilt på nytt seinare. Den kvilande retten gir deg tryggleik.',
  safety_aap_meldekort: (v) =>
    `Send meldekort kvar ${v.num('days')}. dag. Der fører du timane du har jobba. Utbetalinga følgjer meldekortet.`,
  safety_aap_late_meldekort: () =>
    'Kjem meldekortet for seint eller manglar, kan du få mindre eller inga utbetaling for perioden.',
  safety_aap_continues: (v) =>
    `Jobbar du meir enn ${v.pct('limitPercent')} (${v.num('maxHours')} timar i veka), får du inga utbetaling for den perioden. Retten held fram. Jobbar du mindre igjen, kjem utbetalinga tilbake.`,
  safety_aap_gradual_return: (v) =>
    `Etter avtale med rettleiaren din kan du i ein periode jobbe opptil ${v.pct('limitPercent')} av full tid og framleis få arbeidsavklaringspengar.`,
  safety_aap_max_duration: (v) =>
    `Arbeidsavklaringspengar blir vanlegvis gitt i høgst ${v.num('years')} år. I nokre tilfelle kan perioden forlengjast.`,
  safety_aap_after: () =>
    'Når arbeidsavklaringspengane sluttar, kan uføretrygd, dagpengar eller sosialhjelp vere aktuelt.',
  safety_sosialhjelp_report_income: () =>
    'Sei frå til Nav-kontoret om all løn og andre inntekter. Sosialhjelpa blir rekna ut på nytt kvar månad.',
  safety_sosialhjelp_apply_again: () =>
    'Sluttar jobben og du ikkje klarer å forsørgje deg sjølv, kan du søkje om sosialhjelp hos Nav-kontoret.',
  safety_dagpenger: (v) =>
    `Mistar du jobben, kan du ha rett til dagpengar dersom du har tent minst ${v.factor('lastYearFactor')} gonger grunnbeløpet (om lag ${v.kr('lastYear')}) siste år eller ${v.factor('threeYearsFactor')} gonger (om lag ${v.kr('threeYears')}) dei siste tre åra.`,
  safety_tax_card: () =>
    'Sjå til at du har skattekort når du byrjar i jobb. Utan skattekort trekkjer arbeidsgivaren 50 prosent skatt.',
  not_covered_uforetrygd_child_supplement: () =>
    'Barnetillegg til uføretrygd og korleis inntekt reduserer det.',
  not_covered_uforetrygd_survivor_supplement: () => 'Attlevandetillegg til uføretrygd.',
  not_covered_uforetrygd_insurance_period: () =>
    'Lågare uføretrygd fordi du har budd eller jobba i Noreg i under 40 år.',
  not_covered_uforetrygd_converted_minimum: () =>
    'Eigne minstesatsar for gifte og sambuarar som fekk uførepensjon før 2015.',
  not_covered_uforetrygd_occupational_injury: () => 'Uføretrygd etter yrkesskade eller yrkessjukdom.',
  not_covered_uforetrygd_grade_review: () =>
    'At Nav kan endre uføregraden dersom arbeidsevna blir varig betre.',
  not_covered_aap_assessed_work_capacity: () =>
    'Reduksjon fordi Nav har fastsett at du har ei viss arbeidsevne, sjølv om du ikkje jobbar.',
  not_covered_aap_turning_25: () =>
    'At minstebeløpet aukar den dagen du fyller 25 år. Vi brukar alderen ved starten av året.',
  not_covered_aap_end_of_period: () => 'At arbeidsavklaringspengane kan ta slutt i løpet av året.',
  not_covered_combined_benefits: () =>
    'Fleire ytingar samstundes, til dømes gradert uføretrygd og arbeidsavklaringspengar, sjukepengar eller dagpengar.',
  not_covered_sosialhjelp_discretion: () =>
    'Skjønnet til kommunen. Satsane er berre rettleiande, og nokre kommunar lèt deg behalde litt av løna.',
  not_covered_sosialhjelp_partner_and_assets: () =>
    'Inntekta til ektefelle eller sambuar, oppspara pengar og andre ytingar.',
  not_covered_sosialhjelp_barnetrygd: () =>
    'Barnetrygd. Reglane for om ho skal reknast med i sosialhjelpa er i endring.',
  not_covered_housing_allowance: () => 'Bustøtte frå Husbanken.',
  not_covered_holiday_pay: () => 'Feriepengar. Dei kjem på toppen av løna og blir betalte ut året etter.',
  not_covered_uneven_income: () => 'Løn som varierer frå månad til månad. Vi brukar jamn løn gjennom året.',
  not_covered_tax_deductions: () =>
    'Andre skattefrådrag (renter, fagforeining, reiser), lågare skatt i Finnmark og Nord-Troms, og formuesskatt.',
  not_covered_tax_withholding: () => 'Skattetrekk og frikort gjennom året. Vi viser skatten for heile året.',
  not_covered_wage_subsidy: () => 'Lønstilskot, tiltakspengar og andre tiltak frå Nav.',
  disclaimer: () =>
    'Dette er eit anslag, ikkje eit vedtak. Nav og kommunen avgjer kva du faktisk får. Kontakt Nav før du gjer store endringar.',
};
