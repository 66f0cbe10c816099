/**
 * Page-load timings of the main pages in Chromium: the real app (built web app, demo data, its own database, as in
 * e2e/harness.ts) on localhost, each page loaded `--runs` times with a cold cache (a fresh browser context) and as
 * many times with a warm one (the same context, loaded again). Prints TTFB, DOMContentLoaded, load and the time
 * until a page-specific element is visible (median and p95, in ms since navigation start), and the JavaScript
 * transferred before that element showed.
 *
 *   npm run bench:pages [-- --runs 10] [--dist packages/web/dist]
 *
 * `--dist` serves another build of the web app (to compare two builds on the same server and data). `--throttle`
 * makes Chromium's network a slow mobile one (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up).
 *
 * Uses DATABASE_URL's server when set, else an embedded PostgreSQL in a temporary folder; Chromium from
 * CHROMIUM_PATH or /usr/bin/chromium. A benchmark, not a test: it asserts nothing but that each page shows up.
 */
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startEmbeddedPostgres } from '@ips-bridge/db';
import { createTestDatabase } from '@ips-bridge/db/testing';
import { osloDate } from '@ips-bridge/domain';
import { buildApp, DEMO_PASSWORD, loadTestConfig, seedDemo } from '@ips-bridge/server';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { freePort } from '../test-support/postgres-global-setup.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '10' },
    dist: { type: 'string', default: 'packages/web/dist' },
    throttle: { type: 'boolean', default: false },
  },
});
const dist = path.resolve(values.dist);
const runs = Number(values.runs);
if (!(Number.isInteger(runs) && runs >= 1 && runs <= 200)) {
  console.error('--runs must be a whole number from 1 to 200');
  process.exit(2);
}
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  console.error(`Chromium not found at ${CHROMIUM}: run 'apt-get install -y chromium' or set CHROMIUM_PATH`);
  process.exit(2);
}
if (!existsSync(path.join(dist, 'index.html'))) {
  console.error(`No web app in ${dist}: run 'npm run build:web' first (npm run bench:pages does)`);
  process.exit(2);
}

const SPECIALIST = 'js1.tromso';
const JOBSEEKER = 'deltaker1.tromso';

interface PageSpec {
  name: string;
  user: string | null;
  path: string;
  /** Shows once the page has its data and can be used. */
  ready: string;
}

interface Sample {
  ttfb: number;
  domContentLoaded: number;
  load: number;
  ready: number;
  jsBytes: number;
  jsFiles: number;
}

// Runs in the page before its own scripts (an init script, which the content security policy allows): notes when
// the page's ready element is first in the DOM and visible. A string: the scripts/ TypeScript project has no DOM types.
const readyWatcher = (selector: string) => `(() => {
  const selector = ${JSON.stringify(selector)};
  const check = () => {
    if (window.__ipsbReady !== undefined) return;
    const element = document.querySelector(selector);
    if (element && element.checkVisibility()) {
      window.__ipsbReady = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true });
})();`;

interface EntryTimes {
  name: string;
  startTime: number;
  responseStart: number;
  responseEnd: number;
  domContentLoadedEventEnd: number;
  loadEventEnd: number;
  transferSize: number;
}

/** The browser's `performance`, as far as measure() uses it (Node's typings describe Node's). */
interface BrowserPerformance {
  getEntriesByType(type: 'navigation' | 'resource'): EntryTimes[];
}

// Runs in the page (Playwright sends the function's source; it is not evaluated as a string, which the app's
// content security policy would refuse).
function measure(): Sample {
  const entries = (performance as unknown as BrowserPerformance).getEntriesByType.bind(performance);
  const nav = entries('navigation')[0] as EntryTimes;
  const ready = (globalThis as { __ipsbReady?: number }).__ipsbReady ?? Number.NaN;
  const scripts = entries('resource').filter(
    (e) => new URL(e.name).pathname.endsWith('.js') && e.responseEnd <= ready,
  );
  return {
    ttfb: nav.responseStart - nav.startTime,
    domContentLoaded: nav.domContentLoadedEventEnd - nav.startTime,
    load: nav.loadEventEnd - nav.startTime,
    ready,
    jsBytes: scripts.reduce((sum, e) => sum + e.transferSize, 0),
    jsFiles: scripts.length,
  };
}

/** A slow mobile network, as Chromium's developer tools call "Slow 4G". */
async function throttle(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: 1_600_000 / 8,
    uploadThroughput: 750_000 / 8,
  });
}

// These run in the page too, so they use nothing from this module.
function isReady(): boolean {
  return (globalThis as { __ipsbReady?: number }).__ipsbReady !== undefined;
}

/** loadEventEnd is only set once the load handlers have finished. */
function hasLoaded(): boolean {
  const nav = (performance as unknown as BrowserPerformance).getEntriesByType('navigation')[0];
  return (nav?.loadEventEnd ?? 0) > 0;
}

