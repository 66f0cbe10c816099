import { ConfigError, DatabaseUnavailableError } from '@ips-bridge/server';

/** Exit codes: 2 bad configuration or arguments, 3 database unavailable, 1 anything else. */
export function exitWithError(error: unknown): never {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  if (error instanceof DatabaseUnavailableError) {
    console.error(error.message);
    console.error('Check DATABASE_URL, or unset it to use the embedded PostgreSQL.');
    process.exit(3);
  }
  if (error instanceof UsageError) {
    console.error(`ips-bridge: ${error.message}`);
    process.exit(2);
  }
  console.error(error instanceof Error ? `ips-bridge: ${error.message}` : error);
  process.exit(1);
}

export class UsageError extends Error {}

export function print(line: string): void {
  process.stdout.write(`${line}\n`);
}
