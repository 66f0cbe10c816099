import path from 'node:path';
import {
  DEFAULT_DUE_REMINDER_DAYS,
  DEFAULT_LEVEL_CLAIM,
  DEFAULT_PROVIDER_ROLES,
  DEFAULT_REQUIRED_LEVEL,
  DEFAULT_RETENTION_YEARS_AFTER_END,
  OIDC_PROVIDERS,
  type OidcProvider,
  ROLES,
  type Role,
} from '@ips-bridge/domain';
import { z } from 'zod';

/**
 * Configuration from the environment, validated once at start and frozen. A bad value stops the process with a
 * message naming the variable (see README "Configuration").
 */

const boolish = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(60),
  SESSION_MAX_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(7 * 24)
    .default(12),
  COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(1000).default(5),
  LOGIN_WINDOW_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  SEED_DEMO: boolish.default(true),
  WEB_DIST_DIR: z.string().min(1).optional(),
  ARCHIVE_DIR: z.string().min(1).optional(),
  FIDELITY_SCALE_FILE: z.string().min(1).optional(),
  TRUST_PROXY: boolish.default(false),
  METRICS_TOKEN: z
    .string()
    .regex(/^[\x21-\x7e]{32,}$/, 'must be at least 32 visible ASCII characters (e.g. openssl rand -hex 32)')
    .optional(),
  // Whole years a record is kept after the journey ended before the retention run anonymises it (GDPR art. 5(1)(e));
  // the default and its source: DEFAULT_RETENTION_YEARS_AFTER_END in packages/domain/src/privacy/rights.ts.
  RETENTION_YEARS_AFTER_END: z.coerce
    .number()
    .int()
    .min(0)
    .max(100)
    .default(DEFAULT_RETENTION_YEARS_AFTER_END),
  RETENTION_RUN_DAILY: boolish.default(false),
  // Notifications (docs/notifications.md): which sender takes e-mail and SMS, whether this server runs the outbox
  // worker and the daily due reminders, how often the worker looks, and how many days ahead a due step is reminded.
  NOTIFICATION_SENDER: z.enum(['log']).default('log'),
  NOTIFICATION_WORKER: boolish.default(true),
  NOTIFICATION_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  DUE_REMINDERS_DAILY: boolish.default(true),
  DUE_REMINDER_DAYS: z.coerce.number().int().min(0).max(30).default(DEFAULT_DUE_REMINDER_DAYS),
  OIDC_PUBLIC_BASE_URL: z
    .url({ protocol: /^https?$/ })
    .transform((v) => v.replace(/\/+$/, ''))
    .optional(),
  ...Object.fromEntries(OIDC_PROVIDERS.flatMap((p) => oidcProviderEnv(p.toUpperCase()))),
});

// OIDC_<PROVIDER>_ISSUER, _CLIENT_ID, _CLIENT_SECRET, _ACR, _ACR_CLAIM, _ROLES for each provider (docs/login.md).
function oidcProviderEnv(prefix: string): [string, z.ZodType][] {
  return [
    [`OIDC_${prefix}_ISSUER`, z.url({ protocol: /^https?$/ }).optional()],
    [`OIDC_${prefix}_CLIENT_ID`, z.string().min(1).max(500).optional()],
    [`OIDC_${prefix}_CLIENT_SECRET`, z.string().min(16, 'must be at least 16 characters').optional()],
    [
      `OIDC_${prefix}_CLIENT_PRIVATE_JWK`,
      z
        .string()
        .transform((v, ctx) => {
          try {
            return JSON.parse(v) as unknown;
          } catch {
            ctx.addIssue({ code: 'custom', message: 'must be a JSON Web Key' });
            return z.NEVER;
          }
        })
        .pipe(
          z.looseObject({
            kty: z.enum(['RSA', 'EC']),
            kid: z.string().min(1),
            d: z.string().min(1, 'must be a private key'),
          }),
        )
        .optional(),
    ],
    [`OIDC_${prefix}_ACR`, z.string().min(1).max(200).optional()],
    [`OIDC_${prefix}_ACR_CLAIM`, z.string().min(1).max(200).optional()],
    [
      `OIDC_${prefix}_ROLES`,
      z
        .string()
        .transform((v) => v.split(',').map((r) => r.trim()))
        .pipe(z.array(z.enum(ROLES)).min(1))
        .optional(),
    ],
  ];
}

