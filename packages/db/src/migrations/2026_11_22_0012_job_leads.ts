import { type Kysely, sql } from 'kysely';

// Job leads found through job development, matched to participants' preferences. Never edit once landed.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE job_lead (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      team_id uuid NOT NULL REFERENCES organisation (id),
      employer_id uuid NOT NULL REFERENCES employer (id) ON DELETE CASCADE,
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      job_type text NOT NULL CHECK (length(job_type) BETWEEN 1 AND 100),
      place text CHECK (place IS NULL OR length(place) <= 100),
      hours_per_week numeric(5, 2) CHECK (hours_per_week IS NULL OR (hours_per_week > 0 AND hours_per_week <= 100)),
      description text NOT NULL DEFAULT '' CHECK (length(description) <= 2000),
      status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'filled', 'closed')),
      created_by uuid REFERENCES app_user (id),
      created_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1
    );
    CREATE INDEX job_lead_team_status_idx ON job_lead (team_id, status, created_at);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS job_lead;`.execute(db);
}
