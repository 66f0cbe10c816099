import type { CatalogueShape } from '../../catalogue.ts';
import type { workforceNb } from './nb.ts';

/** Norsk nynorsk: the supervisors' workforce view and supervision notes. */
export const workforceNn: CatalogueShape<typeof workforceNb> = {
  heading: 'Arbeidsbelastning i teamet',
  intro:
    'Korleis jobbspesialistane i teamet ditt har det med arbeidsmengda: aktive deltakarar, oppfølging i jobb som har forfalle, møte og tid ute. Berre tal, ingen deltakarar.',
  period: {
    legend: 'Periode',
    from: 'Frå',
    to: 'Til',
    show: 'Vis perioden',
    endBeforeStart: 'Sluttdatoen kan ikkje vere før startdatoen.',
    required: 'Vel ein dato.',
  },
  loading: 'Hentar tala …',
  loadError: 'Vi klarte ikkje å hente tala.',
  empty: 'Ingen jobbspesialistar i teamet.',
  thresholds:
    'Varsel: over {{caseload}} aktive deltakarar; {{overdue}} eller fleire forfalne oppfølgingskontaktar i jobb; under {{community}} % av den registrerte tida ute.',
  table: {
    heading: 'Jobbspesialistane no og i perioden',
    specialist: 'Jobbspesialist',
    activeNow: 'Aktive no',
    overdue: 'Forfallen oppfølging',
    meetings: 'Møte per veke',
    community: 'Tid ute',
    flags: 'Varsel',
  },
  meetingsDetail: '{{treatmentTeam}} i behandlingsteamet, {{nav}} med Nav, {{collaboration}} samarbeidsmøte',
  communityDetail_one: '{{count}} veke registrert',
  communityDetail_other: '{{count}} veker registrerte',
  percent: '{{value}} %',
  noTime: 'Ikkje registrert',
  flags: {
    over_caseload: 'Over {{limit}} aktive deltakarar',
    falling_behind: 'Heng etter med oppfølginga',
    low_community_time: 'Under {{limit}} % av tida ute',
  },
  noFlags: 'Ingen varsel',
  caseload: {
    heading: 'Aktive deltakarar per månad',
    intro:
      'Talet på aktive deltakarar ved slutten av kvar månad (den siste månaden: ved slutten av perioden).',
  },
  notes: {
    heading: 'Rettleiingsnotat',
    headingFor: 'Rettleiingsnotat om {{name}}',
    mine: 'Rettleiingsnotat om deg',
    mineIntro: 'Notata leiaren din har skrive frå rettleiinga med deg.',
    open: 'Notat om {{name}}',
    choose: 'Vel ein jobbspesialist i tabellen for å sjå og skrive rettleiingsnotat.',
    loading: 'Hentar notata …',
    loadError: 'Vi klarte ikkje å hente notata.',
    empty: 'Ingen notat enno.',
    date: 'Dato',
    text: 'Notat',
    warning:
      'Ikkje skriv namn eller andre opplysningar om deltakarane her. Notatet handlar om arbeidet til jobbspesialisten, og jobbspesialisten kan lese det.',
    submit: 'Lagre notatet',
    saved: 'Notatet er lagra.',
    edit: 'Endre notatet frå {{date}}',
    save: 'Lagre endringa',
    cancel: 'Avbryt',
    by: 'Skrive av {{name}}',
    errors: {
      dateRequired: 'Vel datoen.',
      dateInFuture: 'Datoen kan ikkje vere fram i tid.',
      textRequired: 'Skriv notatet.',
      changed: 'Notatet er endra av nokon andre. Last inn på nytt og prøv igjen.',
    },
  },
};
