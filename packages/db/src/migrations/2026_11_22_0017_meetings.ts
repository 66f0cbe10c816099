import { type Kysely, sql } from 'kysely';

// Collaboration meetings (issue 5): planned for one participant with parties from their care team; each party's
// expectations, the agenda, minutes per item (therapist entries carry a health category and are shown as far as
// consent reaches), decisions, action items with one owner and a deadline, publication after the jobseeker has seen
// the minutes, and each party's follow-up answer. Minute entries are never changed: an edit adds a row that replaces
// the earlier one, so every version stays readable. Timestamps are kept for the meeting-quality figures.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE meeting (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      participant_id uuid NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
      organiser_id uuid NOT NULL REFERENCES app_user (id),
      starts_at timestamptz NOT NULL,
      ends_at timestamptz NOT NULL CHECK (ends_at > starts_at),
      place text CHECK (length(place) <= 200),
      video_link text CHECK (length(video_link) <= 500),
      purpose text NOT NULL CHECK (length(purpose) BETWEEN 1 AND 1000),
      status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'cancelled')),
      ics_sequence integer NOT NULL DEFAULT 0,
      minutes_state text NOT NULL DEFAULT 'draft'
        CHECK (minutes_state IN ('draft', 'seen_by_jobseeker', 'published')),
      minutes_version integer NOT NULL DEFAULT 1,
      minutes_seen_at timestamptz,
      minutes_published_at timestamptz,
      financial_resolution text CHECK (length(financial_resolution) <= 2000),
      financial_resolved_at timestamptz,
      financial_resolved_by uuid REFERENCES app_user (id),
      cancelled_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1
    );
    CREATE INDEX meeting_participant_idx ON meeting (participant_id, starts_at DESC);

    CREATE TABLE meeting_party (
      meeting_id uuid NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES app_user (id),
      role text NOT NULL CHECK (role IN ('jobseeker', 'employment_specialist', 'nav_counsellor', 'therapist')),
      invited_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (meeting_id, user_id)
    );
    CREATE INDEX meeting_party_user_idx ON meeting_party (user_id);

    CREATE TABLE meeting_expectation (
      meeting_id uuid NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES app_user (id),
      need text NOT NULL CHECK (length(need) <= 2000),
      contribution text NOT NULL CHECK (length(contribution) <= 2000),
      visible_to uuid[],
      answered_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (meeting_id, user_id)
    );

    CREATE TABLE meeting_agenda_item (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      meeting_id uuid NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
      position integer NOT NULL,
      kind text NOT NULL CHECK (kind IN ('financial', 'from_expectations', 'added')),
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      source_user_id uuid REFERENCES app_user (id),
      created_by uuid NOT NULL REFERENCES app_user (id),
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX meeting_agenda_item_meeting_idx ON meeting_agenda_item (meeting_id, position);

    CREATE TABLE meeting_minute (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      meeting_id uuid NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
      agenda_item_id uuid NOT NULL REFERENCES meeting_agenda_item (id) ON DELETE CASCADE,
      author_id uuid NOT NULL REFERENCES app_user (id),
      kind text NOT NULL CHECK (kind IN ('minute', 'decision')),
      text text NOT NULL CHECK (length(text) BETWEEN 1 AND 4000),
      category text CHECK (category IN ('work_functioning', 'warning_signs', 'diagnosis_treatment')),
      minutes_version integer NOT NULL,
      replaces_id uuid UNIQUE REFERENCES meeting_minute (id),
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX meeting_minute_meeting_idx ON meeting_minute (meeting_id, created_at);

    CREATE TABLE meeting_action (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      meeting_id uuid NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
      participant_id uuid NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
      agenda_item_id uuid REFERENCES meeting_agenda_item (id) ON DELETE SET NULL,
      text text NOT NULL CHECK (length(text) BETWEEN 1 AND 1000),
      owner_id uuid NOT NULL REFERENCES app_user (id),
      deadline date NOT NULL,
      done_on date,
      done_at timestamptz,
      created_by uuid NOT NULL REFERENCES app_user (id),
      created_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1
    );
    CREATE INDEX meeting_action_owner_idx ON meeting_action (owner_id) WHERE done_on IS NULL;
    CREATE INDEX meeting_action_participant_idx ON meeting_action (participant_id, deadline);

    CREATE TABLE meeting_follow_up (
      meeting_id uuid NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES app_user (id),
      answer text NOT NULL CHECK (answer IN ('yes', 'partly', 'no')),
      why text CHECK (length(why) <= 2000),
      answered_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (meeting_id, user_id)
    );

    CREATE TABLE meeting_nav_answer (
      meeting_id uuid NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
      nav_question_id uuid NOT NULL REFERENCES nav_question (id) ON DELETE CASCADE,
      answered_by uuid NOT NULL REFERENCES app_user (id),
      answered_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (meeting_id, nav_question_id)
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE IF EXISTS meeting_nav_answer;
    DROP TABLE IF EXISTS meeting_follow_up;
    DROP TABLE IF EXISTS meeting_action;
    DROP TABLE IF EXISTS meeting_minute;
    DROP TABLE IF EXISTS meeting_agenda_item;
    DROP TABLE IF EXISTS meeting_expectation;
    DROP TABLE IF EXISTS meeting_party;
    DROP TABLE IF EXISTS meeting;
  `.execute(db);
}
