import { type Kysely, sql } from 'kysely';

// Foundation schema: organisations, users, sessions, participants with their care team, and the append-only audit
// log. Never edit this file once it has landed; add a new migration instead.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE organisation (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      kind text NOT NULL CHECK (kind IN ('nav_office', 'health_unit', 'ips_team')),
      region text CHECK (region IS NULL OR length(region) <= 100),
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (kind, name)
    );

    CREATE TABLE app_user (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      username text NOT NULL CHECK (username = lower(username) AND length(username) BETWEEN 3 AND 64),
      display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
      role text NOT NULL CHECK (role IN ('jobseeker', 'employment_specialist', 'ips_supervisor', 'nav_counsellor',
                                         'therapist', 'administrator')),
      organisation_id uuid NOT NULL REFERENCES organisation (id),
      team_id uuid REFERENCES organisation (id),
      password_hash text,
      locale text NOT NULL DEFAULT 'nb' CHECK (locale IN ('nb', 'nn', 'en')),
      active boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (username)
    );

    CREATE TABLE user_session (
      token_hash text PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
      csrf_token text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_seen_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL
    );
    CREATE INDEX user_session_user_idx ON user_session (user_id);

    CREATE TABLE login_attempt (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      username text NOT NULL,
      client_ip text NOT NULL,
      succeeded boolean NOT NULL,
      at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX login_attempt_username_idx ON login_attempt (username, at);
    CREATE INDEX login_attempt_ip_idx ON login_attempt (client_ip, at);

    CREATE TABLE participant (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      team_id uuid NOT NULL REFERENCES organisation (id),
      user_id uuid UNIQUE REFERENCES app_user (id),
      given_name text NOT NULL CHECK (length(given_name) BETWEEN 1 AND 100),
      family_name text NOT NULL CHECK (length(family_name) BETWEEN 1 AND 100),
      national_id text NOT NULL CHECK (national_id ~ '^[0-9]{11}$'),
      birth_date date NOT NULL,
      phone text CHECK (phone IS NULL OR length(phone) <= 30),
      email text CHECK (email IS NULL OR length(email) <= 254),
      referral_source text NOT NULL CHECK (referral_source IN ('self', 'therapist', 'nav', 'employment_specialist',
                                                               'family', 'other')),
      referral_date date NOT NULL,
      created_by uuid REFERENCES app_user (id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      UNIQUE (national_id)
    );
    CREATE INDEX participant_team_idx ON participant (team_id);

    CREATE TABLE care_team_member (
      participant_id uuid NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES app_user (id),
      role text NOT NULL CHECK (role IN ('employment_specialist', 'nav_counsellor', 'therapist')),
      since timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (participant_id, user_id)
    );
    CREATE INDEX care_team_member_user_idx ON care_team_member (user_id);

    CREATE TABLE audit_log (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      at timestamptz NOT NULL DEFAULT now(),
      actor_user_id uuid,
      actor_role text,
      action text NOT NULL,
      participant_id uuid,
      outcome text NOT NULL CHECK (outcome IN ('allowed', 'denied')),
      reason text,
      request_id text
    );
    CREATE INDEX audit_log_participant_idx ON audit_log (participant_id, at);
    CREATE INDEX audit_log_actor_idx ON audit_log (actor_user_id, at);

    -- The audit log is append-only for every role the application uses: updates, deletes and truncation fail.
    CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
    END;
    $$;
    CREATE TRIGGER audit_log_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
    CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();
    REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM PUBLIC;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE IF EXISTS audit_log, care_team_member, participant, login_attempt, user_session, app_user, organisation;
    DROP FUNCTION IF EXISTS audit_log_is_append_only();
  `.execute(db);
}
