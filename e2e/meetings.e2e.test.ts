// A whole collaboration meeting in four browsers: the jobseeker, the employment specialist, the NAV counsellor and
// the therapist, each logged in as themselves and working only through the pages: plan and invitation (the ICS file
// parsed with ical.js), expectations (the jobseeker first, limited to chosen parties), the agenda with the standing
// financial item, minutes (a therapist entry with its consent line), NAV's answer, actions with owner and deadline,
// publication after the jobseeker has seen the minutes, and follow-up answers. Each page gets an axe scan.
import { addDays, osloDate } from '@ips-bridge/domain';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, type E2EApp, seriousA11yViolations, startE2EApp } from './harness.ts';

let e2e: E2EApp;
const pages = {} as Record<'jobseeker' | 'specialist' | 'nav' | 'therapist', Page>;

async function logIn(page: Page, username: string, landsOn: string): Promise<void> {
  await page.goto('/login');
  const form = page.getByTestId('login-form');
  await form.getByLabel('Brukernavn').fill(username);
  await form.getByLabel('Passord').fill(DEMO_PASSWORD);
  await form.getByRole('button', { name: 'Logg inn' }).click();
  await page.waitForURL(`**${landsOn}`);
}

beforeAll(async () => {
  e2e = await startE2EApp();
  for (const [who, username, landsOn] of [
    ['jobseeker', 'deltaker1.tromso', '/my-page'],
    ['specialist', 'js1.tromso', '/caseload'],
    ['nav', 'nav.tromso', '/start'],
    ['therapist', 'beh.tromso', '/start'],
  ] as const) {
    const { page } = await e2e.newPage();
    await logIn(page, username, landsOn);
    pages[who] = page;
  }
}, 120_000);
afterAll(() => e2e?.close());

const PURPOSE = 'Avklare timer og økonomi før oppstart i jobb';
const day = addDays(osloDate(new Date()), 3);
let participantId = '';
let meetingUrl = '';
let myMeetingUrl = '';

async function scan(page: Page, what: string) {
  expect(await seriousA11yViolations(page), what).toEqual([]);
}

async function open(page: Page, url: string) {
  await page.goto(url);
  await page.getByTestId('meeting-invitation').waitFor();
}

