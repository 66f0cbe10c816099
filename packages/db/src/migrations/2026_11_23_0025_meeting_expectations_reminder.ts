import { type Kysely, sql } from 'kysely';

// Issue 5 item 2: a reminder, before a collaboration meeting, to the parties who have not said what they need from
// it (`meeting_expectations_due`, made by the daily reminder job). Only the allowed kinds change. Never edit once
// landed.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE notification DROP CONSTRAINT notification_kind_check;
    ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN
      ('message', 'meeting_invitation', 'meeting_changed', 'meeting_cancelled', 'step_due', 'action_due',
       'meeting_expectations_due'));
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DELETE FROM notification WHERE kind = 'meeting_expectations_due';
    ALTER TABLE notification DROP CONSTRAINT notification_kind_check;
    ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN
      ('message', 'meeting_invitation', 'meeting_changed', 'meeting_cancelled', 'step_due', 'action_due'));
  `.execute(db);
}
