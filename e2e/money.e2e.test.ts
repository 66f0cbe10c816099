import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { estimateBenefits, RULE_YEARS } from '@ips-bridge/domain';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, type E2EApp, seriousA11yViolations, startE2EApp } from './harness.ts';

let e2e: E2EApp;
beforeAll(async () => {
  e2e = await startE2EApp();
});
afterAll(() => e2e?.close());

/** Set MONEY_SCREENSHOTS=<folder> to keep screenshots of the pages for a look by eye. */
const SCREENSHOTS = process.env.MONEY_SCREENSHOTS;

async function screenshot(page: Page, name: string): Promise<void> {
  if (!SCREENSHOTS) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  // The whole page, in parts of at most 1600 px so each is readable.
  const { width, height } = await page.evaluate(() => ({
    width: document.documentElement.clientWidth,
    height: document.documentElement.scrollHeight,
  }));
  for (let top = 0, part = 1; top < height; top += 1600, part += 1) {
    await page.screenshot({
      path: path.join(SCREENSHOTS, `${name}-${part}.png`),
      fullPage: true,
      clip: { x: 0, y: top, width, height: Math.min(1600, height - top) },
    });
  }
}

async function logIn(page: Page, username: string): Promise<void> {
  await page.goto('/login');
  const form = page.getByTestId('login-form');
  await form.getByLabel('Brukernavn').fill(username);
  await form.getByLabel('Passord').fill(DEMO_PASSWORD);
  await form.getByRole('button', { name: 'Logg inn' }).click();
}

async function expectNoSeriousA11yViolations(page: Page, where: string): Promise<void> {
  expect(await seriousA11yViolations(page), where).toEqual([]);
}

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** The elements that reach past the right edge, to say what to fix when the page scrolls sideways. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5)
      .filter((element) => !element.closest('.table-scroll') && element.checkVisibility())
      .slice(0, 8)
      .map(
        (element) =>
          `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} ${Math.round(element.getBoundingClientRect().right)}`,
      ),
  );
}

/** The demo seed saves its scenario for this year when there is rule data for it, else for the latest year. */
const thisYear = new Date().getFullYear();
const YEAR = RULE_YEARS.includes(thisYear) ? thisYear : Math.max(...RULE_YEARS);

/** deltaker1's saved AAP situation, at the saved wage and weeks, with `hours` a week. */
function expectedNet(hours: number) {
  const result = estimateBenefits({
    year: YEAR,
    situation: { kind: 'aap', basisIncome: 360_000, age: 34, children: 1 },
    scenarios: [{ hoursPerWeek: hours, hourlyWage: 210, weeksPerYear: 46 }],
  });
  const scenario = result.scenarios[0];
  if (!scenario) throw new Error('no scenario');
  return { baseline: result.baseline.net.monthly, net: scenario.net.monthly };
}

function digits(text: string | null): string {
  return (text ?? '').replace(/\D/g, '');
}

/** The question the demo seed asks for deltaker1. */
const SEEDED_QUESTION = 'Hva skjer med AAP hvis jeg jobber 20 timer i uka?';

