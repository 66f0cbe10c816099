export * from './access/accounts.ts';
export * from './access/participant-access.ts';
export * from './access/roles.ts';
export * from './identity/national-id.ts';
export * from './journey/phases.ts';
export * from './participants/referral.ts';
export * from './participants/registration.ts';
export * from './shared/local-date.ts';
