import { type Kysely, sql } from 'kysely';

// Therapist notes (issue 6): written once by a therapist in the care team, each in one information category; every
// reader sees a note only as far as the jobseeker's consent for that category reaches. Never edit once landed.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE therapist_note (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      participant_id uuid NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
      author_id uuid NOT NULL REFERENCES app_user (id),
      category text NOT NULL CHECK (category IN ('work_functioning', 'warning_signs', 'diagnosis_treatment')),
      text text NOT NULL CHECK (length(text) BETWEEN 1 AND 4000),
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX therapist_note_participant_idx ON therapist_note (participant_id, created_at DESC);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS therapist_note;`.execute(db);
}