/** A private JSON Web Key (RSA or EC) for private_key_jwt client authentication. */
export interface PrivateJwk {
  kty: 'RSA' | 'EC';
  kid: string;
  d: string;
  alg?: string;
  crv?: string;
  x?: string;
  y?: string;
  n?: string;
  e?: string;
  p?: string;
  q?: string;
  dp?: string;
  dq?: string;
  qi?: string;
}

/** One external identity provider the login page offers (docs/login.md). */
export interface OidcProviderConfig {
  id: OidcProvider;
  issuer: string;
  clientId: string;
  /** How the app authenticates at the token endpoint: a shared secret, or a signed JWT (private_key_jwt). */
  clientAuth: { kind: 'secret'; secret: string } | { kind: 'private_key_jwt'; jwk: PrivateJwk };
  /** The level of assurance the provider must report; null: not checked. `none` in the environment turns it off. */
  requiredLevel: string | null;
  /** The id_token claim that carries the level (`acr`, or HelseID's assurance_level claim). */
  levelClaim: string;
  /** The roles that may log in through this provider. */
  roles: readonly Role[];
}

export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  databaseUrl: string | null;
  dataDir: string;
  embeddedPgPort: number;
  dbPoolSize: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  sessionIdleMs: number;
  sessionMaxMs: number;
  cookieSecure: 'auto' | boolean;
  loginMaxFailures: number;
  loginWindowMs: number;
  seedDemo: boolean;
  webDistDir: string | null;
  /** Where the folder archive sender files reports to NAV (default DATA_DIR/archive). */
  archiveDir: string;
  /** A JSON file with the organisation's own IPS-25 definition (e.g. licensed official text); null: the shipped one. */
  fidelityScaleFile: string | null;
  trustProxy: boolean;
  /** Bearer token for GET /metrics; null: the endpoint answers 404. */
  metricsToken: string | null;
  /** Years after the journey ended before `ips-bridge privacy retention` anonymises a record. */
  retentionYearsAfterEnd: number;
  /** Whether the server runs the retention anonymisation itself, daily (else: the CLI from a scheduler). */
  retentionRunDaily: boolean;
  notifications: {
    /** Where e-mail and SMS go: `log` logs kind, user id and channel only (the demo's and default sender). */
    sender: 'log';
    /** Whether this server sends from the outbox (turn off on all but one instance if you like; it is safe on all). */
    worker: boolean;
    intervalMs: number;
    /** Whether this server makes the daily reminders of due steps and actions. */
    dueRemindersDaily: boolean;
    dueReminderDays: number;
  };
  oidc: {
    /** The app's public address; redirect URIs are `<base>/api/auth/oidc/<provider>/callback`. */
    publicBaseUrl: string | null;
    providers: readonly OidcProviderConfig[];
  };
}

