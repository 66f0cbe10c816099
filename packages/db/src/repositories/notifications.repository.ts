import type { ContactPreferences, ExternalChannel, NotificationKind } from '@ips-bridge/domain';
import { sql } from 'kysely';
import type { DbOrTrx } from '../connection.ts';

export interface NewNotification {
  recipientId: string;
  kind: NotificationKind;
  participantId: string | null;
  subjectId: string | null;
  /** Set for reminders: a second notification with the same key for the same person is not made. */
  dedupeKey: string | null;
  /** External channels to send by (already decided from the recipient's preferences). */
  channels: readonly ExternalChannel[];
  at: Date;
}

/**
 * Writes notifications and, for each, its outbox rows (one per external channel), in the caller's transaction: a
 * rolled-back event leaves no notification and nothing to send. Returns how many notifications were made (a
 * reminder already made under its key is skipped, with its deliveries).
 */
export async function insertNotifications(db: DbOrTrx, items: readonly NewNotification[]): Promise<number> {
  let made = 0;
  for (const item of items) {
    const row = await db
      .insertInto('notification')
      .values({
        recipient_id: item.recipientId,
        kind: item.kind,
        participant_id: item.participantId,
        subject_id: item.subjectId,
        dedupe_key: item.dedupeKey,
        created_at: item.at,
      })
      .onConflict((oc) =>
        oc.columns(['recipient_id', 'dedupe_key']).where('dedupe_key', 'is not', null).doNothing(),
      )
      .returning('id')
      .executeTakeFirst();
    if (!row) continue;
    made += 1;
    if (item.channels.length > 0)
      await db
        .insertInto('notification_delivery')
        .values(
          item.channels.map((channel) => ({ notification_id: row.id, channel, next_attempt_at: item.at })),
        )
        .execute();
  }
  return made;
}

export interface NotificationRecord {
  id: string;
  kind: NotificationKind;
  participantId: string | null;
  subjectId: string | null;
  createdAt: Date;
  readAt: Date | null;
}

/** The user's newest notifications, and how many of all of theirs are unread. */
export async function listNotifications(
  db: DbOrTrx,
  userId: string,
  limit: number,
): Promise<{ items: NotificationRecord[]; unread: number }> {
  const rows = await db
    .selectFrom('notification')
    .select(['id', 'kind', 'participant_id', 'subject_id', 'created_at', 'read_at'])
    .where('recipient_id', '=', userId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  const unread = await countUnreadNotifications(db, userId);
  return {
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      participantId: r.participant_id,
      subjectId: r.subject_id,
      createdAt: r.created_at,
      readAt: r.read_at,
    })),
    unread,
  };
}

