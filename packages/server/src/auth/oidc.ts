import { randomBytes } from 'node:crypto';
import {
  appendAudit,
  type Db,
  findIdentity,
  findJobseekerUserByNationalId,
  findUserById,
  insertIdentity,
  insertLoginFlow,
  takeLoginFlow,
  touchIdentityLogin,
  type User,
} from '@ips-bridge/db';
import { decideOidcLogin, type OidcProvider } from '@ips-bridge/domain';
import * as client from 'openid-client';
import type { Config, OidcProviderConfig } from '../config.ts';
import { hashToken } from './sessions.ts';

/**
 * Login with OpenID Connect as a backend-for-frontend (docs/login.md): the server runs the authorization code flow
 * with PKCE (S256), state and nonce; the state, nonce and code verifier live in PostgreSQL (single use, ten minutes),
 * bound to the browser that started the login by a random cookie. openid-client validates the authorization response
 * and the ID token (issuer, audience, signature, expiry, nonce); this module then checks the level of assurance for
 * the user's role and maps (issuer, subject) to the internal user. No token is kept: after the check the ID token and
 * the access token are dropped, and the browser only ever gets the app's own session cookie.
 */

export const LOGIN_FLOW_TTL_MS = 10 * 60_000;
export const OIDC_BROWSER_COOKIE = 'ipsb_oidc';

/** The non-personal reasons a login can fail; the login page shows words for each (locales/oidc). */
export const OIDC_LOGIN_ERRORS = [
  'oidc_cancelled',
  'oidc_expired',
  'oidc_failed',
  'oidc_level_too_low',
  'oidc_not_linked',
  'oidc_not_allowed',
  'oidc_unavailable',
] as const;
export type OidcLoginError = (typeof OIDC_LOGIN_ERRORS)[number];

export class OidcLoginFailure extends Error {
  readonly code: OidcLoginError;
  /** Non-personal detail for the audit log: which check failed. */
  readonly reason: string;
  readonly userId: string | null;
  constructor(code: OidcLoginError, reason: string, userId: string | null = null) {
    super(`${code}: ${reason}`);
    this.name = 'OidcLoginFailure';
    this.code = code;
    this.reason = reason;
    this.userId = userId;
  }
}

export interface OidcOptions {
  /** Replaces fetch for every request to the providers (tests put a tampering proxy here). */
  fetch?: client.CustomFetch;
}

export interface OidcService {
  providers: readonly OidcProviderConfig[];
  provider(id: string): OidcProviderConfig | undefined;
  start(
    provider: OidcProviderConfig,
    input: { returnTo: string; now: Date },
  ): Promise<{ url: URL; browserToken: string }>;
  finish(
    provider: OidcProviderConfig,
    input: { callbackUrl: URL; browserToken: string | undefined; now: Date },
  ): Promise<{ user: User; returnTo: string; identityId: string }>;
}

