import { nextSyntheticNationalId, osloDate } from '@ips-bridge/domain';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, type E2EApp, seriousA11yViolations, startE2EApp } from './harness.ts';

let e2e: E2EApp;
beforeAll(async () => {
  e2e = await startE2EApp();
});
afterAll(() => e2e?.close());

const SPECIALIST = 'js1.tromso';

async function logIn(page: Page, username: string): Promise<void> {
  await page.goto('/login');
  const form = page.getByTestId('login-form');
  await form.getByLabel('Brukernavn').fill(username);
  await form.getByLabel('Passord').fill(DEMO_PASSWORD);
  await form.getByRole('button', { name: 'Logg inn' }).click();
  await page.waitForURL('**/caseload');
}

async function expectNoSeriousA11yViolations(page: Page, where: string): Promise<void> {
  expect(await seriousA11yViolations(page), where).toEqual([]);
}

/** dd.mm.yyyy, as the Norwegian pages show a date. */
function norwegianDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}.${month}.${year}`;
}

async function currentPhase(page: Page): Promise<string | null> {
  return page.getByTestId('current-phase').getAttribute('data-phase');
}

async function historyPhases(page: Page): Promise<string[]> {
  const items = page.getByTestId('phase-history-item');
  const phases: string[] = [];
  for (let i = 0; i < (await items.count()); i++) {
    phases.push((await items.nth(i).getAttribute('data-phase')) ?? '');
  }
  return phases;
}

/** Picks a phase in the change-phase form and saves it; waits for the confirmation. */
async function changePhase(page: Page, phase: string): Promise<void> {
  const form = page.getByTestId('change-phase');
  await form.getByLabel('Ny fase').selectOption(phase);
  await form.getByRole('button', { name: 'Lagre ny fase' }).click();
  await page.getByTestId('phase-saved').waitFor();
}

describe('journey phases on the participant page', () => {
  const today = osloDate(new Date());
  let participantPath = '';

  it('records the first contact, moves a new participant referred → engagement → job search, and shows it all', async () => {
    const { context, page } = await e2e.newPage();
    try {
      await logIn(page, SPECIALIST);
      await page.getByTestId('register-participant').click();
      await page.waitForURL('**/participants/new');
      await page.getByLabel('Fornavn').fill('Ingrid');
      await page.getByLabel('Etternavn').fill('Fasesen');
      await page.getByLabel('Fødselsnummer').fill(nextSyntheticNationalId('1987-09-23', 777));
      await page.getByLabel('Henvist av').selectOption('nav');
      await page.getByRole('button', { name: 'Registrer deltaker' }).click();
      await page.waitForURL(/\/participants\/[0-9a-f-]{36}$/);
      participantPath = new URL(page.url()).pathname;

      // A new participant starts as referred, with no first contact yet, and one phase in the history.
      await page.getByTestId('journey').waitFor();
      expect(await currentPhase(page)).toBe('referred');
      expect(await page.getByTestId('current-phase').textContent()).toBe('Henvist');
      expect(await page.getByTestId('journey').textContent()).toContain('Ikke registrert ennå');
      await page.getByTestId('phase-history-item').first().waitFor();
      expect(await historyPhases(page)).toEqual(['referred']);
      await expectNoSeriousA11yViolations(page, 'participant page with the journey section');

      // Record the first contact: the date field starts at today.
      await page.getByTestId('record-first-contact').click();
      const dateField = page.getByLabel('Dato for første kontakt');
      expect(await dateField.inputValue()).toBe(today);
      await expect.poll(() => dateField.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.getByRole('button', { name: 'Lagre første kontakt' }).click();
      await page.getByTestId('first-contact-saved').waitFor();
      expect(await page.getByTestId('first-contact-date').textContent()).toContain(norwegianDate(today));
      await expect
        .poll(() => page.getByTestId('change-history').textContent())
        .toContain(`Første kontakt registrert: ${norwegianDate(today)}.`);
      expect(await page.getByTestId('change-history').textContent()).toContain('Jonas Jobbspesialist');

      // A pause without a reason and a re-contact date is stopped in the browser, with the errors summarised,
      // focused and linked to their fields.
      const form = page.getByTestId('change-phase');
      await form.getByLabel('Ny fase').selectOption('paused');
      await form.getByRole('button', { name: 'Lagre ny fase' }).click();
      await expect.poll(() => form.getByLabel('Årsak').getAttribute('aria-invalid')).toBe('true');
      expect(await form.getByLabel('Planlagt ny kontakt').getAttribute('aria-invalid')).toBe('true');
      // Aksel's summary passes the focus on to its heading; the summary around it lists the problems.
      const summaryHasFocus = () =>
        page.evaluate(
          () =>
            document.activeElement?.textContent?.includes('Du må rette dette') === true &&
            document.activeElement.parentElement?.textContent?.includes('Velg en årsak') === true,
        );
      await expect.poll(summaryHasFocus).toBe(true);
      await expectNoSeriousA11yViolations(page, 'change-phase form with errors');
      expect(await currentPhase(page)).toBe('referred');

      // referred → engagement → job search, each shown as the current phase and at the top of the history.
      await changePhase(page, 'engagement');
      expect(await page.getByTestId('phase-saved').textContent()).toContain('Oppstart');
      await expect.poll(() => currentPhase(page)).toBe('engagement');
      await expect.poll(() => historyPhases(page)).toEqual(['engagement', 'referred']);
      // The reason field belonged to the pause only.
      expect(await form.getByLabel('Årsak').count()).toBe(0);

      await changePhase(page, 'job_search');
      await expect.poll(() => currentPhase(page)).toBe('job_search');
      expect(await page.getByTestId('current-phase').textContent()).toBe('Jobbsøk');
      await expect.poll(() => historyPhases(page)).toEqual(['job_search', 'engagement', 'referred']);
      const newest = page.getByTestId('phase-history-item').first();
      expect(await newest.textContent()).toContain('Jonas Jobbspesialist');
      expect(await newest.textContent()).toContain(norwegianDate(today));
      await expectNoSeriousA11yViolations(page, 'participant page after the phase changes');

      // The caseload shows the new phase.
      await page.goto('/caseload');
      const row = page.getByTestId('caseload-row').filter({ hasText: 'Ingrid Fasesen' });
      await row.waitFor();
      expect(await row.getByTestId('caseload-phase').getAttribute('data-phase')).toBe('job_search');
      expect(await row.textContent()).toContain('Jobbsøk');
      expect(await row.getByTestId('first-contact-overdue-tag').count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('refuses a save based on an old version and keeps what the user entered', async () => {
    expect(participantPath).not.toBe('');
    const first = await e2e.newPage();
    const second = await e2e.newPage();
    try {
      await logIn(first.page, SPECIALIST);
      await logIn(second.page, SPECIALIST);
      await first.page.goto(participantPath);
      await second.page.goto(participantPath);
      await first.page.getByTestId('change-phase').waitFor();
      await second.page.getByTestId('change-phase').waitFor();

      // The first window saves a change…
      await changePhase(first.page, 'career_profile');
      await expect.poll(() => currentPhase(first.page)).toBe('career_profile');

      // …then the second, still showing the old version, tries to save.
      const form = second.page.getByTestId('change-phase');
      expect(await currentPhase(second.page)).toBe('job_search');
      await form.getByLabel('Ny fase').selectOption('working');
      await form.getByRole('button', { name: 'Lagre ny fase' }).click();
      const stale = second.page.getByTestId('stale-version');
      await stale.waitFor();
      expect(await stale.textContent()).toContain('Noen andre har endret deltakeren');
      await expect.poll(() => stale.evaluate((el) => el.contains(document.activeElement))).toBe(true);
      await expectNoSeriousA11yViolations(second.page, 'the changed-since-you-opened-it message');
      expect(await currentPhase(second.page)).toBe('job_search');

      // Loading the latest version shows the other change and keeps the choice made here.
      await stale.getByRole('button', { name: 'Hent siste versjon' }).click();
      await expect.poll(() => currentPhase(second.page)).toBe('career_profile');
      expect(await form.getByLabel('Ny fase').inputValue()).toBe('working');
      await form.getByRole('button', { name: 'Lagre ny fase' }).click();
      await second.page.getByTestId('phase-saved').waitFor();
      await expect.poll(() => currentPhase(second.page)).toBe('working');
      await expect
        .poll(() => historyPhases(second.page))
        .toEqual(['working', 'career_profile', 'job_search', 'engagement', 'referred']);
    } finally {
      await first.context.close();
      await second.context.close();
    }
  });

  it('shows the journey on a 320 px wide screen without sideways scrolling', async () => {
    expect(participantPath).not.toBe('');
    const { context, page } = await e2e.newPage({ width: 320, height: 640 });
    try {
      await logIn(page, SPECIALIST);
      await page.getByTestId('caseload-phase').first().waitFor();
      const overflowOf = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(await overflowOf()).toBeLessThanOrEqual(0);
      await page.goto(participantPath);
      await page.getByTestId('phase-history-item').first().waitFor();
      expect(await overflowOf()).toBeLessThanOrEqual(0);
      await expectNoSeriousA11yViolations(page, 'participant page (320 px)');
    } finally {
      await context.close();
    }
  });
});