export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Readonly<Config> {
  const known = Object.fromEntries(
    Object.keys(envSchema.shape).flatMap((key) => {
      const value = env[key];
      return value === undefined || value === '' ? [] : [[key, value]];
    }),
  );
  const parsed = envSchema.safeParse(known);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const e = parsed.data;
  const oidc = readOidc(e as unknown as Record<string, unknown>, e.NODE_ENV);
  return Object.freeze({
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL ?? null,
    dataDir: path.resolve(e.DATA_DIR),
    embeddedPgPort: e.EMBEDDED_PG_PORT,
    dbPoolSize: e.DB_POOL_SIZE,
    logLevel: e.LOG_LEVEL,
    sessionIdleMs: e.SESSION_IDLE_MINUTES * 60_000,
    sessionMaxMs: e.SESSION_MAX_HOURS * 3_600_000,
    cookieSecure: e.COOKIE_SECURE === 'auto' ? 'auto' : e.COOKIE_SECURE === 'true',
    loginMaxFailures: e.LOGIN_MAX_FAILURES,
    loginWindowMs: e.LOGIN_WINDOW_MINUTES * 60_000,
    seedDemo: e.SEED_DEMO,
    webDistDir: e.WEB_DIST_DIR ? path.resolve(e.WEB_DIST_DIR) : null,
    archiveDir: path.resolve(e.ARCHIVE_DIR ?? path.join(e.DATA_DIR, 'archive')),
    fidelityScaleFile: e.FIDELITY_SCALE_FILE ? path.resolve(e.FIDELITY_SCALE_FILE) : null,
    trustProxy: e.TRUST_PROXY,
    metricsToken: e.METRICS_TOKEN ?? null,
    retentionYearsAfterEnd: e.RETENTION_YEARS_AFTER_END,
    retentionRunDaily: e.RETENTION_RUN_DAILY,
    notifications: {
      sender: e.NOTIFICATION_SENDER,
      worker: e.NOTIFICATION_WORKER,
      intervalMs: e.NOTIFICATION_INTERVAL_SECONDS * 1000,
      dueRemindersDaily: e.DUE_REMINDERS_DAILY,
      dueReminderDays: e.DUE_REMINDER_DAYS,
    },
    oidc,
  });
}

function readOidc(e: Record<string, unknown>, env: string): Config['oidc'] {
  const problems: string[] = [];
  const providers: OidcProviderConfig[] = [];
  const publicBaseUrl = (e.OIDC_PUBLIC_BASE_URL as string | undefined) ?? null;
  for (const id of OIDC_PROVIDERS) {
    const name = (field: string) => `OIDC_${id.toUpperCase()}_${field}`;
    const issuer = e[name('ISSUER')] as string | undefined;
    const clientId = e[name('CLIENT_ID')] as string | undefined;
    const clientSecret = e[name('CLIENT_SECRET')] as string | undefined;
    const privateJwk = e[name('CLIENT_PRIVATE_JWK')] as PrivateJwk | undefined;
    if (
      issuer === undefined &&
      clientId === undefined &&
      clientSecret === undefined &&
      privateJwk === undefined
    )
      continue;
    for (const field of ['ISSUER', 'CLIENT_ID'] as const)
      if (e[name(field)] === undefined)
        problems.push(`${name(field)}: required when ${id} login is configured`);
    if ((clientSecret === undefined) === (privateJwk === undefined))
      problems.push(
        `${name('CLIENT_SECRET')}: set either it or ${name('CLIENT_PRIVATE_JWK')}, not both or neither`,
      );
    if (env === 'production' && issuer?.startsWith('http:'))
      problems.push(`${name('ISSUER')}: must be https in production`);
    if (!issuer || !clientId || (clientSecret === undefined) === (privateJwk === undefined)) continue;
    const acr = e[name('ACR')] as string | undefined;
    providers.push({
      id,
      issuer,
      clientId,
      clientAuth: privateJwk
        ? { kind: 'private_key_jwt', jwk: privateJwk }
        : { kind: 'secret', secret: clientSecret ?? '' },
      requiredLevel: acr === 'none' ? null : (acr ?? DEFAULT_REQUIRED_LEVEL[id]),
      levelClaim: (e[name('ACR_CLAIM')] as string | undefined) ?? DEFAULT_LEVEL_CLAIM[id],
      roles: (e[name('ROLES')] as Role[] | undefined) ?? DEFAULT_PROVIDER_ROLES[id],
    });
  }
  if (providers.length > 0 && publicBaseUrl === null)
    problems.push('OIDC_PUBLIC_BASE_URL: required when an OpenID Connect provider is configured');
  if (env === 'production' && publicBaseUrl?.startsWith('http:'))
    problems.push('OIDC_PUBLIC_BASE_URL: must be https in production');
  if (problems.length > 0) throw new ConfigError(problems);
  return { publicBaseUrl, providers: Object.freeze(providers) };
}

/** Configuration for tests: the same loader, quiet logs, no demo seed. */
export function loadTestConfig(overrides: Record<string, string> = {}): Readonly<Config> {
  return loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SEED_DEMO: 'false', ...overrides });
}