async function loadOnce(page: Page, spec: PageSpec): Promise<Sample> {
  // From a blank page, so that loading the same address again is an ordinary navigation, not a reload.
  await page.goto('about:blank');
  await page.goto(spec.path, { waitUntil: 'load' });
  await page.waitForFunction(isReady, undefined, { timeout: 30_000 });
  await page.waitForFunction(hasLoaded);
  return page.evaluate(measure);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

let stopEmbedded: (() => Promise<void>) | null = null;
let tempDir: string | null = null;
let adminUrl = process.env.DATABASE_URL ?? '';
if (!adminUrl) {
  tempDir = mkdtempSync(path.join(tmpdir(), 'ipsb-pages-'));
  chmodSync(tempDir, 0o755);
  const server = await startEmbeddedPostgres({ dataDir: path.join(tempDir, 'pg'), port: await freePort() });
  adminUrl = server.url('postgres');
  stopEmbedded = () => server.stop();
}
const database = await createTestDatabase(adminUrl);
const archiveDir = mkdtempSync(path.join(tmpdir(), 'ipsb-pages-archive-'));

try {
  await seedDemo(database.db, { today: osloDate(new Date()) });
  const app = await buildApp({
    config: loadTestConfig({ ARCHIVE_DIR: archiveDir, WEB_DIST_DIR: dist }),
    db: database.db,
  });
  const baseURL = await app.listen({ host: '127.0.0.1', port: 0 });
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
  try {
    const newContext = (storageState?: Awaited<ReturnType<BrowserContext['storageState']>>) =>
      browser.newContext({ baseURL, viewport: { width: 1280, height: 900 }, locale: 'nb-NO', storageState });

    // One session per user, logged in through the API; every context of that user starts with its cookie.
    const sessions = new Map<string, Awaited<ReturnType<BrowserContext['storageState']>>>();
    for (const username of [SPECIALIST, JOBSEEKER]) {
      const context = await newContext();
      const response = await context.request.post('/api/auth/login', {
        data: { username, password: DEMO_PASSWORD },
      });
      if (!response.ok())
        throw new Error(`login as ${username}: ${response.status()} ${await response.text()}`);
      sessions.set(username, await context.storageState());
      await context.close();
    }
    const caseload = await (async () => {
      const context = await newContext(sessions.get(SPECIALIST));
      const response = await context.request.get('/api/participants');
      const body = (await response.json()) as { items?: { id: string }[] };
      await context.close();
      return body.items ?? [];
    })();
    const participantId = caseload[0]?.id;
    if (!participantId) throw new Error(`${SPECIALIST} has no participants in the demo data`);

    const pages: PageSpec[] = [
      { name: 'login', user: null, path: '/login', ready: '[data-testid="login-form"]' },
      { name: 'caseload', user: SPECIALIST, path: '/caseload', ready: '[data-testid="caseload-row"]' },
      {
        name: 'participant page',
        user: SPECIALIST,
        path: `/participants/${encodeURIComponent(participantId)}`,
        ready: '[data-testid="participant-name"]',
      },
      {
        name: 'job development',
        user: SPECIALIST,
        path: '/job-development',
        ready: '[data-testid="week-contacts"]',
      },
      { name: 'my page', user: JOBSEEKER, path: '/my-page', ready: '#my-details-heading' },
      { name: 'money page', user: JOBSEEKER, path: '/my-page/money', ready: '[data-testid="money-result"]' },
    ];

    const rows: { spec: PageSpec; cache: 'cold' | 'warm'; samples: Sample[] }[] = [];
    for (const spec of pages) {
      const session = spec.user ? sessions.get(spec.user) : undefined;
      const cold: Sample[] = [];
      for (let i = 0; i < runs; i++) {
        const context = await newContext(session);
        const page = await context.newPage();
        if (values.throttle) await throttle(context, page);
        await page.addInitScript({ content: readyWatcher(spec.ready) });
        cold.push(await loadOnce(page, spec));
        await context.close();
      }
      const warm: Sample[] = [];
      const context = await newContext(session);
      const page = await context.newPage();
      if (values.throttle) await throttle(context, page);
      await page.addInitScript({ content: readyWatcher(spec.ready) });
      await loadOnce(page, spec); // fills the cache; not counted
      for (let i = 0; i < runs; i++) warm.push(await loadOnce(page, spec));
      await context.close();
      rows.push({ spec, cache: 'cold', samples: cold }, { spec, cache: 'warm', samples: warm });
    }

    const header = [
      'page',
      'cache',
      'TTFB',
      'DOMContentLoaded',
      'load',
      'ready (element visible)',
      'JS before ready',
    ];
    const table = rows.map(({ spec, cache, samples }) => {
      const stat = (key: keyof Sample) => {
        const sorted = samples.map((s) => s[key]).sort((a, b) => a - b);
        return `${percentile(sorted, 50).toFixed(0)} / ${percentile(sorted, 95).toFixed(0)}`;
      };
      const js = samples.map((s) => s.jsBytes).sort((a, b) => a - b);
      const files = samples.map((s) => s.jsFiles).sort((a, b) => a - b);
      return [
        spec.name,
        cache,
        stat('ttfb'),
        stat('domContentLoaded'),
        stat('load'),
        stat('ready'),
        `${(percentile(js, 50) / 1000).toFixed(1)} kB in ${percentile(files, 50)} files`,
      ];
    });
    const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => (row[i] ?? '').length)));
    const line = (cells: string[]) =>
      cells
        .map((cell, i) => (i < 2 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
        .join('  ');
    const cpu = cpus()[0]?.model ?? 'unknown CPU';
    console.log(
      `\nChromium ${browser.version()}, ${availableParallelism()} cores (${cpu}), Node ${process.version}; ` +
        `${runs} loads per row${values.throttle ? ', Slow 4G network' : ''}; ms since navigation start, median / p95; ` +
        'JS as transferred (uncompressed if the server does not compress)',
    );
    console.log(line(header));
    for (const row of table) console.log(line(row));
  } finally {
    await browser.close();
    await app.close();
  }
} finally {
  await database.drop();
  await stopEmbedded?.();
  rmSync(archiveDir, { recursive: true, force: true });
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
}
