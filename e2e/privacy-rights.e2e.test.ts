// GDPR rights in the browser: the jobseeker opens the readable summary of everything stored about them; an
// administrator restricts a record and the specialist's change is refused with a clear message; an administrator
// erases a record after typing the person's name.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, type E2EApp, seriousA11yViolations, startE2EApp } from './harness.ts';

let e2e: E2EApp;
beforeAll(async () => {
  e2e = await startE2EApp();
});
afterAll(() => e2e?.close());

async function logIn(page: Page, username: string, landsOn: string): Promise<void> {
  await page.goto('/login');
  const form = page.getByTestId('login-form');
  await form.getByLabel('Brukernavn').fill(username);
  await form.getByLabel('Passord').fill(DEMO_PASSWORD);
  await form.getByRole('button', { name: 'Logg inn' }).click();
  await page.waitForURL(`**${landsOn}`);
}

/** Two participants in the Tromsø specialist's care team, neither with a login: one to restrict, one to erase. */
async function twoOfTheSpecialistsParticipants() {
  const rows = await e2e.database.db
    .selectFrom('participant as p')
    .innerJoin('care_team_member as c', 'c.participant_id', 'p.id')
    .innerJoin('app_user as u', 'u.id', 'c.user_id')
    .select(['p.id', 'p.given_name', 'p.family_name', 'p.national_id'])
    .where('u.username', '=', 'js1.tromso')
    .where('p.user_id', 'is', null)
    .orderBy('p.family_name')
    .limit(2)
    .execute();
  expect(rows).toHaveLength(2);
  return rows.map((r) => ({ id: r.id, name: `${r.given_name} ${r.family_name}`, nationalId: r.national_id }));
}

describe('privacy rights', () => {
  it('the jobseeker opens the readable summary of their data from My page', async () => {
    const { context, page } = await e2e.newPage();
    try {
      await logIn(page, 'deltaker1.tromso', '/my-page');
      await page.getByTestId('my-data-link').click();
      await page.waitForURL('**/my-page/data');
      await page.getByRole('heading', { level: 1, name: 'Mine data' }).waitFor();
      const about = page.getByTestId('summary-participant');
      await about.waitFor();
      expect(await about.getByRole('heading', { name: 'Om deg' }).count()).toBe(1);
      expect(await about.textContent()).toContain('Fødselsnummer');
      // Their own access log is in it, with the view of this very summary.
      expect(await page.getByTestId('summary-audit_log').textContent()).toContain('participant.export');
      expect(await page.getByTestId('download-json').isVisible()).toBe(true);
      expect(await seriousA11yViolations(page), 'my data summary').toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('an administrator restricts a record, and the specialist’s change is refused with a clear message', async () => {
    const [restricted] = await twoOfTheSpecialistsParticipants();
    if (!restricted) throw new Error('no participant');
    const admin = await e2e.newPage();
    try {
      await logIn(admin.page, 'admin', '/admin');
      const section = admin.page.getByTestId('privacy-rights');
      await section.getByTestId('privacy-lookup-input').fill(restricted.nationalId);
      await section.getByTestId('privacy-lookup').click();
      const found = section.getByTestId('privacy-case');
      await found.getByRole('heading', { name: restricted.name }).waitFor();
      await found.getByTestId('admin-restrict').click();
      // A reason is required, and said at the field.
      await expect
        .poll(() => found.getByLabel('Begrunnelse for begrensningen').getAttribute('aria-invalid'))
        .toBe('true');
      await found
        .getByLabel('Begrunnelse for begrensningen')
        .fill('Personen bestrider at karriereprofilen er riktig');
      await found.getByTestId('admin-restrict').click();
      await found.getByRole('button', { name: 'Opphev begrensningen' }).waitFor();
      await section.getByTestId('active-restrictions').getByText(restricted.name).waitFor();
      expect(await seriousA11yViolations(admin.page), 'admin privacy rights').toEqual([]);
    } finally {
      await admin.context.close();
    }

    const { context, page } = await e2e.newPage();
    try {
      await logIn(page, 'js1.tromso', '/caseload');
      await page.goto(`/participants/${restricted.id}`);
      await page.getByTestId('restricted-banner').waitFor();
      const plan = page.getByTestId('plan');
      await plan.getByTestId('add-goal').click();
      await plan.getByTestId('goal-form').getByLabel('Mål', { exact: true }).fill('Jobbe i butikk');
      await plan.getByRole('button', { name: 'Lagre målet' }).click();
      const refusal = plan.getByRole('alert');
      await refusal.waitFor();
      expect(await refusal.textContent()).toContain('Behandlingen av denne journalen er begrenset');
    } finally {
      await context.close();
    }
  });

  it('an administrator erases a record after typing the person’s name', async () => {
    const [, erased] = await twoOfTheSpecialistsParticipants();
    if (!erased) throw new Error('no participant');
    const { context, page } = await e2e.newPage();
    try {
      await logIn(page, 'admin', '/admin');
      const section = page.getByTestId('privacy-rights');
      await section.getByTestId('privacy-lookup-input').fill(erased.nationalId);
      await section.getByTestId('privacy-lookup').click();
      const found = section.getByTestId('privacy-case');
      await found.getByRole('heading', { name: erased.name }).waitFor();
      await found.getByLabel('Rettslig grunnlag').selectOption('consent_withdrawn');
      await found.getByTestId('record-erasure').click();
      const row = section.getByTestId('erasure-request-row').filter({ hasText: erased.name });
      await row.waitFor();
      expect(await row.textContent()).toContain('Venter på bekreftelse');

      await row.getByTestId('erasure-open-confirm').click();
      const dialog = page.getByTestId('erasure-dialog');
      await dialog.waitFor();
      // A wrong name stops it in the browser, at the field.
      await dialog.getByTestId('erasure-confirm-name').fill('Feil Navn');
      await dialog.getByTestId('erasure-confirm').click();
      await expect
        .poll(() => dialog.getByTestId('erasure-confirm-name').getAttribute('aria-invalid'))
        .toBe('true');
      await dialog.getByTestId('erasure-confirm-name').fill(erased.name);
      await dialog.getByTestId('erasure-confirm').click();
      await section.getByTestId('erasure-done').waitFor();
      await expect
        .poll(() => section.getByTestId('erasure-requests').textContent())
        .not.toContain(erased.name);
      expect(await section.getByTestId('erasure-requests').textContent()).toContain('Slettet');

      const stored = await e2e.database.db
        .selectFrom('participant')
        .select(['given_name', 'erased_at'])
        .where('id', '=', erased.id)
        .executeTakeFirstOrThrow();
      expect(stored.given_name).toBe('—');
      expect(stored.erased_at).not.toBeNull();
    } finally {
      await context.close();
    }
  });
});
