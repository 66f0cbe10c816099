/** Norsk bokmål: login with ID-porten, Entra ID and HelseID, and linking external logins (admin). */
export const oidcNb = {
  providers: {
    idporten: 'ID-porten',
    entra: 'NAV-innlogging (Entra ID)',
    helseid: 'HelseID',
  },
  login: {
    heading: 'Logg inn med en innloggingstjeneste',
    with: 'Logg inn med {{provider}}',
    or: 'Eller logg inn med brukernavn og passord',
  },
  errors: {
    oidc_cancelled: 'Innloggingen ble avbrutt. Prøv igjen når du er klar.',
    oidc_expired: 'Innloggingen tok for lang tid eller ble allerede brukt. Start på nytt.',
    oidc_failed: 'Vi kunne ikke bekrefte innloggingen. Start på nytt.',
    oidc_level_too_low:
      'Innloggingen hadde for lavt sikkerhetsnivå. Logg inn med et høyere nivå, for eksempel BankID.',
    oidc_not_linked:
      'Vi kjenner ikke igjen denne innloggingen. Be kontaktpersonen din eller en administrator om å koble den til brukeren din.',
    oidc_not_allowed: 'Du kan ikke logge inn med denne tjenesten.',
    oidc_unavailable: 'Innloggingstjenesten svarer ikke akkurat nå. Prøv igjen om litt.',
  },
  admin: {
    heading: 'Eksterne innlogginger',
    intro:
      'Koble en innlogging fra ID-porten, Entra ID eller HelseID til en bruker. Ansatte kobles bare her; jobbsøkere kan også kobles automatisk via fødselsnummeret i ID-porten.',
    user: 'Bruker',
    chooseUser: 'Velg bruker',
    provider: 'Innloggingstjeneste',
    chooseProvider: 'Velg innloggingstjeneste',
    subject: 'Identifikator hos tjenesten (sub)',
    subjectDescription: 'Tjenestens faste identifikator for personen, ikke navn eller fødselsnummer.',
    submit: 'Koble innlogging',
    linked: 'Innloggingen er koblet til brukeren.',
    userRequired: 'Velg en bruker.',
    providerRequired: 'Velg en innloggingstjeneste.',
    subjectRequired: 'Skriv inn identifikatoren.',
    listHeading: 'Koblede innlogginger',
    loading: 'Henter innlogginger …',
    loadError: 'Kunne ikke hente innloggingene',
    empty: 'Brukeren har ingen koblede innlogginger.',
    linkedHow: {
      administrator: 'koblet av administrator',
      national_id: 'koblet via fødselsnummer',
    },
    lastLogin: 'Sist brukt {{time}}',
    neverUsed: 'Ikke brukt ennå',
    remove: 'Fjern',
    confirmRemove: 'Fjerne innloggingen fra {{provider}}? Personen kan ikke lenger logge inn med den.',
    confirm: 'Ja, fjern',
    cancel: 'Avbryt',
    removed: 'Innloggingen er fjernet.',
  },
};
