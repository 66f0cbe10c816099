import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDb, startEmbeddedPostgres } from '@ips-bridge/db';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../../../test-support/postgres-global-setup.ts';
import { buildApp } from '../app.ts';
import { loadTestConfig } from '../config.ts';

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

describe('health', () => {
  it('is live, ready while the database answers, 503 while it is gone, and ready again when it returns', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ipsb-health-'));
    chmodSync(dir, 0o755);
    cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
    const port = await freePort();
    let server = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port });
    const db = createDb({ connectionString: server.url(), maxConnections: 2 });
    const app = await buildApp({ config: loadTestConfig(), db });
    cleanups.push(async () => {
      await app.close();
      await db.destroy();
      await server.stop();
    });

    expect((await app.inject({ method: 'GET', url: '/health/live' })).json()).toEqual({ status: 'ok' });
    expect((await app.inject({ method: 'GET', url: '/health/ready' })).statusCode).toBe(200);

    await server.stop();
    const down = await app.inject({ method: 'GET', url: '/health/ready' });
    expect(down.statusCode).toBe(503);
    expect(down.json().code).toBe('database_unavailable');
    expect((await app.inject({ method: 'GET', url: '/health/live' })).statusCode).toBe(200);
    // A data route answers 503 too, not 500, while the database is away.
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'x', password: 'y' },
    });
    expect(login.statusCode).toBe(503);

    server = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port });
    let ready = 0;
    for (let attempt = 0; attempt < 50 && ready !== 200; attempt++) {
      ready = (await app.inject({ method: 'GET', url: '/health/ready' })).statusCode;
      if (ready !== 200) await new Promise((r) => setTimeout(r, 100));
    }
    expect(ready).toBe(200);
  });
});
