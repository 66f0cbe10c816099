export { buildApp } from './app.ts';
export type { App } from './app-types.ts';
export { hashPassword, MIN_PASSWORD_LENGTH } from './auth/password.ts';
export { type Config, ConfigError, loadConfig, loadTestConfig } from './config.ts';
export { DatabaseUnavailableError, openDatabase } from './database.ts';
export { DEMO_PASSWORD, databaseIsEmpty, seedDemo } from './demo/seed-demo.ts';
export { runDueReminders, runExpectationReminders } from './notifications/due-reminders.ts';
export { type RetentionReport, runRetention } from './privacy/erasure.ts';
export { startServer } from './server.ts';
