import { localeBody, loginBody, sessionSchema } from '@ips-bridge/contracts';
import {
  countFailedLogins,
  type Db,
  findUserWithPasswordHash,
  recordLoginAttempt,
  updateUserLocale,
} from '@ips-bridge/db';
import { z } from 'zod';
import type { App } from '../app-types.ts';
import { dummyPasswordHash, verifyPassword } from '../auth/password.ts';
import { createSession, endSession, SESSION_COOKIE } from '../auth/sessions.ts';
import type { Config } from '../config.ts';
import { requireAuth } from '../http/access.ts';
import { AppError } from '../http/errors.ts';
import { problemResponses } from '../http/schemas.ts';

export function registerAuthRoutes(app: App, deps: { db: Db; config: Config; now: () => Date }): void {
  const { db, config } = deps;

  app.post(
    '/api/auth/login',
    {
      config: {
        access: { kind: 'public', why: 'logging in' },
        idempotencyKey: { ignored: 'its answer carries a new session: it is never stored or replayed' },
      },
      schema: {
        tags: ['auth'],
        summary: 'Log in with a local account; sets the session cookie',
        body: loginBody,
        response: { 200: sessionSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const now = deps.now();
      const username = request.body.username.toLowerCase();
      const failures = await countFailedLogins(db, {
        username,
        clientIp: request.ip,
        since: new Date(now.getTime() - config.loginWindowMs),
      });
      if (failures.byUsername >= config.loginMaxFailures || failures.byIp >= config.loginMaxFailures * 10) {
        throw new AppError('too_many_attempts', {
          headers: { 'retry-after': String(Math.ceil(config.loginWindowMs / 1000)) },
        });
      }

      const found = await findUserWithPasswordHash(db, username);
      const passwordHash = found?.passwordHash ?? (await dummyPasswordHash());
      const passwordOk = await verifyPassword(passwordHash, request.body.password);
      const succeeded = passwordOk && found !== undefined && found.passwordHash !== null && found.user.active;
      await recordLoginAttempt(db, { username, clientIp: request.ip, succeeded, at: now });
      if (!succeeded || !found) throw new AppError('invalid_credentials');

      const session = await createSession(db, config, found.user.id, now);
      reply.setCookie(SESSION_COOKIE, session.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: config.cookieSecure === 'auto' ? request.protocol === 'https' : config.cookieSecure,
        expires: session.expiresAt,
      });
      request.log.info({ userId: found.user.id }, 'login');
      return { user: found.user, csrfToken: session.csrfToken };
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: {
        access: { kind: 'authenticated', roles: 'all' },
        idempotencyKey: {
          ignored: 'logging out twice is harmless, and a retry has no session left to replay for',
        },
      },
      schema: {
        tags: ['auth'],
        summary: 'Log out; the session ends on the server',
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await endSession(db, requireAuth(request).tokenHash);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/session',
    {
      config: { access: { kind: 'authenticated', roles: 'all' } },
      schema: {
        tags: ['auth'],
        summary: 'The logged-in user and the CSRF token for this session',
        response: { 200: sessionSchema, 401: problemResponses[401] },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      return { user: auth.user, csrfToken: auth.csrfToken };
    },
  );

  app.put(
    '/api/me/locale',
    {
      config: { access: { kind: 'authenticated', roles: 'all' } },
      schema: {
        tags: ['auth'],
        summary: "Save the user's language",
        body: localeBody,
        response: { 204: z.null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      await updateUserLocale(db, requireAuth(request).user.id, request.body.locale);
      return reply.code(204).send(null);
    },
  );
}
