import {
  linkIdentityBody,
  oidcProviderSchema,
  oidcProvidersSchema,
  userIdentitySchema,
} from '@ips-bridge/contracts';
import {
  appendAudit,
  type Db,
  deleteIdentity,
  findUserById,
  insertIdentity,
  listIdentitiesForUser,
  type UserIdentity,
} from '@ips-bridge/db';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { App } from '../app-types.ts';
import { OIDC_BROWSER_COOKIE, OidcLoginFailure, type OidcService } from '../auth/oidc.ts';
import { createSession, endSession, hashToken, SESSION_COOKIE } from '../auth/sessions.ts';
import type { Config } from '../config.ts';
import { requireAuth } from '../http/access.ts';
import { AppError } from '../http/errors.ts';
import { problemResponses } from '../http/schemas.ts';

const ADMIN = { kind: 'authenticated', roles: ['administrator'] } as const;
const CALLBACK_PATH = '/api/auth/oidc';

// Where the app may send the browser after login: a path inside the app, never another site.
const returnTo = z
  .string()
  .max(200)
  .regex(/^\/([\w\-.?=&][\w\-./?=&]*)?$/, 'must be a path inside the app');

const redirect = { 302: z.null().describe('Redirect (Location header)') };

export function registerOidcRoutes(
  app: App,
  deps: { db: Db; config: Config; now: () => Date; oidc: OidcService },
): void {
  const { db, config, oidc } = deps;

  const secure = (request: FastifyRequest) =>
    config.cookieSecure === 'auto' ? request.protocol === 'https' : config.cookieSecure;

  const toLogin = (reply: FastifyReply, code: string) =>
    reply.redirect(`/login?error=${encodeURIComponent(code)}`, 302);

  async function audit(
    request: FastifyRequest,
    userId: string | null,
    outcome: 'allowed' | 'denied',
    reason: string,
  ) {
    await appendAudit(db, [
      {
        actorUserId: userId,
        actorRole: null,
        action: 'auth.oidc_login',
        participantId: null,
        outcome,
        reason,
        requestId: request.id,
      },
    ]);
  }

  app.get(
    '/api/auth/oidc/providers',
    {
      config: {
        access: { kind: 'public', why: 'the login page lists the ways to log in before anyone is logged in' },
      },
      schema: {
        tags: ['auth'],
        summary: 'The OpenID Connect providers this installation offers on the login page',
        response: { 200: oidcProvidersSchema },
      },
    },
    async () => ({ items: oidc.providers.map((p) => ({ id: p.id })) }),
  );

  app.get(
    '/api/auth/oidc/:provider/start',
    {
      config: { access: { kind: 'public', why: 'starts a login with an external identity provider' } },
      schema: {
        tags: ['auth'],
        summary:
          'Start a login with OpenID Connect: redirects to the provider (code flow, PKCE S256, state, nonce)',
        params: z.object({ provider: oidcProviderSchema }),
        querystring: z.object({ returnTo: returnTo.optional() }),
        response: { ...redirect, ...problemResponses },
      },
    },
    async (request, reply) => {
      const provider = oidc.provider(request.params.provider);
      if (!provider) throw new AppError('not_found', { detail: 'No such login provider is configured' });
      const now = deps.now();
      try {
        const started = await oidc.start(provider, { returnTo: request.query.returnTo ?? '/', now });
        reply.setCookie(OIDC_BROWSER_COOKIE, started.browserToken, {
          path: CALLBACK_PATH,
          httpOnly: true,
          sameSite: 'lax',
          secure: secure(request),
          maxAge: 600,
        });
        return reply.redirect(started.url.href, 302);
      } catch (error) {
        if (!(error instanceof OidcLoginFailure)) throw error;
        await audit(request, null, 'denied', `${provider.id}:${error.reason}`);
        return toLogin(reply, error.code);
      }
    },
  );

  app.get(
    '/api/auth/oidc/:provider/callback',
    {
      config: {
        access: {
          kind: 'public',
          why: 'the identity provider sends the browser back here to finish a login',
        },
      },
      schema: {
        tags: ['auth'],
        summary:
          'Finish a login with OpenID Connect: validates the answer, sets the session cookie and redirects into the ' +
          'app, or to the login page with a non-personal error code',
        params: z.object({ provider: oidcProviderSchema }),
        // The provider's parameters (code, state, iss, error …) are read from the URL by the OIDC client itself.
        querystring: z.looseObject({
          code: z.string().max(2000).optional(),
          state: z.string().max(500).optional(),
          iss: z.string().max(500).optional(),
          error: z.string().max(200).optional(),
        }),
        response: { ...redirect, ...problemResponses },
      },
    },
    async (request, reply) => {
      const provider = oidc.provider(request.params.provider);
      if (!provider) throw new AppError('not_found', { detail: 'No such login provider is configured' });
      const now = deps.now();
      const browserToken = request.cookies[OIDC_BROWSER_COOKIE];
      reply.clearCookie(OIDC_BROWSER_COOKIE, { path: CALLBACK_PATH });
      try {
        const callbackUrl = new URL(request.url, config.oidc.publicBaseUrl ?? 'http://invalid');
        const done = await oidc.finish(provider, { callbackUrl, browserToken, now });
        // A session this browser had before (another person's, perhaps) ends: the login starts a new one.
        const previous = request.cookies[SESSION_COOKIE];
        if (previous) await endSession(db, hashToken(previous));
        const session = await createSession(db, config, done.user.id, now);
        reply.setCookie(SESSION_COOKIE, session.token, {
          path: '/',
          httpOnly: true,
          sameSite: 'lax',
          secure: secure(request),
          expires: session.expiresAt,
        });
        await audit(request, done.user.id, 'allowed', provider.id);
        request.log.info({ userId: done.user.id, provider: provider.id }, 'login');
        return reply.redirect(done.returnTo, 302);
      } catch (error) {
        if (!(error instanceof OidcLoginFailure)) throw error;
        await audit(request, error.userId, 'denied', `${provider.id}:${error.reason}`);
        request.log.warn({ provider: provider.id, code: error.code }, 'oidc login refused');
        return toLogin(reply, error.code);
      }
    },
  );

  // Linking an external login to a user is an administrator's act (docs/login.md): staff are never self-provisioned.
  const identityJson = (i: UserIdentity) => ({
    id: i.id,
    provider: i.provider,
    issuer: i.issuer,
    subject: i.subject,
    linkedHow: i.linkedHow,
    createdAt: i.createdAt.toISOString(),
    lastLoginAt: i.lastLoginAt?.toISOString() ?? null,
  });
  const userParams = z.object({ userId: z.uuid() });

  app.get(
    '/api/admin/users/:userId/identities',
    {
      config: { access: ADMIN },
      schema: {
        tags: ['administration'],
        summary: "A user's linked external logins",
        params: userParams,
        response: { 200: z.object({ items: z.array(userIdentitySchema) }), ...problemResponses },
      },
    },
    async (request) => {
      if (!(await findUserById(db, request.params.userId))) throw new AppError('not_found');
      return { items: (await listIdentitiesForUser(db, request.params.userId)).map(identityJson) };
    },
  );

  app.post(
    '/api/admin/users/:userId/identities',
    {
      config: { access: ADMIN },
      schema: {
        tags: ['administration'],
        summary: 'Link an external login (provider + subject) to a user; one user per external login',
        params: userParams,
        body: linkIdentityBody,
        response: { 201: userIdentitySchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { user: admin } = requireAuth(request);
      const target = await findUserById(db, request.params.userId);
      if (!target) throw new AppError('not_found');
      const provider = oidc.provider(request.body.provider);
      if (!provider) {
        throw new AppError('validation_failed', {
          errors: [
            { path: 'provider', code: 'provider_not_configured', message: 'This provider is not configured' },
          ],
        });
      }
      if (!provider.roles.includes(target.role)) {
        throw new AppError('validation_failed', {
          errors: [
            {
              path: 'provider',
              code: 'provider_not_for_role',
              message: 'This provider does not log in this role',
            },
          ],
        });
      }
      const linked = await db
        .transaction()
        .execute(async (trx) => {
          const identity = await insertIdentity(trx, {
            userId: target.id,
            provider: provider.id,
            issuer: provider.issuer,
            subject: request.body.subject,
            linkedBy: admin.id,
            linkedHow: 'administrator',
            at: deps.now(),
          });
          await appendAudit(trx, [
            {
              actorUserId: admin.id,
              actorRole: admin.role,
              action: 'identity.link',
              participantId: null,
              outcome: 'allowed',
              reason: `${target.id}:${provider.id}`,
              requestId: request.id,
            },
          ]);
          return identity;
        })
        .catch((error: unknown) => {
          if ((error as { code?: string }).code === '23505') throw new AppError('identity_taken');
          throw error;
        });
      return reply.code(201).send(identityJson(linked));
    },
  );

  app.delete(
    '/api/admin/users/:userId/identities/:identityId',
    {
      config: { access: ADMIN },
      schema: {
        tags: ['administration'],
        summary: 'Remove a linked external login; the person can no longer log in with it',
        params: z.object({ userId: z.uuid(), identityId: z.uuid() }),
        response: { 204: z.null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      const { user: admin } = requireAuth(request);
      const { userId, identityId } = request.params;
      await db.transaction().execute(async (trx) => {
        if (!(await deleteIdentity(trx, userId, identityId))) throw new AppError('not_found');
        await appendAudit(trx, [
          {
            actorUserId: admin.id,
            actorRole: admin.role,
            action: 'identity.unlink',
            participantId: null,
            outcome: 'allowed',
            reason: userId,
            requestId: request.id,
          },
        ]);
      });
      return reply.code(204).send(null);
    },
  );
}
