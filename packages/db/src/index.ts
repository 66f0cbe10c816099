export * from './connection.ts';
export * from './embedded-postgres.ts';
export * from './migrate.ts';
export * from './repositories/audit.repository.ts';
export * from './repositories/organisations.repository.ts';
export * from './repositories/participants.repository.ts';
export * from './repositories/sessions.repository.ts';
export * from './repositories/users.repository.ts';
export type { Database } from './schema.ts';
