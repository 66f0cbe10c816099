import { createHash, timingSafeEqual } from 'node:crypto';
import type { Db } from '@ips-bridge/db';
import type { InformationCategory, ParticipantAction, Role } from '@ips-bridge/domain';
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
  /**
   * A machine caller (a metrics scraper) with `Authorization: Bearer <token>`, the token taken from the named
   * configuration value. No session, no personal data; the route answers 404 while that value is unset.
   */
  | { kind: 'bearer'; secret: BearerSecret; why: string }
  | { kind: 'authenticated'; roles: readonly Role[] | 'all' }
  | {
      kind: 'participant';
      action: ParticipantAction;
      /** The kind of information the route reads or writes: the jobseeker's consent decides per category. */
      category: InformationCategory;
      audit: string;
      roles: readonly Role[] | 'all';
    };

/** Configuration values that may serve as a bearer token. */
export type BearerSecret = 'metricsToken';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: AccessRule;
  }
  interface FastifyRequest {
    auth: AuthContext | null;
  }
  interface FastifyInstance {
    /** Every registered route with its declared access rule, for review and tests. */
    accessTable: AccessTableEntry[];
    /** The app's clock (tests set it): consent validity and break-the-glass expiry are decided against it. */
    clock: () => Date;
  }
}

export interface AccessTableEntry {
  method: string;
  url: string;
  access: AccessRule;
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
  const table: AccessTableEntry[] = [];
  app.decorate('accessTable', table);
  app.decorate('clock', deps.now);

  app.addHook('onRoute', (route) => {
    const method = Array.isArray(route.method) ? route.method.join(',') : route.method;
    if (!route.config?.access) {
      throw new Error(`Route ${method} ${route.url} declares no access rule (config.access)`);
    }
    table.push({ method, url: route.url, access: route.config.access });
  });

  app.addHook('onRequest', async (request, reply) => {
    // Unknown URLs go to the not-found handler, which answers 404 and serves nothing.
    if (request.is404) return;
    const rule = accessRuleOf(request);
    if (!rule)
      throw new Error(`No access rule for ${request.method} ${request.routeOptions.url ?? '(unknown)'}`);

    if (rule.kind === 'bearer') {
      const expected = deps.config[rule.secret];
      if (!expected) throw new AppError('not_found');
      const given = /^Bearer +(\S+)\s*$/i.exec(headerValue(request, 'authorization') ?? '')?.[1];
      if (!given || !secretMatches(expected, given)) {
        throw new AppError('unauthenticated', { headers: { 'www-authenticate': 'Bearer' } });
      }
      return;
    }

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

function secretMatches(expected: string, given: string): boolean {
  const a = createHash('sha256').update(expected).digest();
  const b = createHash('sha256').update(given).digest();
  return timingSafeEqual(a, b);
}

function headerValue(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
