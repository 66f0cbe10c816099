import {
  appendAudit,
  closeAccountForErasure,
  createErasureRequest,
  type Db,
  type DbOrTrx,
  deleteReplaysMentioning,
  deleteSubjectRows,
  type ErasureRequest,
  listEndedBefore,
  lockParticipantForErasure,
  markParticipantErased,
  overwriteSubjectRows,
  setErasureRequestStatus,
} from '@ips-bridge/db';
import { type ErasureGround, isRetentionDue, osloDate, retentionDueOn } from '@ips-bridge/domain';
import { PROCESSING_REGISTER } from './processing-register.ts';

/**
 * Erasure by anonymisation (GDPR art. 17, docs/privacy-rights.md). Driven by the record of processing: every table
 * that holds rows about a participant states what erasure does to them (delete, overwrite named columns, or keep
 * with a reason), so a table added later is covered as soon as it is registered, and `erasure.int.test.ts` fails
 * when one is not. What stays: the participant row with its phase and dates, jobs' dates and hours, education and
 * support-contact dates and codes (outcome statistics count them), the audit log untouched (its hash chain, docs/adr/
 * 0003, stays intact: its rows hold ids and codes only) and the erasure record (who, when, ground).
 *
 * Norwegian limits on erasure (art. 17(3)(b) and (e)) are the data controller's to weigh before confirming a request:
 * a health record that must be kept (pasientjournalforskriften § 15; helsepersonelloven § 43 on deleting journal entries)
 * lives in the health service's own journal, and an archived document (arkivlova § 6) in NAV's archive, not here;
 * docs/privacy-rights.md says what an administrator checks first.
 */

export interface ErasureOutcome {
  participantId: string;
  /** True when the record was already erased: nothing was done (erasure is idempotent). */
  alreadyErased: boolean;
  /** Rows deleted or overwritten, by table. */
  rows: Record<string, number>;
}

/** The register's participant tables in the order erasure visits them: rows that others point at come last. */
export function erasureOrder(): string[] {
  return Object.entries(PROCESSING_REGISTER)
    .filter(([, entry]) => entry.subject)
    .map(([table]) => table)
    .reverse();
}

/**
 * Anonymises one participant inside `trx` (the caller's transaction, so the erasure, its audit row and the request's
 * status commit together or not at all). Locks the participant row first, so two erasures of the same person
 * serialise and the second finds it done.
 */
export async function eraseParticipant(
  trx: DbOrTrx,
  participantId: string,
  input: {
    ground: ErasureGround;
    actor: { id: string; role: string } | null;
    requestId: string | null;
    at: Date;
  },
): Promise<ErasureOutcome> {
  const row = await lockParticipantForErasure(trx, participantId);
  if (!row) throw new Error(`erasure of an unknown participant ${participantId}`);
  if (row.erased_at !== null) return { participantId, alreadyErased: true, rows: {} };

  const rows: Record<string, number> = {};
  for (const table of erasureOrder()) {
    const entry = PROCESSING_REGISTER[table];
    const link = entry?.subject?.link;
    if (!entry || !link) continue;
    const rule = entry.erasure;
    if (rule.action === 'delete') rows[table] = await deleteSubjectRows(trx, table, link, participantId);
    else if (rule.action === 'anonymise')
      rows[table] = await overwriteSubjectRows(trx, table, link, participantId, rule.set);
  }
  rows.idempotency_key = await deleteReplaysMentioning(trx, participantId);
  if (row.user_id) await closeAccountForErasure(trx, row.user_id);
  // Closing the account also removes the external logins linked to it (user_identity).
  await markParticipantErased(trx, participantId, input.at);
  await appendAudit(trx, [
    {
      actorUserId: input.actor?.id ?? null,
      actorRole: input.actor?.role ?? 'system',
      action: 'participant.erase',
      participantId,
      outcome: 'allowed',
      reason: input.ground,
      requestId: input.requestId,
    },
  ]);
  return { participantId, alreadyErased: false, rows };
}

/** Carries out a confirmed erasure request: the anonymisation and the request's completion in one transaction. */
export async function completeErasureRequest(
  db: Db,
  request: ErasureRequest,
  input: { actor: { id: string; role: string }; requestId: string | null; at: Date },
): Promise<ErasureOutcome> {
  return db.transaction().execute(async (trx) => {
    const outcome = await eraseParticipant(trx, request.participantId, { ground: request.ground, ...input });
    await setErasureRequestStatus(trx, {
      id: request.id,
      status: 'completed',
      by: input.actor.id,
      at: input.at,
    });
    return outcome;
  });
}

export interface RetentionCase {
  participantId: string;
  endedOn: string;
  dueOn: string;
}

export interface RetentionReport {
  today: string;
  years: number;
  due: RetentionCase[];
  erased: number;
  dryRun: boolean;
}

/**
 * The retention run (art. 5(1)(e)): every participant whose journey ended at least `years` years ago is anonymised,
 * each in a transaction of its own with an erasure record on the ground `retention_expired`. With `dryRun` it only
 * lists them. Running it twice erases nothing twice.
 */
export async function runRetention(
  db: Db,
  options: { now: Date; years: number; dryRun: boolean },
): Promise<RetentionReport> {
  const today = osloDate(options.now);
  // Ended on or before this day is due; the domain rule has the last word (29 February).
  const candidates = await listEndedBefore(db, retentionDueOn(today, -options.years));
  const due = candidates
    .filter((c) => isRetentionDue(c, options.years, today))
    .map((c) => ({
      participantId: c.id,
      endedOn: c.phaseSince,
      dueOn: retentionDueOn(c.phaseSince, options.years),
    }));
  let erased = 0;
  if (!options.dryRun) {
    for (const c of due) {
      const done = await db.transaction().execute(async (trx) => {
        const outcome = await eraseParticipant(trx, c.participantId, {
          ground: 'retention_expired',
          actor: null,
          requestId: null,
          at: options.now,
        });
        if (!outcome.alreadyErased) {
          const request = await createErasureRequest(trx, {
            participantId: c.participantId,
            ground: 'retention_expired',
            receivedOn: today,
            by: null,
            at: options.now,
          });
          if (request)
            await setErasureRequestStatus(trx, {
              id: request.id,
              status: 'completed',
              by: null,
              at: options.now,
            });
        }
        return !outcome.alreadyErased;
      });
      if (done) erased += 1;
    }
  }
  return { today, years: options.years, due, erased, dryRun: options.dryRun };
}
