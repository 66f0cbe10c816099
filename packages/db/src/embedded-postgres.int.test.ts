import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../../test-support/postgres-global-setup.ts';
import { createDb } from './connection.ts';
import { startEmbeddedPostgres } from './embedded-postgres.ts';

const root = mkdtempSync(path.join(tmpdir(), 'ipsb-embedded-'));
chmodSync(root, 0o755);
afterAll(() => rmSync(root, { recursive: true, force: true }));

function postgresOsUser(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
  return { uid, gid };
}

async function canQuery(url: string): Promise<number> {
  const db = createDb({ connectionString: url, maxConnections: 1 });
  try {
    const result = await sql<{ one: number }>`SELECT 1 AS one`.execute(db);
    return result.rows[0]?.one ?? 0;
  } finally {
    await db.destroy();
  }
}

describe('embedded PostgreSQL after a crash', () => {
  it('starts although postmaster.pid names a live process that is not PostgreSQL (a reused PID)', async () => {
    const dataDir = path.join(root, 'reused-pid');
    const port = await freePort();
    const first = await startEmbeddedPostgres({ dataDir, port });
    await first.stop();
    // Simulate the lock a crashed server leaves, pointing at a PID that now belongs to an unrelated live process.
    // (Not this process: PostgreSQL itself ignores a lock naming its parent or grandparent.)
    // It must run as the same OS user as PostgreSQL, or PostgreSQL cannot signal it and treats the lock as stale.
    const unrelated = spawn('sleep', ['60'], { stdio: 'ignore', ...postgresOsUser() });
    try {
      writeFileSync(path.join(dataDir, 'postmaster.pid'), `${unrelated.pid}\n${dataDir}\n`);
      const second = await startEmbeddedPostgres({ dataDir, port });
      try {
        expect(await canQuery(second.url())).toBe(1);
      } finally {
        await second.stop();
      }
    } finally {
      unrelated.kill();
    }
  });

  it('shuts down a PostgreSQL orphaned by a SIGKILLed parent and starts cleanly', async () => {
    const dataDir = path.join(root, 'orphan');
    const port = await freePort();
    const launcher = fileURLToPath(new URL('./embedded-postgres.ts', import.meta.url));
    const child = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const { startEmbeddedPostgres } = await import(${JSON.stringify(launcher)});
         await startEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)}, port: ${port} });
         console.log('ready');
         setInterval(() => {}, 1000);`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
      child.once('exit', (code) => reject(new Error(`launcher exited early (${code})`)));
    });
    const orphanPid = Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    expect(() => process.kill(orphanPid, 0)).not.toThrow(); // the orphan is still running

    const restarted = await startEmbeddedPostgres({ dataDir, port });
    try {
      expect(await canQuery(restarted.url())).toBe(1);
      const newPid = Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
      expect(newPid).not.toBe(orphanPid);
    } finally {
      await restarted.stop();
    }
  });
});
