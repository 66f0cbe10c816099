import { type Kysely, sql } from 'kysely';

// Employers an IPS team works with, their contact people, and the log of employer contacts (job development),
// each linked to the participants it was for. Never edit once landed.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE employer (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      team_id uuid NOT NULL REFERENCES organisation (id),
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      organisation_number text CHECK (organisation_number IS NULL OR organisation_number ~ '^[89][0-9]{8}$'),
      sector text CHECK (sector IS NULL OR length(sector) <= 100),
      address text CHECK (address IS NULL OR length(address) <= 300),
      notes text NOT NULL DEFAULT '' CHECK (length(notes) <= 4000),
      contacts jsonb NOT NULL DEFAULT '[]',
      created_by uuid REFERENCES app_user (id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1
    );
    CREATE UNIQUE INDEX employer_team_orgnr_idx ON employer (team_id, organisation_number)
      WHERE organisation_number IS NOT NULL;
    CREATE INDEX employer_team_name_idx ON employer (team_id, lower(name));

    CREATE TABLE employer_contact (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      employer_id uuid NOT NULL REFERENCES employer (id) ON DELETE CASCADE,
      specialist_id uuid NOT NULL REFERENCES app_user (id),
      contact_date date NOT NULL,
      face_to_face boolean NOT NULL,
      purpose text NOT NULL CHECK (purpose IN ('get_to_know', 'job_development', 'placement', 'follow_up', 'other')),
      outcome text NOT NULL DEFAULT '' CHECK (length(outcome) <= 2000),
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX employer_contact_employer_idx ON employer_contact (employer_id, contact_date);
    CREATE INDEX employer_contact_specialist_idx ON employer_contact (specialist_id, contact_date);

    CREATE TABLE employer_contact_participant (
      contact_id uuid NOT NULL REFERENCES employer_contact (id) ON DELETE CASCADE,
      participant_id uuid NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
      PRIMARY KEY (contact_id, participant_id)
    );
    CREATE INDEX employer_contact_participant_idx ON employer_contact_participant (participant_id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS employer_contact_participant, employer_contact, employer;`.execute(db);
}
