import { appendAudit, type Db, type DbOrTrx, findAccessFacts } from '@ips-bridge/db';
import { type AccessBasis, decideParticipantAccess, type ParticipantAccessFacts } from '@ips-bridge/domain';
import type { FastifyRequest } from 'fastify';
import { accessRuleOf, requireAuth } from './access.ts';
import { AppError } from './errors.ts';

export interface ParticipantScope {
  facts: ParticipantAccessFacts;
  basis: AccessBasis;
}

/**
 * Runs `work` on one participant's data inside a transaction, after the domain policy allowed the caller the route's
 * declared action. The allowed access is audited in the same transaction, so data is never served without its audit
 * row. A denied or unknown participant is audited (in its own transaction) and answered 404, so the caller cannot
 * tell "does not exist" from "not yours".
 */
export async function withParticipant<T>(
  db: Db,
  request: FastifyRequest,
  participantId: string,
  work: (trx: DbOrTrx, scope: ParticipantScope) => Promise<T>,
): Promise<T> {
  const auth = requireAuth(request);
  const rule = accessRuleOf(request);
  if (rule?.kind !== 'participant') {
    throw new Error(
      `withParticipant used on a route without a participant access rule: ${request.routeOptions.url}`,
    );
  }
  const actor = { userId: auth.user.id, role: auth.user.role, teamId: auth.user.team?.id ?? null };
  const audit = {
    actorUserId: actor.userId,
    actorRole: actor.role,
    action: rule.audit,
    participantId,
    requestId: request.id,
  };

  const outcome = await db.transaction().execute(async (trx) => {
    const facts = await findAccessFacts(trx, participantId);
    if (!facts) return { ok: false, denied: 'participant-not-found' } as const;
    const decision = decideParticipantAccess(actor, facts, rule.action);
    if (!decision.allowed) return { ok: false, denied: decision.reason } as const;
    await appendAudit(trx, [{ ...audit, outcome: 'allowed', reason: decision.basis }]);
    return { ok: true, result: await work(trx, { facts, basis: decision.basis }) } as const;
  });

  if (!outcome.ok) {
    await appendAudit(db, [{ ...audit, outcome: 'denied', reason: outcome.denied }]);
    throw new AppError('not_found');
  }
  return outcome.result;
}
