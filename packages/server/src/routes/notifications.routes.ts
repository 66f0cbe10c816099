import {
  contactPreferencesBody,
  contactPreferencesSchema,
  markNotificationsReadBody,
  notificationCountSchema,
  notificationsSchema,
} from '@ips-bridge/contracts';
import {
  appendAudit,
  countUnreadNotifications,
  type Db,
  type DbOrTrx,
  findContactPreferences,
  listNotifications,
  listParticipantNames,
  markNotificationsRead,
  saveContactPreferences,
} from '@ips-bridge/db';
import {
  type ContactPreferences,
  contactPreferenceIssues,
  externalChannels,
  NO_CONTACT_PREFERENCES,
  normalisePhone,
} from '@ips-bridge/domain';
import type { FastifyRequest } from 'fastify';
import type { App } from '../app-types.ts';
import { requireAuth } from '../http/access.ts';
import { requireIfMatch, setEtag } from '../http/concurrency.ts';
import { AppError } from '../http/errors.ts';
import { permittedParticipants } from '../http/participant-access.ts';
import { problemResponses } from '../http/schemas.ts';

/**
 * The caller's own notifications and contact preferences (issue 8 item 8, docs/notifications.md). A notification
 * names a kind and what it refers to, never the content. Staff see the participant's name only while they may still
 * read that person's contact details; showing it is audited like any other read. The contact preferences hold an
 * e-mail address and a phone number: reading and saving them is audited too (on the jobseeker's own access log).
 */

const SHOWN = 50;
const EVERYONE = { access: { kind: 'authenticated', roles: 'all' } } as const;

async function notificationsFor(trx: DbOrTrx, request: FastifyRequest, now: Date) {
  const { user } = requireAuth(request);
  const { items, unread } = await listNotifications(trx, user.id, SHOWN);
  const about = [
    ...new Set(
      items.flatMap((n) =>
        n.participantId && n.participantId !== user.participantId ? [n.participantId] : [],
      ),
    ),
  ];
  const actor = { userId: user.id, role: user.role, teamId: user.team?.id ?? null };
  const permitted =
    about.length > 0
      ? await permittedParticipants(trx, actor, about, 'read', 'contact_and_plan', now)
      : new Set<string>();
  const names = await listParticipantNames(trx, [...permitted]);
  await appendAudit(
    trx,
    [...permitted].map((participantId) => ({
      actorUserId: user.id,
      actorRole: user.role,
      action: 'notification.list',
      participantId,
      outcome: 'allowed' as const,
      reason: null,
      requestId: request.id,
    })),
  );
  return {
    items: items.map((n) => ({
      id: n.id,
      kind: n.kind,
      participantId: n.participantId,
      participantName: n.participantId ? (names.get(n.participantId) ?? null) : null,
      subjectId: n.subjectId,
      createdAt: n.createdAt.toISOString(),
      readAt: n.readAt?.toISOString() ?? null,
    })),
    unreadCount: unread,
  };
}

function preferencesView(prefs: ContactPreferences, version: number, updatedAt: Date | null) {
  return {
    email: prefs.email,
    phone: prefs.phone,
    emailOptIn: prefs.emailOptIn,
    smsOptIn: prefs.smsOptIn,
    noDigitalContact: prefs.noDigitalContact,
    activeChannels: externalChannels(prefs),
    version,
    updatedAt: updatedAt?.toISOString() ?? null,
  };
}

async function auditOwn(trx: DbOrTrx, request: FastifyRequest, action: string) {
  const { user } = requireAuth(request);
  await appendAudit(trx, [
    {
      actorUserId: user.id,
      actorRole: user.role,
      action,
      participantId: user.participantId,
      outcome: 'allowed',
      reason: null,
      requestId: request.id,
    },
  ]);
}

export function registerNotificationRoutes(app: App, deps: { db: Db; now: () => Date }): void {
  const { db } = deps;

  app.get(
    '/api/me/notifications',
    {
      config: EVERYONE,
      schema: {
        tags: ['notifications'],
        summary:
          'My notifications, newest first (at most 50), and how many are unread: new messages, meeting invitations ' +
          'and changes, steps and actions due; the kind only, never the content',
        response: { 200: notificationsSchema, ...problemResponses },
      },
    },
    async (request) => db.transaction().execute((trx) => notificationsFor(trx, request, deps.now())),
  );

  app.get(
    '/api/me/notifications/count',
    {
      config: EVERYONE,
      schema: {
        tags: ['notifications'],
        summary:
          'How many of my notifications are unread (for the header; names no one, so it is not audited)',
        response: { 200: notificationCountSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { user } = requireAuth(request);
      return { unreadCount: await countUnreadNotifications(db, user.id) };
    },
  );

  app.post(
    '/api/me/notifications/read',
    {
      config: EVERYONE,
      schema: {
        tags: ['notifications'],
        summary: 'Mark my notifications read: these ids, or all with `all: true`; others’ ids are ignored',
        body: markNotificationsReadBody,
        response: { 200: notificationsSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { user } = requireAuth(request);
      const now = deps.now();
      return db.transaction().execute(async (trx) => {
        await markNotificationsRead(trx, { userId: user.id, ids: request.body.ids ?? 'all', at: now });
        return notificationsFor(trx, request, now);
      });
    },
  );

  app.get(
    '/api/me/contact-preferences',
    {
      config: EVERYONE,
      schema: {
        tags: ['notifications'],
        summary:
          'How I want to be told of new things outside the app: e-mail and/or SMS (opt-in), the address and number, ' +
          'and "do not contact me digitally"; ETag for the update',
        response: { 200: contactPreferencesSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { user } = requireAuth(request);
      const result = await db.transaction().execute(async (trx) => {
        const saved = (await findContactPreferences(trx, [user.id])).get(user.id);
        await auditOwn(trx, request, 'contact_preferences.read');
        return saved
          ? preferencesView(saved, saved.version, saved.updatedAt)
          : preferencesView(NO_CONTACT_PREFERENCES, 0, null);
      });
      setEtag(reply, result.version);
      return result;
    },
  );

  app.put(
    '/api/me/contact-preferences',
    {
      config: EVERYONE,
      schema: {
        tags: ['notifications'],
        summary:
          'Save my contact preferences (If-Match: the ETag read; "0" before the first save). Choosing e-mail or SMS ' +
          'needs the address or number; "do not contact me digitally" stops every e-mail and SMS, also those waiting',
        body: contactPreferencesBody,
        response: { 200: contactPreferencesSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { user } = requireAuth(request);
      const expectedVersion = requireIfMatch(request);
      const body = request.body;
      const prefs: ContactPreferences = {
        email: body.email,
        phone: body.phone === null ? null : normalisePhone(body.phone),
        emailOptIn: body.emailOptIn,
        smsOptIn: body.smsOptIn,
        noDigitalContact: body.noDigitalContact,
      };
      const issues = contactPreferenceIssues(prefs);
      if (issues.length > 0)
        throw new AppError('validation_failed', {
          errors: issues.map((i) => ({ path: i.field, code: i.code, message: i.message })),
        });
      const now = deps.now();
      const result = await db.transaction().execute(async (trx) => {
        const version = await saveContactPreferences(trx, {
          userId: user.id,
          prefs,
          expectedVersion,
          at: now,
        });
        if (version === null) throw new AppError('precondition_failed');
        await auditOwn(trx, request, 'contact_preferences.update');
        return preferencesView(prefs, version, now);
      });
      setEtag(reply, result.version);
      return result;
    },
  );
}
