import { type Kysely, sql } from 'kysely';

// GDPR rights (issue 6): restriction of processing (art. 18) and erasure/anonymisation (art. 17). A restriction is a
// row while it lasts and stays as history when lifted. An erasure request is recorded, confirmed and carried out;
// its row is the erasure record that remains (who, when, on which ground), holding no personal data. The participant
// row itself stays, anonymised, so outcome statistics still count it: `erased_at` marks it. Never edit once landed.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE processing_restriction (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      participant_id uuid NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
      source text NOT NULL CHECK (source IN ('jobseeker', 'administrator')),
      reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 1000),
      restricted_by uuid NOT NULL REFERENCES app_user (id),
      restricted_at timestamptz NOT NULL DEFAULT now(),
      lifted_by uuid REFERENCES app_user (id),
      lifted_at timestamptz,
      CHECK ((lifted_at IS NULL) = (lifted_by IS NULL))
    );
    CREATE UNIQUE INDEX processing_restriction_one_active_idx ON processing_restriction (participant_id)
      WHERE lifted_at IS NULL;

    CREATE TABLE erasure_request (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      participant_id uuid NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
      ground text NOT NULL CHECK (ground IN ('no_longer_necessary', 'consent_withdrawn', 'objection',
        'unlawful_processing', 'legal_obligation', 'retention_expired')),
      received_on date NOT NULL,
      status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'completed', 'cancelled')),
      recorded_by uuid REFERENCES app_user (id),
      recorded_at timestamptz NOT NULL DEFAULT now(),
      completed_by uuid REFERENCES app_user (id),
      completed_at timestamptz,
      CHECK ((status = 'completed') = (completed_at IS NOT NULL))
    );
    CREATE UNIQUE INDEX erasure_request_one_open_idx ON erasure_request (participant_id)
      WHERE status = 'pending';

    ALTER TABLE participant ADD COLUMN erased_at timestamptz;

    -- Placeholder identity numbers for anonymised participants: eleven digits starting 00, which no real fødselsnummer
    -- or D-number has (day 00), so the unique constraint holds and nothing real is ever matched.
    CREATE SEQUENCE erased_national_id_seq;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP SEQUENCE IF EXISTS erased_national_id_seq;
    ALTER TABLE participant DROP COLUMN IF EXISTS erased_at;
    DROP TABLE IF EXISTS erasure_request;
    DROP TABLE IF EXISTS processing_restriction;
  `.execute(db);
}
