import { type Kysely, sql } from 'kysely';

// Issue 5, items 7–9: the specialist's meetings with the treatment team and with NAV (team-level, no participant
// data); secure messages inside a participant's journey with read status per reader; and each user's last visit to
// their start page (what is new since then). Never edit once landed.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE team_meeting (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      specialist_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN ('treatment_team', 'nav')),
      held_on date NOT NULL,
      counterpart text NOT NULL CHECK (length(counterpart) BETWEEN 1 AND 200),
      attended boolean NOT NULL,
      participants_discussed integer CHECK (participants_discussed BETWEEN 0 AND 200),
      note text NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (kind = 'treatment_team' OR (attended AND participants_discussed IS NULL))
    );
    CREATE INDEX team_meeting_specialist_idx ON team_meeting (specialist_id, held_on DESC);

    CREATE TABLE participant_message (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      participant_id uuid NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
      author_id uuid NOT NULL REFERENCES app_user (id),
      category text NOT NULL DEFAULT 'contact_and_plan' CHECK (category = 'contact_and_plan'),
      text text NOT NULL CHECK (length(text) BETWEEN 1 AND 4000),
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX participant_message_participant_idx ON participant_message (participant_id, created_at);

    CREATE TABLE message_read (
      message_id uuid NOT NULL REFERENCES participant_message (id) ON DELETE CASCADE,
      reader_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
      read_at timestamptz NOT NULL,
      PRIMARY KEY (message_id, reader_id)
    );

    CREATE TABLE start_page_visit (
      user_id uuid PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
      visited_at timestamptz NOT NULL
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS start_page_visit, message_read, participant_message, team_meeting;`.execute(
    db,
  );
}
