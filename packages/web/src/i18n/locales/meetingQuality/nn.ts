import type { meetingQualityNb } from './nb.ts';

/** Norsk nynorsk: meeting quality over time (team page and participant page), the `meetingQuality` section. */
export const meetingQualityNn: typeof meetingQualityNb = {
  heading: 'Møtekvalitet',
  teamIntro:
    'Om samarbeidsmøta i teamet verkar: om alle sa kva dei trong før møtet, om økonomien vart avklart, om oppgåvene vart gjorde, og om partane fekk det dei trong. Tal som byggjer på færre enn {{minimum}} møte eller svar blir ikkje viste.',
  participantHeading: 'Møtekvalitet',
  participantIntro: 'Korleis møta for denne deltakaren har gått i perioden.',
  period: {
    legend: 'Periode',
    from: 'Frå',
    to: 'Til',
    show: 'Vis',
    shown: 'Viser {{from}}–{{to}}.',
    errors: {
      fromRequired: 'Vel datoen perioden startar.',
      toRequired: 'Vel datoen perioden sluttar.',
      endBeforeStart: 'Sluttdatoen kan ikkje vere før startdatoen.',
    },
  },
  loading: 'Hentar møtekvaliteten …',
  loadError: 'Vi klarte ikkje å hente møtekvaliteten.',
  empty: 'Ingen møte haldne og ingen spørsmål til Nav stilte i perioden.',
  meetingsHeld_one: '{{count}} møte halde i perioden.',
  meetingsHeld_other: '{{count}} møte haldne i perioden.',
  table: {
    caption: 'Møtekvalitet i perioden',
    measure: 'Kva vi måler',
    result: 'Resultat',
    details: 'Grunnlag',
  },
  rows: {
    expectations: 'Alle partar sa kva dei trong før møtet',
    financial: 'Økonomipunktet vart avklart',
    actions: 'Oppgåver gjorde innan fristen',
    navWait: 'Spørsmål til Nav: dagar til svar',
    gotWhatNeeded: 'Fekk det dei trong (alle svar)',
    gotWhatNeededRole: 'Fekk det dei trong: {{role}}',
  },
  roles: {
    jobseeker: 'jobbsøkjaren',
    employment_specialist: 'jobbspesialisten',
    nav_counsellor: 'Nav-rettleiaren',
    therapist: 'behandlaren',
  },
  share: '{{percent}} %',
  ofMeetings: '{{count}} av {{of}} møte',
  ofActions: '{{count}} av {{of}} oppgåver med passert frist',
  actionsDetail:
    '{{overdue}} forfalne og ikkje gjorde, {{late}} gjorde for seint, {{notYetDue}} har frist seinare',
  navWaitResult: 'Median {{median}} dagar, lengst {{longest}} dagar',
  navWaitNoneAnswered: 'Ingen svar enno',
  navWaitDetail: '{{answered}} av {{asked}} svara, {{within}} innan to dagar (Nav-rettleiinga: 48 timar)',
  navWaitOpen: '{{open}} ventar framleis, lengst {{days}} dagar så langt',
  answersResult: 'Ja {{yes}} %, delvis {{partly}} %, nei {{no}} %',
  answersDetail: '{{answers}} svar: ja {{yesCount}}, delvis {{partlyCount}}, nei {{noCount}}',
  tooFew: 'For få til å vise (under {{minimum}})',
  none: 'Ingen data i perioden',
  notShared: 'Ikkje delt med deg',
  therapistNote:
    'Ventetid på svar frå behandlarar blir ikkje målt: meldingane har ingen mottakar, så eit spørsmål til behandlaren kan ikkje skiljast frå anna samtale.',
};
