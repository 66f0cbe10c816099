// The whole IPS journey of one person, in the browser only: a therapist refers them, the employment specialist
// takes the referral, makes the first contact, writes the career profile with them, develops a job with an employer
// from the register, records the job start and then follow-along support. Each step is done the way a user does it:
// through the pages, never through the API.
import { addDays, nextSyntheticNationalId, osloDate } from '@ips-bridge/domain';
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
const PERSON = { given: 'Hedda', family: 'Heilreise' };
const EMPLOYER = { name: 'Polarlager AS', organisationNumber: '987654325' };

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

function norwegianDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}.${month}.${year}`;
}

async function currentPhase(page: Page): Promise<string | null> {
  return page.getByTestId('current-phase').getAttribute('data-phase');
}

async function changePhase(page: Page, phase: string): Promise<void> {
  const form = page.getByTestId('change-phase');
  await form.getByLabel('Ny fase').selectOption(phase);
  await form.getByRole('button', { name: 'Lagre ny fase' }).click();
  await expect.poll(() => currentPhase(page)).toBe(phase);
}

function menuLink(page: Page, name: string): Locator {
  return page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name, exact: true });
}

describe('one person’s IPS journey, from referral to follow-along, in the browser', () => {
  // "Today" is read at the start of each step, as the pages read it when a form opens: a run that passes Oslo's
  // midnight (the suite can take many minutes) would otherwise expect yesterday's date in the later steps.
  const nationalId = nextSyntheticNationalId('1994-02-11', 512);
  let participantPath = '';

  it('1. the therapist refers the person to the IPS team', async () => {
    const { context, page } = await e2e.newPage();
    try {
      await logIn(page, THERAPIST, '/start');
      await menuLink(page, 'Henvis').click();
      await page.waitForURL('**/refer');
      await page.getByTestId('referral-form').waitFor();
      await page.getByLabel('IPS-team').selectOption({ label: 'IPS Tromsø' });
      await page.getByLabel('Fornavn').fill(PERSON.given);
      await page.getByLabel('Etternavn').fill(PERSON.family);
      await page.getByLabel('Telefon', { exact: true }).fill('+47 934 56 789');
      await page.getByLabel('Melding til teamet (valgfritt)').fill('Ønsker seg jobb på lager.');
      await page.getByRole('button', { name: 'Send henvisningen' }).click();
      await expect
        .poll(() => page.getByTestId('referral-sent').textContent())
        .toContain(`Henvisningen av ${PERSON.given} ${PERSON.family} er sendt til IPS Tromsø.`);
    } finally {
      await context.close();
    }
  });

  it('2. the specialist takes the referral, makes the first contact and starts the engagement', async () => {
    const today = osloDate(new Date());
    const { context, page } = await e2e.newPage();
    try {
      await logIn(page, SPECIALIST, '/caseload');
      await menuLink(page, 'Henvisninger').click();
      await page.waitForURL('**/referrals');
      const referral = page
        .getByTestId('referral-inbox')
        .getByTestId('referral')
        .filter({ hasText: `${PERSON.given} ${PERSON.family}` });
      await referral.getByRole('button', { name: 'Ta imot' }).click();
      const accept = referral.getByTestId('accept-referral-form');
      await accept.getByLabel('Fødselsnummer', { exact: true }).fill(nationalId);
      await accept.getByRole('button', { name: 'Ta imot og registrer' }).click();
      await page.waitForURL(/\/participants\/[0-9a-f-]{36}$/);
      participantPath = new URL(page.url()).pathname;
      await page.getByTestId('journey').waitFor();
      expect(await currentPhase(page)).toBe('referred');

      await page.getByTestId('record-first-contact').click();
      await page.getByRole('button', { name: 'Lagre første kontakt' }).click();
      await page.getByTestId('first-contact-saved').waitFor();
      expect(await page.getByTestId('first-contact-date').textContent()).toContain(norwegianDate(today));

      await changePhase(page, 'engagement');
      await changePhase(page, 'career_profile');
      await expectNoSeriousA11yViolations(page, 'participant page in the career-profile phase');
    } finally {
      await context.close();
    }
  });

  it('3. the career profile is written with the person, and the job search begins', async () => {
    expect(participantPath).not.toBe('');
    const { context, page } = await e2e.newPage();
    try {
      await logIn(page, SPECIALIST, '/caseload');
      await page.goto(participantPath);
      const profile = page.getByTestId('career-profile');
      await profile.getByTestId('edit-career-profile').click();
      const form = page.getByTestId('career-profile-form');
      const jobTypes = form.getByLabel('Jobber personen ønsker seg');
      await jobTypes.fill('lager');
      await jobTypes.press('Enter');
      await form.getByLabel('Steder personen kan jobbe').fill('Tromsø');
      await form.getByLabel('Steder personen kan jobbe').press('Enter');
      await form.getByLabel('Timer per uke, minst').fill('15');
      await form.getByLabel('Timer per uke, høyst').fill('25');
      await form.getByLabel('Styrker', { exact: true }).fill('Nøyaktig og sterk');
      await form.getByRole('button', { name: 'Lagre karriereprofilen' }).click();
      await page.getByTestId('career-profile-saved').waitFor();
      expect(await profile.textContent()).toContain('15–25 timer');

      await changePhase(page, 'job_search');
      expect(await page.getByTestId('current-phase').textContent()).toBe('Jobbsøk');
    } finally {
      await context.close();
    }
  });

  it('4. the specialist adds an employer to the register and meets them face to face about the person', async () => {
    const today = osloDate(new Date());
    const { context, page } = await e2e.newPage();
    try {
      await logIn(page, SPECIALIST, '/caseload');
      await menuLink(page, 'Arbeidsgivere').click();
      await page.waitForURL('**/employers');
      await page.getByTestId('add-employer').click();
      const form = page.getByTestId('add-employer-form');
      await form.getByLabel('Navn på arbeidsgiveren').fill(EMPLOYER.name);
      await form.getByLabel('Organisasjonsnummer (valgfritt)').fill(EMPLOYER.organisationNumber);
      await form.getByLabel('Bransje (valgfritt)').fill('Lager og logistikk');
      await form.getByRole('button', { name: 'Legg til arbeidsgiver' }).click();
      await page.waitForURL(/\/employers\/[0-9a-f-]{36}$/);

      const log = page.getByTestId('log-contact');
      await log.getByRole('radio', { name: 'Ja' }).check();
      await log.getByLabel('Formål').selectOption('job_development');
      await log.getByLabel('Resultat (valgfritt)').fill('Trenger lagermedarbeider 20 timer i uka.');
      await log
        .getByTestId('log-contact-participants')
        .getByRole('checkbox', { name: `${PERSON.given} ${PERSON.family}` })
        .check();
      await log.getByRole('button', { name: 'Registrer kontakt' }).click();
      await page.getByTestId('contact-logged').waitFor();

      // The week counts the face-to-face contact, and the person has had their first employer contact today.
      await page.goto('/job-development');
      await expect.poll(() => page.getByTestId('week-contact-list').textContent()).toContain(EMPLOYER.name);
      const row = page
        .getByTestId('first-employer-contact-row')
        .filter({ hasText: `${PERSON.given} ${PERSON.family}` });
      expect(await row.textContent()).toContain(norwegianDate(today));
    } finally {
      await context.close();
    }
  });

  it('5. the person starts in a job at that employer, found with IPS help, and moves to working', async () => {
    const today = osloDate(new Date());
    const { context, page } = await e2e.newPage();
    try {
      await logIn(page, SPECIALIST, '/caseload');
      await page.goto(participantPath);
      const work = page.getByTestId('work');
      await work.getByTestId('start-job').click();
      const jobForm = work.getByTestId('start-job-form');
      await jobForm.getByLabel('Søk i arbeidsgiverregisteret').fill('Polarlager');
      await jobForm.getByRole('radio', { name: EMPLOYER.name }).check();
      await jobForm.getByLabel('Stilling', { exact: true }).fill('Lagermedarbeider');
      await jobForm.getByRole('radiogroup', { name: 'Er det en ordinær jobb?' }).getByLabel('Ja').check();
      await jobForm.getByLabel('Timer per uke').fill('20');
      await jobForm.getByLabel('Timelønn i kroner').fill('205');
      await jobForm.getByLabel('Startdato').fill(today);
      await jobForm
        .getByRole('radiogroup', { name: 'Ble jobben funnet med hjelp fra IPS?' })
        .getByLabel('Ja')
        .check();
      await jobForm.getByRole('button', { name: 'Lagre jobbstarten' }).click();
      await expect
        .poll(() => work.getByTestId('work-saved').textContent())
        .toContain(`Lagermedarbeider hos ${EMPLOYER.name}`);
      await expect.poll(() => currentPhase(page)).toBe('working');
      // The IPS rhythm: the first contact after the start is due within 3 days.
      expect(await work.getByTestId('current-job').getByTestId('follow-along-next').textContent()).toBe(
        `Neste kontakt senest ${norwegianDate(addDays(today, 3))}`,
      );
    } finally {
      await context.close();
    }
  });

  it('6. follow-along: a support contact at the workplace, then the follow-along phase, seen from the caseload', async () => {
    const today = osloDate(new Date());
    const { context, page } = await e2e.newPage();
    try {
      await logIn(page, SPECIALIST, '/caseload');
      await page.goto(participantPath);
      const work = page.getByTestId('work');
      await work.getByTestId('add-support-contact').click();
      const contactForm = work.getByTestId('support-contact-form');
      await contactForm
        .getByRole('radiogroup', { name: 'Kontakt med' })
        .getByLabel('Jobbsøkeren', { exact: true })
        .check();
      await contactForm.getByLabel('Hvor eller hvordan').selectOption('community');
      await contactForm.getByLabel('Notat (valgfritt)').fill('Første uke gikk fint.');
      await contactForm.getByRole('button', { name: 'Lagre kontakten' }).click();
      await expect
        .poll(() => work.getByTestId('work-saved').textContent())
        .toContain('Kontakten er registrert.');
      // In the first month the next contact is a week after the last one.
      await expect
        .poll(() => work.getByTestId('current-job').getByTestId('follow-along-next').textContent())
        .toBe(`Neste kontakt senest ${norwegianDate(addDays(today, 7))}`);

      await changePhase(page, 'follow_along');
      expect(await page.getByTestId('current-phase').textContent()).toBe('Oppfølging i jobb');
      // The history holds every step of the journey, newest first.
      const phases = await page
        .getByTestId('phase-history-item')
        .evaluateAll((items) => items.map((item) => item.getAttribute('data-phase')));
      expect(phases).toEqual([
        'follow_along',
        'working',
        'job_search',
        'career_profile',
        'engagement',
        'referred',
      ]);
      await expectNoSeriousA11yViolations(page, 'participant page in follow-along');

      // The caseload, filtered to follow-along and searched by name, shows the phase and today's contact.
      await menuLink(page, 'Deltakere').click();
      await page.waitForURL('**/caseload');
      await page
        .getByTestId('caseload-phase-filter')
        .getByRole('button', { name: 'Oppfølging i jobb' })
        .click();
      await page.waitForURL('**/caseload?phase=follow_along');
      await page.getByLabel('Søk på navn').fill(PERSON.family);
      await expect.poll(() => page.getByTestId('caseload-row').count()).toBe(1);
      const row = page.getByTestId('caseload-row');
      expect(await row.getByTestId('caseload-phase').getAttribute('data-phase')).toBe('follow_along');
      expect(await row.getByTestId('caseload-last-contact').textContent()).toBe(norwegianDate(today));
      await expectNoSeriousA11yViolations(page, 'caseload filtered to follow-along');
    } finally {
      await context.close();
    }
  });
});
