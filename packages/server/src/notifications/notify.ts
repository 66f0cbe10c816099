import { type DbOrTrx, findContactPreferences, insertNotifications } from '@ips-bridge/db';
import {
  type ConsentFacts,
  externalChannels,
  type NotificationCandidate,
  type NotificationKind,
  notificationRecipients,
  osloDate,
  type ParticipantAccessFacts,
} from '@ips-bridge/domain';

/** The parties to a participant's conversation: the jobseeker's login and the care team. */
export function conversationCandidates(facts: ParticipantAccessFacts): NotificationCandidate[] {
  return [
    ...(facts.participantUserId ? [{ userId: facts.participantUserId, role: 'jobseeker' as const }] : []),
    ...facts.careTeam.map((m) => ({ userId: m.userId, role: m.role })),
  ];
}

/**
 * Notifies the candidates who may read the event's category now (consent, blocks, care team), except the person
 * who caused it, in the event's own transaction. E-mail and SMS go into the outbox by each recipient's choice at
 * this moment; the worker checks the choice again when it sends. Returns how many notifications were made (a
 * reminder already made under its key is not made again).
 */
export async function notifyEvent(
  trx: DbOrTrx,
  event: {
    kind: NotificationKind;
    participantId: string;
    subjectId: string | null;
    actorUserId: string | null;
    candidates: readonly NotificationCandidate[];
    facts: ParticipantAccessFacts;
    consent: ConsentFacts;
    at: Date;
    dedupeKey?: string;
  },
): Promise<number> {
  const recipients = notificationRecipients({
    kind: event.kind,
    candidates: event.candidates,
    actorUserId: event.actorUserId,
    facts: event.facts,
    consent: event.consent,
    at: { today: osloDate(event.at), now: event.at.toISOString() },
  });
  if (recipients.length === 0) return 0;
  const prefs = await findContactPreferences(trx, recipients);
  return insertNotifications(
    trx,
    recipients.map((recipientId) => ({
      recipientId,
      kind: event.kind,
      participantId: event.participantId,
      subjectId: event.subjectId,
      dedupeKey: event.dedupeKey ?? null,
      channels: externalChannels(prefs.get(recipientId)),
      at: event.at,
    })),
  );
}
