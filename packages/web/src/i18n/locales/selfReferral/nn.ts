import type { CatalogueShape } from '../../catalogue.ts';
import type { selfReferralNb } from './nb.ts';

/** Norsk nynorsk: the public self-referral page. The calmest text in the product: short sentences, everyday words, and no questions about whether someone is "ready". */
export const selfReferralNn: CatalogueShape<typeof selfReferralNb> = {
  title: 'Få hjelp til å finne jobb',
  heading: 'Få hjelp til å finne jobb',
  lead: 'Vil du ha ein vanleg jobb? Eit IPS-team kan hjelpe deg med å finne ein jobb og å halde på han.',
  everyone: 'Alle som vil jobbe, kan spørje om hjelp. Du treng ikkje vere frisk først. Det er gratis.',
  nextHeading: 'Dette skjer vidare',
  nextSteps: {
    send: 'Du fyller ut skjemaet under. Det tek nokre minutt.',
    call: 'Nokon frå teamet ringjer deg innan ei veke.',
    talk: 'De snakkar saman om kva slags jobb du vil ha. Du bestemmer.',
  },
  formHeading: 'Om deg',
  team: 'Kva team vil du ha hjelp frå?',
  teamDescription: 'Vel teamet som er nærast der du bur. Teama står sorterte etter fylke.',
  chooseTeam: 'Vel eit team',
  otherRegion: 'Andre stader',
  givenName: 'Førenamn',
  familyName: 'Etternamn',
  contactLegend: 'Korleis kan vi nå deg?',
  contactDescription: 'Skriv telefonnummer, e-postadresse eller begge delar.',
  phone: 'Telefonnummer',
  email: 'E-postadresse',
  message: 'Vil du fortelje oss noko? (valfritt)',
  messageDescription: 'Til dømes når det passar best å ringje deg. Du treng ikkje skrive om helsa di.',
  privacy: 'Berre IPS-teamet du vel, ser det du skriv her. Vi bruker det berre til å kontakte deg.',
  submit: 'Send',
  loadingTeams: 'Hentar teama …',
  teamsError: 'Vi klarte ikkje å hente teama akkurat no.',
  received: {
    heading: 'Takk! Vi har fått meldinga di.',
    callWithinWeek: 'Nokon frå {{team}} ringjer deg innan ei veke.',
    writeWithinWeek: 'Nokon frå {{team}} skriv til deg på e-post innan ei veke.',
    nothingMore: 'Du treng ikkje gjere noko meir no.',
  },
  tooMany: {
    heading: 'Skjemaet er sendt mange gonger',
    text: 'Det er sendt mange skjema herifrå den siste timen. Vent ein time, og prøv igjen.',
  },
  errors: {
    team: 'Vel kva team du vil ha hjelp frå.',
    givenName: 'Skriv førenamnet ditt.',
    familyName: 'Skriv etternamnet ditt.',
    contact: 'Skriv telefonnummeret ditt eller e-postadressa di, så teamet kan nå deg.',
  },
  haveAccount: 'Har du allereie ein brukar?',
  logIn: 'Logg inn',
};
