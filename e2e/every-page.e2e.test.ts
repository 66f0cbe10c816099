// Every page of the product (e2e/product-pages.ts), opened by the person it is for, scanned with axe for WCAG 2.2 A
// and AA at every impact level, not only the serious ones, and checked to reflow without sideways scrolling at
// 320 px. The jobseeker's pages are opened on a phone (375 × 812) in bokmål, nynorsk and English: each must be in
// the chosen language with no catalogue key showing, and must not scroll sideways.
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, type E2EApp, startE2EApp } from './harness.ts';
import { type ProductPage, resolvePages } from './product-pages.ts';

let e2e: E2EApp;
let pages: Awaited<ReturnType<typeof resolvePages>>;
beforeAll(async () => {
  e2e = await startE2EApp();
  pages = await resolvePages(e2e.database.db);
});
afterAll(() => e2e?.close());

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Every WCAG 2.2 A/AA violation on the page as it is now, whatever its impact. */
async function wcagViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** A browser context logged in as `user` through the API, with the user's language saved as `language`. */
async function contextFor(user: string | null, language: string, size = { width: 1280, height: 900 }) {
  const { context, page } = await e2e.newPage(size);
  if (user) {
    const login = await context.request.post('/api/auth/login', {
      data: { username: user, password: DEMO_PASSWORD },
    });
    expect(login.status(), `login as ${user}`).toBe(200);
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const saved = await context.request.put('/api/me/locale', {
      data: { locale: language },
      headers: { 'x-csrf-token': csrfToken },
    });
    expect(saved.status(), `language for ${user}`).toBeLessThan(300);
  }
  return { context, page };
}

/** Opens the page and waits until it has its heading and nothing is loading any more. */
async function open(page: Page, spec: ProductPage): Promise<void> {
  await page.goto(spec.path);
  await page.locator('h1').first().waitFor({ timeout: 20_000 });
  await page.waitForFunction(
    () => document.querySelectorAll('[class*="aksel-loader"]').length === 0,
    undefined,
    {
      timeout: 20_000,
    },
  );
}

async function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
}

/** Text that looks like a catalogue key (`area.section.key`) rather than words; host names are not keys. */
async function visibleKeys(page: Page): Promise<string[]> {
  // The readable copy of "my data" lists the audit log's action codes as stored (such as participant.export).
  const text = await page.evaluate(() => {
    const copy = document.body.cloneNode(true) as HTMLElement;
    for (const stored of copy.querySelectorAll('[data-testid="summary-audit_log"]')) stored.remove();
    return copy.textContent ?? '';
  });
  return [...text.matchAll(/\b[a-z][a-zA-Z]+\.[a-z][a-zA-Z]+\.[a-zA-Z.]+\b/g)]
    .map((m) => m[0])
    .filter((candidate) => !/\.(no|com|org|net|io|se|dk)$/.test(candidate));
}

async function withContext(
  user: string | null,
  language: string,
  size: { width: number; height: number } | undefined,
  body: (page: Page, context: BrowserContext) => Promise<void>,
) {
  const { context, page } = await contextFor(user, language, size);
  try {
    await body(page, context);
  } finally {
    await context.close();
  }
}

describe('every page of the product', () => {
  it('turns animations and transitions off for people who ask for less motion (WCAG 2.3.3)', async () => {
    await withContext(null, 'nb', undefined, async (page) => {
      await open(page, { name: 'login', user: null, path: '/login' });
      // An element that moves as a component would: an app style of our own must stop as well.
      const timings = () =>
        page.evaluate(() => {
          let probe = document.getElementById('motion-probe');
          if (!probe) {
            probe = document.createElement('div');
            probe.id = 'motion-probe';
            probe.style.transition = 'opacity 300ms ease';
            probe.style.animation = 'none 2s infinite';
            document.body.append(probe);
          }
          const style = getComputedStyle(probe);
          return [style.transitionDuration, style.animationDuration, style.animationIterationCount];
        });
      expect(await timings()).toEqual(['0.3s', '2s', 'infinite']);
      await page.emulateMedia({ reducedMotion: 'reduce' });
      // The design system's own reduced-motion rule brings every element down to a millisecond or less, once.
      const [transition, animation, count] = await timings();
      expect(Number.parseFloat(transition ?? '')).toBeLessThanOrEqual(0.001);
      expect(Number.parseFloat(animation ?? '')).toBeLessThanOrEqual(0.001);
      expect(count).toBe('1');
    });
  });

  it('reflows every page at 320 px wide (WCAG 1.4.10; the same as 200 % zoom of a 640 px window)', async () => {
    const sideways: string[] = [];
    for (const spec of [...pages.others, ...pages.jobseeker]) {
      await withContext(spec.user, 'nb', { width: 320, height: 640 }, async (page) => {
        await open(page, spec);
        if (await scrollsSideways(page)) sideways.push(`${spec.name} (${spec.path})`);
      });
    }
    expect(sideways).toEqual([]);
  }, 600_000);

  it('has no WCAG 2.2 AA violations on any staff, administrator or public page', async () => {
    const found: string[] = [];
    for (const spec of pages.others) {
      await withContext(spec.user, 'nb', undefined, async (page) => {
        await open(page, spec);
        for (const violation of await wcagViolations(page))
          found.push(`${spec.name} (${spec.path}): ${violation}`);
      });
    }
    expect(found).toEqual([]);
  }, 600_000);

  it.each(['nb', 'nn', 'en'])(
    'shows every jobseeker page on a phone in %s, in that language, with no WCAG 2.2 AA violations',
    async (language) => {
      const found: string[] = [];
      for (const spec of pages.jobseeker) {
        await withContext(spec.user, language, { width: 375, height: 812 }, async (page) => {
          await open(page, spec);
          const where = `${spec.name} (${language})`;
          expect(await page.locator('html').getAttribute('lang'), where).toBe(language);
          expect(await visibleKeys(page), where).toEqual([]);
          if (!spec.path.endsWith('/print')) expect(await scrollsSideways(page), where).toBe(false);
          for (const violation of await wcagViolations(page)) found.push(`${where}: ${violation}`);
        });
      }
      expect(found).toEqual([]);
    },
    300_000,
  );
});
