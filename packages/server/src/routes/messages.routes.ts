import { markMessagesReadBody, messageBody, messagesSchema, participantParams } from '@ips-bridge/contracts';
import {
  type Db,
  type DbOrTrx,
  findUserById,
  insertMessage,
  listConsentRecipients,
  listMessages,
  markMessageNotificationsRead,
  markMessagesRead,
} from '@ips-bridge/db';
import {
  CARE_TEAM_ROLES,
  type InformationCategory,
  osloDate,
  type Role,
  recipientsWhoMaySee,
} from '@ips-bridge/domain';
import type { App } from '../app-types.ts';
import { requireAuth } from '../http/access.ts';
import { type ParticipantScope, withParticipant } from '../http/participant-access.ts';
import { problemResponses } from '../http/schemas.ts';
import { conversationCandidates, notifyEvent } from '../notifications/notify.ts';

/**
 * Secure messages inside a participant's journey (issue 5 item 8). One conversation per participant, in the consent
 * category `contact_and_plan`: its parties are the jobseeker and the care-team members the jobseeker's consent lets
 * read that category. Access is decided per request by `withParticipant`, so a block or a withdrawn consent ends a
 * person's access at once; what they wrote stays, under their name. Messages are never edited or deleted (a
 * correction is a new message), and never sent by e-mail: the other parties get a notification that there is a new
 * message, without its text (docs/notifications.md).
 */
export const MESSAGE_CATEGORY: InformationCategory = 'contact_and_plan';

/** The jobseeker and the care team: supervisors and administrators take no part in the conversation. */
const MESSAGE_ROLES: readonly Role[] = ['jobseeker', ...CARE_TEAM_ROLES];

async function messagesFor(
  trx: DbOrTrx,
  participantId: string,
  readerId: string,
  scope: ParticipantScope,
  now: Date,
) {
  // One connection per transaction: its queries run one after the other.
  const messages = await listMessages(trx, participantId);
  const recipients = await listConsentRecipients(trx, participantId);
  const careTeam = recipients.filter((r) => (CARE_TEAM_ROLES as readonly string[]).includes(r.role));
  const staff = recipientsWhoMaySee(careTeam, scope.consent, MESSAGE_CATEGORY, osloDate(now));
  const jobseekerId = scope.facts.participantUserId;
  const jobseeker = jobseekerId ? await findUserById(trx, jobseekerId) : undefined;
  const parties = [
    ...(jobseeker
      ? [{ userId: jobseeker.id, displayName: jobseeker.displayName, role: 'jobseeker' as const }]
      : []),
    ...staff.map((s) => ({ userId: s.userId, displayName: s.displayName, role: s.role as Role })),
  ];
  const items = messages.map((m) => {
    const readBy = m.readBy.map((r) => ({ ...r, readAt: r.readAt.toISOString() }));
    const mine = m.author.id === readerId;
    return {
      id: m.id,
      author: { userId: m.author.id, displayName: m.author.displayName, role: m.author.role as Role },
      text: m.text,
      createdAt: m.createdAt.toISOString(),
      mine,
      readBy,
      readByMe: mine || readBy.some((r) => r.userId === readerId),
    };
  });
  return {
    items,
    unreadCount: items.filter((m) => !m.readByMe).length,
    parties,
    category: MESSAGE_CATEGORY,
  };
}

export function registerMessageRoutes(app: App, deps: { db: Db; now: () => Date }): void {
  const { db } = deps;

  app.get(
    '/api/participants/:participantId/messages',
    {
      config: {
        access: {
          kind: 'participant',
          category: MESSAGE_CATEGORY,
          action: 'read',
          audit: 'message.read',
          roles: MESSAGE_ROLES,
        },
      },
      schema: {
        tags: ['messages'],
        summary:
          "The participant's conversation: messages with author, time and who has read them, the caller's unread " +
          'count, and who takes part now',
        params: participantParams,
        response: { 200: messagesSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { user } = requireAuth(request);
      return withParticipant(db, request, request.params.participantId, (trx, scope) =>
        messagesFor(trx, request.params.participantId, user.id, scope, deps.now()),
      );
    },
  );

  app.post(
    '/api/participants/:participantId/messages',
    {
      config: {
        access: {
          kind: 'participant',
          category: MESSAGE_CATEGORY,
          action: 'contribute',
          audit: 'message.create',
          roles: MESSAGE_ROLES,
        },
      },
      schema: {
        tags: ['messages'],
        summary:
          'Write a message in the conversation (the jobseeker or a care-team member with access); it cannot be ' +
          'edited or deleted afterwards',
        params: participantParams,
        body: messageBody,
        response: { 201: messagesSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { user } = requireAuth(request);
      const now = deps.now();
      const participantId = request.params.participantId;
      const result = await withParticipant(db, request, participantId, async (trx, scope) => {
        await insertMessage(trx, { participantId, authorId: user.id, text: request.body.text, at: now });
        // "You have a new message": to the other parties who may read the conversation now, never its text.
        await notifyEvent(trx, {
          kind: 'message',
          participantId,
          subjectId: null,
          actorUserId: user.id,
          candidates: conversationCandidates(scope.facts),
          facts: scope.facts,
          consent: scope.consent,
          at: now,
        });
        return messagesFor(trx, participantId, user.id, scope, now);
      });
      reply.code(201);
      return result;
    },
  );

  app.post(
    '/api/participants/:participantId/messages/read',
    {
      config: {
        access: {
          kind: 'participant',
          category: MESSAGE_CATEGORY,
          action: 'read',
          audit: 'message.mark_read',
          roles: MESSAGE_ROLES,
        },
      },
      schema: {
        tags: ['messages'],
        summary:
          'Mark messages read by the caller (the first reading counts; own messages are not marked); others see ' +
          '"read by … at …"',
        params: participantParams,
        body: markMessagesReadBody,
        response: { 200: messagesSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { user } = requireAuth(request);
      const now = deps.now();
      const participantId = request.params.participantId;
      return withParticipant(db, request, participantId, async (trx, scope) => {
        await markMessagesRead(trx, {
          participantId,
          readerId: user.id,
          messageIds: request.body.messageIds,
          at: now,
        });
        const conversation = await messagesFor(trx, participantId, user.id, scope, now);
        // Everything read: the notifications of new messages here have served their purpose.
        if (conversation.unreadCount === 0)
          await markMessageNotificationsRead(trx, { userId: user.id, participantId, at: now });
        return conversation;
      });
    },
  );
}
