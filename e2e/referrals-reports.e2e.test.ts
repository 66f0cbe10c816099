import AxeBuilder from '@axe-core/playwright';
import { nextSyntheticNationalId } from '@ips-bridge/domain';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, type E2EApp, seriousA11yViolations, startE2EApp } from './harness.ts';

let e2e: E2EApp;
beforeAll(async () => {
  e2e = await startE2EApp();
});
afterAll(() => e2e?.close());

const SPECIALIST = 'js1.tromso';
const THERAPIST = 'beh.tromso';
const JOBSEEKER = 'deltaker1.tromso';

async function logIn(page: Page, username: string, landsOn: string): Promise<void> {
  await page.goto('/login');
  const form = page.getByTestId('login-form');
  await form.getByLabel('Brukernavn').fill(username);
  await form.getByLabel('Passord').fill(DEMO_PASSWORD);
  await form.getByRole('button', { name: 'Logg inn' }).click();
  await page.waitForURL(`**${landsOn}`);
}

async function expectNoSeriousA11yViolations(page: Page, where: string): Promise<void> {
  expect(await seriousA11yViolations(page), where).toEqual([]);
}

/** The same check as the harness, for one part of a page (a section other teams' parts sit next to). */
async function expectNoSeriousA11yViolationsIn(page: Page, selector: string, where: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .include(selector)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious, where).toEqual([]);
}

async function expectNoSidewaysScrolling(page: Page, where: string): Promise<void> {
  // Polled: right after a resize the page may not have been laid out again yet.
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), {
      message: where,
    })
    .toBeLessThanOrEqual(0);
}

/** With E2E_SCREENSHOTS=<folder>, keeps a full-page picture of the page as it is now, to review layouts by eye. */
async function snap(page: Page, name: string): Promise<void> {
  const folder = process.env.E2E_SCREENSHOTS;
  if (folder) await page.screenshot({ path: `${folder}/${name}.png`, fullPage: true });
}

/** The page at phone width (320 px): nothing may be wider than the screen. Then back to the desktop width. */
async function expectFitsPhone(page: Page, where: string): Promise<void> {
  await page.setViewportSize({ width: 320, height: 740 });
  await snap(page, `${where.replaceAll(' ', '-')}-320`);
  await expectNoSidewaysScrolling(page, `${where} at 320 px`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

function menuLink(page: Page, name: string): Locator {
  return page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name, exact: true });
}

/** Text as shown, with the non-breaking spaces of numbers as ordinary spaces. */
async function textOf(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').replace(/\u00a0/g, ' ');
}

