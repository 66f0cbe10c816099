import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createDb, type Db } from '@ips-bridge/db';
import { runningEmbeddedPostgres } from '@ips-bridge/db/backup';
import { type Config, openDatabase } from '@ips-bridge/server';

export interface MaintenanceDatabase {
  db: Db;
  /** Where the data lives, for messages (no password). */
  where: string;
  close(): Promise<void>;
}

/**
 * The database backup and restore work on, without migrating it: DATABASE_URL's; or the embedded PostgreSQL of
 * DATA_DIR, used as it is when IPS Bridge already runs on it (so a backup can be taken while the app is up), else
 * started here like `ips-bridge start` does and stopped again by close().
 */
export async function openMaintenanceDatabase(config: Config): Promise<MaintenanceDatabase> {
  if (!config.databaseUrl) {
    const dataDir = path.join(config.dataDir, 'postgres');
    const running = await runningEmbeddedPostgres(dataDir);
    if (running) {
      const db = createDb({
        connectionString: running.url,
        maxConnections: 2,
        applicationName: 'ips-bridge-backup',
      });
      return {
        db,
        where: `the running embedded PostgreSQL in ${dataDir}, port ${running.port}`,
        close: () => db.destroy(),
      };
    }
  }
  return openDatabase(config, { migrate: false });
}

/** The application's version, from the repository's package.json. */
export function appVersion(): string {
  return (JSON.parse(readPackageJson()) as { version?: string }).version ?? 'unknown';
}

function readPackageJson(): string {
  // packages/cli/src/commands → the repository root
  return readFileSync(new URL('../../../../package.json', import.meta.url), 'utf8');
}