describe('My money: the work-and-benefits calculator', () => {
  let participantId = '';

  it('lets the jobseeker try jobs, see where AAP stops, save a scenario and print a summary', async () => {
    const { context, page } = await e2e.newPage();
    try {
      await logIn(page, 'deltaker1.tromso');
      await page.waitForURL('**/my-page');
      const session = (await page.evaluate(() => fetch('/api/session').then((r) => r.json()))) as {
        user: { participantId: string | null };
      };
      participantId = session.user.participantId ?? '';
      expect(participantId).not.toBe('');

      await page.getByRole('link', { name: 'Min økonomi' }).click();
      await page.waitForURL('**/my-page/money');
      await page.getByTestId('money-result').waitFor();

      // It starts from the saved AAP situation.
      expect(await page.getByRole('radio', { name: /^AAP/ }).isChecked()).toBe(true);
      expect(await page.getByLabel('Grunnlaget ditt for AAP (kroner i året)').inputValue()).toBe('360 000');
      expect(await page.getByTestId('money-started-from').textContent()).toContain('AAP og deltid');

      // Three jobs: 10, 20 and 30 hours. The figures follow at once and match the calculation itself.
      const hours = page.getByRole('textbox', { name: 'Timer i uka', exact: true });
      const nets: number[] = [];
      for (const h of [10, 20, 30]) {
        await hours.fill(String(h));
        const expected = expectedNet(h);
        await expect
          .poll(() => page.getByTestId('net-with-work').getAttribute('data-value'))
          .toBe(String(expected.net));
        expect(digits(await page.getByTestId('net-with-work').textContent())).toBe(String(expected.net));
        expect(digits(await page.getByTestId('net-without-work').textContent())).toBe(
          String(expected.baseline),
        );
        nets.push(expected.net);
        await page.getByTestId('money-compare-add').click();
      }
      expect(new Set(nets).size).toBe(3);
      await expect.poll(() => page.getByTestId('money-compare-column').count()).toBe(3);
      const compared = await page
        .getByTestId('money-compare-net')
        .evaluateAll((cells) => cells.map((cell) => Number(cell.getAttribute('data-value'))));
      expect(compared).toEqual(nets);

      // At 30 hours AAP has stopped: said in words by the result, and named in the chart area.
      expect(await page.getByTestId('money-flags').textContent()).toContain('22,5');
      const curve = page.getByTestId('money-curve');
      expect(await curve.getByTestId('money-cliffs').textContent()).toContain(
        'AAP stopper hvis du jobber mer enn 22,5 timer i uka',
      );
      await curve.getByText('AAP stopper over 22,5 t').waitFor();

      // The slider moves the same hours, by keyboard.
      const slider = page.getByLabel('Timer i uka, glidebryter');
      await slider.focus();
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => hours.inputValue()).toBe('29,5');
      await page.getByRole('button', { name: 'En time mer' }).click();
      await expect.poll(() => hours.inputValue()).toBe('30');

      // A wrong figure is shown on its field, never as a silent zero.
      const wage = page.getByLabel('Timelønn (kroner før skatt)');
      await wage.fill('mye');
      await expect.poll(() => wage.getAttribute('aria-invalid')).toBe('true');
      expect(await page.getByTestId('net-with-work').count()).toBe(0);
      await wage.fill('210');
      await page.getByTestId('net-with-work').waitFor();

      // The full detail is one step away.
      // Aksel's expansion card: the whole header is one button (named by the card's title region).
      await page.getByTestId('money-details').getByRole('button').first().click();
      await page.getByTestId('money-amounts').waitFor();
      expect(await page.getByTestId('money-step').count()).toBeGreaterThan(5);
      await screenshot(page, 'money-1280');
      await expectNoSeriousA11yViolations(page, 'money page');

      // Save the three jobs under a name; it is listed first.
      await page.getByLabel('Navn på regnestykket').fill('Tre forslag');
      await page.getByTestId('money-save').click();
      await page.getByTestId('money-saved-message').waitFor();
      await expect.poll(() => page.getByTestId('money-saved-item').count()).toBe(2);
      expect(await page.getByTestId('money-saved-item').first().textContent()).toContain('Tre forslag');

      // Deleting can be undone right away.
      await page.getByRole('button', { name: 'Slett «Tre forslag»' }).click();
      await page.getByTestId('money-undo-delete').waitFor();
      await expect.poll(() => page.getByTestId('money-saved-item').count()).toBe(1);
      await page.getByTestId('money-undo-delete').click();
      await page.getByText('«Tre forslag» er hentet tilbake.').waitFor();
      await expect.poll(() => page.getByTestId('money-saved-item').count()).toBe(2);

      // The one-page printout: the situation, the jobs, the cliff, the open question and the disclaimer.
      await page.getByRole('link', { name: 'Utskrift på ett ark' }).click();
      await page.waitForURL('**/my-page/money/print');
      const sheet = page.getByTestId('money-print-sheet');
      await sheet.waitFor();
      const text = (await sheet.textContent()) ?? '';
      expect(text).toContain('Jobb og penger – oppsummering');
      expect(text).toContain('AAP (arbeidsavklaringspenger)');
      expect(text).toContain('AAP stopper hvis du jobber mer enn 22,5 timer i uka');
      expect(text).toContain(SEEDED_QUESTION);
      expect(text).toContain('Tre forslag');
      expect(await page.getByTestId('money-print-disclaimer').textContent()).toContain('anslag');
      const printed = await page
        .getByTestId('money-print-net')
        .evaluateAll((cells) => cells.map((cell) => Number(cell.getAttribute('data-value'))));
      expect(printed).toEqual(nets);
      await expectNoSeriousA11yViolations(page, 'print view');

      // The printout's language is chosen apart from the page's.
      await page.getByTestId('money-print-language').selectOption('en');
      await sheet.getByText('Work and money – summary').waitFor();
      expect(await page.getByRole('heading', { level: 1 }).first().textContent()).toBe(
        'Work and money – summary',
      );
      expect(await page.getByRole('link', { name: 'Tilbake til kalkulatoren' }).count()).toBe(1);
      await page.getByTestId('money-print-language').selectOption('nb');
      await sheet.getByText('Jobb og penger – oppsummering').waitFor();

      // In print, the header and navigation are gone, and it fits on one A4 page.
      await page.emulateMedia({ media: 'print' });
      expect(await page.getByRole('navigation').isVisible()).toBe(false);
      expect(await page.locator('.app-header').isVisible()).toBe(false);
      expect(await page.getByTestId('money-print-button').isVisible()).toBe(false);
      expect(await sheet.isVisible()).toBe(true);
      await screenshot(page, 'money-print');
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
      expect(pages.length).toBe(1);
      await page.emulateMedia({ media: 'screen' });
    } finally {
      await context.close();
    }
  });

  it('works on a 320 px wide phone without sideways scrolling, and without motion when asked', async () => {
    const { context, page } = await e2e.newPage({ width: 320, height: 640 });
    try {
      // Someone who has asked for less motion: the chart is drawn at once, without animation.
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await logIn(page, 'deltaker1.tromso');
      await page.waitForURL('**/my-page');
      await page.goto('/my-page/money');
      await page.getByTestId('net-with-work').waitFor();
      await page.getByTestId('money-chart').locator('svg').first().waitFor();
      await screenshot(page, 'money-320');
      expect(await horizontalOverflow(page), (await overflowing(page)).join('\n')).toBeLessThanOrEqual(0);
      await expectNoSeriousA11yViolations(page, 'money page (320 px)');
      await page.goto('/my-page/money/print');
      await page.getByTestId('money-print-sheet').waitFor();
      await screenshot(page, 'money-print-320');
      expect(await horizontalOverflow(page), (await overflowing(page)).join('\n')).toBeLessThanOrEqual(0);
    } finally {
      await context.close();
    }
  });

  it('shows a jobseeker on uføretrygd where it is reduced and where it stops, in English', async () => {
    const { context, page } = await e2e.newPage();
    try {
      await logIn(page, 'deltaker2.tromso');
      await page.waitForURL('**/my-page');
      await page.getByTestId('language-select').selectOption('en');
      await page.getByRole('link', { name: 'My money' }).click();
      await page.waitForURL('**/my-page/money');
      await page.getByTestId('net-with-work').waitFor();
      expect(await page.getByRole('radio', { name: /^Disability benefit/ }).isChecked()).toBe(true);

      const input = {
        year: YEAR,
        situation: {
          kind: 'uforetrygd' as const,
          uforegrad: 60,
          household: 'single' as const,
          monthsReceivedBeforeYear: 30,
          incomeBeforeDisability: 420_000,
        },
        scenarios: [{ hoursPerWeek: 10, hourlyWage: 210, weeksPerYear: 46 }],
      };
      const result = estimateBenefits(input);
      expect(await page.getByTestId('net-with-work').getAttribute('data-value')).toBe(
        String(result.scenarios[0]?.net.monthly),
      );
      if (result.keyFigures.kind !== 'uforetrygd') throw new Error('expected uføretrygd');
      const cliffs = (await page.getByTestId('money-cliffs').textContent()) ?? '';
      expect(cliffs).toContain('Disability benefit is reduced when your wages are above');
      expect(cliffs).toContain(
        `Disability benefit stops for the whole year if your wages are above NOK\u00a0${result.keyFigures.incomeCap.toLocaleString('en-GB')} a year`,
      );
      await page.getByTestId('money-chart').getByText('Benefit stops').waitFor();
      await expectNoSeriousA11yViolations(page, 'money page (uføretrygd, English)');
    } finally {
      await context.close();
    }
  });

  it("lets the specialist open the same participant's money page from the participant page", async () => {
    expect(participantId).not.toBe('');
    const { context, page } = await e2e.newPage();
    try {
      await logIn(page, 'js1.tromso');
      await page.waitForURL('**/caseload');
      await page.goto(`/participants/${participantId}`);
      await page.getByTestId('participant-name').waitFor();
      await page.getByRole('link', { name: 'Åpne økonomikalkulatoren' }).click();
      await page.waitForURL(`**/participants/${participantId}/money`);
      await page.getByTestId('money-heading').waitFor();
      await page.getByTestId('net-with-work').waitFor();

      // The jobseeker's saved scenario and the open question are there.
      expect(await page.getByTestId('money-saved-item').first().textContent()).toContain('Tre forslag');
      const question = page.getByTestId('money-question').filter({ hasText: SEEDED_QUESTION });
      expect(await question.getByTestId('money-not-answered').count()).toBe(1);

      // Staff record NAV's answer, dated today by default.
      await question.getByTestId('money-record-answer').click();
      await question
        .getByRole('textbox', { name: 'Svaret fra Nav' })
        .fill('AAP stopper for perioder med mer enn 22,5 timer.');
      await question.getByRole('button', { name: 'Lagre svaret' }).click();
      await question.getByText('Svar fra Nav', { exact: false }).first().waitFor();
      await expect.poll(() => question.getByTestId('money-not-answered').count()).toBe(0);
      await screenshot(page, 'money-staff');
      await expectNoSeriousA11yViolations(page, 'money page (staff)');
    } finally {
      await context.close();
    }
  });
});
