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
