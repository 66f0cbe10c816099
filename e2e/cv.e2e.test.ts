import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, type E2EApp, startE2EApp } from './harness.ts';

let e2e: E2EApp;
beforeAll(async () => {
  e2e = await startE2EApp();
});
afterAll(() => e2e?.close());

const SPECIALIST = 'js1.tromso';
const JOBSEEKER = 'deltaker1.tromso';

async function logIn(page: Page, username: string, landing: string): Promise<void> {
  await page.goto('/login');
  const form = page.getByTestId('login-form');
  await form.getByLabel('Brukernavn').fill(username);
  await form.getByLabel('Passord').fill(DEMO_PASSWORD);
  await form.getByRole('button', { name: 'Logg inn' }).click();
  await page.waitForURL(`**${landing}`);
}

/** Serious and critical accessibility violations inside one part of the page (axe-core, WCAG 2.x A/AA). */
async function seriousViolationsIn(page: Page, selector: string): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .include(selector)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** A request to the API from the logged-in page, with its CSRF token: for setting up what the test needs. */
async function apiFromPage(
  page: Page,
  method: 'GET' | 'PUT',
  path: string,
  body?: unknown,
  ifMatch?: string,
): Promise<{ status: number; json: unknown }> {
  return page.evaluate(
    async ({ method, path, body, ifMatch }) => {
      const session = await (await fetch('/api/session')).json();
      const headers: Record<string, string> = { 'x-csrf-token': session.csrfToken };
      if (body !== undefined) headers['content-type'] = 'application/json';
      if (ifMatch !== undefined) headers['if-match'] = ifMatch;
      const response = await fetch(path, {
        method,
        headers,
        body: body === undefined ? null : JSON.stringify(body),
      });
      return { status: response.status, json: await response.json().catch(() => null) };
    },
    { method, path, body, ifMatch },
  );
}

