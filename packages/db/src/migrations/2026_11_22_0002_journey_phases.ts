import { type Kysely, sql } from 'kysely';

// The IPS journey's phases with their dated history, the first contact after referral, and a change log that keeps
// every change to a participant's record (who, when, before and after). Never edit once landed.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE participant
      ADD COLUMN phase text NOT NULL DEFAULT 'referred' CHECK (phase IN ('referred', 'engagement', 'career_profile',
        'job_search', 'working', 'education', 'follow_along', 'paused', 'ended')),
      ADD COLUMN phase_since date,
      ADD COLUMN first_contact_date date;
    UPDATE participant SET phase_since = referral_date;
    ALTER TABLE participant ALTER COLUMN phase_since SET NOT NULL;
    CREATE INDEX participant_team_phase_idx ON participant (team_id, phase);

    CREATE TABLE participant_phase (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      participant_id uuid NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
      phase text NOT NULL,
      started_on date NOT NULL,
      reason text CHECK (reason IS NULL OR length(reason) <= 50),
      planned_recontact date,
      recorded_by uuid REFERENCES app_user (id),
      recorded_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX participant_phase_participant_idx ON participant_phase (participant_id, id);
    INSERT INTO participant_phase (participant_id, phase, started_on, recorded_by, recorded_at)
      SELECT id, 'referred', referral_date, created_by, created_at FROM participant;

    CREATE TABLE change_log (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      participant_id uuid NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
      entity text NOT NULL,
      action text NOT NULL,
      before jsonb,
      after jsonb,
      changed_by uuid REFERENCES app_user (id),
      changed_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX change_log_participant_idx ON change_log (participant_id, id);
    CREATE TRIGGER change_log_no_update_or_delete BEFORE UPDATE ON change_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE IF EXISTS change_log, participant_phase;
    DROP INDEX IF EXISTS participant_team_phase_idx;
    ALTER TABLE participant DROP COLUMN IF EXISTS phase, DROP COLUMN IF EXISTS phase_since,
      DROP COLUMN IF EXISTS first_contact_date;
  `.execute(db);
}
