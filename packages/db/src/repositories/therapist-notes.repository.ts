import type { DbOrTrx } from '../connection.ts';
import type { TherapistNoteTable } from '../schema.ts';

export type TherapistNoteCategory = TherapistNoteTable['category'];

export interface TherapistNoteRecord {
  id: string;
  author: { id: string; displayName: string };
  category: TherapistNoteCategory;
  text: string;
  createdAt: Date;
}

/** A participant's therapist notes, newest first (the caller removes those the reader may not see). */
export async function listTherapistNotes(db: DbOrTrx, participantId: string): Promise<TherapistNoteRecord[]> {
  const rows = await db
    .selectFrom('therapist_note as n')
    .innerJoin('app_user as u', 'u.id', 'n.author_id')
    .select(['n.id', 'n.author_id', 'u.display_name', 'n.category', 'n.text', 'n.created_at'])
    .where('n.participant_id', '=', participantId)
    .orderBy('n.created_at', 'desc')
    .orderBy('n.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    author: { id: r.author_id, displayName: r.display_name },
    category: r.category,
    text: r.text,
    createdAt: r.created_at,
  }));
}

export async function insertTherapistNote(
  db: DbOrTrx,
  note: { participantId: string; authorId: string; category: TherapistNoteCategory; text: string; at: Date },
): Promise<string> {
  const row = await db
    .insertInto('therapist_note')
    .values({
      participant_id: note.participantId,
      author_id: note.authorId,
      category: note.category,
      text: note.text,
      created_at: note.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
