import { type Kysely, sql } from 'kysely';

// The disclosure plan (what the person wants an employer to know) and the specialists' weekly time use
// (community vs office). Never edit once landed.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE disclosure_plan (
      participant_id uuid PRIMARY KEY REFERENCES participant (id) ON DELETE CASCADE,
      may_know text NOT NULL CHECK (length(may_know) <= 4000),
      must_not_know text NOT NULL CHECK (length(must_not_know) <= 4000),
      pros text NOT NULL CHECK (length(pros) <= 4000),
      cons text NOT NULL CHECK (length(cons) <= 4000),
      discussed_on date NOT NULL,
      updated_by uuid REFERENCES app_user (id),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1
    );

    CREATE TABLE time_use (
      user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
      week_start date NOT NULL CHECK (extract(isodow FROM week_start) = 1),
      community_hours numeric(5, 2) NOT NULL CHECK (community_hours >= 0 AND community_hours <= 100),
      office_hours numeric(5, 2) NOT NULL CHECK (office_hours >= 0 AND office_hours <= 100),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      PRIMARY KEY (user_id, week_start)
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS time_use, disclosure_plan;`.execute(db);
}
