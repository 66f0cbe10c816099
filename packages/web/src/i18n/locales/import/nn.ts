import type { CatalogueShape } from '../../catalogue.ts';
import type { importNb } from './nb.ts';

/** Norsk nynorsk: importing from a spreadsheet. A first version: have it reviewed by a nynorsk writer. */
export const importNn: CatalogueShape<typeof importNb> = {
  heading: 'Importer frå rekneark',
  intro:
    'Flytt deltakarar, arbeidsgivarar og jobbar inn i IPS Bridge frå eit rekneark (CSV eller Excel), til dømes når teamet går over frå rekneark eller eit anna verktøy.',
  allOrNothing:
    'Alt eller ingenting: Viss éi rad har eit problem, blir ingenting frå fila lagra. Kontroller difor fila før du importerer.',
  choose: {
    heading: '1. Vel kva du vil importere',
    legend: 'Kva inneheld fila?',
    order: 'Importer deltakarar og arbeidsgivarar før jobbar, fordi jobbane viser til dei.',
    entities: {
      participants: 'Deltakarar',
      employers: 'Arbeidsgivarar',
      jobs: 'Jobbar',
    },
    entitiesLower: {
      participants: 'deltakarar',
      employers: 'arbeidsgivarar',
      jobs: 'jobbar',
    },
    entityHelp: {
      participants: 'Personar som er tilviste til IPS, med fødselsnummer og tilvisingsdato.',
      employers: 'Arbeidsgivarar til arbeidsgivarregisteret til teamet.',
      jobs: 'Jobbar deltakarane har eller har hatt. Deltakaren blir funnen med fødselsnummeret.',
    },
    fileLabel: 'Fil med {{what}}',
    fileDescription:
      'CSV (semikolon- eller kommadelt, UTF-8) eller Excel (.xlsx, første ark). Høgst 50 MB. Første rad har kolonnenamna.',
    fileProblems: {
      type: '«{{name}}» er ikkje ei CSV- eller XLSX-fil. Vel ei fil som sluttar på .csv eller .xlsx.',
      oldExcel:
        '«{{name}}» er i det gamle Excel-formatet (.xls). Opne ho i Excel og lagre ho som .xlsx eller CSV.',
      empty: '«{{name}}» er tom.',
      tooLarge:
        '«{{name}}» er større enn 50 MB. Del ho opp i fleire filer, eller be ein administrator importere ho på serveren.',
    },
  },
  columns: {
    toggle: 'Kva kolonnar skal fila ha?',
    format:
      'Rekkjefølgja på kolonnane har ikkje noko å seie, og ukjende kolonnar blir hoppa over. Datoar blir skrivne 2026-11-22 eller 22.11.2026, desimaltal med komma eller punktum, og ja/nei som ja/nei, yes/no, true/false eller 1/0.',
    caption: 'Kolonnar for {{what}}',
    column: 'Kolonne',
    required: 'Påkravd',
    meaning: 'Innhald',
    requiredValues: {
      yes: 'Ja',
      no: 'Nei',
      oneOf: 'Éin av dei',
    },
    sample: 'Last ned eksempelfila {{file}}',
    participants: {
      given_name: 'Førenamn.',
      family_name: 'Etternamn.',
      national_id: 'Fødselsnummer, 11 siffer. Eit nummer som alt er registrert, er eit problem.',
      phone: 'Telefonnummer.',
      email: 'E-postadresse.',
      referral_source: 'Kven som tilviste: {{values}}. Standard er other.',
      referral_date: 'Tilvisingsdato, ikkje fram i tid.',
      specialist_username:
        'Brukarnamnet til ein jobbspesialist i teamet, som blir med i teamet rundt deltakaren.',
      phase: 'Fasen deltakaren er i no: {{values}}. Standard er referred.',
    },
    employers: {
      name: 'Namnet på arbeidsgivaren.',
      organisation_number:
        'Organisasjonsnummer, 9 siffer. Eit nummer som alt er i registeret, er eit problem.',
      sector: 'Bransje.',
      address: 'Adresse.',
      notes: 'Notat.',
    },
    jobs: {
      national_id: 'Fødselsnummeret til ein deltakar i teamet.',
      employer: 'Namnet på arbeidsgivaren. Finst han i registeret, blir jobben kopla til han.',
      organisation_number: 'Organisasjonsnummeret til ein arbeidsgivar i registeret.',
      title: 'Stillinga.',
      competitive: 'Ordinær jobb på vanlege vilkår (ja/nei).',
      found_with_ips: 'Funnen med hjelp frå IPS (ja/nei).',
      hours_per_week: 'Timar per veke: meir enn 0, høgst 100.',
      hourly_wage: 'Timeløn i kroner, ikkje negativ.',
      start_date: 'Startdato.',
      end_date: 'Sluttdato, viss jobben er over. Må ha sluttårsak.',
      end_reason: 'Sluttårsak: {{values}}.',
    },
  },
  check: {
    heading: '2. Kontroller fila',
    text: 'Kontrollen les kvar rad og viser alle problem med linje og kolonne. Ingenting blir lagra.',
    button: 'Kontroller fila',
    chooseFileFirst: 'Vel ei fil først.',
    running: 'Kontrollerer fila …',
    rowsRead_one: '{{number}} rad lesen så langt',
    rowsRead_other: '{{number}} rader lesne så langt',
    cleanHeading: 'Ingen problem',
    clean_one: '{{number}} rad, ingen problem. Ingenting er lagra enno: importer fila i steg 3.',
    clean_other: '{{number}} rader, ingen problem. Ingenting er lagra enno: importer fila i steg 3.',
    problemsHeading_one: '{{number}} problem i fila',
    problemsHeading_other: '{{number}} problem i fila',
    problemsText_one:
      '{{number}} rad er kontrollert, og ingenting er lagra. Rett problema i reknearket, lagre det og vel fila på nytt.',
    problemsText_other:
      '{{number}} rader er kontrollerte, og ingenting er lagra. Rett problema i reknearket, lagre det og vel fila på nytt.',
    firstShown: 'Tabellen viser dei første {{shown}}.',
    failed: 'Vi kunne ikkje kontrollere fila',
    line: 'Linje',
    column: 'Kolonne',
    problem: 'Problem',
    wholeRow: '(heile rada)',
    wholeFile: '(heile fila)',
  },
  run: {
    heading: '3. Importer',
    text: 'Alt eller ingenting: Anten blir alle radene i fila lagra, eller ingen av dei.',
    button: 'Importer',
    notChecked: 'Du kan importere når kontrollen av denne fila ikkje har funne nokon problem.',
    running: 'Importerer …',
    doneHeading: 'Importen er ferdig',
    done: {
      participants_one: '{{number}} deltakar importert.',
      participants_other: '{{number}} deltakarar importerte.',
      employers_one: '{{number}} arbeidsgivar importert.',
      employers_other: '{{number}} arbeidsgivarar importerte.',
      jobs_one: '{{number}} jobb importert.',
      jobs_other: '{{number}} jobbar importerte.',
    },
    goTo: {
      participants: 'Gå til deltakarane',
      employers: 'Gå til arbeidsgivarane',
      jobs: 'Gå til deltakarane',
    },
    another: 'Importer ei fil til',
    failedHeading: 'Ingenting er importert',
    failedProblems:
      'Fila hadde problem då ho skulle lagrast, så ingenting er lagra. Det kan skje viss nokon har registrert det same etter kontrollen.',
    failed: 'Importen feila, og ingenting er lagra.',
  },
  errors: {
    unreadable:
      'Fila kunne ikkje lesast. Sjekk at ho er ei CSV-fil (UTF-8) eller ei Excel-fil (.xlsx) med kolonnenamn i første rad.',
    tooLarge: 'Fila er større enn 50 MB. Del ho opp i fleire filer.',
  },
  problemCodes: {
    national_id_taken: 'Fødselsnummeret er alt registrert, eller det står fleire gonger i fila.',
    unknown_specialist: 'Ingen jobbspesialist i teamet har dette brukarnamnet.',
    unknown_phase: 'Ukjend fase. Bruk ein av: {{values}}.',
    unknown_participant: 'Ingen deltakar i teamet har dette fødselsnummeret. Importer deltakarane først.',
    employer_exists: 'Ein arbeidsgivar med dette organisasjonsnummeret er alt i registeret.',
    organisation_number_format: 'Eit organisasjonsnummer har 9 siffer og byrjar med 8 eller 9.',
    organisation_number_checksum: 'Organisasjonsnummeret er ikkje gyldig. Sjekk at alle siffera er rette.',
    reason_required: 'Ein jobb med sluttdato må ha ei sluttårsak (end_reason).',
    unknown_reason: 'Ukjend sluttårsak. Bruk ei av: {{values}}.',
    hours_out_of_range: 'Timar per veke må vere meir enn 0 og høgst 100.',
    negative_wage: 'Timeløna kan ikkje vere negativ.',
    end_before_start: 'Sluttdatoen er før startdatoen.',
    empty: 'Fila har ingen rader under kolonnenamna.',
    too_small: 'Manglar verdi, eller verdien er for liten.',
    too_big: 'Verdien er for lang eller for stor.',
    invalid_type: 'Manglar verdi, eller verdien er ikkje gyldig (til dømes ja/nei eller eit tal).',
    invalid_value: 'Ikkje ein av dei tillatne verdiane. Sjå «Kva kolonnar skal fila ha?».',
    date_format: 'Skriv datoen som 2026-11-22 eller 22.11.2026.',
  },
};
