// Keyboard only (WCAG 2.1.1, 2.4.3, 2.4.7): the jobseeker logs in, opens their plan, ticks a step off and prepares
// their next meeting without a mouse. Every element is reached with Tab and used with Enter or Space, and each one
// shows where the focus is.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, type E2EApp, seriousA11yViolations, startE2EApp } from './harness.ts';

let e2e: E2EApp;
beforeAll(async () => {
  e2e = await startE2EApp();
});
afterAll(() => e2e?.close());

interface Focused {
  tag: string;
  name: string;
  href: string | null;
  focusVisible: boolean;
}

/** What has the focus now: its element, accessible name (aria-label, label or text) and whether focus shows. */
function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const byFor = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent : null;
    const name = (el.getAttribute('aria-label') ?? byFor ?? el.textContent ?? '').trim();
    const style = getComputedStyle(el);
    const focusVisible =
      el.matches(':focus-visible') &&
      ((style.outlineStyle !== 'none' && style.outlineWidth !== '0px') || style.boxShadow !== 'none');
    return { tag: el.tagName.toLowerCase(), name, href: el.getAttribute('href'), focusVisible };
  });
}

/** Presses Tab until the focused element matches, and checks that the focus can be seen there. */
async function tabTo(page: Page, what: string, matches: (f: Focused) => boolean, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (now && matches(now)) {
      expect(now.focusVisible, `focus is visible on ${what}`).toBe(true);
      return;
    }
  }
  throw new Error(`Tab did not reach ${what} in ${max} presses`);
}

describe('the jobseeker’s journey with the keyboard only', () => {
  it('logs in, opens the plan, ticks a step off and prepares the next meeting', async () => {
    const { context, page } = await e2e.newPage();
    try {
      const upcoming = await e2e.database.db
        .selectFrom('meeting as m')
        .innerJoin('participant as p', 'p.id', 'm.participant_id')
        .innerJoin('app_user as u', 'u.id', 'p.user_id')
        .select('m.id')
        .where('u.username', '=', 'deltaker1.tromso')
        .where('m.status', '=', 'planned')
        .where('m.starts_at', '>', new Date())
        .executeTakeFirstOrThrow();

      await page.goto('/login');
      await tabTo(page, 'the username field', (f) => f.tag === 'input' && f.name === 'Brukernavn');
      await page.keyboard.type('deltaker1.tromso');
      await tabTo(page, 'the password field', (f) => f.tag === 'input' && f.name === 'Passord');
      await page.keyboard.type(DEMO_PASSWORD);
      await page.keyboard.press('Enter');
      await page.waitForURL('**/my-page');
      await page.getByTestId('my-plan-summary').waitFor();

      // To the whole plan, and tick off my most urgent step there.
      await tabTo(page, 'the link to the plan', (f) => f.href === '/my-page/plan');
      await page.keyboard.press('Enter');
      await page.waitForURL('**/my-page/plan');
      await page.getByTestId('my-steps').waitFor();
      await tabTo(page, 'the tick button of the first step', (f) =>
        f.name.startsWith('Jeg har gjort dette: Skrive ned tre ting'),
      );
      await page.keyboard.press('Space');
      await expect
        .poll(() => page.getByTestId('my-plan-announcement').textContent())
        .toBe('Bra! Du har krysset av: Skrive ned tre ting jeg er god til.');
      // The focus stays on the step's button, which now offers to undo.
      await expect.poll(async () => (await focused(page))?.name).toContain('Angre at dette er gjort');

      // Back to My page through the menu, and on to the next meeting.
      await tabTo(page, 'My page in the menu', (f) => f.href === '/my-page' && f.name === 'Min side');
      await page.keyboard.press('Enter');
      await page.waitForURL('**/my-page');
      await page.getByTestId('my-plan-summary').waitFor();
      await tabTo(page, 'the next meeting', (f) => f.href === `/my-page/meetings/${upcoming.id}`);
      await page.keyboard.press('Enter');
      await page.waitForURL(`**/my-page/meetings/${upcoming.id}`);
      await page.getByTestId('expectations-form').waitFor();

      await tabTo(page, 'what I need from the meeting', (f) => f.name === 'Hva trenger jeg fra dette møtet?');
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('Vite om jeg kan jobbe tre dager i uka');
      await tabTo(page, 'the save button', (f) => f.tag === 'button' && f.name === 'Lagre svaret');
      await page.keyboard.press('Enter');
      await page.getByText('Svaret er lagret.').waitFor();
      expect(await seriousA11yViolations(page), 'meeting page after saving').toEqual([]);

      const saved = await e2e.database.db
        .selectFrom('meeting_expectation')
        .select('need')
        .where('meeting_id', '=', upcoming.id)
        .where('need', '=', 'Vite om jeg kan jobbe tre dager i uka')
        .execute();
      expect(saved).toHaveLength(1);
    } finally {
      await context.close();
    }
  });
});