describe('a collaboration meeting with four parties', () => {
  it('the specialist plans it; the invitation is a valid calendar file in Europe/Oslo', async () => {
    const jobseeker = pages.jobseeker;
    const session = await jobseeker.evaluate(async () => (await fetch('/api/session')).json());
    participantId = session.user.participantId;

    const page = pages.specialist;
    await page.goto(`/participants/${participantId}`);
    const section = page.getByTestId('meetings-section');
    await section.getByRole('button', { name: 'Planlegg et møte' }).click();
    const form = section.getByTestId('meeting-plan-form');
    // Bad input first: nothing filled in is stopped in the browser, field by field.
    await form.getByLabel('Formål').fill('');
    await form.getByRole('button', { name: 'Send invitasjonen' }).click();
    await expect.poll(() => form.getByLabel('Dato').getAttribute('aria-invalid')).toBe('true');
    await form.getByLabel('Dato').fill(day);
    await form.getByLabel('Starter kl.').fill('10:00');
    await form.getByLabel('Slutter kl.').fill('11:00');
    await form.getByLabel('Sted').fill('NAV Tromsø, møterom 4');
    await form.getByLabel('Formål').fill(PURPOSE);
    await form.getByRole('button', { name: 'Send invitasjonen' }).click();
    await section.getByText('Møtet er planlagt').waitFor();
    await scan(page, 'participant page with meetings');
    await section.getByTestId('meeting-card').filter({ hasText: PURPOSE }).getByRole('link').click();
    await page.getByTestId('meeting-invitation').waitFor();
    meetingUrl = new URL(page.url()).pathname;
    const meetingId = meetingUrl.split('/').at(-1) ?? '';
    myMeetingUrl = `/my-page/meetings/${meetingId}`;
    expect(await page.getByTestId('meeting-parties').textContent()).toContain('Bente Behandler (Tromsø)');

    const href = await page.getByTestId('meeting-ics-link').getAttribute('href');
    const ics = await page.evaluate(async (url) => (await fetch(url ?? '')).text(), href);
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const zone = new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone') as ICAL.Component);
    ICAL.TimezoneService.register(zone, 'Europe/Oslo');
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent') as ICAL.Component);
    const local = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Europe/Oslo',
      dateStyle: 'short',
      timeStyle: 'short',
    }).format(event.startDate.toJSDate());
    expect(local).toBe(`${day} 10:00`);
    expect(event.uid).toBe(`${meetingId}@ips-bridge`);
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    await scan(page, 'meeting page (organiser)');
  });

  it('the jobseeker answers first, for chosen parties only; then NAV and the therapist answer', async () => {
    const nav = pages.nav;
    await open(nav, meetingUrl);
    await nav.getByText('Du kan svare når jobbsøkeren har svart').waitFor();
    expect(await nav.getByTestId('expectations-form').count()).toBe(0);

    const jobseeker = pages.jobseeker;
    await jobseeker.goto('/my-page');
    await jobseeker
      .getByTestId('meetings-section')
      .getByTestId('meeting-card')
      .filter({ hasText: PURPOSE })
      .getByRole('link')
      .click();
    await jobseeker.getByTestId('expectations-form').waitFor();
    const form = jobseeker.getByTestId('expectations-form');
    await form
      .getByLabel('Hva trenger jeg fra dette møtet?')
      .fill('Vite om jeg mister AAP når jeg begynner å jobbe');
    await form.getByLabel('Hva kan jeg bidra med?').fill('Si hvilke dager som passer best');
    await form.getByLabel('Bare de jeg velger').check();
    await form.getByLabel('Jonas Jobbspesialist (Tromsø) (Jobbspesialist)').check();
    await form.getByLabel('Nina NAV-veileder (Tromsø) (NAV-veileder)').check();
    await form.getByRole('button', { name: 'Lagre svaret' }).click();
    await form.getByText('Svaret er lagret.').waitFor();
    await scan(jobseeker, 'meeting page (jobseeker)');

    await open(nav, meetingUrl);
    const navForm = nav.getByTestId('expectations-form');
    await navForm.getByText('Avklar de økonomiske spørsmålene').waitFor();
    await navForm.getByLabel('Hva trenger jeg fra dette møtet?').fill('Vite hvor mange timer det blir');
    await navForm.getByLabel('Hva kan jeg bidra med?').fill('Regne ut AAP ved deltid');
    await navForm.getByRole('button', { name: 'Lagre svaret' }).click();
    await navForm.getByText('Svaret er lagret.').waitFor();
    expect(await nav.getByTestId('expectations-list').textContent()).toContain('Vite om jeg mister AAP');

    const therapist = pages.therapist;
    await open(therapist, meetingUrl);
    const tForm = therapist.getByTestId('expectations-form');
    await tForm.getByText('arbeidsrelevante råd').waitFor();
    await tForm.getByLabel('Hva kan jeg bidra med?').fill('Råd om hvordan arbeidsdagene bør legges opp');
    await tForm.getByRole('button', { name: 'Lagre svaret' }).click();
    await tForm.getByText('Svaret er lagret.').waitFor();
    // The jobseeker chose the specialist and NAV: the therapist does not see the answer.
    expect(await therapist.getByTestId('expectations-list').textContent()).not.toContain(
      'Vite om jeg mister AAP',
    );
    await scan(therapist, 'meeting page (therapist)');
  });

  it('the specialist builds the agenda with the financial item and reorders it by keyboard', async () => {
    const page = pages.specialist;
    await open(page, meetingUrl);
    expect(await page.getByTestId('meeting-waiting-for').textContent()).toContain('Jonas Jobbspesialist');
    await page.getByRole('button', { name: 'Bygg dagsorden fra svarene' }).click();
    const agenda = page.getByTestId('agenda-list');
    await agenda.getByText('Økonomisk avklaring', { exact: true }).waitFor();
    await page.getByLabel('Nytt punkt').fill('Neste steg');
    await page.getByRole('button', { name: 'Legg til punkt' }).click();
    await agenda.getByText('Neste steg', { exact: true }).waitFor();
    const up = page.getByRole('button', { name: 'Flytt «Neste steg» opp' });
    await up.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await agenda.locator('li').nth(2).textContent()) ?? '')
      .toContain('Neste steg');
    const items = await agenda.locator('li').allTextContents();
    expect(items[0]).toContain('Vite om jeg mister AAP');
    expect(items[1]).toContain('Økonomisk avklaring');
  });

  it('in the meeting: minutes, a therapist entry with its sharing line, NAV answers, actions', async () => {
    // The meeting's hour comes: a running browser cannot move the server's clock, so the test moves the meeting.
    const meetingId = meetingUrl.split('/').at(-1) ?? '';
    await e2e.database.db
      .updateTable('meeting')
      .set({ starts_at: new Date(Date.now() - 60 * 60_000), ends_at: new Date(Date.now() - 5 * 60_000) })
      .where('id', '=', meetingId)
      .execute();

    const page = pages.specialist;
    await open(page, meetingUrl);
    const first = page.getByTestId('minutes-item').first();
    await first.getByLabel('Tekst').fill('Jobbsøkeren vil jobbe på lager, dagtid.');
    await first.getByRole('button', { name: 'Legg til' }).click();
    await first.getByTestId('minute-entry').filter({ hasText: 'lager, dagtid' }).waitFor();
    await first.getByLabel('Type').selectOption('decision');
    await first.getByLabel('Tekst').fill('Starte med 15 timer i uka.');
    await first.getByRole('button', { name: 'Legg til' }).click();
    await first.getByTestId('minute-entry').filter({ hasText: '15 timer' }).waitFor();

    const therapist = pages.therapist;
    await open(therapist, meetingUrl);
    const tItem = therapist.getByTestId('minutes-item').filter({ hasText: 'Neste steg' });
    await tItem.getByLabel('Helseopplysning?').selectOption('work_functioning');
    await tItem.getByLabel('Tekst').fill('Korte arbeidsdager i starten fungerer best.');
    await tItem.getByRole('button', { name: 'Legg til' }).click();
    const entry = tItem.getByTestId('minute-entry').filter({ hasText: 'Korte arbeidsdager' });
    await entry.waitFor();
    expect(await entry.getByTestId('minute-shared-with').textContent()).toContain(
      'Nina NAV-veileder (Tromsø)',
    );

    const nav = pages.nav;
    await open(nav, meetingUrl);
    const financial = nav.getByTestId('financial-item');
    await financial.getByLabel('Svar fra NAV').first().fill('AAP graderes etter timene du jobber.');
    await financial.getByRole('button', { name: 'Lagre svaret' }).first().click();
    await financial.getByText('Besvart i dette møtet av Nina NAV-veileder').waitFor();
    await financial.getByLabel('Hva ble avklart?').fill('AAP graderes; NAV sender beregning.');
    await financial.getByRole('button', { name: 'Lagre avklaringen' }).click();
    await financial.getByText('Avklart av Nina NAV-veileder').waitFor();

    await open(page, meetingUrl);
    const actionForm = page.getByTestId('action-form');
    // An action without owner or deadline is refused, with a message on each field.
    await actionForm.getByLabel('Oppgave').fill('Sende beregning av AAP');
    await actionForm.getByRole('button', { name: 'Legg til oppgave' }).click();
    await actionForm.getByText('Hver oppgave må ha én eier.').waitFor();
    await actionForm.getByText('Hver oppgave må ha en frist.').waitFor();
    await actionForm.getByLabel('Eier').selectOption({ label: 'Nina NAV-veileder (Tromsø) (NAV-veileder)' });
    await actionForm.getByLabel('Frist').fill(addDays(osloDate(new Date()), 7));
    await actionForm.getByRole('button', { name: 'Legg til oppgave' }).click();
    await page.getByTestId('meeting-action').filter({ hasText: 'Sende beregning av AAP' }).waitFor();
    await scan(page, 'meeting page during the meeting');
  });

  it('publishes after the jobseeker has seen the minutes; everyone answers the follow-up', async () => {
    const page = pages.specialist;
    expect(await page.getByTestId('meeting-publish').textContent()).toContain(
      'Jobbsøkeren må se referatet før det publiseres.',
    );
    const jobseeker = pages.jobseeker;
    await open(jobseeker, myMeetingUrl);
    expect(await jobseeker.getByTestId('meeting-minutes').textContent()).toContain('Korte arbeidsdager');
    await jobseeker.getByRole('button', { name: 'Jeg har lest referatet' }).click();
    await jobseeker.getByText('Jobbsøkeren har sett referatet').waitFor();

    await open(page, meetingUrl);
    await page.getByRole('button', { name: 'Publiser referatet' }).click();
    await page.getByText('Referatet er publisert til alle i møtet').waitFor();

    const nav = pages.nav;
    await open(nav, meetingUrl);
    // This jobseeker shares what helps at work with this NAV counsellor: the therapist's entry is shown.
    expect(await nav.getByTestId('meeting-minutes').textContent()).toContain('Korte arbeidsdager');
    const navFollowUp = nav.getByTestId('follow-up-form');
    await navFollowUp.getByLabel('Ja').check();
    await navFollowUp.getByRole('button', { name: 'Lagre svaret' }).click();
    await nav.getByTestId('follow-ups').getByText('Nina NAV-veileder (Tromsø) (NAV-veileder): Ja').waitFor();

    await open(jobseeker, myMeetingUrl);
    const form = jobseeker.getByTestId('follow-up-form');
    await form.getByLabel('Delvis').check();
    await form.getByRole('button', { name: 'Lagre svaret' }).click();
    await form.getByText('Si hvorfor, så neste møte kan bli bedre.').waitFor();
    await form.getByLabel('Hvorfor?').fill('Vil vite mer om skatt');
    await form.getByRole('button', { name: 'Lagre svaret' }).click();
    await jobseeker.getByTestId('follow-ups').getByText('Vil vite mer om skatt').waitFor();
    await scan(jobseeker, 'meeting page after the meeting (jobseeker)');

    // NAV's action is on NAV's work list.
    await nav.goto('/work-list');
    await nav.getByTestId('work-list-meeting-action').filter({ hasText: 'Sende beregning av AAP' }).waitFor();
    await scan(nav, 'work list with meeting actions');
  });

  it("the jobseeker narrows what helps at work: NAV's view of the minutes changes at once", async () => {
    const jobseeker = pages.jobseeker;
    const name = 'Nina NAV-veileder (Tromsø)';
    await jobseeker.goto('/my-page/sharing');
    const navCard = jobseeker
      .getByTestId('sharing-card')
      .filter({ has: jobseeker.getByRole('heading', { name, exact: true }) });
    await navCard.getByTestId('edit-sharing').click();
    const dialog = jobseeker.getByRole('dialog', { name: `Hva kan ${name} se?` });
    await dialog.getByRole('checkbox', { name: /Hva som hjelper og hindrer i jobb/ }).uncheck();
    await dialog.getByTestId('edit-sharing-save').click();
    await dialog.waitFor({ state: 'detached' });

    const nav = pages.nav;
    await open(nav, meetingUrl);
    await nav.getByTestId('minutes-hidden').waitFor();
    expect(await nav.getByTestId('meeting-minutes').textContent()).not.toContain('Korte arbeidsdager');
    // The specialist still sees it, with the narrower sharing line.
    const specialist = pages.specialist;
    await open(specialist, meetingUrl);
    const entry = specialist.getByTestId('minute-entry').filter({ hasText: 'Korte arbeidsdager' });
    expect(await entry.getByTestId('minute-shared-with').textContent()).not.toContain(name);
  });

  it('fits a 320 px wide phone without sideways scrolling', async () => {
    const { context, page } = await e2e.newPage({ width: 320, height: 700 });
    try {
      await logIn(page, 'deltaker1.tromso', '/my-page');
      await open(page, myMeetingUrl);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await scan(page, 'meeting page on a phone');
    } finally {
      await context.close();
    }
  });

  it('tells the team supervisor, who has no share in the meetings, instead of failing', async () => {
    const { context, page } = await e2e.newPage();
    try {
      await logIn(page, 'leder.tromso', '/caseload');
      await page.goto(`/participants/${participantId}`);
      await page.getByTestId('meetings-not-shared').waitFor();
      expect(await page.getByTestId('meetings-section').textContent()).not.toContain(PURPOSE);
    } finally {
      await context.close();
    }
  });
});
