import { type Db, findAccessFacts, findConsentFacts, listDueItems } from '@ips-bridge/db';
import { addDays, dueReminderKey, osloDate, type Role } from '@ips-bridge/domain';
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
