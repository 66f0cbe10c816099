import type { CatalogueShape } from '../../catalogue.ts';
import type { therapistNotesNb } from './nb.ts';

/** Nynorsk: the therapist's notes on the participant page. */
export const therapistNotesNn: CatalogueShape<typeof therapistNotesNb> = {
  heading: 'Notat frå behandlar',
  contentsLabel: 'Notat frå behandlar',
  intro:
    'Behandlaren skriv det som er nyttig for arbeidet. Kvart notat blir berre vist for dei jobbsøkjaren har sagt ja til å dele med.',
  loading: 'Hentar notata …',
  loadError: 'Vi klarte ikkje å hente notata.',
  empty: 'Ingen notat du kan sjå enno.',
  by: '{{name}}, {{when}}',
  sharedWith: 'Delt med: {{names}}',
  sharedWithNobody: 'Delt med: ingen i teamet enno (jobbsøkjaren ser alltid sine eigne opplysningar)',
  categories: {
    work_functioning: 'Kva som hjelper og hindrar i jobb',
    warning_signs: 'Tidlege varselsignal og meistring',
    diagnosis_treatment: 'Diagnose og behandling',
  },
  form: {
    open: 'Skriv eit notat',
    heading: 'Nytt notat',
    category: 'Kva handlar notatet om?',
    text: 'Notat',
    textDescription: 'Skriv det som er nyttig for jobben. Notatet kan ikkje endrast etterpå.',
    willBeShared: 'Blir delt med: {{names}}',
    willBeSharedWithNobody: 'Blir ikkje delt med nokon i teamet. Jobbsøkjaren kan dele det seinare.',
    submit: 'Lagre notatet',
    cancel: 'Avbryt',
    saved: 'Notatet er lagra.',
    textRequired: 'Skriv notatet.',
    textTooLong: 'Notatet kan vere på høgst 4000 teikn.',
  },
};
