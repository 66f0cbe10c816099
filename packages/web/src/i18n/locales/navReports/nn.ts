import type { CatalogueShape } from '../../catalogue.ts';
import type { navReportsNb } from './nb.ts';

/** Norsk nynorsk: reports to NAV. */
export const navReportsNn: CatalogueShape<typeof navReportsNb> = {
  heading: 'Rapportar til Nav',
  intro:
    'Undervegs- og sluttrapportar til Nav blir laga frå det som er registrert i forløpet. {{name}} les rapporten og kan kommentere han før han blir send.',
  loading: 'Hentar rapportane …',
  loadError: 'Vi klarte ikkje å hente rapportane til Nav.',
  empty: 'Ingen rapportar enno. Lag eit utkast for ein periode, så blir fakta fylte inn frå forløpet.',
  emptyReadOnly: 'Ingen rapportar enno.',
  new: 'Ny rapport',
  title: '{{kind}} {{from}}–{{to}}',
  kinds: {
    interval: 'Undervegsrapport',
    end: 'Sluttrapport',
  },
  kindDescriptions: {
    interval: 'Korleis det går, for ein periode.',
    end: 'Når IPS-forløpet blir avslutta.',
  },
  created:
    'Utkastet for {{from}}–{{to}} er laga. Sjå over fakta, skriv oppsummering og del rapporten med {{name}}.',
  status: {
    sent: 'Send til Nav {{when}}',
    staff: {
      draft: 'Utkast',
      with_jobseeker: 'Hos {{name}} til lesing',
      ready: 'Lesen av {{name}}, klar til å sendast',
      sent: 'Send til Nav',
    },
    jobseeker: {
      draft: 'Utkast',
      with_jobseeker: 'Les rapporten',
      ready: 'Du har lese rapporten',
      sent: 'Send til Nav',
    },
  },
  next: {
    draft: 'Skriv oppsummering og vidare plan, og del rapporten med {{name}}.',
    withJobseeker: '{{name}} les rapporten no. Du kan sende han når {{name}} har lese han.',
    ready: '{{name}} har lese rapporten. Du kan sende han til Nav no.',
    sent: 'Rapporten er send og kan ikkje endrast.',
  },
  archiveReference: 'Arkivreferanse: {{reference}} (send {{when}})',
  show: 'Vis rapporten',
  hide: 'Skjul rapporten',
  print: 'Skriv ut',
  printAbout: 'Rapport til Nav om {{name}}',
  edit: 'Endre teksten',
  share: 'Del med {{name}}',
  send: 'Send til Nav',
  sendConfirm: {
    heading: 'Sende rapporten til Nav?',
    text: 'Rapporten blir arkivert og send til Nav. Etterpå kan han ikkje endrast.',
    submit: 'Send rapporten',
  },
  done: {
    shared: 'Rapporten er delt med {{name}}, som kan lese han på Mi side.',
    sent: 'Rapporten er send til Nav. Arkivreferanse: {{reference}}.',
    textsSaved: 'Teksten er lagra.',
    textsSavedShared: 'Teksten er lagra. {{name}} blir beden om å lese rapporten på nytt.',
  },
  create: {
    heading: 'Ny rapport til Nav',
    kind: 'Type rapport',
    from: 'Frå og med',
    to: 'Til og med',
    periodHelp:
      'Ein rapport gjeld høgst eitt år og sluttar seinast i dag. Fakta om perioden blir fylte inn frå forløpet.',
    submit: 'Lag utkast',
    errors: {
      kind: 'Vel type rapport.',
      fromRequired: 'Skriv inn datoen perioden startar.',
      toRequired: 'Skriv inn datoen perioden sluttar.',
      periodReversed: 'Perioden kan ikkje slutte før han startar.',
      toInFuture: 'Perioden kan ikkje slutte fram i tid.',
      periodTooLong: 'Ein rapport kan gjelde høgst eitt år.',
    },
  },
  texts: {
    heading: 'Endre teksten i rapporten',
    sharedWarning:
      '{{name}} har allereie fått rapporten. Når du lagrar, blir {{name}} beden om å lese han på nytt.',
    summary: 'Oppsummering',
    summaryDescription:
      'Korleis har perioden gått? Skriv kort og konkret. Ikkje skriv meir om helse enn det Nav treng.',
    nextSteps: 'Vidare plan',
    nextStepsDescription: 'Kva skal skje vidare? Dei opne stega i planen står allereie i rapporten.',
    submit: 'Lagre teksten',
  },
  document: {
    summary: 'Oppsummering',
    phase: 'Fase i perioden',
    goals: 'Mål',
    stepsDone: 'Steg som er gjennomførte',
    employerContacts: 'Kontakt med arbeidsgjevarar',
    jobs: 'Jobb',
    support: 'Oppfølging i jobb',
    nextSteps: 'Vidare plan',
    comment: 'Kommentar frå {{name}}',
    yourComment: 'Kommentaren din',
    notWritten: 'Ikkje skrive enno.',
    noComment: 'Ingen kommentar.',
    read: '{{name}} las rapporten {{when}}.',
    youRead: 'Du las rapporten {{when}}.',
  },
  facts: {
    none: 'Ingen.',
    noneInPeriod: 'Ingen i perioden.',
    notRecorded: 'ikkje registrert',
    phaseStartEnd: 'Ved start: {{start}}. Ved slutt: {{end}}.',
    phaseChange: '{{date}}: {{phase}}',
    goal: '{{text}} ({{status}})',
    dated: '{{date}}: {{text}}',
    contacts_one: '{{count}} kontakt, {{faceToFace}} andlet til andlet.',
    contacts_other: '{{count}} kontaktar, {{faceToFace}} andlet til andlet.',
    employers: 'Arbeidsgjevarar: {{names}}.',
    jobStarted: 'Byrja {{date}}: {{title}} hos {{employer}}, {{hours}} timar i veka',
    jobEnded: 'Slutta {{date}}: {{title}} hos {{employer}}',
    withReason: '{{text}} ({{reason}})',
    jobOngoing: 'I jobb no: {{title}} hos {{employer}}, {{hours}} timar i veka',
    noJobs: 'Ingen jobb i perioden.',
    openSteps: 'Opne steg i planen:',
    stepDue: '{{text}} (innan {{date}})',
  },
  stale: {
    heading: 'Rapporten er endra',
    text: 'Rapporten er endra, delt, kommentert eller send etter at du opna sida. Hent siste versjon og prøv igjen.',
    jobseekerHeading: 'Rapporten er endra',
    jobseekerText:
      'Jobbspesialisten har endra rapporten medan du las. Hent den nye versjonen og les han igjen.',
  },
  mine: {
    heading: 'Rapportar til Nav om deg',
    intro:
      'Jobbspesialisten din skriv rapportar til Nav om korleis det går. Du kan lese dei og skrive ein kommentar før dei blir sende.',
    loading: 'Hentar rapportane …',
    loadError: 'Vi klarte ikkje å hente rapportane dine.',
    empty: 'Du har ingen rapportar å lese enno.',
    read: 'Les rapporten',
    hide: 'Skjul rapporten',
    next: {
      draft: 'Jobbspesialisten skriv framleis på rapporten.',
      with_jobseeker:
        'Les rapporten. Skriv gjerne ein kommentar om noko er feil eller manglar. Trykk så «Eg har lese rapporten».',
      ready: 'Du har lese rapporten. Jobbspesialisten sender han til Nav. Du kan endre kommentaren til då.',
      sent: 'Rapporten er send til Nav.',
    },
  },
  response: {
    heading: 'Har du lese rapporten?',
    changeHeading: 'Kommentaren din',
    comment: 'Kommentar til Nav (valfritt)',
    commentDescription:
      'Er noko feil eller manglar? Skriv det her. Kommentaren blir send til Nav saman med rapporten.',
    submit: 'Eg har lese rapporten',
    saveComment: 'Lagre kommentaren',
    saved: 'Takk! Jobbspesialisten din kan no sende rapporten til Nav.',
  },
};
