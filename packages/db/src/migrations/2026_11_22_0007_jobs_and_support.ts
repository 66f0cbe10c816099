import { type Kysely, sql } from 'kysely';

// Jobs (starts and ends), education enrolments and follow-along support contacts. Never edit once landed.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE job (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      participant_id uuid NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
      employer_id uuid REFERENCES employer (id) ON DELETE SET NULL,
      employer_name text NOT NULL CHECK (length(employer_name) BETWEEN 1 AND 200),
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      competitive boolean NOT NULL,
      hours_per_week numeric(5, 2) NOT NULL CHECK (hours_per_week > 0 AND hours_per_week <= 100),
      hourly_wage numeric(10, 2) NOT NULL CHECK (hourly_wage >= 0),
      start_date date NOT NULL,
      found_with_ips boolean NOT NULL,
      end_date date CHECK (end_date IS NULL OR end_date >= start_date),
      end_reason text,
      end_note text NOT NULL DEFAULT '' CHECK (length(end_note) <= 2000),
      created_by uuid REFERENCES app_user (id),
      created_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      CHECK ((end_date IS NULL) = (end_reason IS NULL))
    );
    CREATE INDEX job_participant_idx ON job (participant_id, start_date);

    CREATE TABLE education (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      participant_id uuid NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
      institution text NOT NULL CHECK (length(institution) BETWEEN 1 AND 200),
      programme text NOT NULL CHECK (length(programme) BETWEEN 1 AND 200),
      start_date date NOT NULL,
      end_date date CHECK (end_date IS NULL OR end_date >= start_date),
      completed boolean,
      created_by uuid REFERENCES app_user (id),
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX education_participant_idx ON education (participant_id, start_date);

    CREATE TABLE support_contact (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      participant_id uuid NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
      job_id uuid REFERENCES job (id) ON DELETE SET NULL,
      contact_date date NOT NULL,
      with_whom text NOT NULL CHECK (with_whom IN ('jobseeker', 'employer', 'team')),
      face_to_face boolean NOT NULL,
      setting text NOT NULL CHECK (setting IN ('community', 'office', 'phone', 'video')),
      note text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
      recorded_by uuid REFERENCES app_user (id),
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX support_contact_participant_idx ON support_contact (participant_id, contact_date);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS support_contact, education, job;`.execute(db);
}
