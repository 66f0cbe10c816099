import { type Kysely, sql } from 'kysely';

// Referrals waiting in an IPS team's inbox: from the person themself (public form), a therapist, a NAV counsellor or
// anyone else. Zero exclusion: there are no eligibility fields; a referral is accepted (becoming a participant) or
// closed as a duplicate or withdrawn. Never edit once landed.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE referral (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      team_id uuid NOT NULL REFERENCES organisation (id),
      source text NOT NULL CHECK (source IN ('self', 'therapist', 'nav', 'employment_specialist', 'family', 'other')),
      referred_by uuid REFERENCES app_user (id),
      given_name text NOT NULL CHECK (length(given_name) BETWEEN 1 AND 100),
      family_name text NOT NULL CHECK (length(family_name) BETWEEN 1 AND 100),
      national_id text CHECK (national_id IS NULL OR national_id ~ '^[0-9]{11}$'),
      phone text CHECK (phone IS NULL OR length(phone) <= 30),
      email text CHECK (email IS NULL OR length(email) <= 254),
      message text NOT NULL DEFAULT '' CHECK (length(message) <= 2000),
      received_on date NOT NULL,
      status text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'accepted', 'duplicate', 'withdrawn')),
      participant_id uuid REFERENCES participant (id) ON DELETE SET NULL,
      handled_by uuid REFERENCES app_user (id),
      handled_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1
    );
    CREATE INDEX referral_team_status_idx ON referral (team_id, status, created_at);

    CREATE TABLE public_submission (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      kind text NOT NULL,
      client_ip text NOT NULL,
      at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX public_submission_ip_idx ON public_submission (kind, client_ip, at);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS public_submission, referral;`.execute(db);
}
