import type { CatalogueShape } from '../../catalogue.ts';
import type { timeUseNb } from './nb.ts';

/** Norsk nynorsk: specialists' time use. */
export const timeUseNn: CatalogueShape<typeof timeUseNb> = {
  heading: 'Tidsbruk',
  intro:
    'IPS skjer ute der jobbsøkjarar og arbeidsgjevarar er. Målet er at minst {{target}} % av arbeidstida di er ute, ikkje på kontoret.',
  why: 'Før opp timane for kvar veke. Sida reknar ut kor stor del av tida som var ute, og seier om målet er nådd.',
  loading: 'Hentar vekene dine …',
  loadError: 'Vi klarte ikkje å hente tidsbruken din.',
  weeksHeading: 'Veke for veke',
  saved: 'Veke {{number}} er lagra: {{percent}} % av tida ute.',
  savedNoHours: 'Veke {{number}} er lagra utan timar.',
  summary: {
    heading_one: 'Siste veke',
    heading_other: 'Siste {{count}} veker',
    none: 'Du har ikkje ført opp nokon timar dei siste vekene.',
    share_one: '{{percent}} % av timane var ute ({{count}} veke ført opp).',
    share_other: '{{percent}} % av timane var ute ({{count}} veker førte opp).',
    meets: 'Det når målet på minst {{target}} %.',
    below: 'Det er {{points}} prosentpoeng under målet på {{target}} %.',
  },
  week: {
    label: 'Veke {{number}} ({{from}}–{{to}})',
    thisWeek: 'Denne veka',
    community: 'Ute',
    office: 'På kontoret',
    share: 'Del ute',
    hours: '{{hours}} timar',
    percent: '{{percent}} %',
    noHours: 'Ingen timar',
    meets: 'Når målet på {{target}} %.',
    below: 'Under målet på {{target}} %.',
    notRecorded: 'Ikkje ført opp.',
    record: 'Før opp timar',
    change: 'Endre timane',
    forWeek: 'for veke {{number}}',
  },
  form: {
    heading: 'Timar ute og på kontoret',
    community: 'Timar ute',
    communityDescription: 'Med jobbsøkjarar, hos arbeidsgjevarar, på farten.',
    office: 'Timar på kontoret',
    officeDescription: 'Møte, skriving og anna arbeid på kontoret.',
    previewEmpty: 'Skriv timane, så ser du delen ute.',
    previewMeets: 'Det blir {{percent}} % ute. Det når målet på {{target}} %.',
    previewBelow: 'Det blir {{percent}} % ute. Det er under målet på {{target}} %.',
    submit: 'Lagre veka',
  },
  stale: {
    heading: 'Veka er endra',
    text: 'Timane for denne veka er lagra ein annan stad etter at du opna sida. Hent siste versjon, og lagre igjen.',
  },
  errors: {
    required: 'Skriv talet på timar. Skriv 0 om det ikkje var nokon.',
    notANumber: 'Skriv timane som eit tal, til dømes 7,5.',
    range: 'Skriv eit tal frå 0 til {{max}}.',
    tooManyHours: 'Timane ute og på kontoret kan til saman ikkje vere meir enn {{max}}.',
    notAMonday: 'Veka må starte på ein måndag. Last inn sida på nytt.',
    weekInFuture: 'Veka har ikkje byrja enno.',
  },
};
