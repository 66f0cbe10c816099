import { type Kysely, sql } from 'kysely';

// Saved work-and-benefit scenarios on a participant and the questions for NAV that come out of them.
// Never edit once landed.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE benefit_scenario (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      participant_id uuid NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
      input jsonb NOT NULL,
      summary jsonb NOT NULL,
      created_by uuid REFERENCES app_user (id),
      created_at timestamptz NOT NULL DEFAULT now(),
      deleted_at timestamptz
    );
    CREATE INDEX benefit_scenario_participant_idx ON benefit_scenario (participant_id, created_at)
      WHERE deleted_at IS NULL;

    CREATE TABLE nav_question (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      participant_id uuid NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
      scenario_id uuid REFERENCES benefit_scenario (id) ON DELETE SET NULL,
      question text NOT NULL CHECK (length(question) BETWEEN 1 AND 2000),
      asked_by uuid REFERENCES app_user (id),
      asked_at timestamptz NOT NULL DEFAULT now(),
      answer text CHECK (answer IS NULL OR length(answer) BETWEEN 1 AND 4000),
      answered_on date,
      answered_by uuid REFERENCES app_user (id),
      version integer NOT NULL DEFAULT 1,
      CHECK ((answer IS NULL) = (answered_on IS NULL))
    );
    CREATE INDEX nav_question_participant_idx ON nav_question (participant_id, asked_at);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS nav_question, benefit_scenario;`.execute(db);
}
