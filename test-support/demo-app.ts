/**
 * The real app for scripts outside the test runner (screenshots, page timings): the built web app and the demo data
 * in a database of its own, on a free localhost port, with Debian's Chromium. Uses DATABASE_URL's server when set,
 * else an embedded PostgreSQL in a temporary folder. `close()` removes everything it made.
 */
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '@ips-bridge/db';
import { createTestDatabase } from '@ips-bridge/db/testing';
import { osloDate } from '@ips-bridge/domain';
import { buildApp, loadTestConfig, seedDemo } from '@ips-bridge/server';
import { type Browser, chromium } from 'playwright-core';
import { freePort } from './postgres-global-setup.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface DemoApp {
  baseURL: string;
  /** The demo database, to look up ids for pages. */
  db: Awaited<ReturnType<typeof createTestDatabase>>['db'];
  browser: Browser;
  close(): Promise<void>;
}

export async function startDemoApp(options: { dist: string }): Promise<DemoApp> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium not found at ${CHROMIUM}: run 'apt-get install -y chromium' or set CHROMIUM_PATH`,
    );
  if (!existsSync(path.join(options.dist, 'index.html')))
    throw new Error(`No web app in ${options.dist}: run 'npm run build:web' first`);
  const cleanups: Array<() => Promise<void> | void> = [];
  const close = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  };
  try {
    let adminUrl = process.env.DATABASE_URL ?? '';
    if (!adminUrl) {
      const tempDir = mkdtempSync(path.join(tmpdir(), 'ipsb-demo-'));
      chmodSync(tempDir, 0o755);
      cleanups.push(() => rmSync(tempDir, { recursive: true, force: true }));
      const server = await startEmbeddedPostgres({
        dataDir: path.join(tempDir, 'pg'),
        port: await freePort(),
      });
      cleanups.push(() => server.stop());
      adminUrl = server.url('postgres');
    }
    const database = await createTestDatabase(adminUrl);
    cleanups.push(() => database.drop());
    const archiveDir = mkdtempSync(path.join(tmpdir(), 'ipsb-demo-archive-'));
    cleanups.push(() => rmSync(archiveDir, { recursive: true, force: true }));
    await seedDemo(database.db, { today: osloDate(new Date()) });
    const app = await buildApp({
      config: loadTestConfig({ ARCHIVE_DIR: archiveDir, WEB_DIST_DIR: options.dist }),
      db: database.db,
    });
    cleanups.push(() => app.close());
    const baseURL = await app.listen({ host: '127.0.0.1', port: 0 });
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--no-first-run',
      ],
    });
    cleanups.push(() => browser.close());
    return { baseURL, browser, db: database.db, close };
  } catch (error) {
    await close();
    throw error;
  }
}
