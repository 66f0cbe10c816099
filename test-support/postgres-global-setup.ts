import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '@ips-bridge/db';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A URL to a database on the test server with the right to create databases. */
    adminDatabaseUrl: string;
  }
}

/**
 * Tests run against a real PostgreSQL: the server at DATABASE_URL when set, or else an embedded PostgreSQL started
 * here in a temporary folder on a free port. Each test file creates its own database on it.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.DATABASE_URL;
  if (external) {
    project.provide('adminDatabaseUrl', external);
    return async () => {};
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), 'ipsb-test-pg-'));
  // When tests run as root, PostgreSQL runs as the postgres user and must be able to enter the folder.
  chmodSync(dataDir, 0o755);
  const port = await freePort();
  const server = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pg'), port });
  project.provide('adminDatabaseUrl', server.url('postgres'));
  return async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
