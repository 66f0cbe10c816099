import type { ParameterNames, Templates } from './templates.ts';

const HOUSEHOLD_NB: Readonly<Record<string, string>> = {
  single: 'enslig',
  couple: 'gift eller samboer',
  shared_housing: 'person i bofellesskap',
};

export const PARAMETER_NAMES_NB: ParameterNames = {
  'uforetrygd.benefitRate': 'uføretrygd er 66 prosent av beregningsgrunnlaget',
  'uforetrygd.basisCapG': 'taket på beregningsgrunnlaget for uføretrygd',
  'uforetrygd.minimumIfuYoungG': 'laveste inntekt før uførhet for unge uføre før 2026',
  'uforetrygd.ieuFromGrade': 'regelen som regner inntekt etter uførhet ut fra uføregraden',
  'sosialhjelp.guidelineRates': 'statens veiledende satser for sosialhjelp dette året',
  'sosialhjelp.incomeCountedInFull': 'at all inntekt trekkes fullt fra sosialhjelpen',
  'tax.trinn4': 'satsen for trinn 4 i trinnskatten',
  'tax.trinn5': 'satsen for trinn 5 i trinnskatten',
  'tax.trygdeavgiftClassAap': 'trygdeavgiftssatsen for arbeidsavklaringspenger',
  'tax.minstefradragRate': 'satsen for minstefradraget',
  'tax.minstefradragMax': 'øvre grense for minstefradraget',
  'tax.personfradrag': 'personfradraget',
  'tax.aapChildSupplementTaxable': 'at barnetillegget til arbeidsavklaringspenger skattlegges',
  'tax.sosialhjelpTaxFree': 'at sosialhjelp er skattefri',
  'dagpenger.minimumIncome': 'inntektskravet for dagpenger',
};

