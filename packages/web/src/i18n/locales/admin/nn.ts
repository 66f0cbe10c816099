import type { CatalogueShape } from '../../catalogue.ts';
import { fidelityNn } from '../fidelity/nn.ts';
import { importNn } from '../import/nn.ts';
import { outcomesNn } from '../outcomes/nn.ts';
import type { adminNb } from './nb.ts';

/**
 * Norsk nynorsk: administration, import and the reports (outcomes, fidelity). Loaded with the pages that need them
 * (`withTexts` in routes.tsx).
 */
export const adminNn: CatalogueShape<typeof adminNb> = {
  admin: {
    heading: 'Administrasjon',
    intro: 'Her opprettar du organisasjonar og brukarar.',
    organisations: {
      heading: 'Organisasjonar',
      name: 'Namn',
      kind: 'Type',
      region: 'Region',
      regionOptional: 'Region (valfritt)',
      empty: 'Det finst ingen organisasjonar enno.',
      loading: 'Lastar organisasjonar …',
      loadError: 'Vi klarte ikkje å hente organisasjonane.',
      createHeading: 'Opprett organisasjon',
      chooseKind: 'Vel type',
      submit: 'Opprett organisasjon',
      created: 'Organisasjonen «{{name}}» er oppretta.',
      nameRequired: 'Skriv inn namnet på organisasjonen.',
      kindRequired: 'Vel kva type organisasjon det er.',
    },
    users: {
      heading: 'Brukarar',
      username: 'Brukarnamn',
      usernameDescription: '3–64 teikn: a–z, siffer, punktum, bindestrek eller understrek.',
      displayName: 'Visingsnamn',
      role: 'Rolle',
      organisation: 'Organisasjon',
      team: 'Team',
      teamDescription: 'Berre organisasjonar av typen IPS-team kan veljast.',
      status: 'Status',
      active: 'Aktiv',
      inactive: 'Deaktivert',
      noTeam: 'Ingen team',
      password: 'Passord',
      passwordDescription: 'Minst 12 teikn. Gi passordet til brukaren på ein trygg måte.',
      empty: 'Det finst ingen brukarar enno.',
      loading: 'Lastar brukarar …',
      loadError: 'Vi klarte ikkje å hente brukarane.',
      createHeading: 'Opprett brukar',
      chooseRole: 'Vel rolle',
      chooseOrganisation: 'Vel organisasjon',
      noOrganisations: 'Opprett ein organisasjon før du opprettar brukarar.',
      submit: 'Opprett brukar',
      created: 'Brukaren «{{username}}» er oppretta.',
      usernameRequired: 'Skriv inn eit brukarnamn.',
      usernameFormat:
        'Brukarnamnet må ha 3–64 teikn: bokstavane a–z, siffer, punktum, bindestrek eller understrek.',
      displayNameRequired: 'Skriv inn namnet som skal visast.',
      roleRequired: 'Vel ei rolle.',
      organisationRequired: 'Vel ein organisasjon.',
      passwordTooShort: 'Passordet må ha minst 12 teikn.',
    },
  },
  import: importNn,
  outcomes: outcomesNn,
  fidelity: fidelityNn,
};
