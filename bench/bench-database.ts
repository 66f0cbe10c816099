/**
 * The benchmarks' database: a fresh database on DATABASE_URL's server when it is set, else on an embedded PostgreSQL
 * started in a temporary folder (and stopped and removed again by `close`).
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Db, startEmbeddedPostgres } from '@ips-bridge/db';
import { createTestDatabase } from '@ips-bridge/db/testing';
import { freePort } from '../test-support/postgres-global-setup.ts';

export interface BenchDatabase {
  db: Db;
  /** A connection URL for this database (for child processes and raw clients). */
  url: string;
  /** The embedded server's data folder (its postmaster.pid names the server process), or null for DATABASE_URL. */
  embeddedDataDir: string | null;
  close(): Promise<void>;
}

export async function openBenchDatabase(): Promise<BenchDatabase> {
  let stopEmbedded: (() => Promise<void>) | null = null;
  let tempDir: string | null = null;
  let embeddedDataDir: string | null = null;
  let adminUrl = process.env.DATABASE_URL ?? '';
  if (!adminUrl) {
    tempDir = mkdtempSync(path.join(tmpdir(), 'ipsb-bench-'));
    chmodSync(tempDir, 0o755);
    embeddedDataDir = path.join(tempDir, 'pg');
    const server = await startEmbeddedPostgres({ dataDir: embeddedDataDir, port: await freePort() });
    adminUrl = server.url();
    stopEmbedded = () => server.stop();
  }
  const database = await createTestDatabase(adminUrl);
  return {
    db: database.db,
    url: database.url,
    embeddedDataDir,
    close: async () => {
      await database.drop();
      await stopEmbedded?.();
      if (tempDir) rmSync(tempDir, { recursive: true, force: true });
    },
  };
}
