// Login with ID-porten in the browser: the login page offers the provider beside the local form; the jobseeker goes
// to a real OpenID Connect provider (oidc-provider, started here), comes back logged in to their own page, and a
// login at too low a level lands on the login page with the reason in words.
import { createServer } from 'node:net';
import { startTestIdentityProvider, type TestIdentityProvider } from '@ips-bridge/server/testing/oidc';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2EApp, seriousA11yViolations, startE2EApp } from './harness.ts';

let e2e: E2EApp;
let idporten: TestIdentityProvider;
let nationalId = '';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

beforeAll(async () => {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  idporten = await startTestIdentityProvider({
    clientId: 'ips-bridge-e2e',
    redirectUri: `${base}/api/auth/oidc/idporten/callback`,
    extraClaims: ['pid'],
    acrValues: ['idporten-loa-substantial', 'idporten-loa-high'],
  });
  e2e = await startE2EApp({
    port,
    config: {
      OIDC_PUBLIC_BASE_URL: base,
      OIDC_IDPORTEN_ISSUER: idporten.issuer,
      OIDC_IDPORTEN_CLIENT_ID: idporten.clientId,
      OIDC_IDPORTEN_CLIENT_SECRET: idporten.clientSecret,
    },
  });
  // The demo jobseeker deltaker1.tromso: their participant's national identity number is what ID-porten reports.
  const row = await e2e.database.db
    .selectFrom('participant as p')
    .innerJoin('app_user as u', 'u.id', 'p.user_id')
    .select('p.national_id')
    .where('u.username', '=', 'deltaker1.tromso')
    .executeTakeFirstOrThrow();
  nationalId = row.national_id;
});
afterAll(async () => {
  await e2e?.close();
  await idporten?.close();
});

describe('login with ID-porten', () => {
  it('offers ID-porten on the login page, without accessibility violations', async () => {
    const { context, page } = await e2e.newPage({ width: 320, height: 800 });
    try {
      await page.goto('/login');
      await page.getByTestId('oidc-login-idporten').waitFor();
      expect(await page.getByTestId('oidc-login-idporten').textContent()).toBe('Logg inn med ID-porten');
      expect(await seriousA11yViolations(page)).toEqual([]);
      // Nothing overflows sideways at 320 px.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    } finally {
      await context.close();
    }
  });

  it('logs the jobseeker in through the provider and onto their own page', async () => {
    idporten.nextLogin = { sub: 'e2e-pairwise-sub', acr: 'idporten-loa-high', claims: { pid: nationalId } };
    const { context, page } = await e2e.newPage();
    try {
      await page.goto('/login');
      await page.getByTestId('oidc-login-idporten').click();
      await page.waitForURL('**/my-page');
      const session = await page.evaluate(async () => (await fetch('/api/session')).json());
      expect(session.user).toMatchObject({ username: 'deltaker1.tromso', role: 'jobseeker' });
      // Only the app's own cookies: no token in the browser.
      const cookies = await context.cookies();
      expect(cookies.filter((c) => /eyJ/.test(c.value))).toEqual([]);
      expect(await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }))).not.toMatch(
        /eyJ/,
      );
    } finally {
      await context.close();
    }
  });

  it('sends a login at too low a level back to the login page with the reason', async () => {
    idporten.nextLogin = {
      sub: 'e2e-pairwise-sub',
      acr: 'idporten-loa-substantial',
      claims: { pid: nationalId },
    };
    const { context, page } = await e2e.newPage();
    try {
      await page.goto('/login');
      await page.getByTestId('oidc-login-idporten').click();
      await page.waitForURL('**/login?error=oidc_level_too_low');
      const alert = page.getByTestId('oidc-error');
      await alert.waitFor();
      expect(await alert.textContent()).toContain('for lavt sikkerhetsnivå');
      expect(await seriousA11yViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
