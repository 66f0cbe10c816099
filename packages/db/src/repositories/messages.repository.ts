import type { DbOrTrx } from '../connection.ts';

export interface MessageRecord {
  id: string;
  author: { id: string; displayName: string; role: string };
  text: string;
  createdAt: Date;
  readBy: { userId: string; displayName: string; readAt: Date }[];
}

/** A participant's messages, oldest first, each with who has read it and when (the caller decides who sees them). */
export async function listMessages(db: DbOrTrx, participantId: string): Promise<MessageRecord[]> {
  const rows = await db
    .selectFrom('participant_message as m')
    .innerJoin('app_user as u', 'u.id', 'm.author_id')
    .select(['m.id', 'm.author_id', 'u.display_name', 'u.role', 'm.text', 'm.created_at'])
    .where('m.participant_id', '=', participantId)
    .orderBy('m.created_at')
    .orderBy('m.id')
    .execute();
  const reads = await db
    .selectFrom('message_read as r')
    .innerJoin('participant_message as m', 'm.id', 'r.message_id')
    .innerJoin('app_user as u', 'u.id', 'r.reader_id')
    .select(['r.message_id', 'r.reader_id', 'u.display_name', 'r.read_at'])
    .where('m.participant_id', '=', participantId)
    .orderBy('r.read_at')
    .execute();
  const byMessage = new Map<string, MessageRecord['readBy']>();
  for (const r of reads) {
    const list = byMessage.get(r.message_id) ?? [];
    list.push({ userId: r.reader_id, displayName: r.display_name, readAt: r.read_at });
    byMessage.set(r.message_id, list);
  }
  return rows.map((r) => ({
    id: r.id,
    author: { id: r.author_id, displayName: r.display_name, role: r.role },
    text: r.text,
    createdAt: r.created_at,
    readBy: byMessage.get(r.id) ?? [],
  }));
}

export async function insertMessage(
  db: DbOrTrx,
  message: { participantId: string; authorId: string; text: string; at: Date },
): Promise<string> {
  const row = await db
    .insertInto('participant_message')
    .values({
      participant_id: message.participantId,
      author_id: message.authorId,
      text: message.text,
      created_at: message.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Marks these messages of the participant read by `readerId` at `at`. A reader's own messages and messages already
 * marked are left as they are (the first reading counts). Returns the ids newly marked.
 */
export async function markMessagesRead(
  db: DbOrTrx,
  input: { participantId: string; readerId: string; messageIds: readonly string[]; at: Date },
): Promise<string[]> {
  if (input.messageIds.length === 0) return [];
  const targets = await db
    .selectFrom('participant_message')
    .select('id')
    .where('participant_id', '=', input.participantId)
    .where('id', 'in', input.messageIds)
    .where('author_id', '<>', input.readerId)
    .execute();
  if (targets.length === 0) return [];
  const inserted = await db
    .insertInto('message_read')
    .values(targets.map((t) => ({ message_id: t.id, reader_id: input.readerId, read_at: input.at })))
    .onConflict((oc) => oc.columns(['message_id', 'reader_id']).doNothing())
    .returning('message_id')
    .execute();
  return inserted.map((r) => r.message_id);
}

/** Per participant: messages by others that `readerId` has not read, and when the newest of them came. */
export async function unreadMessageCounts(
  db: DbOrTrx,
  readerId: string,
  participantIds: readonly string[],
): Promise<Map<string, { unread: number; latestAt: Date }>> {
  if (participantIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('participant_message as m')
    .leftJoin('message_read as r', (join) =>
      join.onRef('r.message_id', '=', 'm.id').on('r.reader_id', '=', readerId),
    )
    .select((eb) => [
      'm.participant_id',
      eb.fn.countAll<string>().as('unread'),
      eb.fn.max('m.created_at').as('latest_at'),
    ])
    .where('m.participant_id', 'in', participantIds)
    .where('m.author_id', '<>', readerId)
    .where('r.message_id', 'is', null)
    .groupBy('m.participant_id')
    .execute();
  return new Map(
    rows.map((r) => [r.participant_id, { unread: Number(r.unread), latestAt: new Date(r.latest_at) }]),
  );
}
