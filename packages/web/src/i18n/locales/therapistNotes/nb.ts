/** Norsk bokmål: the therapist's notes on the participant page, the `therapistNotes` section of the catalogue. */
export const therapistNotesNb = {
  heading: 'Notater fra behandler',
  contentsLabel: 'Notater fra behandler',
  intro:
    'Behandleren skriver det som er nyttig for arbeidet. Hvert notat vises bare for dem jobbsøkeren har sagt ja til å dele med.',
  loading: 'Henter notatene …',
  loadError: 'Vi klarte ikke å hente notatene.',
  empty: 'Ingen notater du kan se ennå.',
  by: '{{name}}, {{when}}',
  sharedWith: 'Delt med: {{names}}',
  sharedWithNobody: 'Delt med: ingen i teamet ennå (jobbsøkeren ser alltid sine egne opplysninger)',
  categories: {
    work_functioning: 'Hva som hjelper og hindrer i jobb',
    warning_signs: 'Tidlige varselsignaler og mestring',
    diagnosis_treatment: 'Diagnose og behandling',
  },
  form: {
    open: 'Skriv et notat',
    heading: 'Nytt notat',
    category: 'Hva handler notatet om?',
    text: 'Notat',
    textDescription: 'Skriv det som er nyttig for jobben. Notatet kan ikke endres etterpå.',
    willBeShared: 'Blir delt med: {{names}}',
    willBeSharedWithNobody: 'Blir ikke delt med noen i teamet. Jobbsøkeren kan dele det senere.',
    submit: 'Lagre notatet',
    cancel: 'Avbryt',
    saved: 'Notatet er lagret.',
    textRequired: 'Skriv notatet.',
    textTooLong: 'Notatet kan være på høyst 4000 tegn.',
  },
};
