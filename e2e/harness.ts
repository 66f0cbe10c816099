import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { createTestDatabase, type TestDatabase } from '@ips-bridge/db/testing';
import { osloDate } from '@ips-bridge/domain';
import { type App, buildApp, loadTestConfig, seedDemo } from '@ips-bridge/server';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const DEMO_PASSWORD = 'ips-demo-2026';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface E2EApp {
  baseUrl: string;
  browser: Browser;
  database: TestDatabase;
  newPage(options?: {
    width?: number;
    height?: number;
    locale?: string;
  }): Promise<{ context: BrowserContext; page: Page }>;
  close(): Promise<void>;
}

/** The real server (built web app, demo data, its own database) on a free port, and Debian's Chromium. */
export async function startE2EApp(
  options: { config?: Record<string, string>; port?: number } = {},
): Promise<E2EApp> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: run 'apt-get install -y chromium' or set CHROMIUM_PATH (see README)`,
    );
  }
  const database = await createTestDatabase(inject('adminDatabaseUrl'));
  await seedDemo(database.db, { today: osloDate(new Date()) });
  // Reports sent in the tests are filed in a temporary folder, not in the working tree's data/.
  const archiveDir = mkdtempSync(path.join(tmpdir(), 'ipsb-e2e-archive-'));
  const app: App = await buildApp({
    config: loadTestConfig({ ARCHIVE_DIR: archiveDir, ...options.config }),
    db: database.db,
  });
  const address = await app.listen({ host: '127.0.0.1', port: options.port ?? 0 });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  return {
    baseUrl: address,
    browser,
    database,
    newPage: async (options = {}) => {
      const context = await browser.newContext({
        baseURL: address,
        viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
        locale: options.locale ?? 'nb-NO',
      });
      const page = await context.newPage();
      return { context, page };
    },
    close: async () => {
      await browser.close();
      await app.close();
      await database.drop();
      rmSync(archiveDir, { recursive: true, force: true });
    },
  };
}

/** Serious and critical accessibility violations on the page as it is now (axe-core, WCAG 2.x A/AA rules). */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
