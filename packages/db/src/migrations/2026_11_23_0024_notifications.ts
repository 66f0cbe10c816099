import { type Kysely, sql } from 'kysely';

// Issue 8 item 8: notifications of new messages, meeting invitations and due steps/actions. `notification` is what
// the recipient sees in the app (kind and references only, never the text of what happened); each row to go out by
// e-mail or SMS has a `notification_delivery` row, the outbox a worker sends from after the transaction that made it
// has committed. `contact_preference` is each user's choice of channels and their addresses, with "do not contact
// me digitally". Never edit once landed.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE notification (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      recipient_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN
        ('message', 'meeting_invitation', 'meeting_changed', 'meeting_cancelled', 'step_due', 'action_due')),
      participant_id uuid REFERENCES participant (id) ON DELETE CASCADE,
      subject_id uuid,
      dedupe_key text CHECK (length(dedupe_key) <= 200),
      created_at timestamptz NOT NULL DEFAULT now(),
      read_at timestamptz
    );
    CREATE INDEX notification_recipient_idx ON notification (recipient_id, created_at DESC);
    CREATE INDEX notification_participant_idx ON notification (participant_id);
    CREATE UNIQUE INDEX notification_dedupe_idx ON notification (recipient_id, dedupe_key)
      WHERE dedupe_key IS NOT NULL;

    CREATE TABLE notification_delivery (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      notification_id uuid NOT NULL REFERENCES notification (id) ON DELETE CASCADE,
      channel text NOT NULL CHECK (channel IN ('email', 'sms')),
      state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'failed', 'cancelled')),
      attempts integer NOT NULL DEFAULT 0,
      next_attempt_at timestamptz NOT NULL DEFAULT now(),
      sent_at timestamptz,
      last_error text CHECK (length(last_error) <= 100),
      UNIQUE (notification_id, channel)
    );
    CREATE INDEX notification_delivery_pending_idx ON notification_delivery (next_attempt_at)
      WHERE state = 'pending';

    CREATE TABLE contact_preference (
      user_id uuid PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
      email text CHECK (length(email) <= 254),
      phone text CHECK (length(phone) <= 20),
      email_opt_in boolean NOT NULL DEFAULT false,
      sms_opt_in boolean NOT NULL DEFAULT false,
      no_digital_contact boolean NOT NULL DEFAULT false,
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS contact_preference, notification_delivery, notification;`.execute(db);
}
