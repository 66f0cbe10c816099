import { type Kysely, sql } from 'kysely';

// Interval and end reports to NAV: generated facts for a period, the specialist's text, the jobseeker's comment, and
// when and where the report was archived. Never edit once landed.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE nav_report (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      participant_id uuid NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN ('interval', 'end')),
      period_from date NOT NULL,
      period_to date NOT NULL CHECK (period_to >= period_from),
      facts jsonb NOT NULL,
      summary_text text NOT NULL DEFAULT '' CHECK (length(summary_text) <= 8000),
      next_steps_text text NOT NULL DEFAULT '' CHECK (length(next_steps_text) <= 4000),
      jobseeker_comment text CHECK (jobseeker_comment IS NULL OR length(jobseeker_comment) <= 4000),
      jobseeker_seen_at timestamptz,
      status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'with_jobseeker', 'ready', 'sent')),
      archive_reference text,
      sent_at timestamptz,
      sent_by uuid REFERENCES app_user (id),
      created_by uuid REFERENCES app_user (id),
      created_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1
    );
    CREATE INDEX nav_report_participant_idx ON nav_report (participant_id, created_at);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS nav_report;`.execute(db);
}
