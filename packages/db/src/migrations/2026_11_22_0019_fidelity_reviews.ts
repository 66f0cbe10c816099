import { type Kysely, sql } from 'kysely';

// Fidelity reviews (issue 7): an IPS team's review against the IPS-25 scale by two reviewers who first score on
// their own sheets, then agree a consensus score with evidence per item; weak items get an action plan. Holds no
// participant data: only the team, the staff involved and the scores.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE fidelity_review (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      team_id uuid NOT NULL REFERENCES organisation (id),
      period_from date NOT NULL,
      period_to date NOT NULL,
      scale_id text NOT NULL,
      scale_version text NOT NULL,
      reviewer_a_id uuid NOT NULL REFERENCES app_user (id),
      reviewer_b_id uuid NOT NULL REFERENCES app_user (id),
      status text NOT NULL DEFAULT 'scoring' CHECK (status IN ('scoring', 'consensus', 'completed')),
      a_submitted_at timestamptz,
      b_submitted_at timestamptz,
      a_version integer NOT NULL DEFAULT 1,
      b_version integer NOT NULL DEFAULT 1,
      total integer CHECK (total BETWEEN 25 AND 125),
      band text CHECK (band IN ('exemplary', 'good', 'fair', 'not_ips')),
      completed_at timestamptz,
      completed_by uuid REFERENCES app_user (id),
      created_by uuid REFERENCES app_user (id),
      created_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      CHECK (period_to >= period_from),
      CHECK (reviewer_a_id <> reviewer_b_id),
      CHECK ((status = 'completed') = (total IS NOT NULL AND band IS NOT NULL AND completed_at IS NOT NULL))
    );
    CREATE INDEX fidelity_review_team_idx ON fidelity_review (team_id, period_to DESC);

    CREATE TABLE fidelity_sheet_score (
      review_id uuid NOT NULL REFERENCES fidelity_review (id) ON DELETE CASCADE,
      slot text NOT NULL CHECK (slot IN ('a', 'b')),
      item smallint NOT NULL CHECK (item BETWEEN 1 AND 25),
      score smallint NOT NULL CHECK (score BETWEEN 1 AND 5),
      note text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
      PRIMARY KEY (review_id, slot, item)
    );

    CREATE TABLE fidelity_consensus (
      review_id uuid NOT NULL REFERENCES fidelity_review (id) ON DELETE CASCADE,
      item smallint NOT NULL CHECK (item BETWEEN 1 AND 25),
      score smallint NOT NULL CHECK (score BETWEEN 1 AND 5),
      evidence text NOT NULL DEFAULT '' CHECK (length(evidence) <= 4000),
      decided_by uuid REFERENCES app_user (id),
      decided_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (review_id, item)
    );

    CREATE TABLE fidelity_action (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      review_id uuid NOT NULL REFERENCES fidelity_review (id) ON DELETE CASCADE,
      item smallint NOT NULL CHECK (item BETWEEN 1 AND 25),
      what text NOT NULL CHECK (length(what) BETWEEN 1 AND 2000),
      owner text NOT NULL CHECK (length(owner) BETWEEN 1 AND 200),
      due_date date NOT NULL,
      status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
      created_by uuid REFERENCES app_user (id),
      created_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1
    );
    CREATE INDEX fidelity_action_review_idx ON fidelity_action (review_id, item);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS fidelity_action, fidelity_consensus, fidelity_sheet_score, fidelity_review;`.execute(
    db,
  );
}
