// Notifications in the browser (issue 8 item 8): the specialist sends the jobseeker a message; the NAV counsellor in
// the conversation sees the unread count in the header; the jobseeker, at phone size, finds it under "Varsler" (it
// says a message came, never what it says), chooses e-mail and then "do not contact me digitally"; axe scans on the way.
// Then the daily job reminds the NAV counsellor of next week's meeting they have not stated expectations for, and the
// reminder leads to that meeting; the organiser sends the same reminder from the meeting page.

import { runExpectationReminders } from '@ips-bridge/server';
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
  let meetingPath = '';

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

  it('the NAV counsellor in the conversation sees the unread count in the header, as a number and in its name', async () => {
    const { context, page } = await e2e.newPage();
    try {
      await logIn(page, 'nav.tromso', '/start');
      const badge = page.getByTestId('notifications-unread');
      await badge.waitFor();
      const count = Number(await badge.textContent());
      expect(count).toBeGreaterThan(0);
      const name = await page.getByTestId('notifications-link').evaluate((el) => el.textContent);
      expect(name).toBe(`Varsler${count}${count === 1 ? 'ulest' : 'uleste'}`);
      await page.getByRole('link', { name: `Varsler ${count} ${count === 1 ? 'ulest' : 'uleste'}` }).click();
      await page.waitForURL('**/notifications');
      const item = page.getByTestId('notification').first();
      expect(await item.textContent()).toContain('Du har en ny melding.');
      expect(await page.locator('main').textContent()).not.toContain('medisinene');
    } finally {
      await context.close();
    }
  });

  it('the jobseeker sees it under Varsler, without the text, and turns off digital contact', async () => {
    expect(participantPath).not.toBe('');
    const { context, page } = await e2e.newPage({ width: 375, height: 812 });
    try {
      await logIn(page, 'deltaker1.tromso', '/my-page');
      // My page shows the conversation, so the message may already count as read: the notification is listed anyway.
      await page.getByTestId('notifications-link').click();
      await page.waitForURL('**/notifications');
      await page.getByRole('heading', { level: 1, name: 'Varsler' }).waitFor();
      const item = page.getByTestId('notification').first();
      await item.waitFor();
      expect(await item.textContent()).toContain('Du har en ny melding.');
      expect(await page.locator('main').textContent()).not.toContain('medisinene');

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

      // Opening the notification leads to My page, where the message is; nothing is left unread.
      await item.getByRole('link', { name: 'Åpne' }).click();
      await page.waitForURL('**/my-page');
      await page.getByTestId('messages').getByText(MESSAGE).waitFor();
      await page.getByRole('link', { name: 'Varsler', exact: true }).waitFor();
      expect(await page.getByTestId('notifications-unread').count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('the NAV counsellor is reminded of next week’s meeting they have not answered, and it leads to the meeting', async () => {
    // The demo's meeting next week: the jobseeker and the specialist answered, NAV and the therapist have not.
    const run = await runExpectationReminders(e2e.database.db, { now: new Date(), daysAhead: 7 });
    expect(run.notified).toBeGreaterThan(0);
    const { context, page } = await e2e.newPage();
    try {
      await logIn(page, 'nav.tromso', '/start');
      await page.getByTestId('notifications-link').click();
      await page.waitForURL('**/notifications');
      const item = page
        .getByTestId('notification')
        .filter({ hasText: 'Et møte nærmer seg: si hva du trenger fra det.' });
      await item.waitFor();
      expect(await item.count()).toBe(1);
      await item.getByRole('link', { name: 'Åpne' }).click();
      await page.waitForURL('**/participants/*/meetings/*');
      await page.getByTestId('expectations-form').waitFor();
      meetingPath = new URL(page.url()).pathname;
    } finally {
      await context.close();
    }
  });

  it('the organiser reminds those who have not answered from the meeting page', async () => {
    expect(meetingPath).not.toBe('');
    const meetingId = meetingPath.split('/').pop() ?? '';
    const count = () =>
      e2e.database.db
        .selectFrom('notification')
        .select(['id'])
        .where('kind', '=', 'meeting_expectations_due')
        .where('subject_id', '=', meetingId)
        .execute()
        .then((rows) => rows.length);
    const before = await count();
    const { context, page } = await e2e.newPage();
    try {
      await logIn(page, 'js1.tromso', '/caseload');
      await page.goto(meetingPath);
      const remind = page.getByTestId('meeting-remind');
      await remind.getByRole('button', { name: 'Minn på dem som ikke har svart' }).click();
      await remind.getByText('Påminnelsen er sendt. Den sier bare at et møte nærmer seg.').waitFor();
      expect(await seriousA11yViolations(page), 'the meeting page after reminding').toEqual([]);
      await expect.poll(count).toBeGreaterThan(before);
    } finally {
      await context.close();
    }
  });
});
