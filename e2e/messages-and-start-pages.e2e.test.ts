// Messages and the focused start pages in the browser (issue 5 items 7–9): the specialist writes to the jobseeker's
// conversation; the NAV counsellor lands on their start page, sees it as new, and opens it; the specialist then sees
// "read by"; the jobseeker reads it on My page; and the specialist records a treatment-team meeting in Teamsamarbeid.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, type E2EApp, seriousA11yViolations, startE2EApp } from './harness.ts';

let e2e: E2EApp;
beforeAll(async () => {
  e2e = await startE2EApp();
});
afterAll(() => e2e?.close());

const MESSAGE = 'Arbeidsgiveren vil møte oss på mandag kl. 13. Kan du bli med, Nina?';
const NAV_NAME = 'Nina NAV-veileder (Tromsø)';

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

describe('messages and focused start pages', () => {
  let participantPath = '';

  it('the specialist sends a message in the jobseeker’s conversation', async () => {
    const jobseeker = await e2e.newPage();
    try {
      await logIn(jobseeker.page, 'deltaker1.tromso', '/my-page');
      const session = await jobseeker.page.evaluate(async () => (await fetch('/api/session')).json());
      participantPath = `/participants/${session.user.participantId}`;
    } finally {
      await jobseeker.context.close();
    }

    const { context, page } = await e2e.newPage();
    try {
      await logIn(page, 'js1.tromso', '/caseload');
      await page.goto(participantPath);
      const section = page.getByTestId('messages');
      await section.getByRole('heading', { name: 'Meldinger' }).waitFor();
      await expect.poll(() => section.textContent()).not.toContain('Henter meldingene');
      expect(await section.getByTestId('message-parties').textContent()).toContain(NAV_NAME);
      await section.getByLabel('Ny melding').fill(MESSAGE);
      await section.getByRole('button', { name: 'Send meldingen' }).click();
      await section.getByText('Meldingen er sendt.').waitFor();
      const sent = section.getByTestId('message').filter({ hasText: MESSAGE });
      await sent.waitFor();
      expect(await sent.getByTestId('message-read-status').textContent()).toContain('Ikke lest ennå');
      await expectNoSeriousA11yViolations(page, 'messages on the participant page');
    } finally {
      await context.close();
    }
  });

  it('the NAV counsellor sees it as new on the start page and opens it; the specialist sees it read', async () => {
    expect(participantPath).not.toBe('');
    const nav = await e2e.newPage();
    try {
      await logIn(nav.page, 'nav.tromso', '/start');
      await nav.page.getByRole('heading', { level: 1, name: 'Din oversikt' }).waitFor();
      const card = nav.page
        .getByTestId('start-participant')
        .filter({ has: nav.page.locator(`a[href="${participantPath}"]`) });
      await card.waitFor();
      expect(await card.getByTestId('start-unread').textContent()).toBe('1 ulest melding');
      // The demo's coming meeting, where NAV has not yet said what they need from it, is there to prepare.
      const meeting = nav.page.getByTestId('start-meetings').getByRole('listitem').first();
      await meeting.waitFor();
      expect(await meeting.getByText('Forbered deg').count()).toBe(1);
      expect(await meeting.getByRole('link').getAttribute('href')).toMatch(
        /^\/participants\/[0-9a-f-]{36}\/meetings\/[0-9a-f-]{36}$/,
      );
      // What waits for NAV comes first: the meetings and the actions they own, above the participants.
      const order = await nav.page.evaluate(() =>
        ['start-meetings', 'start-actions', 'start-participants'].map((id) => {
          const all = [...document.querySelectorAll('[data-testid]')];
          return all.findIndex((el) => el.getAttribute('data-testid') === id);
        }),
      );
      expect(order[0]).toBeLessThan(order[1] as number);
      expect(order[1]).toBeLessThan(order[2] as number);
      // The demo's action NAV owns is three days past its deadline: said in words, not by colour alone.
      const overdue = nav.page.getByTestId('start-action').filter({ hasText: 'Sende skriftlig beregning' });
      expect(await overdue.getByTestId('start-action-overdue').textContent()).toBe(
        'Forfalt: 3 dager over fristen',
      );
      expect(await nav.page.getByTestId('start-actions-overdue-summary').textContent()).toBe(
        '1 oppgave har passert fristen.',
      );
      // The jobseeker's question for NAV has waited three days: past the 48-hour guidance, said in words.
      const question = nav.page
        .getByTestId('start-question')
        .filter({ hasText: 'Hva skjer med AAP hvis jeg jobber 20 timer i uka?' });
      expect(await question.getByTestId('start-question-overdue').textContent()).toBe(
        'Har ventet mer enn 48 timer',
      );
      expect(await question.getByTestId('start-question-waited').textContent()).toMatch(
        /^har ventet [23] døgn/,
      );
      expect(await question.getByRole('link').getAttribute('href')).toMatch(
        /^\/participants\/[0-9a-f-]{36}\/money$/,
      );
      await expectNoSeriousA11yViolations(nav.page, 'the NAV counsellor’s start page');

      // Opening the conversation records it as read.
      const markedRead = nav.page.waitForResponse(
        (r) => r.url().endsWith('/messages/read') && r.request().method() === 'POST',
      );
      await card.getByRole('link').first().click();
      await nav.page.waitForURL(`**${participantPath}`);
      const message = nav.page.getByTestId('messages').getByTestId('message').filter({ hasText: MESSAGE });
      await message.waitFor();
      expect(await message.getAttribute('data-new')).toBe('true');
      await nav.page.getByTestId('messages-unread-badge').waitFor();
      expect((await markedRead).status()).toBe(200);
    } finally {
      await nav.context.close();
    }

    const specialist = await e2e.newPage();
    try {
      await logIn(specialist.page, 'js1.tromso', '/caseload');
      await specialist.page.goto(participantPath);
      const sent = specialist.page
        .getByTestId('messages')
        .getByTestId('message')
        .filter({ hasText: MESSAGE });
      await sent.waitFor();
      await expect
        .poll(() => sent.getByTestId('message-read-status').textContent())
        .toContain(`Lest av ${NAV_NAME}`);
    } finally {
      await specialist.context.close();
    }
  });

  it('the start page fits a 320 px wide screen and says nothing is unread once it is read', async () => {
    const { context, page } = await e2e.newPage({ width: 320, height: 800 });
    try {
      await logIn(page, 'nav.tromso', '/start');
      const card = page
        .getByTestId('start-participant')
        .filter({ has: page.locator(`a[href="${participantPath}"]`) });
      await card.waitFor();
      expect(await card.getByTestId('start-unread').count()).toBe(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    } finally {
      await context.close();
    }
  });

  it('the jobseeker reads the message on My page', async () => {
    const { context, page } = await e2e.newPage();
    try {
      await logIn(page, 'deltaker1.tromso', '/my-page');
      const section = page.getByTestId('messages');
      await section.getByTestId('message').filter({ hasText: MESSAGE }).waitFor();
      await expectNoSeriousA11yViolations(page, 'messages on My page');
    } finally {
      await context.close();
    }
  });

  it('the specialist records a treatment-team meeting in Teamsamarbeid', async () => {
    const { context, page } = await e2e.newPage();
    try {
      await logIn(page, 'js1.tromso', '/caseload');
      await page
        .getByRole('navigation', { name: 'Hovedmeny' })
        .getByRole('link', { name: 'Teamsamarbeid' })
        .click();
      await page.waitForURL('**/teamwork');
      await page.getByTestId('teamwork-rhythm-treatment-team').waitFor();
      expect(await page.getByTestId('teamwork-rhythm-treatment-team').textContent()).toMatch(
        /du var med på møte \d av de siste 4 ukene/,
      );
      await page.getByTestId('record-team-meeting').click();
      const form = page.getByTestId('team-meeting-form');
      // An empty counterpart is refused, tied to the field.
      await form.getByRole('button', { name: 'Lagre møtet' }).click();
      await form.getByText('Skriv hvem møtet var med.').first().waitFor();
      await form.getByLabel('Behandlingsteam eller enhet').fill('UNN DPS Tromsø, e2e-team');
      await form.getByLabel('Hvor mange deltakere ble drøftet? (valgfritt)').fill('5');
      await expectNoSeriousA11yViolations(page, 'the team-meeting form');
      await form.getByRole('button', { name: 'Lagre møtet' }).click();
      await page.getByText('Møtet er lagret.').waitFor();
      const recorded = page.getByTestId('team-meeting').filter({ hasText: 'UNN DPS Tromsø, e2e-team' });
      await recorded.waitFor();
      expect(await recorded.textContent()).toContain('5 deltakere drøftet');
      await expectNoSeriousA11yViolations(page, 'Teamsamarbeid');
    } finally {
      await context.close();
    }
  });

  it('the supervisor sees the team’s meeting quality on the team page', async () => {
    const { context, page } = await e2e.newPage();
    try {
      await logIn(page, 'leder.tromso', '/caseload');
      await page
        .getByRole('navigation', { name: 'Hovedmeny' })
        .getByRole('link', { name: 'Teamsamarbeid' })
        .click();
      await page.waitForURL('**/teamwork');
      const section = page.getByTestId('team-quality');
      await section.getByRole('heading', { level: 2, name: 'Møtekvalitet' }).waitFor();
      const figures = section.getByTestId('team-quality-figures');
      await figures.waitFor();
      // The demo's six held meetings: everyone said what they needed beforehand in four.
      expect(await section.getByTestId('team-quality-figures-held').textContent()).toContain(
        '6 møter holdt i perioden.',
      );
      expect(await figures.getByTestId('team-quality-figures-expectations').textContent()).toContain('67 %');
      expect(await figures.getByTestId('team-quality-figures-expectations').textContent()).toContain(
        '4 av 6 møter',
      );
      // No therapist answered "did you get what you needed?": no data, not a zero.
      expect(
        await figures.getByTestId('team-quality-figures-gotWhatNeeded-therapist').textContent(),
      ).toContain('Ingen data i perioden');
      await expectNoSeriousA11yViolations(page, 'meeting quality on the team page');

      // A period with the end before the start is refused at the field; a period without meetings says so.
      await section.getByLabel('Fra').fill('2020-03-31');
      await section.getByLabel('Til').fill('2020-01-01');
      await section.getByRole('button', { name: 'Vis' }).click();
      await section.getByText('Sluttdatoen kan ikke være før startdatoen.').waitFor();
      await section.getByLabel('Til').fill('2020-06-30');
      await section.getByRole('button', { name: 'Vis' }).click();
      await section.getByTestId('team-quality-figures-empty').waitFor();
      await expectNoSeriousA11yViolations(page, 'an empty period of meeting quality');
    } finally {
      await context.close();
    }
  });

  it('the specialist sees how the jobseeker’s meetings have gone on the participant page', async () => {
    expect(participantPath).not.toBe('');
    const { context, page } = await e2e.newPage();
    try {
      await logIn(page, 'js1.tromso', '/caseload');
      await page.goto(participantPath);
      const section = page.getByTestId('participant-quality');
      await section.getByRole('heading', { level: 3, name: 'Møtekvalitet' }).waitFor();
      await section.getByTestId('participant-quality-figures').waitFor();
      // One participant's meetings: nothing is withheld for small numbers.
      expect(await section.getByTestId('participant-quality-figures-held').textContent()).toContain(
        '6 møter holdt i perioden.',
      );
      expect(await section.getByTestId('participant-quality-figures-financial').textContent()).toContain(
        '4 av 6 møter',
      );
      await expectNoSeriousA11yViolations(page, 'meeting quality on the participant page');
    } finally {
      await context.close();
    }
  });
});
