/** Rules for local accounts, shared by the browser forms, the API and the command line. */

/** OWASP ASVS 5.0 (V6.2.1): at least 12 characters for a user-chosen password. */
export const MIN_PASSWORD_LENGTH = 12;

/** Lower-case login names: 3–64 of a–z, 0–9, dot, dash and underscore. */
export const USERNAME_PATTERN = /^[a-z0-9._-]{3,64}$/;
