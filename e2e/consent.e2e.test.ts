// Consent end to end: the jobseeker decides who sees what, the server enforces it on the next request, and the
// jobseeker sees who has looked. Four browser contexts at once: the jobseeker (on a phone), the NAV counsellor, the
// therapist and a supervisor from another team; the specialist records a paper consent at the end.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, type E2EApp, seriousA11yViolations, startE2EApp } from './harness.ts';

let e2e: E2EApp;
beforeAll(async () => {
  e2e = await startE2EApp();
});
afterAll(() => e2e?.close());

const JOBSEEKER = 'deltaker1.tromso';
const NAV = 'nav.tromso';
const NAV_NAME = 'Nina NAV-veileder (Tromsø)';
const THERAPIST = 'beh.tromso';
const THERAPIST_NAME = 'Bente Behandler (Tromsø)';
const SPECIALIST = 'js1.tromso';
const OTHER_SUPERVISOR = 'leder.bodo';
const WARNING_SIGNS = 'Sover dårlig i flere netter på rad';
const EMERGENCY_REASON = 'Deltakeren har ikke møtt på tre avtaler, og behandler er på ferie.';

/** Set CONSENT_SCREENSHOTS=<folder> to keep screenshots of the pages for a look by eye. */
const SCREENSHOTS = process.env.CONSENT_SCREENSHOTS;

async function screenshot(page: Page, name: string, options: { dialog?: boolean } = {}): Promise<void> {
  if (!SCREENSHOTS) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  // An open dialog sits on top of the viewport, which a full-page capture leaves out.
  if (options.dialog) {
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
    return;
  }
  // The whole page, in parts of at most 1200 px so each is readable.
  const { width, height } = await page.evaluate(() => ({
    width: document.documentElement.clientWidth,
    height: document.documentElement.scrollHeight,
  }));
  for (let top = 0, part = 1; top < height; top += 1200, part += 1) {
    await page.screenshot({
      path: path.join(SCREENSHOTS, `${name}-${part}.png`),
      fullPage: true,
      clip: { x: 0, y: top, width, height: Math.min(1200, height - top) },
    });
  }
}

