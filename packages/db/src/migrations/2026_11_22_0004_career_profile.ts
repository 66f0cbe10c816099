import { type Kysely, sql } from 'kysely';

// The career profile, kept as numbered versions (it is updated after every job experience, and its history is
// part of the record). Health-related content (early warning signs, coping strategies) is stored apart from the
// rest so consent can withhold it without touching the rest. Never edit once landed.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE career_profile_version (
      participant_id uuid NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
      version integer NOT NULL CHECK (version >= 1),
      content jsonb NOT NULL,
      health_content jsonb NOT NULL,
      reason text NOT NULL CHECK (reason IN ('first_version', 'update', 'after_job_experience')),
      created_by uuid REFERENCES app_user (id),
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (participant_id, version)
    );
    CREATE TRIGGER career_profile_version_no_update BEFORE UPDATE ON career_profile_version
      FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS career_profile_version;`.execute(db);
}
