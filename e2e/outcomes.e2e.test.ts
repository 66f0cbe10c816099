import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, type E2EApp, seriousA11yViolations, startE2EApp } from './harness.ts';

let e2e: E2EApp;
beforeAll(async () => {
  e2e = await startE2EApp();
});
afterAll(() => e2e?.close());

const SUPERVISOR = 'leder.tromso';

async function logIn(page: Page, username: string): Promise<void> {
  await page.goto('/login');
  const form = page.getByTestId('login-form');
  await form.getByLabel('Brukernavn').fill(username);
  await form.getByLabel('Passord').fill(DEMO_PASSWORD);
  await form.getByRole('button', { name: 'Logg inn' }).click();
  await page.waitForURL('**/caseload');
}

const figure = async (page: Page, testId: string) =>
  Number(
    (await page.getByTestId(testId).locator('.outcomes-figure__value').textContent())?.replace(/\s/g, ''),
  );

describe('outcome report', () => {
  it('shows the team’s year against the benchmarks, shares it without small counts, and says when a period is empty', async () => {
    const { context, page } = await e2e.newPage();
    try {
      await logIn(page, SUPERVISOR);
      await page
        .getByRole('navigation', { name: 'Hovedmeny' })
        .getByRole('link', { name: 'Resultater' })
        .click();
      await page.waitForURL('**/reports/outcomes');
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Resultater');

      const year = new Date().getFullYear();
      const form = page.getByTestId('outcomes-period-form');
      await form.getByLabel('År', { exact: true }).selectOption(String(year));
      await form.getByLabel('Del av året').selectOption('year');
      await form.getByRole('button', { name: 'Vis' }).click();
      await page.waitForURL(`**/reports/outcomes?year=${year}&part=year&groupBy=team`);
      await page
        .getByTestId('outcomes-period')
        .filter({ hasText: `01.01.${year} – 31.12.${year}` })
        .waitFor();

      // The page shows what the API counts for the same period.
      const api = await page.request.get(`/api/reports/outcomes?from=${year}-01-01&to=${year}-12-31`);
      const report = await api.json();
      expect(report.total.served).toBeGreaterThan(0);
      await page.getByTestId('outcomes-table').waitFor();
      await page
        .getByTestId('outcomes-served')
        .filter({ hasText: String(report.total.served) })
        .waitFor();
      expect(await figure(page, 'outcomes-served')).toBe(report.total.served);
      expect(await figure(page, 'outcomes-in-work')).toBe(report.total.inCompetitiveWork);
      expect(await figure(page, 'outcomes-job-starts')).toBe(report.total.jobStarts);
      expect(await page.getByTestId('outcomes-group-row').count()).toBe(1);
      expect(await page.getByTestId('outcomes-total-row').locator('td').first().textContent()).toBe(
        String(report.total.served),
      );
      await page.getByTestId('outcomes-trend-table').waitFor();
      expect(await page.getByTestId('outcomes-trend-table').locator('tbody tr').count()).toBe(8);
      expect(await seriousA11yViolations(page), 'outcomes page').toEqual([]);

      // The CSV withholds every count from 1 to 4.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('outcomes-csv').click(),
      ]);
      expect(download.suggestedFilename()).toBe(`ips-bridge-outcomes-${year}-01-01-${year}-12-31.csv`);
      const csv = readFileSync((await download.path()) ?? '', 'utf8')
        .trim()
        .split('\r\n');
      expect(csv[0]?.startsWith('group,served,inCompetitiveWork,competitiveWorkPercent')).toBe(true);
      const counts = csv.slice(1).flatMap((line) => line.split(',').slice(1, 3));
      expect(counts.filter((cell) => /^[1-4]$/.test(cell))).toEqual([]);

      await page.getByTestId('outcomes-print').click();
      await page.waitForURL('**/reports/outcomes/print?**');
      await page.getByTestId('outcomes-print-table').waitFor();
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
        `IPS-resultater 01.01.${year} – 31.12.${year}`,
      );
      expect(await seriousA11yViolations(page), 'outcomes printout').toEqual([]);
      await page.getByRole('link', { name: 'Tilbake til resultatene' }).click();
      await page.waitForURL('**/reports/outcomes?**');

      // Years before the demo's first referral: a clear empty state, and nothing to download.
      await form.getByLabel('År', { exact: true }).selectOption(String(year - 5));
      await form.getByRole('button', { name: 'Vis' }).click();
      await page.getByTestId('outcomes-empty').waitFor();
      expect(await page.getByTestId('outcomes-empty').textContent()).toContain(
        'Ingen var med i IPS i denne perioden. Velg en annen periode.',
      );
      expect(await page.getByTestId('outcomes-csv').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
