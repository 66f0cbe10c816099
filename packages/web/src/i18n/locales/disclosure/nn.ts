import type { CatalogueShape } from '../../catalogue.ts';
import type { disclosureNb } from './nb.ts';

/** Norsk nynorsk: the disclosure plan. */
export const disclosureNn: CatalogueShape<typeof disclosureNb> = {
  contentsLabel: 'Openheitsplan',
  heading: 'Openheitsplan: kva skal arbeidsgjevarar få vite?',
  intro:
    'Det er {{name}} som bestemmer kva ein arbeidsgjevar får vite. Planen blir laga saman med {{name}}, og gjeld helse og anna som er personleg.',
  loading: 'Hentar openheitsplanen …',
  loadError: 'Vi klarte ikkje å hente openheitsplanen.',
  emptyHeading: 'Ingen plan enno',
  emptyText:
    'Snakk med {{name}} om kva ein arbeidsgjevar skal få vite, og kva ikkje. Skriv ned det de blir einige om.',
  emptyReadOnly: 'Det er ikkje laga ein openheitsplan enno.',
  write: 'Skriv planen',
  edit: 'Endre planen',
  saved: 'Openheitsplanen er lagra.',
  notAnswered: 'Ikkje svart.',
  questions: {
    mayKnow: 'Kva vil du at ein arbeidsgjevar skal vite?',
    mustNotKnow: 'Kva skal ein arbeidsgjevar ikkje vite?',
    pros: 'Gode sider ved å fortelje',
    cons: 'Risiko ved å fortelje',
  },
  hints: {
    mayKnow: 'Med orda til personen sjølv. Til dømes om tilrettelegging som hjelper.',
    mustNotKnow: 'Til dømes diagnose, behandling eller tidlegare sjukefråvær.',
    pros: 'Til dømes at det blir lettare å be om tilrettelegging.',
    cons: 'Til dømes å bli møtt med fordommar.',
  },
  discussedOn: 'Snakka om den',
  discussedOnDescription: 'Dagen de snakka om planen saman.',
  discussedOnValue: 'Snakka om {{date}}.',
  changedBy: 'Sist endra {{when}} av {{name}}.',
  changed: 'Sist endra {{when}}.',
  form: {
    newHeading: 'Skriv openheitsplanen',
    editHeading: 'Endre openheitsplanen',
    submit: 'Lagre planen',
  },
  stale: {
    heading: 'Planen er endra',
    text: 'Nokon andre har lagra openheitsplanen etter at du opna han. Det du har skrive, er ikkje lagra. Hent siste versjon, og lagre igjen.',
  },
  errors: {
    discussedOnRequired: 'Skriv inn datoen de snakka om planen.',
  },
};
