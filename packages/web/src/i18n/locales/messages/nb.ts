/** Norsk bokmål: secure messages in a participant's journey, the `messages` section of the catalogue. */
export const messagesNb = {
  heading: 'Meldinger',
  contentsLabel: 'Meldinger',
  intro:
    'Trygge meldinger mellom jobbsøkeren og de i teamet jobbsøkeren deler kontaktinformasjon og plan med. Meldingene sendes aldri på e-post.',
  introSelf:
    'Skriv til dem som hjelper deg. Bare de du deler kontaktinformasjon og plan med, kan lese meldingene. Meldingene sendes aldri på e-post.',
  parties: 'Med i samtalen: {{names}}',
  partiesNobody: 'Ingen andre er med i samtalen nå.',
  unreadBadge_one: '{{count}} ny',
  unreadBadge_other: '{{count}} nye',
  loading: 'Henter meldingene …',
  loadError: 'Vi klarte ikke å hente meldingene.',
  empty: 'Ingen meldinger ennå.',
  sentByMe: 'Du, {{when}}',
  sentBy: '{{name}} ({{role}}), {{when}}',
  newMessage: 'Ny',
  readBy: 'Lest av {{name}} {{when}}',
  notReadYet: 'Ikke lest ennå',
  form: {
    label: 'Ny melding',
    description:
      'Meldingen kan ikke endres eller slettes etter at den er sendt. Skriv en ny melding hvis noe må rettes.',
    submit: 'Send meldingen',
    sent: 'Meldingen er sendt.',
    textRequired: 'Skriv en melding.',
    textTooLong: 'Meldingen kan være på høyst 4000 tegn.',
  },
  notForRole: 'Meldinger er mellom jobbsøkeren og oppfølgingsteamet.',
};
