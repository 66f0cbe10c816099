/** Norsk nynorsk: secure messages in a participant's journey, the `messages` section of the catalogue. */
export const messagesNn = {
  heading: 'Meldingar',
  contentsLabel: 'Meldingar',
  intro:
    'Trygge meldingar mellom jobbsøkjaren og dei i teamet jobbsøkjaren deler kontaktinformasjon og plan med. Meldingane blir aldri sende på e-post.',
  introSelf:
    'Skriv til dei som hjelper deg. Berre dei du deler kontaktinformasjon og plan med, kan lese meldingane. Meldingane blir aldri sende på e-post.',
  parties: 'Med i samtalen: {{names}}',
  partiesNobody: 'Ingen andre er med i samtalen no.',
  unreadBadge_one: '{{count}} ny',
  unreadBadge_other: '{{count}} nye',
  loading: 'Hentar meldingane …',
  loadError: 'Vi klarte ikkje å hente meldingane.',
  empty: 'Ingen meldingar enno.',
  sentByMe: 'Du, {{when}}',
  sentBy: '{{name}} ({{role}}), {{when}}',
  newMessage: 'Ny',
  readBy: 'Lesen av {{name}} {{when}}',
  notReadYet: 'Ikkje lesen enno',
  form: {
    label: 'Ny melding',
    description:
      'Meldinga kan ikkje endrast eller slettast etter at ho er send. Skriv ei ny melding om noko må rettast.',
    submit: 'Send meldinga',
    sent: 'Meldinga er send.',
    textRequired: 'Skriv ei melding.',
    textTooLong: 'Meldinga kan vere på høgst 4000 teikn.',
  },
  notForRole: 'Meldingar er mellom jobbsøkjaren og oppfølgingsteamet.',
};
