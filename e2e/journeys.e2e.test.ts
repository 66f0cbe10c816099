import { nextSyntheticNationalId } from '@ips-bridge/domain';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, type E2EApp, seriousA11yViolations, startE2EApp } from './harness.ts';

let e2e: E2EApp;
beforeAll(async () => {
  e2e = await startE2EApp();
});
afterAll(() => e2e?.close());

async function logIn(page: Page, username: string): Promise<void> {
  await page.goto('/login');
  const form = page.getByTestId('login-form');
  await form.getByLabel('Brukernavn').fill(username);
  await form.getByLabel('Passord').fill(DEMO_PASSWORD);
  await form.getByRole('button', { name: 'Logg inn' }).click();
}

async function expectNoSeriousA11yViolations(page: Page, where: string): Promise<void> {
  expect(await seriousA11yViolations(page), where).toEqual([]);
}

describe('the specialist journey', () => {
  const nationalId = nextSyntheticNationalId('1991-03-14', 321);
  let participantPath = '';

  it('logs in, registers a participant, and sees them in the caseload', async () => {
    const { context, page } = await e2e.newPage();
    try {
      await page.goto('/login');
      await page.getByTestId('login-form').waitFor();
      await expectNoSeriousA11yViolations(page, 'login page');

      await logIn(page, 'js1.tromso');
      await page.waitForURL('**/caseload');
      await page.getByTestId('caseload-row').first().waitFor();
      const totalBefore = await caseloadTotal(page);
      expect(totalBefore).toBeGreaterThan(0);
      await expectNoSeriousA11yViolations(page, 'caseload page');

      await page.getByTestId('register-participant').click();
      await page.waitForURL('**/participants/new');
      await expectNoSeriousA11yViolations(page, 'register page');

      // A wrong identity number is caught in the browser, next to its field, before anything is sent.
      await page.getByLabel('Fornavn').fill('Solveig');
      await page.getByLabel('Etternavn').fill('Testesen');
      await page.getByLabel('Fødselsnummer').fill('12345678901');
      await page.getByLabel('Henvist av').selectOption('therapist');
      await page.getByRole('button', { name: 'Registrer deltaker' }).click();
      await expect.poll(() => page.getByLabel('Fødselsnummer').getAttribute('aria-invalid')).toBe('true');
      await expectNoSeriousA11yViolations(page, 'register page with errors');

      await page.getByLabel('Fødselsnummer').fill(nationalId);
      await page.getByRole('button', { name: 'Registrer deltaker' }).click();
      await page.waitForURL(/\/participants\/[0-9a-f-]{36}$/);
      participantPath = new URL(page.url()).pathname;
      await expect
        .poll(() => page.getByTestId('participant-name').textContent())
        .toContain('Solveig Testesen');
      await expect.poll(() => page.getByText(nationalId).count()).toBeGreaterThan(0);
      await expectNoSeriousA11yViolations(page, 'participant page');

      await page.goto('/caseload');
      await page.getByTestId('caseload-row').first().waitFor();
      await expect.poll(() => caseloadTotal(page)).toBe(totalBefore + 1);
      // The search finds the new participant by family name, and only them.
      await page.getByLabel('Søk på navn').fill('Testesen');
      await expect.poll(() => page.getByTestId('caseload-row').count()).toBe(1);
      expect(await page.getByTestId('caseload').textContent()).toContain('Solveig Testesen');
      expect(await page.getByTestId('caseload-count').textContent()).toBe('1 deltaker passer');
      // The name searched for is not put in the address.
      expect(page.url()).not.toContain('Testesen');
    } finally {
      await context.close();
    }
  });

  it('does not let another specialist open that participant', async () => {
    expect(participantPath).not.toBe('');
    const { context, page } = await e2e.newPage();
    try {
      await logIn(page, 'js2.tromso');
      await page.waitForURL('**/caseload');
      await page.getByTestId('caseload').waitFor();
      expect(await page.getByTestId('caseload').textContent()).not.toContain('Testesen');
      await page.goto(participantPath);
      await page.getByTestId('not-found').waitFor();
      expect(await page.content()).not.toContain(nationalId);
      await expectNoSeriousA11yViolations(page, 'not-found participant page');
    } finally {
      await context.close();
    }
  });
});

/** The number in "N deltakere" above the caseload list. */
async function caseloadTotal(page: Page): Promise<number> {
  const text = (await page.getByTestId('caseload-count').textContent()) ?? '';
  const match = /^(\d+) deltakere?$/.exec(text.trim());
  return match ? Number(match[1]) : Number.NaN;
}

describe('other roles', () => {
  it('shows the jobseeker their own page only', async () => {
    const { context, page } = await e2e.newPage({ width: 360, height: 740 });
    try {
      await logIn(page, 'deltaker1.tromso');
      await page.waitForURL('**/my-page');
      await page.getByRole('heading', { name: 'Hvem hjelper meg' }).waitFor();
      // Their care team is listed with plain role names.
      expect(await page.getByRole('main').textContent()).toContain('Jonas Jobbspesialist (Tromsø)');
      await expectNoSeriousA11yViolations(page, 'my page (phone)');
      // Works on a phone: nothing wider than the screen.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.goto('/caseload');
      await expect.poll(() => page.getByTestId('caseload').count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('gives the administrator organisations and users, and no caseload', async () => {
    const { context, page } = await e2e.newPage();
    try {
      await logIn(page, 'admin');
      await page.waitForURL('**/admin');
      await page.getByTestId('users').waitFor();
      expect(await page.getByTestId('users').textContent()).toContain('js1.tromso');
      await expectNoSeriousA11yViolations(page, 'administration page');
    } finally {
      await context.close();
    }
  });

  it('shows the caseload on a 320 px wide screen without sideways scrolling, in English', async () => {
    const { context, page } = await e2e.newPage({ width: 320, height: 640 });
    try {
      await logIn(page, 'leder.bodo');
      await page.waitForURL('**/caseload');
      await page.getByTestId('caseload-row').first().waitFor();
      await page.getByTestId('language-select').selectOption('en');
      await page.getByRole('heading', { name: 'Caseload' }).first().waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await expectNoSeriousA11yViolations(page, 'caseload page (320 px, English)');
      await page.getByTestId('logout').click();
      await page.waitForURL('**/login**');
    } finally {
      await context.close();
    }
  });
});