export function createOidcService(db: Db, config: Config, options: OidcOptions = {}): OidcService {
  const { publicBaseUrl, providers } = config.oidc;
  const metadata = new Map<OidcProvider, Promise<client.ServerMetadata>>();

  const redirectUri = (p: OidcProviderConfig) => `${publicBaseUrl}/api/auth/oidc/${p.id}/callback`;
  const insecure = (p: OidcProviderConfig) => p.issuer.startsWith('http:');

  // Discovery once per provider and process; a failed discovery is forgotten so the next login tries again.
  function serverMetadata(p: OidcProviderConfig): Promise<client.ServerMetadata> {
    let found = metadata.get(p.id);
    if (!found) {
      found = client
        .discovery(new URL(p.issuer), p.clientId, undefined, undefined, {
          ...(insecure(p) ? { execute: [client.allowInsecureRequests] } : {}),
          ...(options.fetch ? { [client.customFetch]: options.fetch } : {}),
          timeout: 10,
        })
        .then((c) => c.serverMetadata());
      found.catch(() => metadata.delete(p.id));
      metadata.set(p.id, found);
    }
    return found;
  }

  // private_key_jwt (HelseID requires it) signs a short-lived assertion with the app's key; else a client secret.
  const signingKeys = new Map<OidcProvider, ReturnType<typeof crypto.subtle.importKey>>();
  async function clientAuthentication(p: OidcProviderConfig): Promise<client.ClientAuth> {
    if (p.clientAuth.kind === 'secret') return client.ClientSecretBasic(p.clientAuth.secret);
    const { jwk } = p.clientAuth;
    let key = signingKeys.get(p.id);
    if (!key) {
      const algorithm =
        jwk.kty === 'RSA'
          ? { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }
          : { name: 'ECDSA', namedCurve: String(jwk.crv ?? 'P-256') };
      key = crypto.subtle.importKey('jwk', jwk, algorithm, false, ['sign']);
      signingKeys.set(p.id, key);
    }
    return client.PrivateKeyJwt({ key: await key, kid: jwk.kid });
  }

  // A configuration per use, so the validations run on the app's clock (tests move it; production: skew 0).
  async function configuration(p: OidcProviderConfig, now: Date): Promise<client.Configuration> {
    let server: client.ServerMetadata;
    try {
      server = await serverMetadata(p);
    } catch (error) {
      throw new OidcLoginFailure('oidc_unavailable', `discovery:${errorCode(error)}`);
    }
    let authentication: client.ClientAuth;
    try {
      authentication = await clientAuthentication(p);
    } catch {
      signingKeys.delete(p.id);
      throw new OidcLoginFailure('oidc_unavailable', 'client_key_unusable');
    }
    const c = new client.Configuration(
      server,
      p.clientId,
      { [client.clockSkew]: Math.round((now.getTime() - Date.now()) / 1000) },
      authentication,
    );
    if (insecure(p)) client.allowInsecureRequests(c);
    // Verify the ID token's signature against the provider's JWKS even though it came straight from the token
    // endpoint: TLS alone would not catch a wrongly configured or tampered path (ASVS 10.3, 10.5).
    client.enableNonRepudiationChecks(c);
    if (options.fetch) c[client.customFetch] = options.fetch;
    return c;
  }

  return {
    providers,
    provider: (id) => providers.find((p) => p.id === id),

    async start(p, { returnTo, now }) {
      const c = await configuration(p, now);
      const state = client.randomState();
      const nonce = client.randomNonce();
      const codeVerifier = client.randomPKCECodeVerifier();
      const browserToken = randomBytes(32).toString('base64url');
      await insertLoginFlow(db, {
        stateHash: hashToken(state),
        provider: p.id,
        browserHash: hashToken(browserToken),
        nonce,
        codeVerifier,
        returnTo,
        createdAt: now,
        expiresAt: new Date(now.getTime() + LOGIN_FLOW_TTL_MS),
      });
      const parameters: Record<string, string> = {
        redirect_uri: redirectUri(p),
        scope: 'openid',
        state,
        nonce,
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
      };
      // Ask for the level we will require, where the provider takes it as acr_values.
      if (p.requiredLevel !== null && p.levelClaim === 'acr') parameters.acr_values = p.requiredLevel;
      return { url: client.buildAuthorizationUrl(c, parameters), browserToken };
    },

    async finish(p, { callbackUrl, browserToken, now }) {
      const state = callbackUrl.searchParams.get('state');
      if (!state) throw new OidcLoginFailure('oidc_failed', 'state_missing');
      const flow = await takeLoginFlow(db, hashToken(state), now);
      if (!flow) throw new OidcLoginFailure('oidc_expired', 'state_unknown_used_or_expired');
      if (flow.provider !== p.id) throw new OidcLoginFailure('oidc_failed', 'state_other_provider');
      if (browserToken === undefined || hashToken(browserToken) !== flow.browserHash)
        throw new OidcLoginFailure('oidc_failed', 'browser_binding_mismatch');
      const providerError = callbackUrl.searchParams.get('error');
      if (providerError !== null) {
        const code = providerError === 'access_denied' ? 'oidc_cancelled' : 'oidc_failed';
        throw new OidcLoginFailure(code, `provider_error:${safeToken(providerError)}`);
      }

      const c = await configuration(p, now);
      let claims: client.IDToken;
      try {
        const tokens = await client.authorizationCodeGrant(c, callbackUrl, {
          pkceCodeVerifier: flow.codeVerifier,
          expectedState: state,
          expectedNonce: flow.nonce,
          idTokenExpected: true,
        });
        const idToken = tokens.claims();
        if (!idToken) throw new OidcLoginFailure('oidc_failed', 'id_token_missing');
        claims = idToken;
      } catch (error) {
        if (error instanceof OidcLoginFailure) throw error;
        throw new OidcLoginFailure('oidc_failed', `validation:${errorCode(error)}`);
      }

      const userId = await resolveUser(p, claims, now);
      const user = await findUserById(db, userId.userId);
      if (!user?.active) throw new OidcLoginFailure('oidc_not_allowed', 'user_inactive', userId.userId);
      const decision = decideOidcLogin(p, user.role, claims[p.levelClaim]);
      if (decision === 'role_not_allowed')
        throw new OidcLoginFailure('oidc_not_allowed', `role_not_allowed:${user.role}`, user.id);
      if (decision === 'level_too_low')
        throw new OidcLoginFailure(
          'oidc_level_too_low',
          `level_too_low:${safeToken(claims[p.levelClaim])}`,
          user.id,
        );

      const identityId = userId.identityId ?? (await linkByNationalId(p, claims, user.id, now));
      await touchIdentityLogin(db, identityId, now);
      return { user, returnTo: flow.returnTo, identityId };
    },
  };

  // The internal user for (issuer, subject). A jobseeker not yet linked may be found by ID-porten's `pid` (the
  // national identity number) on the participant a jobseeker account belongs to; the link is written only after the
  // level check has passed. Staff are never linked automatically: an administrator links them.
  async function resolveUser(
    p: OidcProviderConfig,
    claims: client.IDToken,
    _now: Date,
  ): Promise<{ userId: string; identityId: string | null }> {
    const identity = await findIdentity(db, claims.iss, claims.sub);
    if (identity) {
      if (identity.provider !== p.id) throw new OidcLoginFailure('oidc_failed', 'identity_other_provider');
      return { userId: identity.userId, identityId: identity.id };
    }
    if (p.id === 'idporten' && typeof claims.pid === 'string' && /^\d{11}$/.test(claims.pid)) {
      const userId = await findJobseekerUserByNationalId(db, claims.pid);
      if (userId) return { userId, identityId: null };
    }
    throw new OidcLoginFailure('oidc_not_linked', 'identity_not_linked');
  }

  async function linkByNationalId(
    p: OidcProviderConfig,
    claims: client.IDToken,
    userId: string,
    now: Date,
  ): Promise<string> {
    try {
      const identity = await db.transaction().execute(async (trx) => {
        const linked = await insertIdentity(trx, {
          userId,
          provider: p.id,
          issuer: claims.iss,
          subject: claims.sub,
          linkedBy: null,
          linkedHow: 'national_id',
          at: now,
        });
        await appendAudit(trx, [
          {
            actorUserId: userId,
            actorRole: 'jobseeker',
            action: 'identity.link',
            participantId: null,
            outcome: 'allowed',
            reason: `${p.id}:national_id`,
            requestId: null,
          },
        ]);
        return linked;
      });
      return identity.id;
    } catch (error) {
      // Another instance linked the same subject a moment ago: use that link if it points to the same user.
      if ((error as { code?: string }).code !== '23505') throw error;
      const existing = await findIdentity(db, claims.iss, claims.sub);
      if (existing?.userId !== userId) throw new OidcLoginFailure('oidc_failed', 'identity_link_race');
      return existing.id;
    }
  }
}

/** A short, non-personal code for an error from openid-client: its codes and the claim that failed, if any. */
function errorCode(error: unknown): string {
  const parts = new Set<string>();
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current !== null && typeof current === 'object'; depth++) {
    const e = current as {
      code?: unknown;
      error?: unknown;
      claim?: unknown;
      cause?: unknown;
      message?: unknown;
    };
    for (const value of [e.code, e.error, e.claim])
      if (typeof value === 'string') parts.add(safeToken(value));
    if (typeof e.message === 'string' && /signature/i.test(e.message)) parts.add('signature');
    current = e.cause;
  }
  return parts.size > 0 ? [...parts].join(':') : 'unknown';
}

function safeToken(value: unknown): string {
  return typeof value === 'string' ? value.replace(/[^\w.-]/g, '_').slice(0, 60) : 'none';
}
