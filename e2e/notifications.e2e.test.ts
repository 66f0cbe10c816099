// Notifications in the browser (issue 8 item 8), at phone size: the specialist sends the jobseeker a message; the
// jobseeker sees "Varsler" with one unread in the header, opens the list (which says a message came, never what it
// says), chooses e-mail and then "do not contact me digitally"; an axe scan of the page on the way.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, type E2EApp, seriousA11yViolations, startE2EApp } from './harness.ts';

let e2e: E2EApp;
beforeAll(async () => {
  e2e = await startE2EApp();
});
afterAll(() => e2e?.close());

const MESSAGE = 'Jeg har snakket med legen om medisinene dine.';

async function logIn(page: Page, username: string, landsOn: string): Promise<void> {
  await page.goto('/login');
  const form = page.getByTestId('login-form');
  await form.getByLabel('Brukernavn').fill(username);
  await form.getByLabel('Passord').fill(DEMO_PASSWORD);
  await form.getByRole('button', { name: 'Logg inn' }).click();
  await page.waitForURL(`**${landsOn}`);
}

describe('notifications', () => {
  let participantPath = '';

  it('the specialist sends the jobseeker a message', async () => {
    const jobseeker = await e2e.newPage();
    try {
      await logIn(jobseeker.page, 'deltaker1.tromso', '/my-page');
      const session = await jobseeker.page.evaluate(async () => (await fetch('/api/session')).json());
      participantPath = `/participants/${session.user.participantId}`;
      // Nothing unread before the message.
      await jobseeker.page.getByTestId('notifications-link').waitFor();
      expect(await jobseeker.page.getByTestId('notifications-unread').count()).toBe(0);
    } finally {
      await jobseeker.context.close();
    }
    const { context, page } = await e2e.newPage();
    try {
      await logIn(page, 'js1.tromso', '/caseload');
      await page.goto(participantPath);
      const section = page.getByTestId('messages');
      await section.getByLabel('Ny melding').fill(MESSAGE);
      await section.getByRole('button', { name: 'Send meldingen' }).click();
      await section.getByText('Meldingen er sendt.').waitFor();
    } finally {
      await context.close();
    }
  });

  it('the jobseeker sees it under Varsler, without the text, and turns off digital contact', async () => {
    expect(participantPath).not.toBe('');
    const { context, page } = await e2e.newPage({ width: 375, height: 812 });
    try {
      await logIn(page, 'deltaker1.tromso', '/my-page');
      const bell = page.getByRole('link', { name: 'Varsler 1 ulest' });
      await bell.waitFor();
      expect(await page.getByTestId('notifications-unread').textContent()).toBe('1');
      await bell.click();
      await page.waitForURL('**/notifications');
      await page.getByRole('heading', { level: 1, name: 'Varsler' }).waitFor();
      const item = page.getByTestId('notification').first();
      await item.waitFor();
      expect(await item.textContent()).toContain('Du har en ny melding.');
      expect(await page.locator('main').textContent()).not.toContain('medisinene');
      expect(await page.getByTestId('notifications-unread-count').textContent()).toBe('1 ulest');

      const prefs = page.getByTestId('contact-preferences');
      await prefs.getByRole('heading', { name: 'Slik vil du få beskjed' }).waitFor();
      expect(await prefs.getByTestId('contact-active').textContent()).toBe('Nå får du bare varsler i appen.');
      expect(await seriousA11yViolations(page), 'the notifications page').toEqual([]);

      // A missing address is pointed out at the field.
      await prefs.getByRole('checkbox', { name: 'På e-post' }).check();
      await prefs.getByRole('button', { name: 'Lagre valgene' }).click();
      await prefs.getByText('Skriv e-postadressen du vil bruke.').first().waitFor();
      await prefs.getByLabel('E-postadresse').fill('deltaker1@example.no');
      await prefs.getByRole('button', { name: 'Lagre valgene' }).click();
      await prefs.getByText('Nå får du også beskjed på e-post.').first().waitFor();

      await prefs.getByRole('checkbox', { name: 'Ikke kontakt meg digitalt' }).check();
      await prefs.getByRole('button', { name: 'Lagre valgene' }).click();
      await prefs
        .getByTestId('contact-preferences-saved')
        .getByText('Nå får du bare varsler i appen.')
        .waitFor();
      const saved = await page.evaluate(async () => (await fetch('/api/me/contact-preferences')).json());
      expect(saved).toMatchObject({
        noDigitalContact: true,
        activeChannels: [],
        email: 'deltaker1@example.no',
      });
      expect(await seriousA11yViolations(page), 'the notifications page after saving').toEqual([]);

      // Opening the notification marks it read and leads to My page.
      await item.getByRole('link', { name: 'Åpne' }).click();
      await page.waitForURL('**/my-page');
      await page.getByRole('link', { name: 'Varsler', exact: true }).waitFor();
      await expect.poll(() => page.getByTestId('notifications-unread').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