describe('referrals: anyone may refer, the team inbox takes them in', () => {
  const nationalId = nextSyntheticNationalId('1990-05-05', 321);

  it('lets a person refer themself without logging in, on a phone-sized screen', async () => {
    const { context, page } = await e2e.newPage({ width: 320, height: 740 });
    try {
      // The login page points people without an account to the self-referral page.
      await page.goto('/login');
      await page.getByRole('link', { name: 'Vil du ha hjelp til å finne jobb? Henvis deg selv' }).click();
      await page.waitForURL('**/self-referral');
      await page.getByTestId('self-referral-form').waitFor();
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Få hjelp til å finne jobb');
      expect(await page.getByRole('main').textContent()).toContain(
        'Noen fra teamet ringer deg innen en uke.',
      );
      await expectNoSeriousA11yViolations(page, 'self-referral page');
      await expectNoSidewaysScrolling(page, 'self-referral page at 320 px');
      await snap(page, 'self-referral-320');

      // Sending it empty lists what is missing, and each field says so itself.
      await page.getByRole('button', { name: 'Send', exact: true }).click();
      await expect
        .poll(() => page.getByRole('textbox', { name: 'Telefonnummer' }).getAttribute('aria-invalid'))
        .toBe('true');
      expect(
        await page.getByText('Skriv telefonnummeret ditt eller e-postadressen din').count(),
      ).toBeGreaterThan(0);
      await expectNoSeriousA11yViolations(page, 'self-referral page with errors');
      await snap(page, 'self-referral-errors-320');

      // The language can be changed without logging in.
      await page.getByTestId('language-select').selectOption('en');
      await page.getByRole('heading', { name: 'Get help finding work' }).waitFor();
      await page.getByTestId('language-select').selectOption('nb');
      await page.getByRole('heading', { name: 'Få hjelp til å finne jobb' }).waitFor();

      await page.getByLabel('Hvilket team vil du ha hjelp fra?').selectOption({ label: 'IPS Tromsø' });
      await page.getByLabel('Fornavn').fill('Siri');
      await page.getByLabel('Etternavn').fill('Selvhenvist');
      await page.getByRole('textbox', { name: 'Telefonnummer' }).fill('+47 912 34 567');
      await page
        .getByLabel('Vil du fortelle oss noe? (valgfritt)')
        .fill('Det passer best å ringe etter klokka 10.');
      await page.getByRole('button', { name: 'Send', exact: true }).click();

      const received = page.getByTestId('self-referral-received');
      await received.waitFor();
      expect(await received.textContent()).toContain('Noen fra IPS Tromsø ringer deg innen en uke.');
      // The thanks takes focus, so screen reader users hear it at once.
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
        'Takk! Vi har fått meldingen din.',
      );
      await expectNoSeriousA11yViolations(page, 'self-referral received');
      await expectNoSidewaysScrolling(page, 'self-referral received at 320 px');
      await snap(page, 'self-referral-received-320');
    } finally {
      await context.close();
    }
  });

  it('lets a therapist refer someone to the team', async () => {
    const { context, page } = await e2e.newPage();
    try {
      await logIn(page, THERAPIST, '/start');
      await menuLink(page, 'Henvis').click();
      await page.waitForURL('**/refer');
      await page.getByTestId('referral-form').waitFor();
      // Zero exclusion: nothing asks whether the person is ready, ill enough or well enough.
      const formText = (await page.getByTestId('referral-form').textContent()) ?? '';
      expect(formText).not.toMatch(/diagnose|motivasjon|klar for jobb/i);

      await page.getByLabel('IPS-team').selectOption({ label: 'IPS Tromsø' });
      await page.getByLabel('Fornavn').fill('Tore');
      await page.getByLabel('Etternavn').fill('Terapihenvist');
      await page.getByLabel('Telefon', { exact: true }).fill('+47 923 45 678');
      await page
        .getByLabel('Melding til teamet (valgfritt)')
        .fill('Vil gjerne jobbe med bil. Ring på ettermiddagen.');
      await page.getByRole('button', { name: 'Send henvisningen' }).click();

      const sent = page.getByTestId('referral-sent');
      await sent.waitFor();
      expect(await sent.textContent()).toContain(
        'Henvisningen av Tore Terapihenvist er sendt til IPS Tromsø.',
      );
      await expectNoSeriousA11yViolations(page, 'refer page after sending');
      await snap(page, 'refer-sent-1280');
      await expectFitsPhone(page, 'refer page');
    } finally {
      await context.close();
    }
  });

  it('shows the specialist both in the inbox, and accepting one makes a participant', async () => {
    const { context, page } = await e2e.newPage();
    try {
      await logIn(page, SPECIALIST, '/caseload');
      await menuLink(page, 'Henvisninger').click();
      await page.waitForURL('**/referrals');
      const inbox = page.getByTestId('referral-inbox');
      await inbox.waitFor();

      const self = inbox.getByTestId('referral').filter({ hasText: 'Siri Selvhenvist' });
      const byTherapist = inbox.getByTestId('referral').filter({ hasText: 'Tore Terapihenvist' });
      expect(await self.textContent()).toContain('Personen selv');
      expect(await self.textContent()).toContain('Det passer best å ringe etter klokka 10.');
      expect(await byTherapist.textContent()).toContain('Behandler: Bente Behandler (Tromsø)');
      expect(await byTherapist.getByTestId('referral-received').textContent()).toContain(
        'har ventet 0 dager',
      );
      await expectNoSeriousA11yViolations(page, 'referral inbox');
      await snap(page, 'inbox-1280');
      await expectFitsPhone(page, 'referral inbox');

      await byTherapist.getByRole('button', { name: 'Ta imot' }).click();
      const accept = byTherapist.getByTestId('accept-referral-form');
      await accept.waitFor();
      // The identity number is checked in the browser before anything is sent.
      await accept.getByLabel('Fødselsnummer', { exact: true }).fill('12345678901');
      await accept.getByRole('button', { name: 'Ta imot og registrer' }).click();
      await expect
        .poll(() => accept.getByLabel('Fødselsnummer', { exact: true }).getAttribute('aria-invalid'))
        .toBe('true');
      expect(await accept.getByLabel('Jobbspesialist').inputValue()).not.toBe('');
      await expectNoSeriousA11yViolations(page, 'referral inbox, accept form with an error');
      await snap(page, 'inbox-accept-error-1280');

      await accept.getByLabel('Fødselsnummer', { exact: true }).fill(nationalId);
      await accept.getByRole('button', { name: 'Ta imot og registrer' }).click();
      await page.waitForURL(/\/participants\/[0-9a-f-]{36}$/);
      await expect
        .poll(() => page.getByTestId('participant-name').textContent())
        .toContain('Tore Terapihenvist');
      expect(await page.getByRole('main').textContent()).toContain('Deltakeren er registrert.');

      // A disclosure plan, written together with the new participant.
      const disclosure = page.getByTestId('disclosure');
      await disclosure.getByRole('button', { name: 'Skriv planen' }).click();
      await disclosure.getByTestId('disclosure-form').waitFor();
      await snap(page, 'participant-disclosure-form-1280');
      await disclosure
        .getByLabel('Hva vil du at en arbeidsgiver skal vite?')
        .fill('At jeg trenger faste pauser.');
      await disclosure.getByLabel('Hva skal en arbeidsgiver ikke vite?').fill('Diagnosen min.');
      await disclosure.getByRole('button', { name: 'Lagre planen' }).click();
      await disclosure.getByTestId('disclosure-saved').waitFor();
      expect(await disclosure.getByTestId('disclosure-mayKnow').textContent()).toBe(
        'At jeg trenger faste pauser.',
      );
      await expectNoSeriousA11yViolationsIn(page, '[data-testid="disclosure"]', 'disclosure plan');
      await snap(page, 'participant-from-referral-1280');

      // The accepted referral has left the new ones, and is found among the accepted.
      await page.goto('/referrals');
      await page.getByTestId('referral-inbox').waitFor();
      expect(await page.getByTestId('referral-inbox').textContent()).not.toContain('Tore Terapihenvist');
      await page.getByTestId('referral-filter').selectOption('accepted');
      await expect
        .poll(() => page.getByTestId('referral-inbox').textContent())
        .toContain('Tore Terapihenvist');
    } finally {
      await context.close();
    }
  });
});

