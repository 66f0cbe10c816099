import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('configuration', () => {
  it('has working defaults with no environment at all (embedded database, port 3000, demo seed)', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: null,
      seedDemo: true,
      cookieSecure: 'auto',
    });
    expect(config.dataDir.endsWith('/data')).toBe(true);
    expect(Object.isFrozen(config)).toBe(true);
    expect(config.notifications).toEqual({
      sender: 'log',
      worker: true,
      intervalMs: 30_000,
      dueRemindersDaily: true,
      dueReminderDays: 2,
    });
  });

  it('reads and converts values', () => {
    const config = loadConfig({
      PORT: '8080',
      DATABASE_URL: 'postgres://u@db:5432/ips',
      SEED_DEMO: 'false',
      SESSION_IDLE_MINUTES: '15',
    });
    expect(config).toMatchObject({
      port: 8080,
      databaseUrl: 'postgres://u@db:5432/ips',
      seedDemo: false,
      sessionIdleMs: 900_000,
    });
  });

  it.each([
    { env: { PORT: 'eighty' }, names: ['PORT'] },
    { env: { PORT: '70000' }, names: ['PORT'] },
    { env: { DATABASE_URL: 'mysql://x' }, names: ['DATABASE_URL'] },
    { env: { LOG_LEVEL: 'loud', SEED_DEMO: 'maybe' }, names: ['LOG_LEVEL', 'SEED_DEMO'] },
    {
      env: { NOTIFICATION_SENDER: 'smtp', DUE_REMINDER_DAYS: '99' },
      names: ['NOTIFICATION_SENDER', 'DUE_REMINDER_DAYS'],
    },
  ])('names every bad variable: $names', ({ env, names }) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual([...names].sort());
  });
});

describe('OpenID Connect configuration', () => {
  const entra = {
    OIDC_PUBLIC_BASE_URL: 'https://ips.example.no/',
    OIDC_ENTRA_ISSUER: 'https://login.microsoftonline.com/tenant/v2.0',
    OIDC_ENTRA_CLIENT_ID: 'client',
    OIDC_ENTRA_CLIENT_SECRET: 'a-secret-long-enough',
  };

  it('offers no provider by default', () => {
    expect(loadConfig({}).oidc).toEqual({ publicBaseUrl: null, providers: [] });
  });

  it('reads a provider with the default roles and level, and trims the base URL', () => {
    const config = loadConfig({
      ...entra,
      OIDC_IDPORTEN_ISSUER: 'https://idporten.no',
      OIDC_IDPORTEN_CLIENT_ID: 'ips',
      OIDC_IDPORTEN_CLIENT_SECRET: 'another-secret-long-enough',
    });
    expect(config.oidc.publicBaseUrl).toBe('https://ips.example.no');
    expect(config.oidc.providers.map((p) => [p.id, p.requiredLevel, p.roles])).toEqual([
      ['idporten', 'idporten-loa-high', ['jobseeker']],
      ['entra', null, ['employment_specialist', 'ips_supervisor', 'nav_counsellor', 'administrator']],
    ]);
  });

  it('takes the level, its claim and the roles from the environment', () => {
    const config = loadConfig({
      ...entra,
      OIDC_ENTRA_ACR: 'urn:nav:mfa',
      OIDC_ENTRA_ACR_CLAIM: 'amr_level',
      OIDC_ENTRA_ROLES: 'nav_counsellor, employment_specialist',
    });
    expect(config.oidc.providers[0]).toMatchObject({
      requiredLevel: 'urn:nav:mfa',
      levelClaim: 'amr_level',
      roles: ['nav_counsellor', 'employment_specialist'],
    });
  });

  it('takes a private key instead of a secret, for private_key_jwt', () => {
    const config = loadConfig({
      ...entra,
      OIDC_ENTRA_CLIENT_SECRET: undefined,
      OIDC_ENTRA_CLIENT_PRIVATE_JWK: '{"kty":"EC","crv":"P-256","kid":"k1","x":"a","y":"b","d":"c"}',
    });
    expect(config.oidc.providers[0]?.clientAuth).toMatchObject({
      kind: 'private_key_jwt',
      jwk: { kid: 'k1' },
    });
  });

  it.each([
    [{ OIDC_ENTRA_ISSUER: 'https://x.test' }, ['OIDC_ENTRA_CLIENT_ID', 'OIDC_ENTRA_CLIENT_SECRET']],
    [{ ...entra, OIDC_PUBLIC_BASE_URL: undefined }, ['OIDC_PUBLIC_BASE_URL']],
    [{ ...entra, OIDC_ENTRA_ROLES: 'jobseeker,wizard' }, ['OIDC_ENTRA_ROLES']],
    [{ ...entra, OIDC_ENTRA_CLIENT_SECRET: 'short' }, ['OIDC_ENTRA_CLIENT_SECRET']],
    [{ ...entra, NODE_ENV: 'production', OIDC_ENTRA_ISSUER: 'http://x.test' }, ['OIDC_ENTRA_ISSUER']],
    [
      { ...entra, OIDC_ENTRA_CLIENT_PRIVATE_JWK: '{"kty":"EC","kid":"k","d":"x"}' },
      ['OIDC_ENTRA_CLIENT_SECRET'],
    ],
    [
      { ...entra, OIDC_ENTRA_CLIENT_SECRET: undefined, OIDC_ENTRA_CLIENT_PRIVATE_JWK: 'not json' },
      ['OIDC_ENTRA_CLIENT_PRIVATE_JWK'],
    ],
    [
      {
        ...entra,
        OIDC_ENTRA_CLIENT_SECRET: undefined,
        OIDC_ENTRA_CLIENT_PRIVATE_JWK: '{"kty":"EC","kid":"k"}',
      },
      ['OIDC_ENTRA_CLIENT_PRIVATE_JWK'],
    ],
  ])('refuses an incomplete or unsafe provider: %o', (env, names) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    for (const name of names) expect((error as ConfigError).message).toContain(name);
  });
});
