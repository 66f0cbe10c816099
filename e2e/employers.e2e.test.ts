import { osloDate } from '@ips-bridge/domain';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, type E2EApp, seriousA11yViolations, startE2EApp } from './harness.ts';

let e2e: E2EApp;
beforeAll(async () => {
  e2e = await startE2EApp();
});
afterAll(() => e2e?.close());

const SPECIALIST = 'js1.tromso';
const COLLEAGUE = 'js2.tromso';
const EMPLOYER = 'Tromsø Dyreklinikk';

async function logIn(page: Page, username: string, landing = '/caseload'): Promise<void> {
  await page.goto('/login');
  const form = page.getByTestId('login-form');
  await form.getByLabel('Brukernavn').fill(username);
  await form.getByLabel('Passord').fill(DEMO_PASSWORD);
  await form.getByRole('button', { name: 'Logg inn' }).click();
  await page.waitForURL(`**${landing}`);
}

async function expectNoSeriousA11yViolations(page: Page, where: string): Promise<void> {
  expect(await seriousA11yViolations(page), where).toEqual([]);
}

async function expectNoSidewaysScrolling(page: Page, where: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, where).toBeLessThanOrEqual(0);
}

/** dd.mm.yyyy, as the Norwegian pages show a date. */
function norwegianDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}.${month}.${year}`;
}

describe('employers and job development', () => {
  const today = osloDate(new Date());
  let employerPath = '';
  let participantName = '';

  it('adds an employer: a wrong organisation number is caught in the browser, a right one is saved', async () => {
    const { context, page } = await e2e.newPage();
    try {
      await logIn(page, SPECIALIST);
      await page
        .getByRole('navigation', { name: 'Hovedmeny' })
        .getByRole('link', { name: 'Arbeidsgivere' })
        .click();
      await page.waitForURL('**/employers');
      // The demo team's register already holds a few employers (with job leads).
      await page.getByTestId('employer-row').first().waitFor();
      await expectNoSeriousA11yViolations(page, 'employers page');

      await page.getByTestId('add-employer').click();
      const form = page.getByTestId('add-employer-form');
      // Focus moves into the form when it opens.
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('name');
      await form.getByLabel('Navn på arbeidsgiveren').fill(EMPLOYER);
      await form.getByLabel('Organisasjonsnummer (valgfritt)').fill('974760674');
      await form.getByLabel('Bransje (valgfritt)').fill('Dyrehelse');
      await form.getByRole('button', { name: 'Legg til kontaktperson' }).click();
      const person = form.getByTestId('contact-person-row');
      await person.getByLabel('Navn', { exact: true }).fill('Ola Leder');
      await person.getByLabel('Stilling (valgfritt)').fill('Daglig leder');
      await form.getByRole('button', { name: 'Legg til arbeidsgiver' }).click();

      // The control digit is wrong: the field says so, and the error summary (which takes focus) links to it.
      const organisationNumber = form.getByLabel('Organisasjonsnummer (valgfritt)');
      await expect.poll(() => organisationNumber.getAttribute('aria-invalid')).toBe('true');
      expect(await form.textContent()).toContain('Organisasjonsnummeret er ikke gyldig');
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.closest('.aksel-error-summary') !== null))
        .toBe(true);
      expect(page.url()).toMatch(/\/employers$/);
      await expectNoSeriousA11yViolations(page, 'add employer form with an error');

      await organisationNumber.fill('974760673');
      await form.getByRole('button', { name: 'Legg til arbeidsgiver' }).click();
      await page.waitForURL(/\/employers\/[0-9a-f-]{36}$/);
      employerPath = new URL(page.url()).pathname;
      await expect.poll(() => page.getByTestId('employer-name').textContent()).toBe(EMPLOYER);
      expect(await page.getByTestId('employer-organisation-number').textContent()).toBe('974 760 673');
      expect(await page.getByTestId('employer-contact-people').textContent()).toContain('Ola Leder');
      await expectNoSeriousA11yViolations(page, 'employer page');

      // The register lists it, and the search finds it.
      await page.goto('/employers');
      await page.getByTestId('employer-row').first().waitFor();
      await page.getByLabel('Søk etter arbeidsgiver').fill('dyre');
      await expect.poll(() => page.getByTestId('employers-count').textContent()).toContain('«dyre»');
      expect(await page.getByTestId('employers').textContent()).toContain('974 760 673');
      await page.getByLabel('Søk etter arbeidsgiver').fill('bakeri');
      await expect.poll(() => page.getByTestId('employer-row').count()).toBe(0);
      await expectNoSeriousA11yViolations(page, 'employers page with a search without matches');
    } finally {
      await context.close();
    }
  });

  it('logs a face-to-face contact for one of the specialist’s participants and counts it in the week', async () => {
    expect(employerPath).not.toBe('');
    const { context, page } = await e2e.newPage();
    try {
      await logIn(page, SPECIALIST);
      await page.goto(employerPath);
      const form = page.getByTestId('log-contact');
      await form.waitFor();
      expect(await form.getByLabel('Dato').inputValue()).toBe(today);

      // Nothing chosen yet: the form asks for an answer instead of guessing.
      await form.getByRole('button', { name: 'Registrer kontakt' }).click();
      await expect.poll(() => form.textContent()).toContain('Svar på om dere møttes ansikt til ansikt.');

      await form.getByRole('radio', { name: 'Ja' }).check();
      await form.getByLabel('Formål').selectOption('job_development');
      await form.getByLabel('Resultat (valgfritt)').fill('Trenger dyrepleier i deltid fra august.');
      const firstParticipant = form.getByTestId('log-contact-participants').getByRole('checkbox').first();
      await firstParticipant.waitFor();
      participantName = (
        (await firstParticipant.evaluate((input) => (input as HTMLInputElement).labels?.[0]?.textContent)) ??
        ''
      ).trim();
      expect(participantName).not.toBe('');
      await firstParticipant.check();
      await form.getByRole('button', { name: 'Registrer kontakt' }).click();
      await page.getByTestId('contact-logged').waitFor();

      // The log shows it, newest first, in words, with the participant as a link to their page.
      const entry = page.getByTestId('contact-log').getByTestId('contact-log-item').first();
      await entry.waitFor();
      const text = (await entry.textContent()) ?? '';
      expect(text).toContain(norwegianDate(today));
      expect(text).toContain('Ansikt til ansikt');
      expect(text).toContain('Jobbutvikling');
      expect(text).toContain('Trenger dyrepleier');
      const link = entry.getByRole('link', { name: participantName });
      expect(await link.getAttribute('href')).toMatch(/^\/participants\/[0-9a-f-]{36}$/);
      await expectNoSeriousA11yViolations(page, 'employer page with a logged contact');

      // The week counts it against the target of 6, and the participant has had a first employer contact today.
      await page.goto('/employers');
      await page.getByRole('link', { name: 'Se jobbutviklingen din denne uken' }).click();
      await page.waitForURL('**/job-development');
      await expect
        .poll(() => page.getByTestId('week-face-to-face').textContent())
        .toBe('1 av 6 ansikt-til-ansikt-kontakter');
      expect(await page.getByTestId('week-target-status').textContent()).toContain('5 igjen');
      expect(await page.getByTestId('week-contact-list').textContent()).toContain(EMPLOYER);
      const row = page.getByTestId('first-employer-contact-row').filter({ hasText: participantName });
      expect(await row.textContent()).toContain(norwegianDate(today));
      await expectNoSeriousA11yViolations(page, 'job development page');

      // The previous week has nothing of this.
      await page.getByTestId('previous-week').click();
      await expect
        .poll(() => page.getByTestId('week-face-to-face').textContent())
        .toBe('0 av 6 ansikt-til-ansikt-kontakter');
      await page.getByTestId('next-week').click();
      await expect
        .poll(() => page.getByTestId('week-face-to-face').textContent())
        .toBe('1 av 6 ansikt-til-ansikt-kontakter');
    } finally {
      await context.close();
    }
  });

  it('keeps what was typed when a colleague saved the employer first, and saves after getting the latest', async () => {
    expect(employerPath).not.toBe('');
    const mine = await e2e.newPage();
    const theirs = await e2e.newPage();
    try {
      await logIn(mine.page, SPECIALIST);
      await mine.page.goto(employerPath);
      await mine.page.getByTestId('edit-employer').click();
      const form = mine.page.getByTestId('edit-employer-form');
      await form.getByLabel('Adresse (valgfritt)').fill('Storgata 1, 9008 Tromsø');

      // Meanwhile a colleague in the same team changes the notes.
      await logIn(theirs.page, COLLEAGUE);
      await theirs.page.goto(employerPath);
      await theirs.page.getByTestId('edit-employer').click();
      const theirForm = theirs.page.getByTestId('edit-employer-form');
      await theirForm.getByLabel('Notater (valgfritt)').fill('Positiv til IPS.');
      await theirForm.getByRole('button', { name: 'Lagre endringene' }).click();
      await theirs.page.getByTestId('employer-saved').waitFor();

      // Logging a contact on my page fetches the employer again in the background (with the colleague's notes);
      // the open form is still based on the version it was opened with, so my save must not overwrite theirs.
      const log = mine.page.getByTestId('log-contact');
      await log.getByRole('radio', { name: 'Nei, det var på telefon, e-post eller video' }).check();
      await log.getByLabel('Formål').selectOption('follow_up');
      await log.getByRole('button', { name: 'Registrer kontakt' }).click();
      await mine.page.getByTestId('contact-logged').waitFor();
      await expect
        .poll(() => mine.page.getByTestId('employer-details').textContent())
        .toContain('Positiv til IPS.');

      await form.getByRole('button', { name: 'Lagre endringene' }).click();
      await mine.page.getByTestId('stale-version').waitFor();
      expect(await form.getByLabel('Adresse (valgfritt)').inputValue()).toBe('Storgata 1, 9008 Tromsø');
      await expectNoSeriousA11yViolations(mine.page, 'employer page with the changed-since notice');

      await form.getByRole('button', { name: 'Hent siste versjon' }).click();
      await expect.poll(() => form.textContent()).toContain('Siste versjon er hentet');
      expect(await form.getByLabel('Adresse (valgfritt)').inputValue()).toBe('Storgata 1, 9008 Tromsø');
      await form.getByRole('button', { name: 'Lagre endringene' }).click();
      await mine.page.getByTestId('employer-saved').waitFor();
      expect(await mine.page.getByTestId('employer-details').textContent()).toContain(
        'Storgata 1, 9008 Tromsø',
      );
    } finally {
      await mine.context.close();
      await theirs.context.close();
    }
  });

  it('works on a 320 px wide phone without sideways scrolling', async () => {
    expect(employerPath).not.toBe('');
    const { context, page } = await e2e.newPage({ width: 320, height: 640 });
    try {
      await logIn(page, SPECIALIST);
      await page.goto('/employers');
      await page.getByTestId('employer-row').first().waitFor();
      await expectNoSidewaysScrolling(page, 'employers page (320 px)');
      await expectNoSeriousA11yViolations(page, 'employers page (320 px)');

      await page.goto(employerPath);
      await page.getByTestId('contact-log').waitFor();
      await page.getByTestId('edit-employer').click();
      await page.getByTestId('edit-employer-form').waitFor();
      await expectNoSidewaysScrolling(page, 'employer page with the edit form (320 px)');
      await expectNoSeriousA11yViolations(page, 'employer page (320 px)');

      await page.goto('/job-development');
      await page.getByTestId('week-target').waitFor();
      await page.getByTestId('first-employer-contact-row').first().waitFor();
      await expectNoSidewaysScrolling(page, 'job development page (320 px)');
      await expectNoSeriousA11yViolations(page, 'job development page (320 px)');
    } finally {
      await context.close();
    }
  });
});

describe('other roles', () => {
  it('does not give a NAV counsellor the employers', async () => {
    const { context, page } = await e2e.newPage();
    try {
      await logIn(page, 'nav.tromso', '/start');
      const navigation = page.getByRole('navigation', { name: 'Hovedmeny' });
      await navigation.getByRole('link', { name: 'Deltakere' }).waitFor();
      expect(await navigation.getByRole('link', { name: 'Arbeidsgivere' }).count()).toBe(0);
      await page.goto('/employers');
      await page.getByRole('heading', { name: 'Ikke tilgjengelig' }).waitFor();
      expect(await page.getByTestId('employers').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
