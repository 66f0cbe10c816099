import path from 'node:path';
import { createDb, type Db, migrateToLatest, startEmbeddedPostgres } from '@ips-bridge/db';
import { sql } from 'kysely';
import type { Config } from './config.ts';

export class DatabaseUnavailableError extends Error {
  constructor(where: string, cause: unknown) {
    super(`Cannot reach the database (${where}): ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
    this.name = 'DatabaseUnavailableError';
  }
}

export interface OpenDatabase {
  db: Db;
  /** Where the data lives, for messages (no password). */
  where: string;
  close(): Promise<void>;
}

/**
 * Opens the configured database: the server at DATABASE_URL, or else the embedded PostgreSQL in DATA_DIR/postgres,
 * started here and stopped by close(). Runs pending migrations unless told not to.
 */
export async function openDatabase(
  config: Config,
  options: { migrate?: boolean; onLog?: (line: string) => void } = {},
): Promise<OpenDatabase> {
  let url = config.databaseUrl;
  let stopEmbedded: (() => Promise<void>) | null = null;
  let where: string;
  if (url) {
    const parsed = new URL(url);
    where = `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
  } else {
    const dataDir = path.join(config.dataDir, 'postgres');
    const embedded = await startEmbeddedPostgres({
      dataDir,
      port: config.embeddedPgPort,
      ...(options.onLog ? { onLog: options.onLog } : {}),
    });
    url = embedded.url('postgres');
    stopEmbedded = () => embedded.stop();
    where = `embedded PostgreSQL in ${dataDir}, port ${config.embeddedPgPort}`;
  }

  const db = createDb({ connectionString: url, maxConnections: config.dbPoolSize });
  const close = async () => {
    await db.destroy();
    await stopEmbedded?.();
  };
  try {
    await sql`SELECT 1`.execute(db);
  } catch (error) {
    await close().catch(() => {});
    throw new DatabaseUnavailableError(where, error);
  }
  if (options.migrate !== false) {
    try {
      await migrateToLatest(db);
    } catch (error) {
      await close().catch(() => {});
      throw error;
    }
  }
  return { db, where, close };
}
