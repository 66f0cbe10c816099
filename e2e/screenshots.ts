/**
 * Screenshots of the jobseeker's pages on a phone (375 × 812; the page's top, at most two and a half screens) in
 * bokmål, nynorsk and English, written to
 * docs/screenshots/<page>-<language>.png, from the real app with the demo data (as `deltaker1.tromso`).
 *
 *   npm run screenshots
 *
 * Builds nothing itself (npm run screenshots builds the web app first). Uses DATABASE_URL's server when set, else
 * an embedded PostgreSQL in a temporary folder; Chromium from CHROMIUM_PATH or /usr/bin/chromium.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DEMO_PASSWORD } from '@ips-bridge/server';
import { startDemoApp } from '../test-support/demo-app.ts';
import { JOBSEEKER, resolvePages } from './product-pages.ts';

const LANGUAGES = ['nb', 'nn', 'en'] as const;
// The long pages (the readable copy of all my data) would otherwise make files of several megabytes.
const MAX_HEIGHT = 2030;
const OUT = path.resolve(import.meta.dirname, '../docs/screenshots');

const app = await startDemoApp({ dist: path.resolve(import.meta.dirname, '../packages/web/dist') });
let failed = false;
try {
  mkdirSync(OUT, { recursive: true });
  const { jobseeker } = await resolvePages(app.db);
  for (const language of LANGUAGES) {
    const context = await app.browser.newContext({
      baseURL: app.baseURL,
      viewport: { width: 375, height: 812 },
      deviceScaleFactor: 1,
      locale: 'nb-NO',
      reducedMotion: 'reduce',
    });
    const login = await context.request.post('/api/auth/login', {
      data: { username: JOBSEEKER, password: DEMO_PASSWORD },
    });
    if (!login.ok()) throw new Error(`login: ${login.status()}`);
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    await context.request.put('/api/me/locale', {
      data: { locale: language },
      headers: { 'x-csrf-token': csrfToken },
    });
    const page = await context.newPage();
    for (const spec of jobseeker) {
      await page.goto(spec.path);
      await page.locator('h1').first().waitFor({ timeout: 20_000 });
      await page.waitForFunction(() => document.querySelectorAll('[class*="aksel-loader"]').length === 0);
      const file = path.join(OUT, `${spec.name}-${language}.png`);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.screenshot({
        path: file,
        fullPage: true,
        clip: { x: 0, y: 0, width: 375, height: Math.min(height, MAX_HEIGHT) },
        animations: 'disabled',
      });
      console.log(`${path.relative(process.cwd(), file)}  ${spec.path}`);
    }
    await context.close();
  }
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  await app.close();
}
process.exit(failed ? 1 : 0);
