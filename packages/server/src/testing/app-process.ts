import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

/**
 * IPS Bridge as a real process, started exactly as in production (`ips-bridge start`, which starts the embedded
 * PostgreSQL as its own child unless given DATABASE_URL). Used by the crash harness, with a kill that leaves nothing a clean shutdown could use: the
 * app and every PostgreSQL process get SIGKILL in the same instant, with no warning.
 */

const CLI_MAIN = fileURLToPath(new URL('../../../cli/src/main.ts', import.meta.url));

export interface TargetOptions {
  /** DATA_DIR of the app; the embedded PostgreSQL lives in DATA_DIR/postgres. */
  dataDir: string;
  appPort: number;
  /** Port of the embedded PostgreSQL (without databaseUrl). */
  pgPort?: number;
  /** The app's stdout and stderr lines (kept for a failure message). */
  onOutput?: (line: string) => void;
  /** A shared PostgreSQL instead of the embedded one (several instances, never the crash runs). */
  databaseUrl?: string;
  /** Further environment variables for the app (configuration as in README). */
  env?: Record<string, string>;
}

export interface RunningTarget {
  url: string;
  pid: number;
  /** SIGKILL to the app and all PostgreSQL processes at once; resolves when they are gone. Returns how many. */
  kill(): Promise<number>;
  /** A clean shutdown (SIGTERM): drain, close the pool, stop PostgreSQL. */
  stop(): Promise<void>;
}

export function postgresDataDir(dataDir: string): string {
  return path.join(dataDir, 'postgres');
}

export async function startTarget(options: TargetOptions): Promise<RunningTarget> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) if (value !== undefined) env[name] = value;
  // The crash harness kills the database: unless told otherwise it is the embedded one in our own folder.
  delete env.DATABASE_URL;
  Object.assign(env, {
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(options.appPort),
    DATA_DIR: options.dataDir,
    ...(options.pgPort ? { EMBEDDED_PG_PORT: String(options.pgPort) } : {}),
    SEED_DEMO: 'false',
    LOG_LEVEL: 'warn',
    COOKIE_SECURE: 'false',
    DB_POOL_SIZE: '20',
    ...options.env,
  });
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  const child = spawn(process.execPath, [CLI_MAIN, 'start'], {
    env,
    // Its own process group, so a kill of the group reaches everything it started.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const collect = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (line.trim() === '') continue;
      output.push(line);
      if (output.length > 200) output.shift();
      options.onOutput?.(line);
    }
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });

  const url = `http://127.0.0.1:${options.appPort}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (exited) throw new Error(`the app exited while starting:\n${output.slice(-30).join('\n')}`);
    if (Date.now() > deadline) {
      await killAll(child, options.dataDir, options.databaseUrl);
      throw new Error(`the app did not become ready within 120 s:\n${output.slice(-30).join('\n')}`);
    }
    try {
      const response = await fetch(`${url}/health/ready`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) break;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }

  const pid = child.pid ?? 0;
  return {
    url,
    pid,
    kill: () => killAll(child, options.dataDir, options.databaseUrl),
    stop: async () => {
      if (exited) return;
      const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = sleep(60_000).then(() => 'timeout' as const);
      if ((await Promise.race([gone, timer])) === 'timeout')
        await killAll(child, options.dataDir, options.databaseUrl);
    },
  };
}

/**
 * Every process to kill: the app, its descendants (the postmaster and the backends it forked), and whatever
 * postmaster.pid names with its children (in case PostgreSQL was ever reparented; never a shared server's). All are collected first and then
 * signalled in one synchronous loop, so none of them gets to react to another's death.
 */
async function killAll(child: ChildProcess, dataDir: string, databaseUrl?: string): Promise<number> {
  const parents = processTable();
  const targets = new Set<number>();
  if (child.pid) for (const pid of descendants(child.pid, parents)) targets.add(pid);
  const postmaster = databaseUrl ? null : postmasterPid(postgresDataDir(dataDir));
  if (postmaster) for (const pid of descendants(postmaster, parents)) targets.add(pid);
  for (const pid of targets) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  if (child.pid) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // the group is already empty
    }
  }
  const deadline = Date.now() + 10_000;
  while ([...targets].some(isRunning)) {
    if (Date.now() > deadline) throw new Error('processes survived SIGKILL for 10 s');
    await sleep(20);
  }
  return targets.size;
}

/** pid → parent pid for every process we can see. */
function processTable(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name (field 2) may contain spaces and parentheses; the fields after its last ')' are fixed.
      const after = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(name), Number(after[1]));
    } catch {
      // it exited while we looked
    }
  }
  return parents;
}

function descendants(root: number, parents: Map<number, number>): number[] {
  const found = [root];
  for (let i = 0; i < found.length; i++) {
    for (const [pid, parent] of parents) if (parent === found[i] && !found.includes(pid)) found.push(pid);
  }
  return found;
}

export function postmasterPid(pgDataDir: string): number | null {
  const lockFile = path.join(pgDataDir, 'postmaster.pid');
  if (!existsSync(lockFile)) return null;
  const pid = Number.parseInt(readFileSync(lockFile, 'utf8').split('\n')[0] ?? '', 10);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

/** Alive and not a zombie (a killed process whose parent has not reaped it yet is dead for our purpose). */
function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}
