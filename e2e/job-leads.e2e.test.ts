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
// From the demo seed: the team's register and its open leads.
const EMPLOYER = 'Kafé Nordlys';
const SEEDED_LEAD = 'Lagermedarbeider';
const NEW_LEAD = 'Kokk i deltid';

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

function lead(page: Page, title: string) {
  return page
    .getByTestId('job-lead')
    .filter({ has: page.getByRole('heading', { name: title, exact: true }) });
}

describe('job leads matched to participants’ preferences', () => {
  it('lists the demo team’s open leads with the specialist’s participants who fit them', async () => {
    const { context, page } = await e2e.newPage();
    try {
      await logIn(page, SPECIALIST);
      await page
        .getByRole('navigation', { name: 'Hovedmeny' })
        .getByRole('link', { name: 'Jobbmuligheter' })
        .click();
      await page.waitForURL('**/job-leads');
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Jobbmuligheter');
      const seeded = lead(page, SEEDED_LEAD);
      await seeded.waitFor();
      expect(await page.getByTestId('job-leads-count').textContent()).toBe('2 åpne jobbmuligheter');
      // Only open leads: the filled one from the demo is not shown until "All" is chosen.
      expect(await lead(page, 'Sjåfør varelevering').count()).toBe(0);

      const match = seeded.getByTestId('job-lead-match').first();
      expect(await match.getByRole('link').getAttribute('href')).toMatch(/^\/participants\/[0-9a-f-]{36}$/);
      expect(await match.getByTestId('job-lead-match-reasons').textContent()).toBe(
        'Passer på type arbeid, sted og timer i uka (3 av 3)',
      );
      expect(
        await seeded.getByRole('link', { name: 'Tromsø Lager og Logistikk AS' }).getAttribute('href'),
      ).toMatch(/^\/employers\/[0-9a-f-]{36}$/);
      await expectNoSeriousA11yViolations(page, 'job leads page');

      await page.getByTestId('job-leads-filter').getByRole('radio', { name: 'Alle' }).click();
      await page.waitForURL('**/job-leads?status=all');
      await lead(page, 'Sjåfør varelevering').waitFor();
      expect(await lead(page, 'Sjåfør varelevering').getByTestId('job-lead-status').textContent()).toContain(
        'Besatt',
      );
    } finally {
      await context.close();
    }
  });

  it('adds a lead: a missing title is caught in the browser; saved, it shows who fits and why', async () => {
    const { context, page } = await e2e.newPage();
    try {
      await logIn(page, SPECIALIST);
      await page.goto('/job-leads');
      await lead(page, SEEDED_LEAD).waitFor();
      await page.getByTestId('add-job-lead').click();
      const form = page.getByTestId('add-job-lead-form');
      // Focus moves into the form when it opens.
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('name')))
        .toBe('employerId');
      await form.getByLabel('Arbeidsgiver').selectOption({ label: EMPLOYER });
      await form.getByLabel('Type arbeid').fill('kjøkken');
      await form.getByLabel('Sted (valgfritt)').fill('Tromsø');
      await form.getByLabel('Timer i uka (valgfritt)').fill('12');
      await form.getByRole('button', { name: 'Legg til jobbmulighet' }).click();

      // No title: the field says so, and the error summary (which takes focus) links to it.
      const title = form.getByLabel('Tittel på jobben');
      await expect.poll(() => title.getAttribute('aria-invalid')).toBe('true');
      expect(await form.textContent()).toContain('Skriv inn tittelen på jobben.');
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.closest('.aksel-error-summary') !== null))
        .toBe(true);
      await expectNoSeriousA11yViolations(page, 'add job lead form with an error');

      await title.fill(NEW_LEAD);
      await form.getByLabel('Beskrivelse (valgfritt)').fill('Formiddag, tre dager i uka.');
      await form.getByRole('button', { name: 'Legg til jobbmulighet' }).click();
      const saved = page.getByTestId('job-lead-saved');
      await saved.waitFor();
      expect(await saved.textContent()).toContain(
        `«${NEW_LEAD}» er lagt til. 2 av deltakerne dine har ønsker som passer.`,
      );

      // Newest first, with the participants who fit, best first: one on all three, one on the place only.
      const added = page.getByTestId('job-lead').first();
      expect(await added.getByTestId('job-lead-title').textContent()).toBe(NEW_LEAD);
      const reasons = await added.getByTestId('job-lead-match-reasons').allTextContents();
      expect(reasons).toEqual([
        'Passer på type arbeid, sted og timer i uka (3 av 3)',
        'Passer på sted (1 av 3)',
      ]);
      expect(await added.textContent()).toContain('12 timer i uka');
      expect(await added.getByRole('link', { name: EMPLOYER }).count()).toBe(1);
      await expectNoSeriousA11yViolations(page, 'job leads page with a new lead');
    } finally {
      await context.close();
    }
  });

  it('marks a lead filled: it leaves the open list, can be undone, and is listed under all leads', async () => {
    const { context, page } = await e2e.newPage();
    try {
      await logIn(page, SPECIALIST);
      await page.goto('/job-leads');
      const added = lead(page, NEW_LEAD);
      await added.waitFor();

      await added.getByRole('button', { name: `Merk som besatt: «${NEW_LEAD}» hos ${EMPLOYER}` }).click();
      const changed = page.getByTestId('job-lead-status-changed');
      await changed.waitFor();
      expect(await changed.textContent()).toContain(`«${NEW_LEAD}» hos ${EMPLOYER} er merket som besatt.`);
      await expect.poll(() => added.count()).toBe(0);
      // Focus is on the message, not lost with the card that left the list.
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
        .toBe('job-lead-status-changed');
      await expectNoSeriousA11yViolations(page, 'job leads page after marking a lead filled');

      await changed.getByRole('button', { name: 'Angre' }).click();
      await page.getByTestId('job-lead-undone').waitFor();
      await added.waitFor();

      await added.getByRole('button', { name: `Merk som besatt: «${NEW_LEAD}» hos ${EMPLOYER}` }).click();
      await page.getByTestId('job-lead-status-changed').waitFor();
      await expect.poll(() => added.count()).toBe(0);

      await page.getByTestId('job-leads-filter').getByRole('radio', { name: 'Alle' }).click();
      await added.waitFor();
      expect(await added.getByTestId('job-lead-status').textContent()).toContain('Besatt');
      expect(
        await added.getByRole('button', { name: `Åpne igjen: «${NEW_LEAD}» hos ${EMPLOYER}` }).count(),
      ).toBe(1);

      // The employer's page lists its leads too, and the job-development page links here.
      await added.getByRole('link', { name: EMPLOYER }).click();
      await page.waitForURL(/\/employers\/[0-9a-f-]{36}$/);
      const atEmployer = page.getByTestId('employer-job-leads');
      await expect.poll(() => atEmployer.textContent()).toContain(NEW_LEAD);
      await expectNoSeriousA11yViolations(page, 'employer page with job leads');
      await page.goto('/job-development');
      await page.getByTestId('job-leads-link').click();
      await page.waitForURL('**/job-leads');
    } finally {
      await context.close();
    }
  });

  it('says so when a colleague changed the lead first, and fetches the list again', async () => {
    const mine = await e2e.newPage();
    const theirs = await e2e.newPage();
    try {
      await logIn(mine.page, SPECIALIST);
      await mine.page.goto('/job-leads');
      const myLead = lead(mine.page, SEEDED_LEAD);
      await myLead.waitFor();

      await logIn(theirs.page, COLLEAGUE);
      await theirs.page.goto('/job-leads');
      const theirLead = lead(theirs.page, SEEDED_LEAD);
      await theirLead.getByRole('button', { name: /^Lukk: «Lagermedarbeider»/ }).click();
      await theirs.page.getByTestId('job-lead-status-changed').waitFor();

      await myLead.getByRole('button', { name: /^Merk som besatt: «Lagermedarbeider»/ }).click();
      const stale = mine.page.getByTestId('stale-version');
      await stale.waitFor();
      expect(await stale.textContent()).toContain('Noen andre har endret jobbmuligheten');
      await expectNoSeriousA11yViolations(mine.page, 'job leads page with the changed-since notice');
      await stale.getByRole('button', { name: 'Hent listen på nytt' }).click();
      await expect.poll(() => myLead.count()).toBe(0);
    } finally {
      await mine.context.close();
      await theirs.context.close();
    }
  });

  it('works on a 320 px wide phone without sideways scrolling', async () => {
    const { context, page } = await e2e.newPage({ width: 320, height: 640 });
    try {
      await logIn(page, SPECIALIST);
      await page.goto('/job-leads');
      await page.getByTestId('job-lead').first().waitFor();
      await page.getByTestId('add-job-lead').click();
      await page.getByTestId('add-job-lead-form').waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await expectNoSeriousA11yViolations(page, 'job leads page (320 px)');
    } finally {
      await context.close();
    }
  });
});
