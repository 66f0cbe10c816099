import { type Kysely, sql } from 'kysely';

// The individual plan: goals (with sub-goals) and steps with one owner and a due date. Never edit once landed.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE plan_goal (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      position bigint GENERATED ALWAYS AS IDENTITY,
      participant_id uuid NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
      parent_id uuid REFERENCES plan_goal (id) ON DELETE CASCADE,
      text text NOT NULL CHECK (length(text) BETWEEN 1 AND 1000),
      status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'achieved', 'dropped')),
      created_by uuid REFERENCES app_user (id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1
    );
    CREATE INDEX plan_goal_participant_idx ON plan_goal (participant_id, position);

    CREATE TABLE plan_step (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      position bigint GENERATED ALWAYS AS IDENTITY,
      participant_id uuid NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
      goal_id uuid NOT NULL REFERENCES plan_goal (id) ON DELETE CASCADE,
      text text NOT NULL CHECK (length(text) BETWEEN 1 AND 1000),
      owner_role text NOT NULL CHECK (owner_role IN ('jobseeker', 'employment_specialist', 'nav_counsellor', 'therapist')),
      owner_user_id uuid REFERENCES app_user (id),
      due_date date,
      status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
      done_on date,
      created_by uuid REFERENCES app_user (id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1
    );
    CREATE INDEX plan_step_participant_idx ON plan_step (participant_id, position);
    CREATE INDEX plan_step_owner_open_idx ON plan_step (owner_user_id, due_date) WHERE status = 'open';
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS plan_step, plan_goal;`.execute(db);
}
