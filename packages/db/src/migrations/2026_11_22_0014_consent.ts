import { type Kysely, sql } from 'kysely';

// Consent as data (issue 6): the jobseeker's grants and withdrawals per recipient and category, blocks of named
// people ("sperring") and break-the-glass openings. Consent records are never changed once written: a later record
// overrides an earlier one, so the history of what was shared when is kept. Never edit once landed.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE consent_record (
      id bigserial PRIMARY KEY,
      participant_id uuid NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
      recipient_user_id uuid REFERENCES app_user (id),
      recipient_role text CHECK (recipient_role IN ('employment_specialist', 'nav_counsellor', 'therapist', 'ips_supervisor')),
      category text NOT NULL CHECK (category IN ('contact_and_plan', 'career_profile', 'work_functioning',
        'warning_signs', 'diagnosis_treatment', 'benefits', 'meeting_minutes')),
      decision text NOT NULL CHECK (decision IN ('grant', 'withdraw')),
      purpose text NOT NULL DEFAULT '' CHECK (length(purpose) <= 500),
      valid_from date NOT NULL,
      valid_to date CHECK (valid_to IS NULL OR valid_to >= valid_from),
      recorded_by uuid NOT NULL REFERENCES app_user (id),
      recorded_via text NOT NULL CHECK (recorded_via IN ('jobseeker', 'paper')),
      recorded_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((recipient_user_id IS NULL) <> (recipient_role IS NULL)),
      CHECK (decision = 'grant' OR valid_to IS NULL)
    );
    CREATE INDEX consent_record_participant_idx ON consent_record (participant_id, id);

    CREATE FUNCTION consent_record_is_kept() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'consent records are never changed: record a new one' USING ERRCODE = 'insufficient_privilege';
    END $$;
    CREATE TRIGGER consent_record_no_update BEFORE UPDATE ON consent_record
      FOR EACH ROW EXECUTE FUNCTION consent_record_is_kept();

    CREATE TABLE access_block (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      participant_id uuid NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
      blocked_user_id uuid NOT NULL REFERENCES app_user (id),
      reason text NOT NULL DEFAULT '' CHECK (length(reason) <= 500),
      created_by uuid NOT NULL REFERENCES app_user (id),
      created_at timestamptz NOT NULL DEFAULT now(),
      lifted_by uuid REFERENCES app_user (id),
      lifted_at timestamptz,
      CHECK ((lifted_at IS NULL) = (lifted_by IS NULL))
    );
    CREATE UNIQUE INDEX access_block_one_active_idx ON access_block (participant_id, blocked_user_id)
      WHERE lifted_at IS NULL;

    CREATE TABLE emergency_access (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      participant_id uuid NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES app_user (id),
      reason text NOT NULL CHECK (length(reason) BETWEEN 10 AND 1000),
      opened_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL CHECK (expires_at > opened_at)
    );
    CREATE INDEX emergency_access_lookup_idx ON emergency_access (participant_id, expires_at);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE IF EXISTS emergency_access;
    DROP TABLE IF EXISTS access_block;
    DROP TABLE IF EXISTS consent_record;
    DROP FUNCTION IF EXISTS consent_record_is_kept();
  `.execute(db);
}