/** How many of the user's notifications are unread. */
export async function countUnreadNotifications(db: DbOrTrx, userId: string): Promise<number> {
  const row = await db
    .selectFrom('notification')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('recipient_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Marks the user's own notifications read (these ids, or all); others' ids are ignored. Returns how many changed. */
export async function markNotificationsRead(
  db: DbOrTrx,
  input: { userId: string; ids: readonly string[] | 'all'; at: Date },
): Promise<number> {
  if (input.ids !== 'all' && input.ids.length === 0) return 0;
  let query = db
    .updateTable('notification')
    .set({ read_at: input.at })
    .where('recipient_id', '=', input.userId)
    .where('read_at', 'is', null);
  if (input.ids !== 'all') query = query.where('id', 'in', input.ids);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Marks the user's unread notifications of new messages about this participant read (they read the messages). */
export async function markMessageNotificationsRead(
  db: DbOrTrx,
  input: { userId: string; participantId: string; at: Date },
): Promise<void> {
  await db
    .updateTable('notification')
    .set({ read_at: input.at })
    .where('recipient_id', '=', input.userId)
    .where('participant_id', '=', input.participantId)
    .where('kind', '=', 'message')
    .where('read_at', 'is', null)
    .execute();
}

export interface StoredContactPreferences extends ContactPreferences {
  version: number;
  updatedAt: Date | null;
}

type PreferenceRow = {
  user_id: string;
  email: string | null;
  phone: string | null;
  email_opt_in: boolean;
  sms_opt_in: boolean;
  no_digital_contact: boolean;
  updated_at: Date;
  version: number;
};

function toPreferences(r: PreferenceRow): StoredContactPreferences {
  return {
    email: r.email,
    phone: r.phone,
    emailOptIn: r.email_opt_in,
    smsOptIn: r.sms_opt_in,
    noDigitalContact: r.no_digital_contact,
    version: r.version,
    updatedAt: r.updated_at,
  };
}

/** Each of these users' saved preferences (users who saved none are absent). */
export async function findContactPreferences(
  db: DbOrTrx,
  userIds: readonly string[],
): Promise<Map<string, StoredContactPreferences>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('contact_preference')
    .selectAll()
    .where('user_id', 'in', userIds)
    .execute();
  return new Map(rows.map((r) => [r.user_id, toPreferences(r)]));
}

/**
 * Saves the user's preferences if they are still at `expectedVersion` (0: none saved yet). Returns the new version,
 * or null when someone saved in between.
 */
export async function saveContactPreferences(
  db: DbOrTrx,
  input: { userId: string; prefs: ContactPreferences; expectedVersion: number; at: Date },
): Promise<number | null> {
  const values = {
    email: input.prefs.email,
    phone: input.prefs.phone,
    email_opt_in: input.prefs.emailOptIn,
    sms_opt_in: input.prefs.smsOptIn,
    no_digital_contact: input.prefs.noDigitalContact,
    updated_at: input.at,
  };
  if (input.expectedVersion === 0) {
    const row = await db
      .insertInto('contact_preference')
      .values({ user_id: input.userId, ...values })
      .onConflict((oc) => oc.column('user_id').doNothing())
      .returning('version')
      .executeTakeFirst();
    return row?.version ?? null;
  }
  const row = await db
    .updateTable('contact_preference')
    .set({ ...values, version: sql<number>`version + 1` })
    .where('user_id', '=', input.userId)
    .where('version', '=', input.expectedVersion)
    .returning('version')
    .executeTakeFirst();
  return row?.version ?? null;
}

export interface ClaimedDelivery {
  id: string;
  notificationId: string;
  channel: ExternalChannel;
  attempts: number;
  kind: NotificationKind;
  recipientId: string;
  locale: 'nb' | 'nn' | 'en';
  recipientActive: boolean;
  /** The recipient's preferences as they stand now, or null when none are saved. */
  prefs: ContactPreferences | null;
}

/**
 * Locks up to `limit` pending deliveries whose time has come, skipping rows another worker holds: each row is sent
 * by one worker at a time. Call inside a transaction and record the outcome in the same one.
 */
export async function claimDueDeliveries(db: DbOrTrx, now: Date, limit: number): Promise<ClaimedDelivery[]> {
  const rows = await db
    .selectFrom('notification_delivery as d')
    .innerJoin('notification as n', 'n.id', 'd.notification_id')
    .innerJoin('app_user as u', 'u.id', 'n.recipient_id')
    .leftJoin('contact_preference as p', 'p.user_id', 'n.recipient_id')
    .select([
      'd.id',
      'd.notification_id',
      'd.channel',
      'd.attempts',
      'n.kind',
      'n.recipient_id',
      'u.locale',
      'u.active',
      'p.user_id as pref_user',
      'p.email',
      'p.phone',
      'p.email_opt_in',
      'p.sms_opt_in',
      'p.no_digital_contact',
    ])
    .where('d.state', '=', 'pending')
    .where('d.next_attempt_at', '<=', now)
    .orderBy('d.next_attempt_at')
    .limit(limit)
    .forUpdate('d')
    .skipLocked()
    .execute();
  return rows.map((r) => ({
    id: r.id,
    notificationId: r.notification_id,
    channel: r.channel,
    attempts: r.attempts,
    kind: r.kind,
    recipientId: r.recipient_id,
    locale: r.locale,
    recipientActive: r.active,
    prefs:
      r.pref_user === null
        ? null
        : {
            email: r.email,
            phone: r.phone,
            emailOptIn: r.email_opt_in ?? false,
            smsOptIn: r.sms_opt_in ?? false,
            noDigitalContact: r.no_digital_contact ?? false,
          },
  }));
}

/** Records what became of one attempt: sent, not to be sent (cancelled), or failed (retry at `retryAt`, or give up). */
export async function recordDeliveryOutcome(
  db: DbOrTrx,
  input:
    | { id: string; outcome: 'sent'; at: Date }
    | { id: string; outcome: 'cancelled'; reason: string }
    | { id: string; outcome: 'failed'; error: string; retryAt: Date | null },
): Promise<void> {
  const q = db.updateTable('notification_delivery').where('id', '=', input.id).where('state', '=', 'pending');
  if (input.outcome === 'sent')
    await q
      .set({ state: 'sent', sent_at: input.at, attempts: sql<number>`attempts + 1`, last_error: null })
      .execute();
  else if (input.outcome === 'cancelled')
    await q.set({ state: 'cancelled', last_error: input.reason }).execute();
  else
    await q
      .set({
        state: input.retryAt ? 'pending' : 'failed',
        attempts: sql<number>`attempts + 1`,
        last_error: input.error.slice(0, 100),
        ...(input.retryAt ? { next_attempt_at: input.retryAt } : {}),
      })
      .execute();
}

export interface DueItem {
  kind: 'step_due' | 'action_due';
  id: string;
  participantId: string;
  dueDate: string;
  /** The owner's login, when known (a jobseeker-owned step without a named owner: the participant's own login). */
  ownerUserId: string | null;
  ownerRole: string | null;
}

/** Open plan steps and meeting actions due between `from` and `to` (inclusive), of participants not erased. */
export async function listDueItems(db: DbOrTrx, from: string, to: string): Promise<DueItem[]> {
  const steps = await db
    .selectFrom('plan_step as s')
    .innerJoin('participant as p', 'p.id', 's.participant_id')
    .leftJoin('app_user as u', 'u.id', 's.owner_user_id')
    .select([
      's.id',
      's.participant_id',
      's.due_date',
      's.owner_role',
      's.owner_user_id',
      'p.user_id',
      'u.role',
    ])
    .where('s.status', '=', 'open')
    .where('s.due_date', '>=', from)
    .where('s.due_date', '<=', to)
    .where('p.erased_at', 'is', null)
    .execute();
  const actions = await db
    .selectFrom('meeting_action as a')
    .innerJoin('participant as p', 'p.id', 'a.participant_id')
    .innerJoin('app_user as u', 'u.id', 'a.owner_id')
    .select(['a.id', 'a.participant_id', 'a.deadline', 'a.owner_id', 'u.role'])
    .where('a.done_on', 'is', null)
    .where('a.deadline', '>=', from)
    .where('a.deadline', '<=', to)
    .where('p.erased_at', 'is', null)
    .execute();
  return [
    ...steps.map((s) => {
      const ownerUserId = s.owner_user_id ?? (s.owner_role === 'jobseeker' ? s.user_id : null);
      return {
        kind: 'step_due' as const,
        id: s.id,
        participantId: s.participant_id,
        dueDate: s.due_date ?? from,
        ownerUserId,
        ownerRole: s.owner_user_id ? (s.role ?? null) : s.owner_role === 'jobseeker' ? 'jobseeker' : null,
      };
    }),
    ...actions.map((a) => ({
      kind: 'action_due' as const,
      id: a.id,
      participantId: a.participant_id,
      dueDate: a.deadline,
      ownerUserId: a.owner_id,
      ownerRole: a.role,
    })),
  ];
}

export interface UpcomingMeetingForReminder {
  meetingId: string;
  participantId: string;
  status: 'planned' | 'cancelled';
  startsAt: Date;
  parties: Array<{ userId: string; role: string }>;
  /** The parties who have stated their expectations. */
  answered: Set<string>;
}

/** Planned meetings starting after `from` and before `to`, of participants not erased, with parties and answers. */
export async function listUpcomingMeetingsForReminders(
  db: DbOrTrx,
  from: Date,
  to: Date,
): Promise<UpcomingMeetingForReminder[]> {
  const meetings = await db
    .selectFrom('meeting as m')
    .innerJoin('participant as p', 'p.id', 'm.participant_id')
    .select(['m.id', 'm.participant_id', 'm.status', 'm.starts_at'])
    .where('m.status', '=', 'planned')
    .where('m.starts_at', '>', from)
    .where('m.starts_at', '<', to)
    .where('p.erased_at', 'is', null)
    .orderBy('m.starts_at')
    .execute();
  if (meetings.length === 0) return [];
  const ids = meetings.map((m) => m.id);
  const parties = await db
    .selectFrom('meeting_party')
    .select(['meeting_id', 'user_id', 'role'])
    .where('meeting_id', 'in', ids)
    .execute();
  const answers = await db
    .selectFrom('meeting_expectation')
    .select(['meeting_id', 'user_id'])
    .where('meeting_id', 'in', ids)
    .execute();
  return meetings.map((m) => ({
    meetingId: m.id,
    participantId: m.participant_id,
    status: m.status,
    startsAt: m.starts_at,
    parties: parties.filter((p) => p.meeting_id === m.id).map((p) => ({ userId: p.user_id, role: p.role })),
    answered: new Set(answers.filter((a) => a.meeting_id === m.id).map((a) => a.user_id)),
  }));
}
