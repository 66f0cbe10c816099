// The jobseeker's own plan at phone size: the goal in their own words and the next step on My page, ticking a step
// off (and undoing it), the whole plan with the helpers' steps, the job section and a correction to the career
// profile that reaches the specialist as a message. Then the same pages in nynorsk and English, each with an axe scan.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, type E2EApp, seriousA11yViolations, startE2EApp } from './harness.ts';

let e2e: E2EApp;
beforeAll(async () => {
  e2e = await startE2EApp();
});
afterAll(() => e2e?.close());

const PHONE = { width: 375, height: 812 };

async function logIn(page: Page, username: string, landsOn: string): Promise<void> {
  await page.goto('/login');
  const form = page.getByTestId('login-form');
  await form.getByRole('textbox').first().fill(username);
  await form.locator('input[type="password"]').fill(DEMO_PASSWORD);
  await form.getByRole('button').last().click();
  await page.waitForURL(`**${landsOn}`);
}

/** Whether the page is wider than the screen (sideways scrolling on a phone). */
async function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
}

describe('my plan, on a phone', () => {
  it('shows my goal and next step on My page, and lets me tick the step off and undo it', async () => {
    const { context, page } = await e2e.newPage(PHONE);
    try {
      await logIn(page, 'deltaker1.tromso', '/my-page');
      const summary = page.getByTestId('my-plan-summary');
      await summary.waitFor();
      expect(await summary.getByTestId('my-goal-text').first().textContent()).toContain(
        'Jeg vil jobbe i en butikk',
      );
      // The most urgent of my steps is the overdue one, and it says so in words.
      const next = summary.getByTestId('my-next-step');
      expect(await next.getByTestId('my-step').textContent()).toContain('Skrive ned tre ting jeg er god til');
      expect(await next.getByTestId('my-step-overdue').textContent()).toMatch(/^Fristen var \d/);
      expect(await scrollsSideways(page)).toBe(false);
      expect(await seriousA11yViolations(page), 'my page').toEqual([]);

      await next
        .getByRole('button', { name: 'Jeg har gjort dette: Skrive ned tre ting jeg er god til' })
        .click();
      await expect
        .poll(() => page.getByTestId('my-plan-announcement').first().textContent())
        .toBe('Bra! Du har krysset av: Skrive ned tre ting jeg er god til.');
      // The next step moves on to the one due soonest.
      await expect
        .poll(() => next.getByTestId('my-step').textContent())
        .toContain('Ringe jobbspesialisten etter besøket');

      // The whole plan: the ticked step is under what I have done, and can be undone there.
      await summary.getByTestId('my-plan-link').click();
      await page.waitForURL('**/my-page/plan');
      await page.getByRole('heading', { level: 1, name: 'Planen min' }).waitFor();
      const done = page.locator('section[aria-labelledby="my-steps-done"]');
      await done.getByText('Skrive ned tre ting jeg er god til').waitFor();
      expect(await done.getByTestId('my-step').count()).toBe(2);
      await done
        .getByRole('button', { name: 'Angre at dette er gjort: Skrive ned tre ting jeg er god til' })
        .click();
      const mine = page.locator('section[aria-labelledby="my-steps-mine"]');
      await mine.getByText('Skrive ned tre ting jeg er god til').waitFor();
      expect(await done.getByTestId('my-step').count()).toBe(1);

      // What my helpers do says who does it; those steps have no button for me.
      const theirs = page.locator('section[aria-labelledby="my-steps-theirs"]');
      expect(
        await theirs
          .getByTestId('my-step')
          .filter({ hasText: 'Finne tre arbeidsgivere' })
          .getByTestId('my-step-owner')
          .textContent(),
      ).toContain('Jobbspesialist');
      expect(await theirs.getByRole('button').count()).toBe(0);
      expect(await scrollsSideways(page)).toBe(false);
      expect(await seriousA11yViolations(page), 'my plan').toEqual([]);

      // The change is the same plan the specialist works from.
      const steps = await e2e.database.db
        .selectFrom('plan_step as s')
        .innerJoin('participant as p', 'p.id', 's.participant_id')
        .innerJoin('app_user as u', 'u.id', 'p.user_id')
        .select(['s.text', 's.status', 's.version'])
        .where('u.username', '=', 'deltaker1.tromso')
        .where('s.text', '=', 'Skrive ned tre ting jeg er god til')
        .executeTakeFirstOrThrow();
      expect(steps).toMatchObject({ status: 'open', version: 3 });
    } finally {
      await context.close();
    }
  });

  it('shows my job and lets me say what is wrong in my career profile', async () => {
    const { context, page } = await e2e.newPage(PHONE);
    try {
      await logIn(page, 'deltaker1.tromso', '/my-page');
      await page.goto('/my-page/plan');
      const job = page.getByTestId('my-job-section');
      await job.getByRole('heading', { name: 'Jobben min' }).waitFor();
      await expect.poll(async () => (await job.textContent()) ?? '').not.toContain('Henter');

      const correction = page.getByTestId('my-profile-correction');
      await correction.getByRole('button', { name: 'Send' }).click();
      // An empty correction is refused in words, linked to the field.
      const field = correction.getByLabel('Er noe feil, eller mangler noe? Skriv det her.');
      await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
      expect(await correction.textContent()).toContain('Skriv hva som er feil eller mangler.');
      await field.fill('Jeg har også jobbet to somre på Coop.');
      await correction.getByRole('button', { name: 'Send' }).click();
      await correction.getByText('Takk! Meldingen er sendt.').waitFor();
      expect(await field.inputValue()).toBe('');
      expect(await seriousA11yViolations(page), 'my plan with the correction sent').toEqual([]);

      // The specialist reads it in the participant's conversation.
      const message = await e2e.database.db
        .selectFrom('participant_message')
        .select('text')
        .orderBy('created_at', 'desc')
        .executeTakeFirstOrThrow();
      expect(message.text).toBe('Retting i karriereprofilen: Jeg har også jobbet to somre på Coop.');
    } finally {
      await context.close();
    }
  });

  it.each([
    ['nn', 'Planen min', 'Målet mitt', 'Dette gjer hjelparane mine', 'Jobben min'],
    ['en', 'My plan', 'My goal', 'What my helpers do', 'My job'],
  ])('reads in %s too', async (language, heading, goal, theirs, job) => {
    const { context, page } = await e2e.newPage(PHONE);
    try {
      await logIn(page, 'deltaker2.tromso', '/my-page');
      await page.getByTestId('my-plan-summary').waitFor();
      // Each person chooses their language in the page header; it is saved for them.
      await page.getByTestId('language-select').selectOption(language);
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(language);
      await page.getByTestId('my-plan-summary').getByRole('heading', { name: goal }).waitFor();
      await page.getByTestId('my-plan-link').click();
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.getByRole('heading', { name: theirs }).waitFor();
      await page.getByRole('heading', { name: job }).waitFor();
      expect(await scrollsSideways(page)).toBe(false);
      expect(await seriousA11yViolations(page), `my plan in ${language}`).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