async function logIn(page: Page, username: string, landing: string): Promise<void> {
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

/** Waits until a dialog has finished opening, so a scan does not see it half faded in. */
async function settled(dialog: Locator): Promise<void> {
  await dialog.evaluate((element) =>
    Promise.all(element.getAnimations({ subtree: true }).map((animation) => animation.finished)),
  );
}

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** A request to the API from the logged-in page, with its CSRF token: for setting up what the test needs. */
async function apiFromPage(
  page: Page,
  method: 'GET' | 'PUT',
  url: string,
  body?: unknown,
  ifMatch?: string,
): Promise<{ status: number; json: unknown }> {
  return page.evaluate(
    async ({ method, url, body, ifMatch }) => {
      const session = await (await fetch('/api/session')).json();
      const headers: Record<string, string> = { 'x-csrf-token': session.csrfToken };
      if (body !== undefined) headers['content-type'] = 'application/json';
      if (ifMatch !== undefined) headers['if-match'] = ifMatch;
      const response = await fetch(url, {
        method,
        headers,
        body: body === undefined ? null : JSON.stringify(body),
      });
      return { status: response.status, json: await response.json().catch(() => null) };
    },
    { method, url, body, ifMatch },
  );
}

function card(page: Page, name: string): Locator {
  return page.getByTestId('sharing-card').filter({ has: page.getByRole('heading', { name, exact: true }) });
}

function cell(cardLocator: Locator, category: string): Locator {
  return cardLocator.locator(`[data-testid="sharing-item"][data-category="${category}"]`);
}

/** Opens "Change sharing" for one person, ticks or unticks categories, and saves. */
async function changeSharing(
  page: Page,
  name: string,
  change: { tick?: string[]; untick?: string[]; purpose?: string; until?: string; screenshot?: string },
): Promise<void> {
  await card(page, name).getByTestId('edit-sharing').click();
  const dialog = page.getByRole('dialog', { name: `Hva kan ${name} se?` });
  await dialog.waitFor();
  for (const label of change.tick ?? []) await dialog.getByRole('checkbox', { name: label }).check();
  for (const label of change.untick ?? []) await dialog.getByRole('checkbox', { name: label }).uncheck();
  if (change.purpose) await dialog.getByLabel('Hvorfor deler du? (valgfritt)').fill(change.purpose);
  if (change.until) await dialog.getByLabel('Del til og med (valgfritt)').fill(change.until);
  if (change.screenshot) {
    await settled(dialog);
    expect(await seriousA11yViolations(page), 'edit sharing dialog').toEqual([]);
    await screenshot(page, change.screenshot, { dialog: true });
  }
  await dialog.getByTestId('edit-sharing-save').click();
  await dialog.waitFor({ state: 'detached' });
  await expect.poll(() => page.getByTestId('sharing-notice').textContent()).toContain(`${name} ser nå`);
  // Focus is back on the button that opened the dialog.
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
    .toBe('edit-sharing');
}

function nextYear(): string {
  const d = new Date();
  return `${d.getFullYear() + 1}-06-30`;
}

describe('consent: the jobseeker decides who sees what', () => {
  let participantId = '';
  let jobseeker: { page: Page; close: () => Promise<void> };
  let nav: { page: Page; close: () => Promise<void> };

  beforeAll(async () => {
    const j = await e2e.newPage({ width: 360, height: 740 });
    jobseeker = { page: j.page, close: () => j.context.close() };
    const n = await e2e.newPage();
    nav = { page: n.page, close: () => n.context.close() };
    await logIn(jobseeker.page, JOBSEEKER, '/my-page');
    const session = (await apiFromPage(jobseeker.page, 'GET', '/api/session')).json as {
      user: { participantId: string | null };
    };
    participantId = session.user.participantId ?? '';
    expect(participantId).toMatch(/^[0-9a-f-]{36}$/);
    await logIn(nav.page, NAV, '/start');

    // The specialist writes the career profile, with early warning signs in its health part.
    const s = await e2e.newPage();
    try {
      await logIn(s.page, SPECIALIST, '/caseload');
      const saved = await apiFromPage(
        s.page,
        'PUT',
        `/api/participants/${participantId}/career-profile`,
        {
          content: {
            workHistory: [],
            education: [],
            preferences: { jobTypes: ['lager'], places: ['Tromsø'], conditions: '' },
            strengths: 'Punktlig.',
            whatHelps: '',
            whatGetsInTheWay: '',
          },
          health: { earlyWarningSigns: WARNING_SIGNS, copingStrategies: 'Går tur' },
        },
        '"0"',
      );
      expect(saved.status).toBe(200);
    } finally {
      await s.context.close();
    }
  });
  afterAll(async () => {
    await jobseeker?.close();
    await nav?.close();
  });

  it('shows each helper and what they see, in plain words, on a phone', async () => {
    const { page } = jobseeker;
    await page.getByTestId('privacy-entry').waitFor();
    await screenshot(page, 'my-page-phone');
    await page.getByTestId('privacy-entry').getByRole('link', { name: 'Hvem ser hva' }).click();
    await page.waitForURL('**/my-page/sharing');
    await page.getByRole('heading', { level: 1, name: 'Hvem ser hva' }).waitFor();
    const navCard = card(page, NAV_NAME);
    await navCard.waitFor();
    expect(await navCard.textContent()).toContain('Nav-veileder');
    // As standard NAV sees the money side but not the early warning signs; the demo's paper form lets NAV see
    // what helps and hinders at work.
    expect(await cell(navCard, 'benefits').getAttribute('data-shared')).toBe('true');
    expect(await cell(navCard, 'benefits').textContent()).toContain('Ser – som standard');
    expect(await cell(navCard, 'warning_signs').textContent()).toContain('Ser ikke – som standard');
    expect(await cell(navCard, 'work_functioning').textContent()).toContain(
      'Ser – du har sagt ja, til og med',
    );
    expect(await cell(navCard, 'diagnosis_treatment').getAttribute('data-shared')).toBe('false');
    // The history says who recorded what, on paper or in the app.
    const history = page.getByTestId('consent-history');
    expect(await history.textContent()).toContain(
      'Fra et papirskjema, registrert av Jonas Jobbspesialist (Tromsø)',
    );
    expect(await history.textContent()).toContain('Registrert av deg');

    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await expectNoSeriousA11yViolations(page, 'who sees what (phone)');
    await screenshot(page, 'sharing-phone');
  });

  it('stops sharing money with NAV: NAV cannot open it on the next request, and sees it again when turned back on', async () => {
    await nav.page.goto(`/participants/${participantId}/money`);
    await nav.page.getByTestId('money-saved-list').getByText('AAP og deltid').waitFor();

    await changeSharing(jobseeker.page, NAV_NAME, {
      untick: ['Økonomi og ytelser'],
      purpose: 'Jeg vil snakke med Nav om pengene selv',
    });
    const navCard = card(jobseeker.page, NAV_NAME);
    expect(await cell(navCard, 'benefits').getAttribute('data-shared')).toBe('false');
    expect(await cell(navCard, 'benefits').textContent()).toContain('Ser ikke – du har sagt nei');
    expect(await jobseeker.page.getByTestId('consent-history-item').first().textContent()).toContain(
      `Nei: ${NAV_NAME} kan ikke se «Økonomi og ytelser»`,
    );

    await nav.page.reload();
    await nav.page.getByTestId('money-heading').waitFor();
    await nav.page.getByText(/Du har ikke tilgang til økonomien til denne deltakeren/).waitFor();
    expect(await nav.page.getByTestId('money-saved-list').count()).toBe(0);
    expect(await nav.page.getByRole('main').textContent()).not.toContain('AAP og deltid');

    // The refused attempt is in the jobseeker's access log, marked as refused.
    await jobseeker.page.goto('/my-page/access-log');
    await jobseeker.page.getByTestId('access-log').waitFor();
    const refused = jobseeker.page
      .getByTestId('access-log-entry')
      .filter({ hasText: NAV_NAME })
      .and(jobseeker.page.locator('[data-outcome="denied"]'))
      .first();
    await refused.waitFor();
    expect(await refused.getByTestId('access-log-what').textContent()).toBe('Så økonomien og ytelsene dine');
    expect(await refused.getByTestId('access-log-why').textContent()).toBe(
      'Fikk ikke tilgang: du har sagt nei til å dele dette',
    );
    expect(await refused.getByTestId('access-log-denied').textContent()).toBe('Avvist');

    await jobseeker.page.goto('/my-page/sharing');
    await changeSharing(jobseeker.page, NAV_NAME, { tick: ['Økonomi og ytelser'] });
    expect(await cell(card(jobseeker.page, NAV_NAME), 'benefits').textContent()).toContain(
      'Ser – du har sagt ja',
    );

    await nav.page.reload();
    await nav.page.getByTestId('money-saved-list').getByText('AAP og deltid').waitFor();
  });

  it('shares early warning signs with NAV until a date: NAV’s career profile shows them', async () => {
    await nav.page.goto(`/participants/${participantId}`);
    const profile = nav.page.getByTestId('career-profile');
    await profile.getByTestId('career-profile-health-withheld').waitFor();
    expect(await profile.textContent()).not.toContain(WARNING_SIGNS);

    const until = nextYear();
    await changeSharing(jobseeker.page, NAV_NAME, {
      tick: ['Tidlige varselsignaler og mestring'],
      purpose: 'Så Nav vet når jeg trenger en pause',
      until,
      screenshot: 'edit-dialog-phone',
    });
    const [year, month, day] = until.split('-');
    expect(await cell(card(jobseeker.page, NAV_NAME), 'warning_signs').textContent()).toContain(
      `Ser – du har sagt ja, til og med ${day}.${month}.${year}`,
    );

    await nav.page.reload();
    await nav.page.getByTestId('career-profile').getByText(WARNING_SIGNS).waitFor();
    expect(await nav.page.getByTestId('career-profile-health-withheld').count()).toBe(0);

    // The staff section shows the same, read only for NAV.
    const section = nav.page.getByTestId('consent');
    const navCard = section.getByTestId('sharing-card').filter({ hasText: NAV_NAME });
    expect(await cell(navCard, 'warning_signs').textContent()).toContain(
      'deltakeren har sagt ja, til og med',
    );
    expect(await section.getByTestId('open-paper-consent').count()).toBe(0);
    expect(await section.getByTestId('emergency-access').count()).toBe(0);
  });

  it('shows the jobseeker who has seen their information, newest first, in pages', async () => {
    const { page } = jobseeker;
    await page.goto('/my-page');
    await page
      .getByTestId('privacy-entry')
      .getByRole('link', { name: 'Hvem har sett opplysningene mine' })
      .click();
    await page.waitForURL('**/my-page/access-log');
    await page
      .getByRole('heading', { level: 1, name: 'Hvem har sett eller endret opplysningene mine' })
      .waitFor();
    const navReads = page.getByTestId('access-log-entry').filter({ hasText: NAV_NAME });
    await navReads.first().waitFor();
    const whats = await navReads.getByTestId('access-log-what').allTextContents();
    expect(whats).toContain('Så karriereprofilen din');
    const read = navReads.filter({ hasText: 'Så karriereprofilen din' }).first();
    expect(await read.getByTestId('access-log-who').textContent()).toBe(
      `${NAV_NAME} – Nav-veileder, NAV Tromsø`,
    );
    // The career profile is NAV's to see as standard; its warning signs only by the jobseeker's consent.
    expect(await read.getByTestId('access-log-why').textContent()).toBe(
      'I oppfølgingsteamet ditt, med tilgang som standard',
    );
    // The jobseeker's own looks are left out, until they ask for them.
    expect(await page.getByTestId('access-log-who').allTextContents()).not.toContain('Du selv');
    await page.getByLabel('Vis også det jeg har gjort selv').check();
    await page.getByTestId('access-log-who').filter({ hasText: 'Du selv' }).first().waitFor();

    // More than one page by now: the second page continues the list.
    const count = await page.getByTestId('access-log-count').textContent();
    expect(count).toMatch(/^Viser 1–20 av \d+$/);
    await page.getByTestId('access-log-pagination').getByRole('button', { name: '2' }).click();
    await expect.poll(() => page.getByTestId('access-log-count').textContent()).toMatch(/^Viser 21–/);

    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await expectNoSeriousA11yViolations(page, 'access log (phone)');
    await page.getByTestId('access-log-pagination').getByRole('button', { name: '1' }).click();
    await expect.poll(() => page.getByTestId('access-log-count').textContent()).toMatch(/^Viser 1–20/);
    await screenshot(page, 'access-log-phone');
  });

  it('blocks the therapist from everything after a warning, and lets them in again', async () => {
    const { page } = jobseeker;
    const therapist = await e2e.newPage();
    try {
      await logIn(therapist.page, THERAPIST, '/start');
      await therapist.page.goto(`/participants/${participantId}`);
      await therapist.page.getByTestId('participant-name').waitFor();

      await page.goto('/my-page/sharing');
      await card(page, THERAPIST_NAME).getByTestId('block-person').click();
      const dialog = page.getByRole('dialog', { name: `Stenge ${THERAPIST_NAME} ute?` });
      await dialog.waitFor();
      expect(await dialog.textContent()).toContain('heller ikke det du har sagt ja til');
      expect(await dialog.textContent()).toContain('Du kan åpne igjen når du vil');
      await settled(dialog);
      await expectNoSeriousA11yViolations(page, 'block dialog');
      await screenshot(page, 'block-dialog-phone', { dialog: true });
      await dialog.getByLabel('Hvorfor? (valgfritt)').fill('Trenger en pause fra behandlingen');
      await dialog.getByTestId('block-confirm').click();
      await dialog.waitFor({ state: 'detached' });
      await expect.poll(() => page.getByTestId('sharing-notice').textContent()).toContain('er stengt ute');
      // The button that opened the dialog is gone with the block: focus goes to the confirmation.
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
        .toBe('sharing-notice');
      const blockedCard = card(page, THERAPIST_NAME);
      await blockedCard.getByTestId('sharing-blocked').waitFor();
      expect(await blockedCard.locator('[data-shared="true"]').count()).toBe(0);
      const blocks = page.getByTestId('blocks');
      expect(await blocks.getByTestId('block-item').textContent()).toContain(THERAPIST_NAME);

      // On the therapist's next request the participant is not there.
      await therapist.page.reload();
      await therapist.page.getByTestId('not-found').waitFor();

      await blocks.getByRole('button', { name: `Åpne igjen for ${THERAPIST_NAME}` }).click();
      await blocks.getByTestId('no-blocks').waitFor();
      await expect.poll(() => page.getByTestId('sharing-notice').textContent()).toContain('kan igjen se');
      await card(page, THERAPIST_NAME).getByTestId('edit-sharing').waitFor();

      await therapist.page.reload();
      await therapist.page.getByTestId('participant-name').waitFor();
    } finally {
      await therapist.context.close();
    }
  });

  it('lets a supervisor of another team break the glass with a reason, shown in the jobseeker’s log', async () => {
    const supervisor = await e2e.newPage();
    try {
      const { page } = supervisor;
      await logIn(page, OTHER_SUPERVISOR, '/caseload');
      await page.goto(`/participants/${participantId}`);
      await page.getByTestId('not-found').waitFor();
      await page.getByTestId('emergency-access').click();
      const dialog = page.getByRole('dialog', { name: 'Åpne med nødtilgang' });
      await dialog.waitFor();
      expect(await dialog.textContent()).toContain('60 minutter');
      expect(await dialog.textContent()).toContain('deltakeren ser at du har brukt nødtilgang');
      await dialog.getByLabel('Begrunnelse').fill('For kort');
      await dialog.getByTestId('emergency-access-confirm').click();
      await dialog.getByText('Skriv en begrunnelse på minst 10 tegn.').first().waitFor();
      await settled(dialog);
      await expectNoSeriousA11yViolations(page, 'emergency access dialog');
      await screenshot(page, 'emergency-dialog', { dialog: true });
      await dialog.getByLabel('Begrunnelse').fill(EMERGENCY_REASON);
      await dialog.getByTestId('emergency-access-confirm').click();
      await page.getByTestId('participant-name').waitFor();
      await page.getByTestId('emergency-access-active').waitFor();
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
        .toBe('emergency-access-active');
      await screenshot(page, 'emergency-opened');
      expect(await page.getByTestId('emergency-access-active').textContent()).toContain(
        'Du kan se, men ikke endre',
      );
    } finally {
      await supervisor.context.close();
    }

    const { page } = jobseeker;
    await page.goto('/my-page/access-log');
    const emergency = page.locator('[data-testid="access-log-entry"][data-emergency="true"]');
    await emergency.first().waitFor();
    const opening = emergency.filter({ hasText: 'Åpnet opplysningene dine med nødtilgang' });
    expect(await opening.getByTestId('access-log-who').textContent()).toBe(
      'Liv Leder (Bodø) – IPS-veileder, NAV Bodø',
    );
    expect(await opening.getByTestId('access-log-emergency').textContent()).toBe('Nødtilgang');
    // What the supervisor then saw is on the same basis, highlighted, with the reason they gave.
    const read = emergency.filter({ hasText: 'Så opplysningene om deg og IPS-løpet ditt' }).first();
    expect(await read.getByTestId('access-log-why').textContent()).toBe('Nødtilgang');
    expect(await read.getByTestId('access-log-emergency').textContent()).toBe('Nødtilgang');
    expect(await read.getByTestId('access-log-reason').textContent()).toBe(
      `Begrunnelse: «${EMERGENCY_REASON}»`,
    );
    await expectNoSeriousA11yViolations(page, 'access log with emergency access');
    await screenshot(page, 'access-log-emergency-phone');
  });

  it('lets the specialist record a signed paper form; the jobseeker sees it in the history', async () => {
    const specialist = await e2e.newPage();
    try {
      const { page } = specialist;
      await logIn(page, SPECIALIST, '/caseload');
      await page.goto(`/participants/${participantId}`);
      const section = page.getByTestId('consent');
      await section.getByTestId('consent-recipients').waitFor();
      expect(
        await page.getByTestId('page-contents').getByRole('link', { name: 'Samtykke og deling' }).count(),
      ).toBe(1);
      await section.getByTestId('open-paper-consent').click();
      const form = section.getByTestId('paper-consent-form');
      await form.getByTestId('paper-consent-save').click();
      await form.getByText('Velg hvem samtykket gjelder.').first().waitFor();
      expect(await form.textContent()).toContain(
        'Bekreft at du har et skjema som deltakeren har skrevet under.',
      );
      await form
        .getByLabel('Hvem gjelder samtykket?')
        .selectOption({ label: `${THERAPIST_NAME} (Behandler)` });
      await form.getByRole('checkbox', { name: 'Økonomi og ytelser' }).check();
      await form.getByLabel('Formål (valgfritt)').fill('Behandler hjelper med søknad om tilrettelegging');
      await form
        .getByRole('checkbox', { name: 'Jeg har et skjema som deltakeren har skrevet under' })
        .check();
      await expectNoSeriousA11yViolations(page, 'participant page with the paper consent form');
      await form.getByTestId('paper-consent-save').click();
      await section.getByTestId('paper-consent-saved').waitFor();
      const therapistCard = section.getByTestId('sharing-card').filter({ hasText: THERAPIST_NAME });
      expect(await cell(therapistCard, 'benefits').textContent()).toContain('Ser – deltakeren har sagt ja');
      await section.getByRole('button', { name: /Endringer i samtykke/ }).click();
      await section.getByTestId('consent-history').waitFor();
      await screenshot(page, 'staff-participant-page');
    } finally {
      await specialist.context.close();
    }

    const { page } = jobseeker;
    await page.goto('/my-page/sharing');
    const first = page.getByTestId('consent-history-item').first();
    await first.waitFor();
    expect(await first.textContent()).toContain(`Ja: ${THERAPIST_NAME} kan se «Økonomi og ytelser»`);
    expect(await first.textContent()).toContain(
      'Fra et papirskjema, registrert av Jonas Jobbspesialist (Tromsø)',
    );
  });

  it('looks right on a wide screen too', async () => {
    const wide = await e2e.newPage({ width: 1280, height: 900 });
    try {
      await logIn(wide.page, JOBSEEKER, '/my-page');
      await wide.page.goto('/my-page/sharing');
      await card(wide.page, NAV_NAME).waitFor();
      await expectNoSeriousA11yViolations(wide.page, 'who sees what (desktop)');
      await screenshot(wide.page, 'sharing-desktop');
      await wide.page.goto('/my-page/access-log');
      await wide.page.getByTestId('access-log').waitFor();
      await screenshot(wide.page, 'access-log-desktop');
    } finally {
      await wide.context.close();
    }
  });
});
