import { participantParams, therapistNoteBody, therapistNotesSchema } from '@ips-bridge/contracts';
import {
  appendChange,
  type Db,
  type DbOrTrx,
  insertTherapistNote,
  listConsentRecipients,
  listTherapistNotes,
} from '@ips-bridge/db';
import { osloDate, recipientsWhoMaySee, THERAPIST_NOTE_CATEGORIES } from '@ips-bridge/domain';
import type { App } from '../app-types.ts';
import { requireAuth } from '../http/access.ts';
import { type ParticipantScope, withParticipant } from '../http/participant-access.ts';
import { problemResponses } from '../http/schemas.ts';

/**
 * The notes as `readerId` may see them: the jobseeker sees all of their own, an author their own notes, everyone
 * else the notes in categories the jobseeker shares with them. Each note says who sees it today.
 */
async function notesFor(
  trx: DbOrTrx,
  participantId: string,
  readerId: string,
  scope: ParticipantScope,
  now: Date,
) {
  const today = osloDate(now);
  // One connection per transaction: its queries run one after the other.
  const notes = await listTherapistNotes(trx, participantId);
  const recipients = await listConsentRecipients(trx, participantId);
  const ownRecord = scope.basis === 'own-record';
  // The author is not listed among those a note is shared with: it is theirs.
  const sharedWith = (category: (typeof THERAPIST_NOTE_CATEGORIES)[number], authorId: string) =>
    recipientsWhoMaySee(recipients, scope.consent, category, today).filter((r) => r.userId !== authorId);
  return {
    items: notes
      .filter((n) => ownRecord || n.author.id === readerId || scope.readable.has(n.category))
      .map((n) => ({
        ...n,
        createdAt: n.createdAt.toISOString(),
        sharedWith: sharedWith(n.category, n.author.id),
      })),
    sharingByCategory: THERAPIST_NOTE_CATEGORIES.map((category) => ({
      category,
      sharedWith: sharedWith(category, readerId),
    })),
  };
}

export function registerTherapistNoteRoutes(app: App, deps: { db: Db; now: () => Date }): void {
  const { db } = deps;

  app.get(
    '/api/participants/:participantId/therapist-notes',
    {
      config: {
        access: {
          kind: 'participant',
          category: 'contact_and_plan',
          action: 'read',
          audit: 'therapist_note.read',
          roles: 'all',
        },
      },
      schema: {
        tags: ['consent'],
        summary:
          "The therapist's notes the caller may see (each as far as the jobseeker's consent for its category " +
          'reaches), each with who sees it today',
        params: participantParams,
        response: { 200: therapistNotesSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { user } = requireAuth(request);
      return withParticipant(db, request, request.params.participantId, (trx, scope) =>
        notesFor(trx, request.params.participantId, user.id, scope, deps.now()),
      );
    },
  );

  app.post(
    '/api/participants/:participantId/therapist-notes',
    {
      config: {
        access: {
          kind: 'participant',
          category: 'contact_and_plan',
          action: 'write',
          audit: 'therapist_note.write',
          roles: ['therapist'],
        },
      },
      schema: {
        tags: ['consent'],
        summary:
          'Write a note as the care-team therapist, in one health category; it is stored once and shown to each ' +
          'reader only as far as the consent for that category reaches',
        params: participantParams,
        body: therapistNoteBody,
        response: { 201: therapistNotesSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { user } = requireAuth(request);
      const now = deps.now();
      const participantId = request.params.participantId;
      const result = await withParticipant(db, request, participantId, async (trx, scope) => {
        const id = await insertTherapistNote(trx, {
          participantId,
          authorId: user.id,
          category: request.body.category,
          text: request.body.text,
          at: now,
        });
        // The change log names the note and its category, never its text: the history is read more widely.
        await appendChange(trx, {
          participantId,
          entity: 'therapist_note',
          action: 'create',
          before: null,
          after: { id, category: request.body.category },
          changedBy: user.id,
          at: now,
        });
        return notesFor(trx, participantId, user.id, scope, now);
      });
      reply.code(201);
      return result;
    },
  );
}
