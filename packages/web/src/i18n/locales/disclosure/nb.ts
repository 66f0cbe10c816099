/** Norsk bokmål: the disclosure plan. */
export const disclosureNb = {
  contentsLabel: 'Åpenhetsplan',
  heading: 'Åpenhetsplan: hva skal arbeidsgivere få vite?',
  intro:
    'Det er {{name}} som bestemmer hva en arbeidsgiver får vite. Planen lages sammen med {{name}}, og gjelder helse og annet som er personlig.',
  loading: 'Henter åpenhetsplanen …',
  loadError: 'Vi klarte ikke å hente åpenhetsplanen.',
  emptyHeading: 'Ingen plan ennå',
  emptyText:
    'Snakk med {{name}} om hva en arbeidsgiver skal få vite, og hva ikke. Skriv ned det dere blir enige om.',
  emptyReadOnly: 'Det er ikke laget en åpenhetsplan ennå.',
  write: 'Skriv planen',
  edit: 'Endre planen',
  saved: 'Åpenhetsplanen er lagret.',
  notAnswered: 'Ikke svart.',
  questions: {
    mayKnow: 'Hva vil du at en arbeidsgiver skal vite?',
    mustNotKnow: 'Hva skal en arbeidsgiver ikke vite?',
    pros: 'Gode sider ved å fortelle',
    cons: 'Risiko ved å fortelle',
  },
  hints: {
    mayKnow: 'Med personens egne ord. For eksempel om tilrettelegging som hjelper.',
    mustNotKnow: 'For eksempel diagnose, behandling eller tidligere sykefravær.',
    pros: 'For eksempel at det blir lettere å be om tilrettelegging.',
    cons: 'For eksempel å bli møtt med fordommer.',
  },
  discussedOn: 'Snakket om den',
  discussedOnDescription: 'Dagen dere snakket om planen sammen.',
  discussedOnValue: 'Snakket om {{date}}.',
  changedBy: 'Sist endret {{when}} av {{name}}.',
  changed: 'Sist endret {{when}}.',
  form: {
    newHeading: 'Skriv åpenhetsplanen',
    editHeading: 'Endre åpenhetsplanen',
    submit: 'Lagre planen',
  },
  stale: {
    heading: 'Planen er endret',
    text: 'Noen andre har lagret åpenhetsplanen etter at du åpnet den. Det du har skrevet, er ikke lagret. Hent siste versjon, og lagre igjen.',
  },
  errors: {
    discussedOnRequired: 'Skriv inn datoen dere snakket om planen.',
  },
};
