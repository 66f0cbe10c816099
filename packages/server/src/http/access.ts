import type { Db } from '@ips-bridge/db';
import type { ParticipantAction, Role } from '@ips-bridge/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type AuthContext, csrfTokenMatches, resolveSession, SESSION_COOKIE } from '../auth/sessions.ts';
import type { Config } from '../config.ts';
import { AppError } from './errors.ts';

/**
 * The one access layer. Every route declares who may call it in `config.access`; a route without a declaration
 * cannot be registered (the app refuses to start). Participant routes also name the audit action: their data is
 * read and written only through `withParticipant` (participant-access.ts), which applies the domain policy and
 * audits in the same transaction.
 */
export type AccessRule =
  | { kind: 'public'; why: string }
  | { kind: 'authenticated'; roles: readonly Role[] | 'all' }
  | { kind: 'participant'; action: ParticipantAction; audit: string; roles: readonly Role[] | 'all' };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: AccessRule;
  }
  interface FastifyRequest {
    auth: AuthContext | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function accessRuleOf(request: FastifyRequest): AccessRule | undefined {
  return request.routeOptions.config.access;
}

/** The authenticated caller, or a 401 when a route that needs one has none (programming error otherwise). */
export function requireAuth(request: FastifyRequest): AuthContext {
  if (!request.auth) throw new AppError('unauthenticated');
  return request.auth;
}

export function registerAccessLayer(
  app: FastifyInstance,
  deps: { db: Db; config: Config; now: () => Date },
): void {
  app.decorateRequest('auth', null);

  app.addHook('onRoute', (route) => {
    if (!route.config?.access) {
      const method = Array.isArray(route.method) ? route.method.join(',') : route.method;
      throw new Error(`Route ${method} ${route.url} declares no access rule (config.access)`);
    }
  });

  app.addHook('onRequest', async (request, reply) => {
    const rule = accessRuleOf(request);
    // Unknown URLs reach the not-found handler, which has its own declared rule.
    if (!rule)
      throw new Error(`No access rule for ${request.method} ${request.routeOptions.url ?? '(unknown)'}`);

    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      request.auth = await resolveSession(deps.db, deps.config, token, deps.now());
      if (!request.auth) reply.clearCookie(SESSION_COOKIE, { path: '/' });
    }
    if (rule.kind === 'public') return;

    const auth = request.auth;
    if (!auth) throw new AppError('unauthenticated');
    if (rule.roles !== 'all' && !rule.roles.includes(auth.user.role)) throw new AppError('forbidden');
    if (
      !SAFE_METHODS.has(request.method) &&
      !csrfTokenMatches(auth.csrfToken, headerValue(request, 'x-csrf-token'))
    ) {
      throw new AppError('csrf_token_invalid');
    }
  });
}

function headerValue(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
