// The supervisors' workforce view in the browser (issue 7 item 4): the demo supervisor of Tromsø opens
// "Arbeidsbelastning" from the menu, sees the one specialist the demo flags (under 65 % of the time in the
// community), writes a supervision note about her, and the specialist reads it on Teamsamarbeid.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, type E2EApp, seriousA11yViolations, startE2EApp } from './harness.ts';

let e2e: E2EApp;
beforeAll(async () => {
  e2e = await startE2EApp();
});
afterAll(() => e2e?.close());

const NOTE = 'Gjennomgang av uka: mer tid ute hos arbeidsgivere fra neste mandag.';

async function logIn(page: Page, username: string, landsOn: string): Promise<void> {
  await page.goto('/login');
  const form = page.getByTestId('login-form');
  await form.getByLabel('Brukernavn').fill(username);
  await form.getByLabel('Passord').fill(DEMO_PASSWORD);
  await form.getByRole('button', { name: 'Logg inn' }).click();
  await page.waitForURL(`**${landsOn}`);
}

describe('the workforce view', () => {
  it('the supervisor sees the flagged specialist and writes a supervision note', async () => {
    const { context, page } = await e2e.newPage();
    try {
      await logIn(page, 'leder.tromso', '/caseload');
      await page.getByRole('link', { name: 'Arbeidsbelastning' }).click();
      await page.getByRole('heading', { level: 1, name: 'Arbeidsbelastning i teamet' }).waitFor();
      const rows = page.getByTestId('workforce-specialist');
      await rows.first().waitFor();
      expect(await rows.count()).toBe(2);
      const flagged = rows.filter({ hasText: 'Under 65 % av tiden ute' });
      expect(await flagged.count()).toBe(1);
      expect(await flagged.getByRole('rowheader').textContent()).toContain('Julie Jobbspesialist (Tromsø)');
      expect(await rows.filter({ hasText: 'Ingen varsler' }).count()).toBe(1);
      await page.getByTestId('workforce-caseload').waitFor();
      await expectNoViolations(page, 'the workforce view');

      await flagged.getByRole('button', { name: /Notater om Julie/ }).click();
      const notes = page.getByTestId('supervision-notes');
      await notes
        .getByRole('heading', { name: 'Veiledningsnotater om Julie Jobbspesialist (Tromsø)' })
        .waitFor();
      // The demo's earlier note is there; the warning against jobseekers' names is beside the field.
      await notes.getByTestId('supervision-note').first().waitFor();
      expect(await notes.textContent()).toContain('Ikke skriv navn eller andre opplysninger om deltakerne');
      await notes.getByLabel('Notat', { exact: true }).fill(NOTE);
      await notes.getByRole('button', { name: 'Lagre notatet' }).click();
      await notes.getByText('Notatet er lagret.').waitFor();
      await notes.getByTestId('supervision-note').filter({ hasText: NOTE }).waitFor();
      expect(await notes.getByTestId('supervision-note').count()).toBe(2);
      await expectNoViolations(page, 'supervision notes');
    } finally {
      await context.close();
    }
  });

  it('the specialist reads the note about herself on Teamsamarbeid', async () => {
    const { context, page } = await e2e.newPage();
    try {
      await logIn(page, 'js2.tromso', '/caseload');
      await page.goto('/teamwork');
      const notes = page.getByTestId('supervision-notes');
      await notes.getByRole('heading', { name: 'Veiledningsnotater om deg' }).waitFor();
      await notes.getByTestId('supervision-note').filter({ hasText: NOTE }).waitFor();
      expect(await notes.getByTestId('supervision-note-form').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});

async function expectNoViolations(page: Page, where: string): Promise<void> {
  expect(await seriousA11yViolations(page), where).toEqual([]);
}
