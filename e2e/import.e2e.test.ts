import { readFileSync } from 'node:fs';
import { addDays, nextSyntheticNationalId, osloDate } from '@ips-bridge/domain';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, type E2EApp, seriousA11yViolations, startE2EApp } from './harness.ts';

let e2e: E2EApp;
beforeAll(async () => {
  e2e = await startE2EApp();
});
afterAll(() => e2e?.close());

const SPECIALIST = 'js1.tromso';
const SUPERVISOR = 'leder.tromso';

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

/** A valid number with its last control digit changed: the control digits no longer match. */
function withWrongControlDigit(nationalId: string): string {
  const last = Number(nationalId.at(-1));
  return `${nationalId.slice(0, -1)}${(last + 1) % 10}`;
}

const referralDate = addDays(osloDate(new Date()), -10);
const ingrid = nextSyntheticNationalId('1962-08-17', 400);
const per = nextSyntheticNationalId('1964-02-09', 410);

/** Participants as a team exports them from Excel: semicolons, a Norwegian date, the header on line 1. */
function participantsCsv(perNationalId: string): Buffer {
  const [year, month, day] = referralDate.split('-');
  return Buffer.from(
    [
      'given_name;family_name;national_id;referral_date;specialist_username;phase',
      `Ingrid;Importsen;${ingrid};${day}.${month}.${year};${SPECIALIST};engagement`,
      `Per;Importsen;${perNationalId};${referralDate};${SPECIALIST};`,
    ].join('\n'),
    'utf8',
  );
}

async function chooseFile(page: Page, name: string, buffer: Buffer, mimeType = 'text/csv'): Promise<void> {
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType, buffer });
}

const importButton = (page: Page) => page.getByRole('button', { name: 'Importer', exact: true });

