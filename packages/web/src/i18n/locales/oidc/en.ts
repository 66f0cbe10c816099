import type { CatalogueShape } from '../../catalogue.ts';
import type { oidcNb } from './nb.ts';

/** English: login with ID-porten, Entra ID and HelseID, and linking external logins (admin). */
export const oidcEn: CatalogueShape<typeof oidcNb> = {
  providers: {
    idporten: 'ID-porten',
    entra: 'NAV login (Entra ID)',
    helseid: 'HelseID',
  },
  login: {
    heading: 'Log in with a login service',
    with: 'Log in with {{provider}}',
    or: 'Or log in with username and password',
  },
  errors: {
    oidc_cancelled: 'The login was cancelled. Try again when you are ready.',
    oidc_expired: 'The login took too long or was already used. Start again.',
    oidc_failed: 'We could not confirm the login. Start again.',
    oidc_level_too_low:
      'The login had too low a security level. Log in with a higher level, for example BankID.',
    oidc_not_linked:
      'We do not recognise this login. Ask your contact person or an administrator to link it to your account.',
    oidc_not_allowed: 'You cannot log in with this service.',
    oidc_unavailable: 'The login service is not answering right now. Try again shortly.',
  },
  admin: {
    heading: 'External logins',
    intro:
      'Link a login from ID-porten, Entra ID or HelseID to a user. Staff are linked only here; jobseekers can also be linked automatically by the national identity number from ID-porten.',
    user: 'User',
    chooseUser: 'Choose a user',
    provider: 'Login service',
    chooseProvider: 'Choose a login service',
    subject: 'Identifier at the service (sub)',
    subjectDescription:
      "The service's fixed identifier for the person, not a name or national identity number.",
    submit: 'Link login',
    linked: 'The login is linked to the user.',
    userRequired: 'Choose a user.',
    providerRequired: 'Choose a login service.',
    subjectRequired: 'Enter the identifier.',
    listHeading: 'Linked logins',
    loading: 'Loading logins …',
    loadError: 'Could not load the logins',
    empty: 'The user has no linked logins.',
    linkedHow: {
      administrator: 'linked by an administrator',
      national_id: 'linked by national identity number',
    },
    lastLogin: 'Last used {{time}}',
    neverUsed: 'Not used yet',
    remove: 'Remove',
    confirmRemove: 'Remove the login from {{provider}}? The person can no longer log in with it.',
    confirm: 'Yes, remove',
    cancel: 'Cancel',
    removed: 'The login is removed.',
  },
};
