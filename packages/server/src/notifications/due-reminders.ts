import {
  type Db,
  findAccessFacts,
  findConsentFacts,
  listDueItems,
  listUpcomingMeetingsForReminders,
} from '@ips-bridge/db';
import {
  addDays,
  dueReminderKey,
  expectationReminderCandidates,
  expectationReminderKey,
  osloDate,
  type Role,
} from '@ips-bridge/domain';
import { notifyEvent } from './notify.ts';

/**
 * The daily reminder of steps in the plan and actions from meetings that are due within `daysAhead` days: to the
 * owner, if they may still read that part of the record (consent, block, care team). One reminder per thing and due
 * date (a second run, or a second server, makes none). Reports counts only.
 */
export async function runDueReminders(
  db: Db,
  options: { now: Date; daysAhead: number },
): Promise<{ due: number; notified: number }> {
  const today = osloDate(options.now);
  const items = await listDueItems(db, today, addDays(today, options.daysAhead));
  let notified = 0;
  for (const item of items) {
    if (!item.ownerUserId || !item.ownerRole) continue;
    const userId = item.ownerUserId;
    const role = item.ownerRole as Role;
    notified += await db.transaction().execute(async (trx) => {
      const facts = await findAccessFacts(trx, item.participantId);
      if (!facts) return 0;
      const consent = await findConsentFacts(trx, item.participantId, options.now);
      return notifyEvent(trx, {
        kind: item.kind,
        participantId: item.participantId,
        subjectId: item.id,
        actorUserId: null,
        candidates: [{ userId, role }],
        facts,
        consent,
        at: options.now,
        dedupeKey: dueReminderKey(item.kind, item.id, item.dueDate),
      });
    });
  }
  return { due: items.length, notified };
}

/**
 * The daily reminder, before a collaboration meeting starting within `daysAhead` days (today included), to each
 * invited party who has not said what they need from it: the jobseeker first, the others once the jobseeker has
 * answered (they cannot answer before). Only to parties who may still open the meeting (consent, block, care team),
 * the rule of the meeting page's "waiting for". Once per meeting and party. Reports counts only.
 */
export async function runExpectationReminders(
  db: Db,
  options: { now: Date; daysAhead: number },
): Promise<{ meetings: number; notified: number }> {
  // A day more than asked: the domain rule decides on Oslo calendar dates.
  const until = new Date(options.now.getTime() + (options.daysAhead + 2) * 86_400_000);
  const meetings = await listUpcomingMeetingsForReminders(db, options.now, until);
  let notified = 0;
  for (const meeting of meetings) {
    const candidates = expectationReminderCandidates({
      meeting: {
        status: meeting.status,
        startsAt: meeting.startsAt,
        parties: meeting.parties.map((p) => ({ userId: p.userId, role: p.role as Role })),
        answered: meeting.answered,
      },
      now: options.now,
      daysAhead: options.daysAhead,
    });
    if (candidates.length === 0) continue;
    notified += await db.transaction().execute(async (trx) => {
      const facts = await findAccessFacts(trx, meeting.participantId);
      if (!facts) return 0;
      const consent = await findConsentFacts(trx, meeting.participantId, options.now);
      return notifyEvent(trx, {
        kind: 'meeting_expectations_due',
        participantId: meeting.participantId,
        subjectId: meeting.meetingId,
        actorUserId: null,
        candidates,
        facts,
        consent,
        at: options.now,
        dedupeKey: expectationReminderKey(meeting.meetingId),
      });
    });
  }
  return { meetings: meetings.length, notified };
}
