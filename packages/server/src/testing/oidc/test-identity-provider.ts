/// <reference path="./oidc-provider.d.ts" />
import { generateKeyPairSync, type KeyObject, randomUUID, sign } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Provider } from 'oidc-provider';

/**
 * A real OpenID Connect provider (oidc-provider) for the integration tests, started in-process on a free port with
 * its own signing key and one confidential client. The person who "logs in" is whatever the test put in `nextLogin`:
 * the interaction step finishes at once with that subject, level and claims, so the app's real client code runs
 * against real authorization, token and JWKS endpoints.
 */

export interface TestLogin {
  sub: string;
  /** Goes into the `acr` claim. */
  acr?: string;
  /** Further ID-token claims (pid, HelseID's assurance_level …). */
  claims?: Record<string, unknown>;
}

export interface TestIdentityProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The provider's own signing key, so a test can mint a token the provider would never issue. */
  privateKey: KeyObject;
  kid: string;
  nextLogin: TestLogin;
  close(): Promise<void>;
}

export async function startTestIdentityProvider(options: {
  clientId: string;
  redirectUri: string;
  /** Claims the provider may put in ID tokens besides sub and acr. */
  extraClaims?: string[];
  acrValues?: string[];
  /** The client's public key: it then authenticates with private_key_jwt instead of the secret. */
  clientPublicJwk?: Record<string, unknown>;
}): Promise<TestIdentityProvider> {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = randomUUID();
  const jwk = { ...privateKey.export({ format: 'jwk' }), kid, use: 'sig', alg: 'RS256' };
  const clientSecret = `secret-${randomUUID()}`;

  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const state: { nextLogin: TestLogin } = { nextLogin: { sub: 'nobody' } };
  const accounts = new Map<string, TestLogin>();

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: options.clientId,
        redirect_uris: [options.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        ...(options.clientPublicJwk
          ? { token_endpoint_auth_method: 'private_key_jwt', jwks: { keys: [options.clientPublicJwk] } }
          : { token_endpoint_auth_method: 'client_secret_basic', client_secret: clientSecret }),
      },
    ],
    jwks: { keys: [jwk] },
    cookies: { keys: [randomUUID()] },
    acrValues: options.acrValues ?? [],
    claims: { openid: ['sub', ...(options.extraClaims ?? [])] },
    // ID tokens carry the scope's claims directly, as ID-porten's and HelseID's do.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false } },
    pkce: { required: () => true },
    ttl: {
      IdToken: 3600,
      AccessToken: 3600,
      AuthorizationCode: 60,
      Interaction: 600,
      Session: 600,
      Grant: 600,
    },
    findAccount: async (_ctx: unknown, sub: string) => {
      const login = accounts.get(sub);
      if (!login) return undefined;
      return { accountId: sub, claims: async () => ({ sub, ...(login.claims ?? {}) }) };
    },
    // Consent is implied: the grant covers openid and the extra claims.
    loadExistingGrant: async (ctx: {
      oidc: {
        provider: { Grant: new (init: Record<string, string>) => GrantLike };
        client: { clientId: string };
        session: { accountId: string };
      };
    }) => {
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client.clientId,
        accountId: ctx.oidc.session.accountId,
      });
      grant.addOIDCScope('openid');
      grant.addOIDCClaims(['sub', ...(options.extraClaims ?? [])]);
      await grant.save();
      return grant;
    },
  });
  const handler = provider.callback();

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (req.url?.startsWith('/interaction/')) {
      void (async () => {
        const login = state.nextLogin;
        accounts.set(login.sub, login);
        await provider.interactionDetails(req, res);
        await provider.interactionFinished(
          req,
          res,
          { login: { accountId: login.sub, ...(login.acr ? { acr: login.acr } : {}) } },
          { mergeWithLastSubmission: false },
        );
      })().catch((error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      });
      return;
    }
    handler(req, res);
  });

  return {
    issuer,
    clientId: options.clientId,
    clientSecret,
    privateKey,
    kid,
    get nextLogin() {
      return state.nextLogin;
    },
    set nextLogin(login: TestLogin) {
      state.nextLogin = login;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

interface GrantLike {
  addOIDCScope(scope: string): void;
  addOIDCClaims(claims: string[]): void;
  save(): Promise<string>;
}

/** Signs a JWT with RS256, for tokens a test mints itself (forged or re-signed). */
export function signJwt(payload: Record<string, unknown>, key: KeyObject, kid: string): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const input = `${part({ alg: 'RS256', typ: 'JWT', kid })}.${part(payload)}`;
  return `${input}.${sign('sha256', Buffer.from(input), key).toString('base64url')}`;
}

/** The payload of a JWT, unverified (tests read what the provider issued). */
export function jwtPayload(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as Record<
    string,
    unknown
  >;
}