describe('the jobseeker’s CV', () => {
  let participantId = '';
  let participantName = '';

  it('finds the demo jobseeker’s own record', async () => {
    const { context, page } = await e2e.newPage();
    try {
      await logIn(page, JOBSEEKER, '/my-page');
      const session = (await apiFromPage(page, 'GET', '/api/session')).json as {
        user: { participantId: string | null; displayName: string };
      };
      expect(session.user.participantId).toMatch(/^[0-9a-f-]{36}$/);
      participantId = session.user.participantId ?? '';
      participantName = session.user.displayName;
    } finally {
      await context.close();
    }
  });

  it('is drafted from the career profile and jobs, edited and saved by the specialist, and printed', async () => {
    const { context, page } = await e2e.newPage();
    try {
      await logIn(page, SPECIALIST, '/caseload');
      // The career profile the draft is made from (the career profile form has its own tests).
      const profile = await apiFromPage(
        page,
        'PUT',
        `/api/participants/${participantId}/career-profile`,
        {
          content: {
            workHistory: [
              {
                employer: 'Coop Extra',
                title: 'Butikkmedarbeider',
                from: '2019-03',
                to: '2020-08',
                wentWell: 'Kundene og kollegene',
              },
            ],
            education: [
              { subject: 'Restaurant- og matfag', level: 'vocational', completed: true, year: 2015 },
            ],
            preferences: { jobTypes: ['butikk', 'lager'], places: ['Tromsø'], conditions: '' },
            strengths: 'Punktlig og blid.',
            whatHelps: '',
            whatGetsInTheWay: '',
          },
          health: { earlyWarningSigns: 'Sover dårlig', copingStrategies: '' },
        },
        '"0"',
      );
      expect(profile.status).toBe(200);

      await page.goto(`/participants/${participantId}`);
      const section = page.getByTestId('cv');
      await section.waitFor();
      expect(
        await page.getByTestId('page-contents').getByRole('link', { name: 'CV', exact: true }).count(),
      ).toBe(1);

      // The draft: clearly not saved yet, and made from the profile, never from its health part.
      const note = section.getByTestId('cv-draft-note');
      await note.waitFor();
      expect(await note.textContent()).toContain('Laget fra karriereprofilen og jobbene – ikke lagret ennå');
      const cv = section.getByTestId('cv-document');
      expect(await cv.getByTestId('cv-document-headline').textContent()).toBe('butikk, lager');
      expect(await cv.getByRole('heading', { level: 3 }).textContent()).toBe(participantName);
      expect(await cv.getByTestId('cv-document-experience-item').first().textContent()).toContain(
        'Butikkmedarbeider, Coop Extra',
      );
      expect(await cv.getByTestId('cv-document-experience-item').first().textContent()).toContain(
        'mars 2019 – august 2020',
      );
      expect(await cv.getByTestId('cv-document-education-item').textContent()).toContain(
        'Restaurant- og matfag',
      );
      expect(await section.textContent()).not.toContain('Sover dårlig');
      expect(await seriousViolationsIn(page, '[data-testid="cv"]')).toEqual([]);

      // Edit: a new headline and the newest job first.
      await section.getByTestId('edit-cv').click();
      const form = page.getByTestId('cv-form');
      await form.waitFor();
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('cv-form-heading');
      const headline = form.getByLabel('Overskrift');
      expect(await headline.inputValue()).toBe('butikk, lager');
      await headline.fill('Butikk- og lagermedarbeider');
      await form.getByRole('button', { name: 'Legg til erfaring' }).click();
      const newRow = form.getByTestId('cv-experience-row').first();
      // The new row takes focus, ready to type in.
      await expect
        .poll(() => newRow.getByLabel('Stilling').evaluate((el) => el === document.activeElement))
        .toBe(true);
      await newRow.getByLabel('Stilling').fill('Lagermedarbeider');

      // A started row without employer and start is stopped in the browser, with messages on the fields.
      await form.getByRole('button', { name: 'Lagre CV-en' }).click();
      const employer = newRow.getByLabel('Arbeidsgiver');
      await expect.poll(() => employer.getAttribute('aria-invalid')).toBe('true');
      expect(await form.textContent()).toContain('Skriv inn arbeidsgiveren.');
      expect(await form.textContent()).toContain('Skriv inn når jobben startet, for eksempel 03.2019.');
      expect(await seriousViolationsIn(page, '[data-testid="cv"]')).toEqual([]);

      await employer.fill('Rema 1000');
      await newRow.getByLabel('Fra (måned og år)').fill('01.2024');
      await newRow.getByLabel('Arbeidsoppgaver (valgfritt)').fill('Varemottak og plukk');
      const interests = form.getByLabel('Interesser', { exact: true });
      await interests.fill('friluftsliv');
      await interests.press('Enter');
      await form.getByRole('button', { name: 'Lagre CV-en' }).click();

      const saved = section.getByTestId('cv-saved');
      await saved.waitFor();
      expect(await saved.textContent()).toContain('CV-en er lagret.');
      // Focus goes to the confirmation, so keyboard and screen-reader users hear that it was saved.
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
        .toBe('cv-saved');
      expect(await section.getByTestId('cv-draft-note').count()).toBe(0);
      expect(await section.getByTestId('cv-saved-by').textContent()).toContain(
        'Jonas Jobbspesialist (Tromsø)',
      );

      // Kept after a reload.
      await page.reload();
      await section.getByTestId('cv-document').waitFor();
      expect(await section.getByTestId('cv-document-headline').textContent()).toBe(
        'Butikk- og lagermedarbeider',
      );
      const items = section.getByTestId('cv-document-experience-item');
      expect(await items.count()).toBe(2);
      expect(await items.first().textContent()).toContain('Lagermedarbeider, Rema 1000');
      expect(await items.first().textContent()).toContain('januar 2024 – nå');
      expect(await items.first().textContent()).toContain('Varemottak og plukk');
      expect(await section.getByTestId('cv-document-interests').textContent()).toContain('friluftsliv');
      expect(await section.getByTestId('cv-draft-note').count()).toBe(0);
      expect(await seriousViolationsIn(page, '[data-testid="cv"]')).toEqual([]);

      // Someone else saves while the form is open: the save is refused, what was typed stays.
      await section.getByTestId('edit-cv').click();
      await form.waitFor();
      await form.getByLabel('Om meg').fill('Liker å ha faste oppgaver.');
      const current = (await apiFromPage(page, 'GET', `/api/participants/${participantId}/cv`)).json as {
        version: number;
        content: unknown;
      };
      const other = await apiFromPage(
        page,
        'PUT',
        `/api/participants/${participantId}/cv`,
        current.content,
        `"${current.version}"`,
      );
      expect(other.status).toBe(200);
      await form.getByRole('button', { name: 'Lagre CV-en' }).click();
      const stale = form.getByTestId('stale-version');
      await stale.waitFor();
      expect(await stale.textContent()).toContain('Noen andre har endret CV-en');
      expect(await form.getByLabel('Om meg').inputValue()).toBe('Liker å ha faste oppgaver.');
      await stale.getByRole('button', { name: 'Hent siste versjon' }).click();
      await form.getByText('Siste versjon er hentet').waitFor();
      await form.getByRole('button', { name: 'Lagre CV-en' }).click();
      await section.getByTestId('cv-saved').waitFor();
      expect(await section.getByTestId('cv-document-summary').textContent()).toContain(
        'Liker å ha faste oppgaver.',
      );

      // The printable CV: one clean document, with a Print button that is not on paper.
      await section.getByTestId('cv-print-link').click();
      await page.waitForURL(`**/participants/${participantId}/cv/print`);
      const printed = page.getByTestId('cv-print-document');
      await printed.waitFor();
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(participantName);
      expect(await printed.getByTestId('cv-print-document-headline').textContent()).toBe(
        'Butikk- og lagermedarbeider',
      );
      expect(await printed.textContent()).toContain('Lagermedarbeider, Rema 1000');
      expect(await printed.textContent()).toContain('Arbeidserfaring');
      expect(await page.getByTestId('cv-print-draft-note').count()).toBe(0);
      expect(await page.title()).toContain(`CV for ${participantName}`);
      expect(await seriousViolationsIn(page, 'main')).toEqual([]);

      // The headings can be printed in English for an English application.
      await page.getByTestId('cv-print-language').selectOption('en');
      await expect.poll(() => printed.textContent()).toContain('Work experience');
      expect(await printed.getAttribute('lang')).toBe('en');
      expect(await printed.textContent()).toContain('Jan 2024 – present');

      const printButton = page.getByTestId('cv-print-button');
      expect(await printButton.isVisible()).toBe(true);
      await page.emulateMedia({ media: 'print' });
      expect(await printButton.isVisible()).toBe(false);
      expect(await page.locator('.app-header').isVisible()).toBe(false);
      expect(await printed.isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('lets the jobseeker see, change and print their own CV from My page', async () => {
    const { context, page } = await e2e.newPage({ width: 390, height: 844 });
    try {
      await logIn(page, JOBSEEKER, '/my-page');
      const section = page.getByTestId('cv');
      await section.getByTestId('cv-document').waitFor();
      expect(await section.getByRole('heading', { level: 2 }).first().textContent()).toBe('CV');
      expect(await section.getByTestId('cv-document-headline').textContent()).toBe(
        'Butikk- og lagermedarbeider',
      );
      expect(await section.getByTestId('cv-saved-by').textContent()).toContain(
        'Jonas Jobbspesialist (Tromsø)',
      );
      expect(await seriousViolationsIn(page, '[data-testid="cv"]')).toEqual([]);
      // No sideways scrolling on a phone.
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

      await section.getByTestId('edit-cv').click();
      const form = page.getByTestId('cv-form');
      await form.waitFor();
      const education = form.getByTestId('cv-education-row');
      expect(await education.count()).toBe(1);
      await form.getByRole('button', { name: 'Fjern utdanning 1' }).click();
      expect(await education.count()).toBe(0);
      await form.getByRole('button', { name: 'Legg til utdanning' }).click();
      const row = form.getByTestId('cv-education-row').first();
      await row.getByLabel('Fag eller utdanning').fill('Truckførerkurs');
      await row.getByLabel('År (valgfritt)').fill('2025');
      await row.getByLabel('Fullført').check();
      await form.getByRole('button', { name: 'Lagre CV-en' }).click();
      await section.getByTestId('cv-saved').waitFor();
      const saved = section.getByTestId('cv-document-education-item');
      expect(await saved.count()).toBe(1);
      expect(await saved.textContent()).toContain('Truckførerkurs');
      expect(await section.getByTestId('cv-saved-by').textContent()).toContain(participantName);

      await section.getByTestId('cv-print-link').click();
      await page.waitForURL('**/my-page/cv/print');
      const printed = page.getByTestId('cv-print-document');
      await printed.waitFor();
      expect(await printed.textContent()).toContain('Truckførerkurs');
      expect(await page.getByRole('link', { name: 'Tilbake til Min side' }).count()).toBe(1);
      expect(await seriousViolationsIn(page, 'main')).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('keeps other people’s CVs away from the jobseeker', async () => {
    const { context, page } = await e2e.newPage();
    try {
      await logIn(page, 'deltaker2.tromso', '/my-page');
      const response = await apiFromPage(page, 'GET', `/api/participants/${participantId}/cv`);
      // Refused, and in the same way as a record that does not exist.
      expect([403, 404]).toContain(response.status);
    } finally {
      await context.close();
    }
  });
});
