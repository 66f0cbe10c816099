import type { CatalogueShape } from '../../catalogue.ts';
import type { oidcNb } from './nb.ts';

/** Norsk nynorsk: login with ID-porten, Entra ID and HelseID, and linking external logins (admin). */
export const oidcNn: CatalogueShape<typeof oidcNb> = {
  providers: {
    idporten: 'ID-porten',
    entra: 'NAV-innlogging (Entra ID)',
    helseid: 'HelseID',
  },
  login: {
    heading: 'Logg inn med ei innloggingsteneste',
    with: 'Logg inn med {{provider}}',
    or: 'Eller logg inn med brukarnamn og passord',
  },
  errors: {
    oidc_cancelled: 'Innlogginga vart avbroten. Prøv igjen når du er klar.',
    oidc_expired: 'Innlogginga tok for lang tid eller var alt brukt. Start på nytt.',
    oidc_failed: 'Vi kunne ikkje stadfeste innlogginga. Start på nytt.',
    oidc_level_too_low:
      'Innlogginga hadde for lågt tryggingsnivå. Logg inn med eit høgare nivå, til dømes BankID.',
    oidc_not_linked:
      'Vi kjenner ikkje att denne innlogginga. Be kontaktpersonen din eller ein administrator om å kople henne til brukaren din.',
    oidc_not_allowed: 'Du kan ikkje logge inn med denne tenesta.',
    oidc_unavailable: 'Innloggingstenesta svarar ikkje akkurat no. Prøv igjen om litt.',
  },
  admin: {
    heading: 'Eksterne innloggingar',
    intro:
      'Kople ei innlogging frå ID-porten, Entra ID eller HelseID til ein brukar. Tilsette blir berre kopla her; jobbsøkjarar kan også bli kopla automatisk via fødselsnummeret i ID-porten.',
    user: 'Brukar',
    chooseUser: 'Vel brukar',
    provider: 'Innloggingsteneste',
    chooseProvider: 'Vel innloggingsteneste',
    subject: 'Identifikator hos tenesta (sub)',
    subjectDescription: 'Den faste identifikatoren tenesta har for personen, ikkje namn eller fødselsnummer.',
    submit: 'Kople innlogging',
    linked: 'Innlogginga er kopla til brukaren.',
    userRequired: 'Vel ein brukar.',
    providerRequired: 'Vel ei innloggingsteneste.',
    subjectRequired: 'Skriv inn identifikatoren.',
    listHeading: 'Kopla innloggingar',
    loading: 'Hentar innloggingar …',
    loadError: 'Kunne ikkje hente innloggingane',
    empty: 'Brukaren har ingen kopla innloggingar.',
    linkedHow: {
      administrator: 'kopla av administrator',
      national_id: 'kopla via fødselsnummer',
    },
    lastLogin: 'Sist brukt {{time}}',
    neverUsed: 'Ikkje brukt enno',
    remove: 'Fjern',
    confirmRemove: 'Fjerne innlogginga frå {{provider}}? Personen kan ikkje lenger logge inn med henne.',
    confirm: 'Ja, fjern',
    cancel: 'Avbryt',
    removed: 'Innlogginga er fjerna.',
  },
};
