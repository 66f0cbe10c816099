import { type Kysely, sql } from 'kysely';

// Issue 7 item 4: the supervisor's dated notes per employment specialist (supervision, "veiledning"). About the
// specialist's work, never about jobseekers; the specialist reads the notes about themselves. Never edit once landed.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE supervision_note (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      specialist_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
      team_id uuid NOT NULL REFERENCES organisation (id),
      author_id uuid NOT NULL REFERENCES app_user (id),
      noted_on date NOT NULL,
      text text NOT NULL CHECK (length(text) BETWEEN 1 AND 2000),
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX supervision_note_specialist_idx ON supervision_note (specialist_id, noted_on DESC);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS supervision_note;`.execute(db);
}
