import { osloDate } from '@ips-bridge/domain';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, type E2EApp, seriousA11yViolations, startE2EApp } from './harness.ts';

let e2e: E2EApp;
beforeAll(async () => {
  e2e = await startE2EApp();
});
afterAll(() => e2e?.close());

const SPECIALIST = 'js1.tromso';

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

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** dd.mm.yyyy, as the Norwegian pages show a date. */
function norwegianDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}.${month}.${year}`;
}

/** Text as shown, with the non-breaking spaces of numbers and amounts as ordinary spaces. */
async function textOf(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').replace(/\u00a0/g, ' ');
}

function hasFocusWithin(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element.contains(document.activeElement));
}

async function currentPhase(page: Page): Promise<string | null> {
  return page.getByTestId('current-phase').getAttribute('data-phase');
}

describe('career profile, plan, and work and support on the participant page', () => {
  const today = osloDate(new Date());
  let participantPath = '';
  let participantName = '';

  it('starts with an empty work list', async () => {
    const { context, page } = await e2e.newPage();
    try {
      await logIn(page, SPECIALIST);
      await page
        .getByRole('navigation', { name: 'Hovedmeny' })
        .getByRole('link', { name: 'Arbeidsliste' })
        .click();
      await page.waitForURL('**/work-list');
      await page.getByTestId('work-list-empty').waitFor();
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Arbeidsliste');
      await expectNoSeriousA11yViolations(page, 'empty work list');
    } finally {
      await context.close();
    }
  });

  it('writes the career profile, plans with the jobseeker, records a job, support and the job’s end', async () => {
    const { context, page } = await e2e.newPage();
    try {
      await logIn(page, SPECIALIST);
      // One of the specialist's own participants who is looking for work.
      const row = page
        .getByTestId('caseload-row')
        .filter({ has: page.locator('[data-testid="caseload-phase"][data-phase="job_search"]') })
        .first();
      await row.waitFor();
      participantName = (await row.getByRole('link').textContent()) ?? '';
      await row.getByRole('link').click();
      await page.waitForURL(/\/participants\/[0-9a-f-]{36}$/);
      participantPath = new URL(page.url()).pathname;
      await page.getByTestId('journey').waitFor();
      expect(await currentPhase(page)).toBe('job_search');

      // The page has a table of contents for its sections.
      const contents = page.getByTestId('page-contents');
      for (const section of ['Forløp', 'Karriereprofil', 'Plan', 'Arbeid og oppfølging', 'Historikk']) {
        expect(await contents.getByRole('link', { name: section, exact: true }).count()).toBe(1);
      }

      // ── Career profile ──────────────────────────────────────────────────────────────────────────────────
      const profile = page.getByTestId('career-profile');
      await profile.getByText('Ingen karriereprofil ennå').waitFor();
      await profile.getByTestId('edit-career-profile').click();
      const form = page.getByTestId('career-profile-form');
      await form.waitFor();
      const job = form.getByTestId('work-history-row').first();
      await job.getByLabel('Arbeidsgiver', { exact: true }).fill('Coop Extra');

      // A started row without its start month is stopped in the browser, summarised and linked to the field.
      await form.getByRole('button', { name: 'Lagre karriereprofilen' }).click();
      const from = job.getByLabel('Fra (måned og år)');
      await expect.poll(() => from.getAttribute('aria-invalid')).toBe('true');
      const summaryHasFocus = () =>
        page.evaluate(
          () =>
            document.activeElement?.textContent?.includes('Du må rette dette') === true &&
            document.activeElement.parentElement?.textContent?.includes('Skriv inn når jobben startet') ===
              true,
        );
      await expect.poll(summaryHasFocus).toBe(true);
      await expectNoSeriousA11yViolations(page, 'career profile form with errors');

      await job.getByLabel('Stilling eller arbeidsoppgaver').fill('Butikkmedarbeider');
      await from.fill('03.2019');
      await job.getByLabel('Til (måned og år)').fill('08.2020');
      await job.getByLabel('Dette gikk bra').fill('Kundene og kollegene');
      const education = form.getByTestId('education-row').first();
      await education.getByLabel('Fag eller utdanning').fill('Restaurant- og matfag');
      await education.getByLabel('Nivå').selectOption('vocational');

      // Job types and places are lists: Enter or the button adds one, and each can be removed again.
      const jobTypes = form.getByLabel('Jobber personen ønsker seg');
      await jobTypes.fill('lager');
      await jobTypes.press('Enter');
      await jobTypes.fill('butikk');
      await form.getByRole('button', { name: 'Legg til jobbønske' }).click();
      await jobTypes.fill('kafé');
      await jobTypes.press('Enter');
      const addedJobTypes = form.getByRole('list', { name: 'Jobbønsker som er lagt til' });
      expect(await addedJobTypes.getByRole('listitem').count()).toBe(3);
      await addedJobTypes.getByRole('button', { name: 'kafé slett' }).click();
      expect(await addedJobTypes.getByRole('listitem').count()).toBe(2);
      await expect.poll(() => jobTypes.evaluate((el) => el === document.activeElement)).toBe(true);
      await form.getByLabel('Steder personen kan jobbe').fill('Tromsø');
      await form.getByLabel('Steder personen kan jobbe').press('Enter');
      await form.getByLabel('Timer per uke, minst').fill('10');
      await form.getByLabel('Timer per uke, høyst').fill('20');
      await form.getByLabel('Styrker', { exact: true }).fill('Punktlig og blid');
      await form.getByLabel('Dette hjelper', { exact: true }).fill('Faste rutiner');

      // The health-related part has its own, clearly marked box.
      const healthBox = form.getByTestId('career-profile-health');
      expect(await healthBox.textContent()).toContain('Helserelatert. Deles bare slik jobbsøkeren tillater.');
      await healthBox.getByLabel('Tidlige varselsignaler').fill('Sover dårlig og trekker seg unna');
      await healthBox.getByLabel('Mestring når det blir vanskelig').fill('Går tur og ringer en venn');

      await form.getByRole('button', { name: 'Lagre karriereprofilen' }).click();
      const saved = page.getByTestId('career-profile-saved');
      await saved.waitFor();
      expect(await saved.textContent()).toContain('versjon 1');
      await expect.poll(() => hasFocusWithin(saved)).toBe(true);
      expect(await profile.textContent()).toContain('Butikkmedarbeider, Coop Extra');
      expect(await profile.textContent()).toContain('mars 2019 – august 2020');
      expect(await profile.textContent()).toContain('10–20 timer');
      const shownHealth = profile.getByTestId('career-profile-health');
      expect(await shownHealth.textContent()).toContain('Helseopplysninger');
      expect(await shownHealth.textContent()).toContain('Sover dårlig og trekker seg unna');
      await expectNoSeriousA11yViolations(page, 'participant page with a career profile');

      // A second version after job experience; the first stays readable.
      await profile.getByTestId('edit-career-profile').click();
      await form.getByLabel('Styrker', { exact: true }).fill('Punktlig, blid og god med kunder');
      await form
        .getByRole('radiogroup', { name: 'Hvorfor oppdateres profilen?' })
        .getByLabel('Oppdatert etter jobberfaring')
        .check();
      await form.getByRole('button', { name: 'Lagre karriereprofilen' }).click();
      await expect.poll(() => saved.textContent()).toContain('versjon 2');
      const versions = profile.getByTestId('career-profile-versions');
      expect(await versions.textContent()).toContain('Versjon 2 (gjeldende) · Oppdatert etter jobberfaring');
      await versions.getByRole('button', { name: 'Vis versjon 1' }).click();
      const oldVersion = profile.getByTestId('career-profile-old-version');
      await oldVersion.getByText('Punktlig og blid', { exact: true }).waitFor();
      expect(await oldVersion.textContent()).toContain('kan leses, men ikke endres');
      expect(await oldVersion.getByRole('textbox').count()).toBe(0);
      await oldVersion.getByRole('button', { name: 'Lukk versjon 1' }).click();
      await expect.poll(() => oldVersion.count()).toBe(0);

      // ── Plan ────────────────────────────────────────────────────────────────────────────────────────────
      const plan = page.getByTestId('plan');
      await plan.getByTestId('add-goal').click();
      const goalField = plan.getByTestId('goal-form').getByLabel('Mål', { exact: true });
      await expect.poll(() => goalField.evaluate((el) => el === document.activeElement)).toBe(true);
      // The hint says to write the goal in the person's own words, and is linked to the field.
      const hintIds = (await goalField.getAttribute('aria-describedby')) ?? '';
      const hint = await page.evaluate(
        (ids) =>
          ids
            .split(' ')
            .map((id) => document.getElementById(id)?.textContent ?? '')
            .join(' '),
        hintIds,
      );
      expect(hint).toContain('Med personens egne ord');
      await goalField.fill('Jeg vil jobbe på et lager');
      await plan.getByRole('button', { name: 'Lagre målet' }).click();
      await plan.getByTestId('plan-goal-saved').waitFor();
      const goal = plan.getByTestId('plan-goal').filter({ hasText: 'Jeg vil jobbe på et lager' });
      expect(await goal.getByTestId('goal-status').textContent()).toBe('Aktivt');

      // A step owned by the jobseeker, with a due date; a date in the past is refused first.
      const dueDate = addDays(today, 7);
      await goal.getByTestId('add-step').click();
      const stepForm = goal.getByTestId('step-form');
      await stepForm.getByLabel('Hva skal gjøres?').fill('Skrive CV sammen med jobbspesialisten');
      await stepForm.getByLabel('Hvem har ansvaret?').selectOption('jobseeker');
      await stepForm.getByLabel('Frist (valgfritt)').fill(addDays(today, -1));
      await stepForm.getByRole('button', { name: 'Lagre steget' }).click();
      await expect
        .poll(() => stepForm.getByLabel('Frist (valgfritt)').getAttribute('aria-invalid'))
        .toBe('true');
      expect(await stepForm.textContent()).toContain('Fristen kan ikke være tilbake i tid.');
      await stepForm.getByLabel('Frist (valgfritt)').fill(dueDate);
      await stepForm.getByRole('button', { name: 'Lagre steget' }).click();
      await goal.getByTestId('goal-saved').waitFor();
      const cvStep = goal.getByTestId('plan-step').filter({ hasText: 'Skrive CV' });
      expect(await cvStep.getByTestId('step-owner').textContent()).toBe('Jobbsøker');
      expect(await cvStep.getByTestId('step-due').textContent()).toBe(norwegianDate(dueDate));
      expect(await cvStep.getByTestId('step-status').textContent()).toBe('Ikke gjort');

      // A step for the specialist, due today: it goes on the specialist's work list.
      await goal.getByTestId('add-step').click();
      await stepForm.getByLabel('Hva skal gjøres?').fill('Ringe lageret på Breivika');
      await stepForm.getByLabel('Hvem har ansvaret?').selectOption('employment_specialist');
      await stepForm.getByLabel('Frist (valgfritt)').fill(today);
      await stepForm.getByRole('button', { name: 'Lagre steget' }).click();
      const callStep = goal.getByTestId('plan-step').filter({ hasText: 'Ringe lageret' });
      await callStep.waitFor();
      expect(await callStep.getByTestId('step-owner').textContent()).toContain('Jonas Jobbspesialist');

      // Mark the jobseeker's step done, then open it again.
      await cvStep.getByRole('button', { name: /^Merk som gjort/ }).click();
      await expect
        .poll(() => cvStep.getByTestId('step-status').textContent())
        .toBe(`Gjort ${norwegianDate(today)}`);
      await cvStep.getByRole('button', { name: /^Åpne igjen/ }).click();
      await expect.poll(() => cvStep.getByTestId('step-status').textContent()).toBe('Ikke gjort');
      await expectNoSeriousA11yViolations(page, 'participant page with a plan');

      // ── Work and support ────────────────────────────────────────────────────────────────────────────────
      const work = page.getByTestId('work');
      await work.getByTestId('start-job').click();
      const jobForm = work.getByTestId('start-job-form');
      // The employer is not in the demo team's register, so its name is typed.
      await jobForm.getByRole('radio', { name: 'Ikke i registeret – skriv inn navnet' }).check();
      await jobForm.getByLabel('Navn på arbeidsgiveren').fill('Lagerhuset Tromsø AS');
      await jobForm.getByLabel('Stilling', { exact: true }).fill('Lagermedarbeider');
      await jobForm.getByRole('radiogroup', { name: 'Er det en ordinær jobb?' }).getByLabel('Ja').check();
      await jobForm.getByLabel('Timer per uke').fill('22,5');
      await jobForm.getByLabel('Timelønn i kroner').fill('192,50');
      await jobForm.getByLabel('Startdato').fill(today);
      await jobForm
        .getByRole('radiogroup', { name: 'Ble jobben funnet med hjelp fra IPS?' })
        .getByLabel('Ja')
        .check();
      await jobForm.getByRole('button', { name: 'Lagre jobbstarten' }).click();
      const workSaved = work.getByTestId('work-saved');
      await workSaved.waitFor();
      expect(await workSaved.textContent()).toContain('Lagermedarbeider hos Lagerhuset Tromsø AS');

      // The started job moves the participant to "working".
      await expect.poll(() => currentPhase(page)).toBe('working');
      expect(await page.getByTestId('current-phase').textContent()).toBe('I jobb');
      const currentJob = work.getByTestId('current-job');
      expect(await textOf(currentJob)).toContain('22,5 timer per uke');
      expect(await textOf(currentJob)).toContain('192,50 kr per time');
      expect(await textOf(currentJob)).toContain('Ordinær jobb');
      // No contact since the start yet: the first one is due within 3 days.
      expect(await currentJob.getByTestId('follow-along-next').textContent()).toBe(
        `Neste kontakt senest ${norwegianDate(addDays(today, 3))}`,
      );

      // A support contact with the employer, out at the workplace.
      await work.getByTestId('add-support-contact').click();
      const contactForm = work.getByTestId('support-contact-form');
      expect(await contactForm.getByLabel('Dato').inputValue()).toBe(today);
      await contactForm.getByRole('radiogroup', { name: 'Kontakt med' }).getByLabel('Arbeidsgiveren').check();
      await contactForm.getByLabel('Hvor eller hvordan').selectOption('community');
      await contactForm.getByLabel('Notat (valgfritt)').fill('Gikk gjennom arbeidsoppgavene første uke.');
      await contactForm.getByRole('button', { name: 'Lagre kontakten' }).click();
      await expect.poll(() => workSaved.textContent()).toContain('Kontakten er registrert.');
      const contact = work.getByTestId('support-contact').first();
      expect(await contact.textContent()).toContain('Arbeidsgiveren');
      expect(await contact.textContent()).toContain('ansikt til ansikt');
      expect(await contact.textContent()).toContain('Lagermedarbeider hos Lagerhuset Tromsø AS');
      // In the first month after the start, the next contact is a week after the last one.
      await expect
        .poll(() => currentJob.getByTestId('follow-along-next').textContent())
        .toBe(`Neste kontakt senest ${norwegianDate(addDays(today, 7))}`);
      await expectNoSeriousA11yViolations(page, 'participant page with a current job');

      // The job ends: the participant goes back to job search, and a contact is due within 3 days.
      await currentJob.getByTestId('end-job').click();
      const endForm = work.getByTestId('end-job-form');
      await endForm.getByLabel('Siste arbeidsdag').fill(today);
      await endForm.getByLabel('Hvorfor sluttet jobben?').selectOption('quit_health');
      await endForm.getByLabel('Merknad (valgfritt)').fill('Ble for slitsomt med tidlige morgener.');
      await endForm.getByRole('button', { name: 'Lagre jobbslutt' }).click();
      const contactDue = work.getByTestId('contact-after-job-end');
      await contactDue.waitFor();
      expect(await contactDue.textContent()).toContain('Ta kontakt innen 3 dager');
      expect(await contactDue.textContent()).toContain(`senest ${norwegianDate(addDays(today, 3))}`);
      await expect.poll(() => hasFocusWithin(contactDue)).toBe(true);
      await expect.poll(() => currentPhase(page)).toBe('job_search');
      expect(await work.getByTestId('current-job').count()).toBe(0);
      const earlier = work.getByTestId('earlier-job').first();
      expect(await earlier.textContent()).toContain('Sa opp på grunn av helsa');
      expect(await earlier.textContent()).toContain('Ble for slitsomt med tidlige morgener.');
      await expectNoSeriousA11yViolations(page, 'participant page after the job ended');

      // The history tells what happened in words.
      const changes = page.getByTestId('change-history');
      await expect.poll(() => changes.textContent()).toContain('Jobb avsluttet');
      const history = (await changes.textContent()) ?? '';
      expect(history).toContain('Karriereprofilen ble lagret (versjon 2).');
      expect(history).toContain('Mål lagt til: «Jeg vil jobbe på et lager».');
      expect(history).toContain(
        `Jobbstart registrert: Lagermedarbeider hos Lagerhuset Tromsø AS fra ${norwegianDate(today)}.`,
      );

      // ── Work list ───────────────────────────────────────────────────────────────────────────────────────
      await page
        .getByRole('navigation', { name: 'Hovedmeny' })
        .getByRole('link', { name: 'Arbeidsliste' })
        .click();
      await page.waitForURL('**/work-list');
      const dueSoon = page.getByTestId('work-list-due-soon');
      const item = dueSoon.getByTestId('work-list-step').filter({ hasText: 'Ringe lageret på Breivika' });
      await item.waitFor();
      expect(await item.textContent()).toContain(`Frist i dag (${norwegianDate(today)})`);
      // The jobseeker's own step is not on the specialist's list.
      expect(await page.getByText('Skrive CV').count()).toBe(0);
      await expectNoSeriousA11yViolations(page, 'work list with a step due today');
      await item.getByRole('link', { name: participantName }).click();
      await page.waitForURL(`**${participantPath}`);
      await page.getByTestId('career-profile').waitFor();
    } finally {
      await context.close();
    }
  });

  it('refuses a career profile saved over someone else’s newer version, and keeps what was typed', async () => {
    expect(participantPath).not.toBe('');
    const first = await e2e.newPage();
    const second = await e2e.newPage();
    try {
      await logIn(first.page, SPECIALIST);
      await logIn(second.page, SPECIALIST);
      await first.page.goto(participantPath);
      await second.page.goto(participantPath);

      // The second window opens the form on version 2…
      await second.page.getByTestId('edit-career-profile').click();
      const secondForm = second.page.getByTestId('career-profile-form');
      await secondForm.getByLabel('Dette står i veien', { exact: true }).fill('Lange dager uten pauser');

      // …while the first window saves version 3.
      await first.page.getByTestId('edit-career-profile').click();
      const firstForm = first.page.getByTestId('career-profile-form');
      await firstForm
        .getByLabel('Dette hjelper', { exact: true })
        .fill('Faste rutiner og en fast kontaktperson');
      await firstForm.getByRole('button', { name: 'Lagre karriereprofilen' }).click();
      await expect
        .poll(() => first.page.getByTestId('career-profile-saved').textContent())
        .toContain('versjon 3');

      await secondForm.getByRole('button', { name: 'Lagre karriereprofilen' }).click();
      const stale = secondForm.getByTestId('stale-version');
      await stale.waitFor();
      expect(await stale.textContent()).toContain('Noen andre har endret karriereprofilen');
      await expect.poll(() => hasFocusWithin(stale)).toBe(true);
      await expectNoSeriousA11yViolations(second.page, 'career profile changed since it was opened');

      await stale.getByRole('button', { name: 'Hent siste versjon' }).click();
      await secondForm.getByText('Siste versjon er hentet').waitFor();
      expect(await secondForm.getByLabel('Dette står i veien', { exact: true }).inputValue()).toBe(
        'Lange dager uten pauser',
      );
      await secondForm.getByRole('button', { name: 'Lagre karriereprofilen' }).click();
      await expect
        .poll(() => second.page.getByTestId('career-profile-saved').textContent())
        .toContain('versjon 4');
      expect(await second.page.getByTestId('career-profile').textContent()).toContain(
        'Lange dager uten pauser',
      );
    } finally {
      await first.context.close();
      await second.context.close();
    }
  });

  it('fits a 320 px wide screen without sideways scrolling', async () => {
    expect(participantPath).not.toBe('');
    const { context, page } = await e2e.newPage({ width: 320, height: 640 });
    try {
      await logIn(page, SPECIALIST);
      const overflowOf = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      await page.goto(participantPath);
      await page.getByTestId('plan-step').first().waitFor();
      await page.getByTestId('earlier-job').first().waitFor();
      await page.getByTestId('career-profile-versions').waitFor();
      expect(await overflowOf()).toBeLessThanOrEqual(0);
      await expectNoSeriousA11yViolations(page, 'participant page (320 px)');

      // The forms fit too.
      await page.getByTestId('edit-career-profile').click();
      await page.getByTestId('career-profile-form').waitFor();
      await page.getByTestId('start-job').click();
      await page.getByTestId('start-job-form').waitFor();
      expect(await overflowOf()).toBeLessThanOrEqual(0);

      await page.goto('/work-list');
      await page.getByTestId('work-list-step').first().waitFor();
      expect(await overflowOf()).toBeLessThanOrEqual(0);
      await expectNoSeriousA11yViolations(page, 'work list (320 px)');
    } finally {
      await context.close();
    }
  });
});
