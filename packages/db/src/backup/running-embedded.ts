import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { embeddedPostgresUrl } from '../embedded-postgres.ts';

/**
 * The embedded PostgreSQL of a data folder when it is already running (IPS Bridge is up), so a backup can read from
 * it instead of starting a second server on the same folder, which would first stop the running one. Read from
 * PostgreSQL's own postmaster.pid (pid, data folder, start time, port, …) and confirmed by asking the server for its
 * data_directory. Null when it is not running or does not answer as ours.
 */
export async function runningEmbeddedPostgres(
  dataDir: string,
): Promise<{ url: string; port: number } | null> {
  const folder = path.resolve(dataDir);
  let lines: string[];
  try {
    lines = readFileSync(path.join(folder, 'postmaster.pid'), 'utf8').split('\n');
  } catch {
    return null;
  }
  const pid = Number.parseInt(lines[0] ?? '', 10);
  const port = Number.parseInt(lines[3] ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port) || !isAlive(pid)) return null;
  const url = embeddedPostgresUrl(port);
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    const result = await client.query<{ data_directory: string }>(
      `SELECT current_setting('data_directory') AS data_directory`,
    );
    return path.resolve(result.rows[0]?.data_directory ?? '') === folder ? { url, port } : null;
  } catch {
    return null;
  } finally {
    await client.end().catch(() => {});
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
