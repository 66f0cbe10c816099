// A fidelity review in the browser: the Tromsø supervisor starts a review with a reviewer from the team and an
// external one from Bodø; each scores on their own sheet without seeing the other's; the supervisor agrees the
// consensus, completes it (total and band appear), adds an action plan for the weak item, and sees the trend chart.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, type E2EApp, seriousA11yViolations, startE2EApp } from './harness.ts';

let e2e: E2EApp;
beforeAll(async () => {
  e2e = await startE2EApp();
});
afterAll(() => e2e?.close());

async function logIn(page: Page, username: string, landsOn: string): Promise<void> {
  await page.goto('/login');
  const form = page.getByTestId('login-form');
  await form.getByLabel('Brukernavn').fill(username);
  await form.getByLabel('Passord').fill(DEMO_PASSWORD);
  await form.getByRole('button', { name: 'Logg inn' }).click();
  await page.waitForURL(`**${landsOn}`);
}

/** Weak item (job development, frequent employer contact): scored 2, every other item 4 → total 98, fair. */
const WEAK_ITEM = 17;
const scoreFor = (item: number) => (item === WEAK_ITEM ? 2 : 4);

async function scoreSheet(page: Page, reviewPath: string): Promise<void> {
  await page.goto(reviewPath);
  const sheet = page.getByTestId('fidelity-sheet');
  await sheet.waitFor();
  const items = sheet.getByTestId('fidelity-sheet-item');
  expect(await items.count()).toBe(25);
  for (let item = 1; item <= 25; item++) {
    await items
      .nth(item - 1)
      .getByRole('radio')
      .nth(scoreFor(item) - 1)
      .check();
  }
  expect(await sheet.getByTestId('fidelity-sheet-progress').textContent()).toContain('25 av 25');
  await sheet.getByTestId('fidelity-sheet-submit').click();
  await sheet.waitFor({ state: 'detached' });
}

describe('fidelity review', () => {
  let reviewPath = '';

  it('the supervisor starts a review with two reviewers', async () => {
    const { context, page } = await e2e.newPage();
    try {
      await logIn(page, 'leder.tromso', '/caseload');
      await page.getByRole('link', { name: 'Kvalitetsevaluering' }).click();
      await page.waitForURL('**/fidelity');
      await page.getByTestId('fidelity-create-open').click();
      // The period's end before its start is stopped in the browser, on the field.
      await page.getByLabel('Perioden starter').fill('2026-06-01');
      await page.getByLabel('Perioden slutter').fill('2026-01-01');
      await page.getByTestId('fidelity-create-submit').click();
      await expect.poll(() => page.getByLabel('Perioden slutter').getAttribute('aria-invalid')).toBe('true');
      await page.getByLabel('Perioden slutter').fill('2026-10-31');
      await page
        .getByLabel('Evaluator A')
        .selectOption({ label: 'Jonas Jobbspesialist (Tromsø) (IPS Tromsø)' });
      await page.getByLabel('Evaluator B').selectOption({ label: 'Liv Leder (Bodø) (IPS Bodø)' });
      await page.getByTestId('fidelity-create-submit').click();
      await page.waitForURL(/\/fidelity\/[0-9a-f-]{36}$/);
      reviewPath = new URL(page.url()).pathname;
      expect(await page.getByTestId('fidelity-status').textContent()).toBe('Skåres hver for seg');
    } finally {
      await context.close();
    }
  });

  it('two reviewers score independently: neither sees the other’s scores until both have submitted', async () => {
    expect(reviewPath).not.toBe('');
    const first = await e2e.newPage();
    const second = await e2e.newPage();
    try {
      await logIn(first.page, 'js1.tromso', '/caseload');
      await scoreSheet(first.page, reviewPath);
      expect(await first.page.getByTestId('fidelity-sheet-status').textContent()).toContain('sendt inn');
      // The external reviewer finds the review among those assigned to them, and sees no scores of the first.
      await logIn(second.page, 'leder.bodo', '/caseload');
      await second.page.goto('/fidelity');
      await second.page
        .getByRole('link', { name: /Åpne evalueringen for/ })
        .first()
        .waitFor();
      await second.page.goto(reviewPath);
      await second.page.getByTestId('fidelity-sheet').waitFor();
      expect(await second.page.getByTestId('fidelity-consensus').count()).toBe(0);
      expect(await seriousA11yViolations(second.page), 'scoring sheet').toEqual([]);
      await scoreSheet(second.page, reviewPath);
      await second.page.getByTestId('fidelity-consensus').waitFor();
      expect(await second.page.getByTestId('fidelity-agreement').textContent()).toContain('25 av 25');
    } finally {
      await first.context.close();
      await second.context.close();
    }
  });

  it('the supervisor agrees the consensus; total, band and an action plan for the weak item follow', async () => {
    const { context, page } = await e2e.newPage();
    try {
      await logIn(page, 'leder.tromso', '/caseload');
      await page.goto(reviewPath);
      const consensus = page.getByTestId('fidelity-consensus');
      await consensus.waitFor();
      // Both sheets side by side.
      const weak = consensus.locator(`[data-item="${WEAK_ITEM}"]`);
      expect(await weak.textContent()).toContain('Jonas Jobbspesialist (Tromsø) (A): 2');
      expect(await weak.textContent()).toContain('Liv Leder (Bodø) (B): 2');
      for (let item = 1; item <= 25; item++) {
        await consensus
          .getByLabel(`Felles skår for punkt ${item}`, { exact: true })
          .selectOption(String(scoreFor(item)));
      }
      await consensus
        .getByLabel(`Begrunnelse for punkt ${WEAK_ITEM}`)
        .fill('Logg over arbeidsgivermøter viser to møter i uka per jobbspesialist.');
      await consensus.getByTestId('fidelity-complete').click();
      const total = page.getByTestId('fidelity-total');
      await total.waitFor();
      expect(await total.textContent()).toBe('Totalskår 98 av 125 – Middels kvalitet');

      const weakItem = page.getByTestId('fidelity-weak-item');
      expect(await weakItem.count()).toBe(1);
      const form = weakItem.getByTestId('fidelity-action-form');
      await form.getByLabel('Tiltak').fill('Seks arbeidsgivermøter i uka, fulgt opp i ukentlig veiledning');
      await form.getByLabel('Ansvarlig').fill('Liv Leder');
      await form.getByLabel('Frist').fill('2027-02-01');
      await form.getByRole('button', { name: 'Legg til tiltak' }).click();
      await weakItem.getByTestId('fidelity-action').waitFor();
      expect(await weakItem.getByTestId('fidelity-action').textContent()).toContain('Seks arbeidsgivermøter');
      expect(await seriousA11yViolations(page), 'completed review').toEqual([]);

      // The list shows the new review with its total and band, and the trend chart over the completed reviews.
      await page.getByRole('link', { name: 'Tilbake til evalueringene' }).click();
      await page.waitForURL('**/fidelity');
      const row = page.getByTestId('fidelity-review-row').filter({ hasText: '98' });
      await row.waitFor();
      expect(await row.getByTestId('fidelity-review-band').textContent()).toBe('Middels kvalitet');
      await page.getByTestId('fidelity-trend-chart').locator('svg.recharts-surface').waitFor();
      expect(await page.getByTestId('fidelity-trend-chart').locator('.recharts-line-dot').count()).toBe(3);
      expect(await seriousA11yViolations(page), 'fidelity list').toEqual([]);
    } finally {
      await context.close();
    }
  });
});