describe('reports to NAV: drafted by the specialist, read by the jobseeker, then sent', () => {
  let participantPath = '';
  const summary = 'Ingrid har hatt god kontakt med to arbeidsgivere og vil prøve butikk.';

  it('finds the jobseeker’s own participant record', async () => {
    const { context, page } = await e2e.newPage();
    try {
      await logIn(page, JOBSEEKER, '/my-page');
      const session = (await page.evaluate(() => fetch('/api/session').then((r) => r.json()))) as {
        user: { participantId: string | null };
      };
      expect(session.user.participantId).not.toBeNull();
      participantPath = `/participants/${session.user.participantId}`;
      // Nothing to read before the specialist shares a report.
      await expect
        .poll(() => page.getByTestId('my-nav-reports-section').textContent())
        .toContain('Du har ingen rapporter å lese ennå.');
    } finally {
      await context.close();
    }
  });

  it('lets the specialist draft a report for a period, write the summary and share it', async () => {
    expect(participantPath).not.toBe('');
    const { context, page } = await e2e.newPage();
    try {
      await logIn(page, SPECIALIST, '/caseload');
      await page.goto(participantPath);
      const section = page.getByTestId('nav-reports-section');
      await section.getByRole('button', { name: 'Ny rapport' }).click();
      const form = section.getByTestId('new-nav-report-form');
      await form.waitFor();
      expect(await form.getByLabel('Til og med').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      await snap(page, 'participant-new-report-form-1280');
      await form.getByRole('button', { name: 'Lag utkast' }).click();
      const report = section.getByTestId('nav-report').first();
      await report.getByTestId('nav-report-done').waitFor();
      expect(await report.getByTestId('nav-report-done').textContent()).toContain('Utkastet for');
      expect(await report.getAttribute('data-status')).toBe('draft');
      // The generated facts are shown in words.
      const document = report.getByTestId('nav-report-document');
      expect(await document.textContent()).toContain('Ved start:');
      expect(await document.textContent()).toContain('Kontakt med arbeidsgivere');

      await report.getByRole('button', { name: 'Endre teksten' }).click();
      await report.getByTestId('nav-report-text-form').waitFor();
      await snap(page, 'participant-report-text-form-1280');
      await report.getByRole('textbox', { name: 'Oppsummering' }).fill(summary);
      await report
        .getByRole('textbox', { name: 'Videre plan' })
        .fill('Søke på to butikkjobber før neste møte.');
      await report.getByRole('button', { name: 'Lagre teksten' }).click();
      await report.getByTestId('nav-report-done').waitFor();
      expect(await document.textContent()).toContain(summary);

      await report.getByRole('button', { name: 'Del med Ingrid' }).click();
      await expect.poll(() => report.getAttribute('data-status')).toBe('with_jobseeker');
      expect(await report.getByTestId('nav-report-done').textContent()).toContain('delt med Ingrid');
      expect(await report.getByTestId('nav-report-status').textContent()).toBe('Hos Ingrid for lesing');
      await expectNoSeriousA11yViolationsIn(page, '[data-testid="nav-reports-section"]', 'reports section');
      await snap(page, 'participant-reports-shared-1280');
      await expectFitsPhone(page, 'participant page with reports');
    } finally {
      await context.close();
    }
  });

  it('lets the jobseeker read the shared report on My page and comment before it is sent', async () => {
    const { context, page } = await e2e.newPage({ width: 360, height: 740 });
    try {
      await logIn(page, JOBSEEKER, '/my-page');
      const section = page.getByTestId('my-nav-reports-section');
      await section.getByRole('heading', { name: 'Rapporter til Nav om deg' }).waitFor();
      const report = section.getByTestId('my-nav-report').first();
      await report.waitFor();
      expect(await report.getAttribute('data-status')).toBe('with_jobseeker');
      expect(await report.getByTestId('nav-report-document').textContent()).toContain(summary);
      await expectNoSeriousA11yViolationsIn(page, '[data-testid="my-nav-reports-section"]', 'my reports');
      await expectNoSidewaysScrolling(page, 'my page with a report at 360 px');
      await snap(page, 'my-page-report-360');

      await report.getByLabel('Kommentar til Nav (valgfritt)').fill('Jeg vil helst jobbe formiddag.');
      await report.getByRole('button', { name: 'Jeg har lest rapporten' }).click();
      await report.getByTestId('my-nav-report-saved').waitFor();
      await expect.poll(() => report.getAttribute('data-status')).toBe('ready');
      expect(await report.getByTestId('nav-report-document').textContent()).toContain(
        'Jeg vil helst jobbe formiddag.',
      );
    } finally {
      await context.close();
    }
  });

  it('lets the specialist send the read report and shows the archive reference', async () => {
    const { context, page } = await e2e.newPage();
    try {
      await logIn(page, SPECIALIST, '/caseload');
      await page.goto(participantPath);
      const report = page.getByTestId('nav-reports-section').getByTestId('nav-report').first();
      await report.waitFor();
      expect(await report.getAttribute('data-status')).toBe('ready');
      expect(await report.getByTestId('nav-report-document').textContent()).toContain(
        'Jeg vil helst jobbe formiddag.',
      );

      await report.getByRole('button', { name: 'Send til Nav' }).click();
      await report.getByTestId('nav-report-send-confirm').waitFor();
      await report.getByRole('button', { name: 'Send rapporten' }).click();
      await expect.poll(() => report.getAttribute('data-status')).toBe('sent');
      const reference = await report.getByTestId('nav-report-archive-reference').textContent();
      expect(reference).toMatch(/^Arkivreferanse: \d{4}-\d{2}-\d{2}-nav_report-[0-9a-f-]{36}/);
      expect(await report.getByTestId('nav-report-done').textContent()).toContain(
        'Rapporten er sendt til Nav.',
      );
      // A sent report can no longer be changed.
      expect(await report.getByRole('button', { name: 'Endre teksten' }).count()).toBe(0);
      await expectNoSeriousA11yViolationsIn(
        page,
        '[data-testid="nav-reports-section"]',
        'reports section, sent',
      );
      await snap(page, 'participant-reports-sent-1280');

      // "Print" marks the report; on paper only the report is shown, without the page around it or its buttons.
      await page.evaluate(() => {
        window.print = () => {
          document.body.dataset.printRequested = 'true';
        };
      });
      await report.getByRole('button', { name: 'Skriv ut' }).click();
      await expect.poll(() => page.evaluate(() => document.body.dataset.printRequested)).toBe('true');
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.app-header').isVisible()).toBe(false);
      expect(await page.getByTestId('participant-name').isVisible()).toBe(false);
      expect(await report.getByTestId('nav-report-document').isVisible()).toBe(true);
      expect(await report.getByText('Rapport til Nav om Ingrid').isVisible()).toBe(true);
      expect(await report.getByRole('button', { name: 'Skriv ut' }).isVisible()).toBe(false);
      await snap(page, 'participant-report-print');
      await page.emulateMedia({ media: 'screen' });
    } finally {
      await context.close();
    }
  });
});

describe('time use', () => {
  it('lets the specialist record a week and see the community share against the target in words', async () => {
    const { context, page } = await e2e.newPage();
    try {
      // The demo's Tromsø specialists have eight weeks recorded; Bodø's start with none.
      await logIn(page, 'js1.bodo', '/caseload');
      await menuLink(page, 'Tidsbruk').click();
      await page.waitForURL('**/time-use');
      const thisWeek = page.getByTestId('time-use-week').first();
      await thisWeek.waitFor();
      expect(await thisWeek.getAttribute('data-recorded')).toBe('false');
      expect(await page.getByTestId('time-use-summary').textContent()).toContain('ikke ført opp noen timer');
      await expectNoSeriousA11yViolations(page, 'time use page');

      await thisWeek.getByTestId('time-use-edit').click();
      await thisWeek.getByRole('textbox', { name: 'Timer ute', exact: true }).fill('20');
      await thisWeek.getByRole('textbox', { name: 'Timer på kontoret', exact: true }).fill('10');
      expect(await textOf(thisWeek.getByTestId('time-use-preview'))).toBe(
        'Det blir 67 % ute. Det når målet på 65 %.',
      );
      await thisWeek.getByRole('button', { name: 'Lagre uka' }).click();
      await thisWeek.getByTestId('time-use-saved').waitFor();
      await expect.poll(() => thisWeek.getAttribute('data-recorded')).toBe('true');
      expect(await textOf(thisWeek.getByTestId('time-use-share'))).toBe('67 %');
      expect(await textOf(thisWeek)).toContain('Når målet på 65 %.');
      expect(await textOf(page.getByTestId('time-use-overall'))).toContain('67 % av timene var ute');
      await expectNoSeriousA11yViolations(page, 'time use page after saving');
      await snap(page, 'time-use-1280');
      await expectFitsPhone(page, 'time use page');
    } finally {
      await context.close();
    }
  });

  it('is not offered to a therapist', async () => {
    const { context, page } = await e2e.newPage();
    try {
      await logIn(page, THERAPIST, '/start');
      expect(await menuLink(page, 'Tidsbruk').count()).toBe(0);
      await page.goto('/time-use');
      await page.getByRole('heading', { name: 'Ikke tilgjengelig' }).waitFor();
    } finally {
      await context.close();
    }
  });
});

describe('the self-referral limit', () => {
  it('says calmly to wait after many forms from one place in an hour', async () => {
    const { context, page } = await e2e.newPage();
    try {
      await page.goto('/self-referral');
      await page.getByTestId('self-referral-form').waitFor();
      // One form was sent earlier in this file; four more reach the hourly limit.
      const statuses = await page.evaluate(async () => {
        const teams = (await fetch('/api/public/ips-teams').then((r) => r.json())) as {
          items: Array<{ id: string; name: string }>;
        };
        const teamId = teams.items.find((team) => team.name === 'IPS Tromsø')?.id ?? '';
        const results: number[] = [];
        for (let i = 0; i < 4; i++) {
          const response = await fetch('/api/public/self-referrals', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ teamId, givenName: 'Test', familyName: `Grense ${i}`, phone: '12345678' }),
          });
          results.push(response.status);
        }
        return results;
      });
      expect(statuses).toEqual([202, 202, 202, 202]);

      await page.getByLabel('Hvilket team vil du ha hjelp fra?').selectOption({ label: 'IPS Tromsø' });
      await page.getByLabel('Fornavn').fill('Per');
      await page.getByLabel('Etternavn').fill('Mangeganger');
      await page.getByRole('textbox', { name: 'E-postadresse' }).fill('per@eksempel.no');
      await page.getByRole('button', { name: 'Send', exact: true }).click();
      const tooMany = page.getByTestId('self-referral-too-many');
      await tooMany.waitFor();
      expect(await tooMany.textContent()).toContain('Vent en time, og prøv igjen.');
      await expectNoSeriousA11yViolations(page, 'self-referral page, too many');
    } finally {
      await context.close();
    }
  });
});
