// Therapist notes in the browser: the therapist writes one note and sees, while writing, who it will be shared with;
// the specialist reads it; the NAV counsellor in the same care team does not, because the jobseeker has not shared
// that category with NAV.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, type E2EApp, seriousA11yViolations, startE2EApp } from './harness.ts';

let e2e: E2EApp;
beforeAll(async () => {
  e2e = await startE2EApp();
});
afterAll(() => e2e?.close());

const NOTE = 'Har det best med faste oppgaver og en fast kontaktperson på jobben.';

async function logIn(page: Page, username: string, landsOn: string): Promise<void> {
  await page.goto('/login');
  const form = page.getByTestId('login-form');
  await form.getByLabel('Brukernavn').fill(username);
  await form.getByLabel('Passord').fill(DEMO_PASSWORD);
  await form.getByRole('button', { name: 'Logg inn' }).click();
  await page.waitForURL(`**${landsOn}`);
}

describe('therapist notes', () => {
  let participantPath = '';

  it('the therapist writes a note and sees who it is shared with', async () => {
    const jobseeker = await e2e.newPage();
    try {
      await logIn(jobseeker.page, 'deltaker1.tromso', '/my-page');
      const session = await jobseeker.page.evaluate(async () => (await fetch('/api/session')).json());
      participantPath = `/participants/${session.user.participantId}`;
    } finally {
      await jobseeker.context.close();
    }

    const { context, page } = await e2e.newPage();
    try {
      await logIn(page, 'beh.tromso', '/start');
      await page.goto(participantPath);
      const section = page.getByTestId('therapist-notes');
      await section.getByTestId('write-therapist-note').click();
      const form = section.getByTestId('therapist-note-form');
      // Diagnosis and treatment is shared with nobody in the team by default; warning signs with the specialist,
      // not with NAV (this jobseeker has shared what helps at work with NAV, but not their warning signs).
      await form.getByLabel('Diagnose og behandling').check();
      await expect
        .poll(() => form.getByTestId('therapist-note-will-be-shared').textContent())
        .toContain('Blir ikke delt med noen i teamet');
      await form.getByLabel('Tidlige varselsignaler og mestring').check();
      await expect
        .poll(() => form.getByTestId('therapist-note-will-be-shared').textContent())
        .toContain('Jonas Jobbspesialist (Tromsø)');
      expect(await form.getByTestId('therapist-note-will-be-shared').textContent()).not.toContain('NAV');
      // An empty note is stopped in the browser.
      await form.getByRole('button', { name: 'Lagre notatet' }).click();
      await expect
        .poll(() => form.getByLabel('Notat', { exact: true }).getAttribute('aria-invalid'))
        .toBe('true');
      await form.getByLabel('Notat', { exact: true }).fill(NOTE);
      await form.getByRole('button', { name: 'Lagre notatet' }).click();
      const note = section.getByTestId('therapist-note').filter({ hasText: NOTE });
      await note.waitFor();
      expect(await note.getByTestId('therapist-note-shared-with').textContent()).toContain(
        'Jonas Jobbspesialist (Tromsø)',
      );
      expect(await seriousA11yViolations(page), 'therapist notes section').toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the specialist reads it; the NAV counsellor does not', async () => {
    expect(participantPath).not.toBe('');
    const specialist = await e2e.newPage();
    const nav = await e2e.newPage();
    try {
      await logIn(specialist.page, 'js1.tromso', '/caseload');
      await specialist.page.goto(participantPath);
      await specialist.page.getByTestId('therapist-note').filter({ hasText: NOTE }).waitFor();
      expect(await specialist.page.getByTestId('write-therapist-note').count()).toBe(0);

      await logIn(nav.page, 'nav.tromso', '/start');
      await nav.page.goto(participantPath);
      const section = nav.page.getByTestId('therapist-notes');
      await section.getByRole('heading', { name: 'Notater fra behandler' }).waitFor();
      await expect.poll(() => section.textContent()).not.toContain('Henter notatene');
      expect(await section.textContent()).not.toContain(NOTE);
    } finally {
      await specialist.context.close();
      await nav.context.close();
    }
  });
});
