/**
 * Norsk bokmål: importing participants, employers and jobs from a spreadsheet (the `import` section of the
 * catalogue). Column names stay as they are written in the file (given_name, national_id …).
 */
export const importNb = {
  heading: 'Importer fra regneark',
  intro:
    'Flytt deltakere, arbeidsgivere og jobber inn i IPS Bridge fra et regneark (CSV eller Excel), for eksempel når teamet går over fra regneark eller et annet verktøy.',
  allOrNothing:
    'Alt eller ingenting: Hvis én rad har et problem, blir ingenting fra filen lagret. Kontroller derfor filen før du importerer.',
  choose: {
    heading: '1. Velg hva du vil importere',
    legend: 'Hva inneholder filen?',
    order: 'Importer deltakere og arbeidsgivere før jobber, fordi jobbene viser til dem.',
    entities: {
      participants: 'Deltakere',
      employers: 'Arbeidsgivere',
      jobs: 'Jobber',
    },
    entitiesLower: {
      participants: 'deltakere',
      employers: 'arbeidsgivere',
      jobs: 'jobber',
    },
    entityHelp: {
      participants: 'Personer som er henvist til IPS, med fødselsnummer og henvisningsdato.',
      employers: 'Arbeidsgivere til teamets arbeidsgiverregister.',
      jobs: 'Jobber deltakerne har eller har hatt. Deltakeren finnes med fødselsnummeret.',
    },
    fileLabel: 'Fil med {{what}}',
    fileDescription:
      'CSV (semikolon- eller kommadelt, UTF-8) eller Excel (.xlsx, første ark). Høyst 50 MB. Første rad har kolonnenavnene.',
    fileProblems: {
      type: '«{{name}}» er ikke en CSV- eller XLSX-fil. Velg en fil som slutter på .csv eller .xlsx.',
      oldExcel:
        '«{{name}}» er i det gamle Excel-formatet (.xls). Åpne den i Excel og lagre den som .xlsx eller CSV.',
      empty: '«{{name}}» er tom.',
      tooLarge:
        '«{{name}}» er større enn 50 MB. Del den opp i flere filer, eller be en administrator importere den på serveren.',
    },
  },
  columns: {
    toggle: 'Hvilke kolonner skal filen ha?',
    format:
      'Rekkefølgen på kolonnene spiller ingen rolle, og ukjente kolonner hoppes over. Datoer skrives 2026-11-22 eller 22.11.2026, desimaltall med komma eller punktum, og ja/nei som ja/nei, yes/no, true/false eller 1/0.',
    caption: 'Kolonner for {{what}}',
    column: 'Kolonne',
    required: 'Påkrevd',
    meaning: 'Innhold',
    requiredValues: {
      yes: 'Ja',
      no: 'Nei',
      oneOf: 'Én av dem',
    },
    sample: 'Last ned eksempelfilen {{file}}',
    participants: {
      given_name: 'Fornavn.',
      family_name: 'Etternavn.',
      national_id: 'Fødselsnummer, 11 siffer. Et nummer som allerede er registrert, er et problem.',
      phone: 'Telefonnummer.',
      email: 'E-postadresse.',
      referral_source: 'Hvem som henviste: {{values}}. Standard er other.',
      referral_date: 'Henvisningsdato, ikke fram i tid.',
      specialist_username:
        'Brukernavnet til en jobbspesialist i teamet, som blir med i teamet rundt deltakeren.',
      phase: 'Fasen deltakeren er i nå: {{values}}. Standard er referred.',
    },
    employers: {
      name: 'Navnet på arbeidsgiveren.',
      organisation_number:
        'Organisasjonsnummer, 9 siffer. Et nummer som allerede er i registeret, er et problem.',
      sector: 'Bransje.',
      address: 'Adresse.',
      notes: 'Notater.',
    },
    jobs: {
      national_id: 'Fødselsnummeret til en deltaker i teamet.',
      employer: 'Navnet på arbeidsgiveren. Finnes den i registeret, kobles jobben til den.',
      organisation_number: 'Organisasjonsnummeret til en arbeidsgiver i registeret.',
      title: 'Stillingen.',
      competitive: 'Ordinær jobb på vanlige vilkår (ja/nei).',
      found_with_ips: 'Funnet med hjelp fra IPS (ja/nei).',
      hours_per_week: 'Timer per uke: mer enn 0, høyst 100.',
      hourly_wage: 'Timelønn i kroner, ikke negativ.',
      start_date: 'Startdato.',
      end_date: 'Sluttdato, hvis jobben er over. Må ha sluttårsak.',
      end_reason: 'Sluttårsak: {{values}}.',
    },
  },
  check: {
    heading: '2. Kontroller filen',
    text: 'Kontrollen leser hver rad og viser alle problemer med linje og kolonne. Ingenting blir lagret.',
    button: 'Kontroller filen',
    chooseFileFirst: 'Velg en fil først.',
    running: 'Kontrollerer filen …',
    rowsRead_one: '{{number}} rad lest så langt',
    rowsRead_other: '{{number}} rader lest så langt',
    cleanHeading: 'Ingen problemer',
    clean_one: '{{number}} rad, ingen problemer. Ingenting er lagret ennå: importer filen i steg 3.',
    clean_other: '{{number}} rader, ingen problemer. Ingenting er lagret ennå: importer filen i steg 3.',
    problemsHeading_one: '{{number}} problem i filen',
    problemsHeading_other: '{{number}} problemer i filen',
    problemsText_one:
      '{{number}} rad er kontrollert, og ingenting er lagret. Rett problemene i regnearket, lagre det og velg filen på nytt.',
    problemsText_other:
      '{{number}} rader er kontrollert, og ingenting er lagret. Rett problemene i regnearket, lagre det og velg filen på nytt.',
    firstShown: 'Tabellen viser de første {{shown}}.',
    failed: 'Vi kunne ikke kontrollere filen',
    line: 'Linje',
    column: 'Kolonne',
    problem: 'Problem',
    wholeRow: '(hele raden)',
    wholeFile: '(hele filen)',
  },
  run: {
    heading: '3. Importer',
    text: 'Alt eller ingenting: Enten blir alle radene i filen lagret, eller ingen av dem.',
    button: 'Importer',
    notChecked: 'Du kan importere når kontrollen av denne filen ikke har funnet noen problemer.',
    running: 'Importerer …',
    doneHeading: 'Importen er ferdig',
    done: {
      participants_one: '{{number}} deltaker importert.',
      participants_other: '{{number}} deltakere importert.',
      employers_one: '{{number}} arbeidsgiver importert.',
      employers_other: '{{number}} arbeidsgivere importert.',
      jobs_one: '{{number}} jobb importert.',
      jobs_other: '{{number}} jobber importert.',
    },
    goTo: {
      participants: 'Gå til deltakerne',
      employers: 'Gå til arbeidsgiverne',
      jobs: 'Gå til deltakerne',
    },
    another: 'Importer en fil til',
    failedHeading: 'Ingenting er importert',
    failedProblems:
      'Filen hadde problemer da den skulle lagres, så ingenting er lagret. Det kan skje hvis noen har registrert det samme etter kontrollen.',
    failed: 'Importen feilet, og ingenting er lagret.',
  },
  errors: {
    unreadable:
      'Filen kunne ikke leses. Sjekk at den er en CSV-fil (UTF-8) eller en Excel-fil (.xlsx) med kolonnenavn i første rad.',
    tooLarge: 'Filen er større enn 50 MB. Del den opp i flere filer.',
  },
  problemCodes: {
    national_id_taken: 'Fødselsnummeret er allerede registrert, eller det står flere ganger i filen.',
    unknown_specialist: 'Ingen jobbspesialist i teamet har dette brukernavnet.',
    unknown_phase: 'Ukjent fase. Bruk en av: {{values}}.',
    unknown_participant: 'Ingen deltaker i teamet har dette fødselsnummeret. Importer deltakerne først.',
    employer_exists: 'En arbeidsgiver med dette organisasjonsnummeret er allerede i registeret.',
    organisation_number_format: 'Et organisasjonsnummer har 9 siffer og begynner med 8 eller 9.',
    organisation_number_checksum: 'Organisasjonsnummeret er ikke gyldig. Sjekk at alle sifrene er riktige.',
    reason_required: 'En jobb med sluttdato må ha en sluttårsak (end_reason).',
    unknown_reason: 'Ukjent sluttårsak. Bruk en av: {{values}}.',
    hours_out_of_range: 'Timer per uke må være mer enn 0 og høyst 100.',
    negative_wage: 'Timelønnen kan ikke være negativ.',
    end_before_start: 'Sluttdatoen er før startdatoen.',
    empty: 'Filen har ingen rader under kolonnenavnene.',
    too_small: 'Mangler verdi, eller verdien er for liten.',
    too_big: 'Verdien er for lang eller for stor.',
    invalid_type: 'Mangler verdi, eller verdien er ikke gyldig (for eksempel ja/nei eller et tall).',
    invalid_value: 'Ikke en av de tillatte verdiene. Se «Hvilke kolonner skal filen ha?».',
    date_format: 'Skriv datoen som 2026-11-22 eller 22.11.2026.',
  },
};