describe('importing participants from a spreadsheet', () => {
  it('checks a file, lists the bad row with its line and column, and imports the fixed file', async () => {
    const { context, page } = await e2e.newPage();
    try {
      await logIn(page, SPECIALIST);
      await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Import' }).click();
      await page.waitForURL('**/import');
      await page.getByRole('heading', { level: 1, name: 'Importer fra regneark' }).waitFor();
      expect(await page.getByRole('radio', { name: 'Deltakere' }).isChecked()).toBe(true);
      expect(await page.textContent('body')).toContain('Alt eller ingenting');
      await expectNoSeriousA11yViolations(page, 'import page');

      // The sample file downloads from the app, and it is docs/import/participants.csv itself.
      const sample = page.getByTestId('import-sample');
      expect(await sample.getAttribute('download')).toBe('participants.csv');
      const download = await page.request.get((await sample.getAttribute('href')) ?? '');
      expect(download.ok()).toBe(true);
      expect(await download.text()).toBe(
        readFileSync(new URL('../docs/import/participants.csv', import.meta.url), 'utf8'),
      );

      // A file that is not a spreadsheet is refused in the browser.
      await chooseFile(page, 'deltakere.pdf', Buffer.from('%PDF-1.7'), 'application/pdf');
      await expect
        .poll(() => page.textContent('body'))
        .toContain('«deltakere.pdf» er ikke en CSV- eller XLSX-fil');

      // One bad row: the check names its line and column, saves nothing, and the import stays closed.
      await chooseFile(page, 'deltakere.csv', participantsCsv(withWrongControlDigit(per)));
      await page.getByTestId('import-chosen-file').waitFor();
      expect(await importButton(page).isDisabled()).toBe(true);
      await page.getByRole('button', { name: 'Kontroller filen' }).click();
      const problems = page.getByTestId('import-check-problems');
      await problems.waitFor();
      expect(await problems.getByRole('heading', { level: 3 }).textContent()).toBe('1 problem i filen');
      expect(await problems.textContent()).toContain('2 rader er kontrollert, og ingenting er lagret');
      const rows = page.getByTestId('import-problem-row');
      expect(await rows.count()).toBe(1);
      expect(await rows.first().getByTestId('import-problem-line').textContent()).toBe('3');
      expect(await rows.first().getByTestId('import-problem-column').textContent()).toBe('national_id');
      expect(await rows.first().textContent()).toContain('Fødselsnummeret er ikke gyldig');
      // Focus is on the outcome, so it is read out.
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.textContent))
        .toBe('1 problem i filen');
      expect(await importButton(page).isDisabled()).toBe(true);
      await expectNoSeriousA11yViolations(page, 'import page with the problems of a dry run');

      // The fixed file checks clean; the import opens only for that file and kind.
      await chooseFile(page, 'deltakere.csv', participantsCsv(per));
      await expect.poll(() => page.getByTestId('import-check-problems').count()).toBe(0);
      await page.getByRole('button', { name: 'Kontroller filen' }).click();
      const clean = page.getByTestId('import-check-clean');
      await clean.waitFor();
      expect(await clean.textContent()).toContain('2 rader, ingen problemer');
      expect(await importButton(page).isEnabled()).toBe(true);
      await page.getByRole('radio', { name: 'Arbeidsgivere' }).check();
      expect(await importButton(page).isDisabled()).toBe(true);
      await page.getByRole('radio', { name: 'Deltakere' }).check();
      expect(await importButton(page).isDisabled()).toBe(true);
      await page.getByRole('button', { name: 'Kontroller filen' }).click();
      await clean.waitFor();
      await expectNoSeriousA11yViolations(page, 'import page after a clean dry run');

      // The dry runs saved nothing.
      await page.goto('/caseload');
      await page.getByTestId('caseload-row').first().waitFor();
      await page.getByLabel('Søk på navn').fill('Importsen');
      await expect.poll(() => page.getByTestId('caseload-row').count()).toBe(0);

      await page.goBack();
      await page.waitForURL('**/import');
      await chooseFile(page, 'deltakere.csv', participantsCsv(per));
      await page.getByRole('button', { name: 'Kontroller filen' }).click();
      await page.getByTestId('import-check-clean').waitFor();
      await importButton(page).click();
      const done = page.getByTestId('import-run-done');
      await done.waitFor();
      expect(await done.getByTestId('import-run-count').textContent()).toBe('2 deltakere importert.');
      expect(await importButton(page).isDisabled()).toBe(true);
      await expectNoSeriousA11yViolations(page, 'import page after the import');

      // Both are in the caseload search, Ingrid in the phase from the file.
      await done.getByRole('link', { name: 'Gå til deltakerne' }).click();
      await page.waitForURL('**/caseload');
      await page.getByLabel('Søk på navn').fill('Importsen');
      await expect.poll(() => page.getByTestId('caseload-row').count()).toBe(2);
      const caseload = (await page.getByTestId('caseload').textContent()) ?? '';
      expect(caseload).toContain('Ingrid');
      expect(caseload).toContain('Per');
    } finally {
      await context.close();
    }
  });

  it('gives the supervisor the same page, and works on a 320 px wide phone', async () => {
    const { context, page } = await e2e.newPage({ width: 320, height: 640 });
    try {
      await logIn(page, SUPERVISOR);
      await page.goto('/import');
      await page.getByRole('heading', { level: 1, name: 'Importer fra regneark' }).waitFor();
      // Already imported by the specialist: both rows are problems now.
      await chooseFile(page, 'deltakere.csv', participantsCsv(per));
      await page.getByRole('button', { name: 'Kontroller filen' }).click();
      await page.getByTestId('import-check-problems').waitFor();
      expect(await page.getByTestId('import-problem-row').count()).toBe(2);
      expect(await page.getByTestId('import-problems').textContent()).toContain(
        'Fødselsnummeret er allerede registrert',
      );
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'import page with problems (320 px)').toBeLessThanOrEqual(0);
      await expectNoSeriousA11yViolations(page, 'import page with problems (320 px)');
    } finally {
      await context.close();
    }
  });

  it('is not there for a NAV counsellor', async () => {
    const { context, page } = await e2e.newPage();
    try {
      await logIn(page, 'nav.tromso', '/start');
      const navigation = page.getByRole('navigation', { name: 'Hovedmeny' });
      await navigation.getByRole('link', { name: 'Deltakere' }).waitFor();
      expect(await navigation.getByRole('link', { name: 'Import' }).count()).toBe(0);
      await page.goto('/import');
      await page.getByRole('heading', { name: 'Ikke tilgjengelig' }).waitFor();
    } finally {
      await context.close();
    }
  });
});
