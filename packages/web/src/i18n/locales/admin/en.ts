import type { CatalogueShape } from '../../catalogue.ts';
import { fidelityEn } from '../fidelity/en.ts';
import { importEn } from '../import/en.ts';
import { outcomesEn } from '../outcomes/en.ts';
import type { adminNb } from './nb.ts';

/**
 * English: administration, import and the reports (outcomes, fidelity). Loaded with the pages that need them
 * (`withTexts` in routes.tsx).
 */
export const adminEn: CatalogueShape<typeof adminNb> = {
  admin: {
    heading: 'Administration',
    intro: 'Create organisations and users here.',
    organisations: {
      heading: 'Organisations',
      name: 'Name',
      kind: 'Kind',
      region: 'Region',
      regionOptional: 'Region (optional)',
      empty: 'There are no organisations yet.',
      loading: 'Loading organisations …',
      loadError: 'We could not load the organisations.',
      createHeading: 'Create organisation',
      chooseKind: 'Choose kind',
      submit: 'Create organisation',
      created: 'The organisation “{{name}}” has been created.',
      nameRequired: 'Enter the name of the organisation.',
      kindRequired: 'Choose what kind of organisation it is.',
    },
    users: {
      heading: 'Users',
      username: 'Username',
      usernameDescription: '3–64 characters: a–z, digits, dots, dashes or underscores.',
      displayName: 'Display name',
      role: 'Role',
      organisation: 'Organisation',
      team: 'Team',
      teamDescription: 'Only organisations of kind IPS team can be chosen.',
      status: 'Status',
      active: 'Active',
      inactive: 'Deactivated',
      noTeam: 'No team',
      password: 'Password',
      passwordDescription: 'At least 12 characters. Give the password to the user in a safe way.',
      empty: 'There are no users yet.',
      loading: 'Loading users …',
      loadError: 'We could not load the users.',
      createHeading: 'Create user',
      chooseRole: 'Choose role',
      chooseOrganisation: 'Choose organisation',
      noOrganisations: 'Create an organisation before you create users.',
      submit: 'Create user',
      created: 'The user “{{username}}” has been created.',
      usernameRequired: 'Enter a username.',
      usernameFormat:
        'The username must be 3–64 characters: letters a–z, digits, dots, dashes or underscores.',
      displayNameRequired: 'Enter the name to display.',
      roleRequired: 'Choose a role.',
      organisationRequired: 'Choose an organisation.',
      passwordTooShort: 'The password must be at least 12 characters.',
    },
  },
  import: importEn,
  outcomes: outcomesEn,
  fidelity: fidelityEn,
};