/** Bokmål. Short sentences, no abbreviations a reader has to know. */
export const TEXTS_NB: Templates = {
  grunnbelop: (v) =>
    `Grunnbeløpet i folketrygden var ${v.kr('beforeMay')} fram til 1. mai og ${v.kr('fromMay')} fra 1. mai. Beregningen for hele ${v.text('year')} bruker snittet for året: ${v.kr('average')}.`,
  work_income: (v) =>
    v.n('yearly') === 0
      ? 'Uten arbeid er arbeidsinntekten 0 kr.'
      : `Arbeidsinntekt: ${v.num('hoursPerWeek')} timer i uka × ${v.kr('hourlyWage')} i timen × ${v.num('weeksPerYear')} uker = ${v.kr('yearly')} i året før skatt.`,
  uforetrygd_zero_grade: () => 'Uføregraden er 0 prosent. Da gir beregningen ingen uføretrygd.',
  uforetrygd_ifu_minimum: (v) =>
    `Inntekten din før uførhet er ikke oppgitt. Vi bruker den laveste som loven tillater: ${v.factor('minimumFactor')} ganger grunnbeløpet, ${v.kr('minimum')}.`,
  uforetrygd_ifu_given: (v) =>
    v.n('given') >= v.n('minimum')
      ? `Inntekten din før uførhet er ${v.kr('used')}.`
      : `Inntekten din før uførhet er oppgitt til ${v.kr('given')}. Den kan ikke være lavere enn ${v.factor('minimumFactor')} ganger grunnbeløpet, så vi bruker ${v.kr('used')}.`,
  uforetrygd_benefit_given: (v) =>
    `Uføretrygden din før inntekt trekkes fra er ${v.kr('yearly')} i året med ${v.num('uforegrad')} prosent uføregrad. Ved 100 prosent ville den vært ${v.kr('full')}.`,
  uforetrygd_benefit_estimated: (v) =>
    `Uføretrygden er anslått fordi beløpet ikke er oppgitt: ${v.pct('ratePercent')} av ${v.kr('basis')} er ${v.kr('fromIfu')}, men minst ${v.kr('minimum')}. Ved 100 prosent blir det ${v.kr('full')}, og med ${v.num('uforegrad')} prosent uføregrad ${v.kr('yearly')} i året. Beløpet i vedtaket ditt fra Nav er sikrere.`,
  uforetrygd_kompensasjonsgrad: (v) =>
    `Kompensasjonsgraden er ${v.pct('percent')}: uføretrygd ved 100 prosent (${v.kr('full')}) delt på inntekten før uførhet (${v.kr('ifu')}). Så mye av inntekten over grensen trekkes fra uføretrygden.`,
  uforetrygd_kompensasjonsgrad_given: (v) =>
    `Kompensasjonsgraden fra vedtaket ditt er ${v.pct('percent')}. Så mye av inntekten over grensen trekkes fra uføretrygden.`,
  uforetrygd_kompensasjonsgrad_capped: (v) =>
    `Fra 2026 trekkes aldri mer enn ${v.pct('cap')} av inntekten over grensen. Din kompensasjonsgrad på ${v.pct('computed')} blir derfor ${v.pct('percent')}.`,
  uforetrygd_ieu_derived: (v) =>
    `Inntekten du kan ha ved siden av uføretrygden (inntekt etter uførhet) er regnet ut fra uføregraden: ${v.kr('ifu')} × (100 − ${v.num('uforegrad')}) / 100 = ${v.kr('ieu')}. Tallet i vedtaket ditt er sikrere.`,
  uforetrygd_income_limit: (v) =>
    `Inntektsgrensen er ${v.kr('limit')} i året: ${v.kr('ieu')} i inntekt etter uførhet pluss et fribeløp på ${v.factor('fribelopFactor')} ganger grunnbeløpet (${v.kr('fribelop')}). Tjener du mindre, blir uføretrygden ikke redusert.`,
  uforetrygd_income_limit_higher_fribelop: (v) =>
    v.n('months') >= 12
      ? `Du har hatt uføretrygd i minst ${v.num('afterMonths')} måneder. Fra 2026 er fribeløpet da ${v.factor('highFactor')} ganger grunnbeløpet (${v.kr('fribelop')}). Inntektsgrensen blir ${v.kr('limit')} i året.`
      : `Du når ${v.num('afterMonths')} måneder med uføretrygd i løpet av året. Fribeløpet er ${v.factor('highFactor')} ganger grunnbeløpet i ${v.num('months')} måneder og ${v.factor('lowFactor')} ganger resten av året, til sammen ${v.kr('fribelop')}. Inntektsgrensen blir ${v.kr('limit')} i året.`,
  uforetrygd_income_limit_vta: (v) =>
    `Du jobber i varig tilrettelagt arbeid. Da er fribeløpet ${v.factor('fribelopFactor')} ganger grunnbeløpet (${v.kr('fribelop')}), og inntektsgrensen er ${v.kr('limit')} i året.`,
  uforetrygd_income_limit_individual: (v) =>
    `Inntektsgrensen fra vedtaket ditt er ${v.kr('limit')} i året. Tjener du mindre, blir uføretrygden ikke redusert.`,
  uforetrygd_income_cap: (v) =>
    `Tjener du mer enn ${v.kr('cap')} i året (${v.pct('sharePercent')} av inntekten før uførhet), får du ikke utbetalt uføretrygd det året.`,
  uforetrygd_not_reduced: (v) =>
    `Inntekten på ${v.kr('income')} er ikke over inntektsgrensen på ${v.kr('limit')}. Du får hele uføretrygden: ${v.kr('yearly')} i året.`,
  uforetrygd_reduced: (v) =>
    `Inntekten er ${v.kr('excess')} over inntektsgrensen. ${v.pct('percent')} av det, ${v.kr('reduction')}, trekkes fra. Uføretrygden blir ${v.kr('before')} − ${v.kr('reduction')} = ${v.kr('yearly')} i året.`,
  uforetrygd_stopped: (v) =>
    `Inntekten på ${v.kr('income')} er over ${v.kr('cap')}. Da blir det ingen utbetaling av uføretrygd det året. Retten til uføretrygd hviler og kan komme tilbake.`,
  uforetrygd_yearly_settlement: () =>
    'Nav betaler ut etter inntekten du regner med å få. Etter året sammenligner Nav med den faktiske inntekten (etteroppgjør). Har du fått for mye, må du betale tilbake.',
  aap_basis: (v) =>
    v.n('basis') > v.n('cap')
      ? `Grunnlaget ditt er ${v.kr('basis')}, men det regnes høyst ${v.factor('capFactor')} ganger grunnbeløpet: ${v.kr('used')}.`
      : `Grunnlaget ditt for arbeidsavklaringspenger er ${v.kr('used')} i året.`,
  aap_level_from_basis: (v) =>
    `Arbeidsavklaringspenger er ${v.pct('ratePercent')} av grunnlaget: ${v.kr('yearly')} i året før skatt.`,
  aap_level_minimum: (v) =>
    `${v.pct('ratePercent')} av grunnlaget er ${v.kr('fromBasis')}. Det er under minstebeløpet på ${v.factor('minimumFactor')} ganger grunnbeløpet, så du får ${v.kr('yearly')} i året før skatt.`,
  aap_level_minimum_under_25: (v) =>
    `${v.pct('ratePercent')} av grunnlaget er ${v.kr('fromBasis')}. Under 25 år er minstebeløpet ${v.num('numerator')}/${v.num('denominator')} av ${v.factor('minimumFactor')} ganger grunnbeløpet, så du får ${v.kr('yearly')} i året før skatt.`,
  aap_child_supplement: (v) =>
    `Barnetillegg: ${v.num('children')} barn × ${v.kr('ratePerDay')} × ${v.num('days')} dager = ${v.kr('yearly')} i året.`,
  aap_child_supplement_capped: (v) =>
    `Barnetillegg ville vært ${v.kr('full')}. Arbeidsavklaringspenger og barnetillegg kan til sammen ikke være mer enn ${v.pct('capPercent')} av grunnlaget (${v.kr('capTotal')}), så barnetillegget blir ${v.kr('yearly')} i året.`,
  aap_no_work: (v) =>
    v.n('child') > 0
      ? `Uten arbeid får du hele beløpet: ${v.kr('yearly')} i året og ${v.kr('child')} i barnetillegg.`
      : `Uten arbeid får du hele beløpet: ${v.kr('yearly')} i året.`,
  aap_reduced_by_hours: (v) =>
    `${v.num('hoursPerWeek')} timer er ${v.pct('workPercent')} av en arbeidsuke på ${v.num('normHours')} timer. I uker med arbeid får du ${v.pct('payPercent')} av beløpet.${v.n('weeksPerYear') < 52 ? ' Uker uten arbeid gir fullt beløp.' : ''} Det blir ${v.kr('yearly')} i året${v.n('child') > 0 ? ` og ${v.kr('child')} i barnetillegg` : ''}.`,
  aap_stopped_by_hours: (v) =>
    `${v.num('hoursPerWeek')} timer er ${v.pct('workPercent')} av en arbeidsuke på ${v.num('normHours')} timer. Det er mer enn ${v.pct('limitPercent')}, så for perioder med så mye arbeid blir det ingen utbetaling.${v.n('weeksPerYear') < 52 ? ' Uker uten arbeid gir fullt beløp.' : ''} Det blir ${v.kr('yearly')} i året.`,
  sosialhjelp_norm_guideline: (v) =>
    v.n('children') > 0
      ? `Statens veiledende sats til livsopphold for ${HOUSEHOLD_NB[v.text('household')] ?? v.text('household')} er ${v.kr('adultsRate')} i måneden. For ${v.num('children')} barn kommer ${v.kr('childrenRate')} i tillegg. Til sammen ${v.kr('norm')}.`
      : `Statens veiledende sats til livsopphold for ${HOUSEHOLD_NB[v.text('household')] ?? v.text('household')} er ${v.kr('norm')} i måneden.`,
  sosialhjelp_norm_given: (v) => `Kommunens sats til livsopphold er ${v.kr('norm')} i måneden.`,
  sosialhjelp_need: (v) =>
    `Behovet ditt er ${v.kr('norm')} til livsopphold pluss ${v.kr('housing')} til bolig = ${v.kr('need')} i måneden.`,
  sosialhjelp_paid: (v) =>
    v.n('netWorkMonthly') === 0
      ? `Uten inntekt kan sosialhjelpen dekke hele behovet: ${v.kr('monthly')} i måneden.`
      : `All inntekt trekkes fra krone for krone. Behovet på ${v.kr('need')} minus lønn etter skatt på ${v.kr('netWorkMonthly')} gir ${v.kr('monthly')} i sosialhjelp i måneden.`,
  tax_personinntekt: (v) =>
    `Skatten regnes av lønn og skattepliktige ytelser: ${v.kr('work')} + ${v.kr('benefits')} = ${v.kr('total')} i året.`,
  tax_minstefradrag: (v) =>
    `Minstefradraget er ${v.pct('ratePercent')} av inntekten, høyst ${v.kr('max')}: ${v.kr('amount')}.`,
  tax_income_tax: (v) =>
    `Etter minstefradrag og personfradrag på ${v.kr('personfradrag')} gjenstår ${v.kr('base')}. Skatten på det er ${v.pct('ratePercent')}: ${v.kr('amount')}.`,
  tax_trinnskatt: (v) =>
    v.n('amount') === 0
      ? `Trinnskatt betales først på inntekt over ${v.kr('firstThreshold')}. Du betaler ingen trinnskatt.`
      : `Trinnskatt på inntekten over ${v.kr('firstThreshold')}: ${v.kr('amount')}.`,
  tax_trygdeavgift: (v) =>
    v.n('amount') === 0
      ? `Trygdeavgift betales ikke av inntekt opp til ${v.kr('lowerLimit')}.`
      : `Trygdeavgiften er ${v.pct('ratePercent')} av inntekten, men aldri mer enn ${v.pct('phaseInPercent')} av det som er over ${v.kr('lowerLimit')}: ${v.kr('amount')}.`,
  tax_no_special_deduction_uforetrygd: () =>
    'Uføretrygd skattlegges som lønn. Det finnes ikke noe eget skattefradrag for uføretrygd.',
  tax_sosialhjelp_not_taxed: () => 'Sosialhjelp er ikke skattepliktig. Bare lønnen skattlegges.',
  net_total: (v) =>
    `Til sammen: ${v.kr('work')} lønn + ${v.kr('benefits')} fra Nav − ${v.kr('tax')} skatt = ${v.kr('net')} i året, omtrent ${v.kr('netMonthly')} i måneden.`,
  caveat_unverified_parameter: (v) =>
    `Ikke bekreftet i en offentlig primærkilde: ${PARAMETER_NAMES_NB[v.text('parameter')] ?? v.text('parameter')}. Tallet kan være feil.`,
  caveat_average_g: () =>
    'Beløp som følger grunnbeløpet er regnet med snittet for året. Utbetalingene før og etter 1. mai er litt forskjellige.',
  caveat_aap_weeks_off: (v) =>
    `Vi regner med at de ${v.num('weeksOff')} ukene uten arbeid faller i hele meldeperioder med fullt beløp.`,
  caveat_higher_fribelop_months: (v) =>
    `Vi regner med at det høyere fribeløpet gjelder fra måneden etter at du har hatt uføretrygd i ${v.num('afterMonths')} hele måneder. Nav kan telle annerledes.`,
  caveat_sosialhjelp_average_month: () =>
    'Sosialhjelp regnes ut per måned. Vi bruker en gjennomsnittsmåned. Måneder med mer lønn gir mindre sosialhjelp.',
  aap_stops_above_60_percent: () =>
    'Jobber du mer enn 60 prosent av en full uke (22,5 timer), får du ingen arbeidsavklaringspenger for den perioden.',
  aap_stops_above_70_percent: () =>
    'Jobber du mer enn 70 prosent av en full uke, får du ingen arbeidsavklaringspenger for den perioden.',
  aap_stops_above_80_percent: () =>
    'Jobber du mer enn 80 prosent av en full uke, får du ingen arbeidsavklaringspenger for den perioden.',
  uforetrygd_stops_above_80_percent_of_ifu: () =>
    'Inntekten er over 80 prosent av inntekten før uførhet. Da blir det ingen uføretrygd det året.',
  uforetrygd_reduced_above_income_limit: () =>
    'Inntekten er over inntektsgrensen. Uføretrygden blir redusert.',
  sosialhjelp_reduced_by_income: () => 'Lønnen gjør sosialhjelpen mindre, krone for krone.',
  sosialhjelp_ends: () => 'Lønnen dekker hele behovet. Da får du ikke sosialhjelp.',
  net_below_no_work: () => 'Med dette arbeidet får du mindre å leve for enn uten arbeid.',
  safety_uforetrygd_dormant_right: (v) =>
    `Tjener du over ${v.pct('capPercent')} av inntekten før uførhet, stopper utbetalingen. Retten til uføretrygd hviler i inntil ${v.num('years')} år (hvilende rett).`,
  safety_uforetrygd_resumes: () =>
    'Går inntekten ned igjen, for eksempel fordi jobben slutter, starter uføretrygden igjen med samme uføregrad. Du trenger ikke søke på nytt.',
  safety_uforetrygd_report_income: () =>
    'Si fra til Nav om inntekten du regner med i året, og når den endrer seg. Endringen gjelder fra måneden etter.',
  safety_uforetrygd_yearly_settlement: () =>
    'Etter hvert år sjekker Nav den faktiske inntekten (etteroppgjør). Har du fått for mye, må du betale tilbake. Har du fått for lite, får du etterbetalt.',
  safety_uforetrygd_grade_kept: () =>
    'Uføregraden endres ikke bare fordi du tjener mer. Nav kan se på den igjen bare hvis arbeidsevnen er varig bedre.',
  safety_uforetrygd_do_not_resign: () =>
    'Ikke si fra deg uføretrygden for å jobbe. Da må du søke helt på nytt senere. Den hvilende retten gir deg trygghet.',
  safety_aap_meldekort: (v) =>
    `Send meldekort hver ${v.num('days')}. dag. Der fører du timene du har jobbet. Utbetalingen følger meldekortet.`,
  safety_aap_late_meldekort: () =>
    'Kommer meldekortet for sent eller mangler, kan du få mindre eller ingen utbetaling for perioden.',
  safety_aap_continues: (v) =>
    `Jobber du mer enn ${v.pct('limitPercent')} (${v.num('maxHours')} timer i uka), får du ingen utbetaling for den perioden. Retten fortsetter. Jobber du mindre igjen, kommer utbetalingen tilbake.`,
  safety_aap_gradual_return: (v) =>
    `Etter avtale med veilederen din kan du i en periode jobbe opptil ${v.pct('limitPercent')} av full tid og fortsatt få arbeidsavklaringspenger.`,
  safety_aap_max_duration: (v) =>
    `Arbeidsavklaringspenger gis vanligvis i høyst ${v.num('years')} år. I noen tilfeller kan perioden forlenges.`,
  safety_aap_after: () =>
    'Når arbeidsavklaringspengene slutter, kan uføretrygd, dagpenger eller sosialhjelp være aktuelt.',
  safety_sosialhjelp_report_income: () =>
    'Si fra til Nav-kontoret om all lønn og andre inntekter. Sosialhjelpen regnes ut på nytt hver måned.',
  safety_sosialhjelp_apply_again: () =>
    'Slutter jobben og du ikke klarer å forsørge deg selv, kan du søke om sosialhjelp hos Nav-kontoret.',
  safety_dagpenger: (v) =>
    `Mister du jobben, kan du ha rett til dagpenger hvis du har tjent minst ${v.factor('lastYearFactor')} ganger grunnbeløpet (om lag ${v.kr('lastYear')}) siste år eller ${v.factor('threeYearsFactor')} ganger (om lag ${v.kr('threeYears')}) de siste tre årene.`,
  safety_tax_card: () =>
    'Sørg for å ha skattekort når du begynner i jobb. Uten skattekort trekker arbeidsgiveren 50 prosent skatt.',
  not_covered_uforetrygd_child_supplement: () =>
    'Barnetillegg til uføretrygd og hvordan inntekt reduserer det.',
  not_covered_uforetrygd_survivor_supplement: () => 'Gjenlevendetillegg til uføretrygd.',
  not_covered_uforetrygd_insurance_period: () =>
    'Lavere uføretrygd fordi du har bodd eller jobbet i Norge i under 40 år.',
  not_covered_uforetrygd_converted_minimum: () =>
    'Egne minstesatser for gifte og samboere som fikk uførepensjon før 2015.',
  not_covered_uforetrygd_occupational_injury: () => 'Uføretrygd etter yrkesskade eller yrkessykdom.',
  not_covered_uforetrygd_grade_review: () =>
    'At Nav kan endre uføregraden hvis arbeidsevnen blir varig bedre.',
  not_covered_aap_assessed_work_capacity: () =>
    'Reduksjon fordi Nav har fastsatt at du har en viss arbeidsevne, selv om du ikke jobber.',
  not_covered_aap_turning_25: () =>
    'At minstebeløpet øker den dagen du fyller 25 år. Vi bruker alderen ved starten av året.',
  not_covered_aap_end_of_period: () => 'At arbeidsavklaringspengene kan ta slutt i løpet av året.',
  not_covered_combined_benefits: () =>
    'Flere ytelser samtidig, for eksempel gradert uføretrygd og arbeidsavklaringspenger, sykepenger eller dagpenger.',
  not_covered_sosialhjelp_discretion: () =>
    'Kommunens skjønn. Satsene er bare veiledende, og noen kommuner lar deg beholde litt av lønnen.',
  not_covered_sosialhjelp_partner_and_assets: () =>
    'Inntekt til ektefelle eller samboer, oppsparte penger og andre ytelser.',
  not_covered_sosialhjelp_barnetrygd: () =>
    'Barnetrygd. Reglene for om den skal regnes med i sosialhjelpen er i endring.',
  not_covered_housing_allowance: () => 'Bostøtte fra Husbanken.',
  not_covered_holiday_pay: () => 'Feriepenger. De kommer på toppen av lønnen og betales ut året etter.',
  not_covered_uneven_income: () => 'Lønn som varierer fra måned til måned. Vi bruker jevn lønn gjennom året.',
  not_covered_tax_deductions: () =>
    'Andre skattefradrag (renter, fagforening, reiser), lavere skatt i Finnmark og Nord-Troms, og formuesskatt.',
  not_covered_tax_withholding: () => 'Skattetrekk og frikort gjennom året. Vi viser skatten for hele året.',
  not_covered_wage_subsidy: () => 'Lønnstilskudd, tiltakspenger og andre tiltak fra Nav.',
  disclaimer: () =>
    'Dette er et anslag, ikke et vedtak. Nav og kommunen avgjør hva du faktisk får. Kontakt Nav før du gjør store endringer.',
};
