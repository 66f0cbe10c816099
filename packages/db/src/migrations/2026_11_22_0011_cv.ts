import { type Kysely, sql } from 'kysely';

// The jobseeker's edited CV (a draft is generated until one is saved). Never edit once landed.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE cv (
      participant_id uuid PRIMARY KEY REFERENCES participant (id) ON DELETE CASCADE,
      content jsonb NOT NULL,
      updated_by uuid REFERENCES app_user (id),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS cv;`.execute(db);
}
