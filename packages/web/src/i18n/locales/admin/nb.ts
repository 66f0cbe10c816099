import { fidelityNb } from '../fidelity/nb.ts';
import { importNb } from '../import/nb.ts';
import { outcomesNb } from '../outcomes/nb.ts';

/**
 * Norsk bokmål: administration, import and the reports (outcomes, fidelity). Loaded with the pages that need them
 * (`withTexts` in routes.tsx).
 */
export const adminNb = {
  admin: {
    heading: 'Administrasjon',
    intro: 'Her oppretter du organisasjoner og brukere.',
    organisations: {
      heading: 'Organisasjoner',
      name: 'Navn',
      kind: 'Type',
      region: 'Region',
      regionOptional: 'Region (valgfritt)',
      empty: 'Det finnes ingen organisasjoner ennå.',
      loading: 'Laster organisasjoner …',
      loadError: 'Vi klarte ikke å hente organisasjonene.',
      createHeading: 'Opprett organisasjon',
      chooseKind: 'Velg type',
      submit: 'Opprett organisasjon',
      created: 'Organisasjonen «{{name}}» er opprettet.',
      nameRequired: 'Skriv inn navnet på organisasjonen.',
      kindRequired: 'Velg hvilken type organisasjon det er.',
    },
    users: {
      heading: 'Brukere',
      username: 'Brukernavn',
      usernameDescription: '3–64 tegn: a–z, sifre, punktum, bindestrek eller understrek.',
      displayName: 'Visningsnavn',
      role: 'Rolle',
      organisation: 'Organisasjon',
      team: 'Team',
      teamDescription: 'Bare organisasjoner av typen IPS-team kan velges.',
      status: 'Status',
      active: 'Aktiv',
      inactive: 'Deaktivert',
      noTeam: 'Ingen team',
      password: 'Passord',
      passwordDescription: 'Minst 12 tegn. Gi passordet til brukeren på en trygg måte.',
      empty: 'Det finnes ingen brukere ennå.',
      loading: 'Laster brukere …',
      loadError: 'Vi klarte ikke å hente brukerne.',
      createHeading: 'Opprett bruker',
      chooseRole: 'Velg rolle',
      chooseOrganisation: 'Velg organisasjon',
      noOrganisations: 'Opprett en organisasjon før du oppretter brukere.',
      submit: 'Opprett bruker',
      created: 'Brukeren «{{username}}» er opprettet.',
      usernameRequired: 'Skriv inn et brukernavn.',
      usernameFormat:
        'Brukernavnet må ha 3–64 tegn: bokstavene a–z, sifre, punktum, bindestrek eller understrek.',
      displayNameRequired: 'Skriv inn navnet som skal vises.',
      roleRequired: 'Velg en rolle.',
      organisationRequired: 'Velg en organisasjon.',
      passwordTooShort: 'Passordet må ha minst 12 tegn.',
    },
  },
  import: importNb,
  outcomes: outcomesNb,
  fidelity: fidelityNb,
};
