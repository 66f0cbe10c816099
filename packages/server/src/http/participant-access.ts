import {
  appendAudit,
  type Db,
  type DbOrTrx,
  findAccessFacts,
  findAccessFactsMany,
  findConsentFacts,
  findConsentFactsMany,
  findRecordStatus,
} from '@ips-bridge/db';
import {
  type Actor,
  type ConsentFacts,
  decideInformationAccess,
  decideUnderRestriction,
  type InformationBasis,
  type InformationCategory,
  osloDate,
  type ParticipantAccessFacts,
  type ParticipantAction,
  readableCategories,
} from '@ips-bridge/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { accessRuleOf, requireAuth } from './access.ts';
import { AppError } from './errors.ts';

export interface ParticipantScope {
  facts: ParticipantAccessFacts;
  consent: ConsentFacts;
  basis: InformationBasis;
  /** The categories of this participant's information the caller may read now: remove the others from answers. */
  readable: ReadonlySet<InformationCategory>;
}

type RuleDecision =
  | {
      ok: true;
      facts: ParticipantAccessFacts;
      consent: ConsentFacts;
      basis: InformationBasis;
      readable: Set<InformationCategory>;
    }
  | { ok: false; denied: string; restricted?: true };

/** The route's declared rule applied to this caller and participant, as the data stands in `trx`. */
async function decideForRequest(
  trx: DbOrTrx,
  request: FastifyRequest,
  participantId: string,
): Promise<RuleDecision> {
  const auth = requireAuth(request);
  const rule = participantRuleOf(request);
  const actor = { userId: auth.user.id, role: auth.user.role, teamId: auth.user.team?.id ?? null };
  const facts = await findAccessFacts(trx, participantId);
  if (!facts) return { ok: false, denied: 'participant-not-found' };
  const instant = request.server.clock();
  const consent = await findConsentFacts(trx, participantId, instant);
  const at = { today: osloDate(instant), now: instant.toISOString() };
  const decision = decideInformationAccess(actor, facts, consent, rule.action, rule.category, at);
  if (!decision.allowed) return { ok: false, denied: decision.reason };
  if (rule.action !== 'read') {
    // Restriction of processing (GDPR art. 18): the one place every participant route passes, so no write by staff
    // reaches a restricted record. Reads stay as the policy allows (packages/domain/src/privacy/rights.ts).
    const status = await findRecordStatus(trx, participantId);
    if (status?.restriction && !decideUnderRestriction(actor.role, rule.action).allowed)
      return { ok: false, denied: 'record-restricted', restricted: true };
  }
  return {
    ok: true,
    facts,
    consent,
    basis: decision.basis,
    readable: readableCategories(actor, facts, consent, at),
  };
}

function participantRuleOf(request: FastifyRequest) {
  const rule = accessRuleOf(request);
  if (rule?.kind !== 'participant') {
    throw new Error(
      `Participant access used on a route without a participant access rule: ${request.routeOptions.url}`,
    );
  }
  return rule;
}

function auditEntry(request: FastifyRequest, participantId: string) {
  const auth = requireAuth(request);
  return {
    actorUserId: auth.user.id,
    actorRole: auth.user.role,
    action: participantRuleOf(request).audit,
    participantId,
    requestId: request.id,
  };
}

/**
 * Runs `work` on one participant's data inside a transaction, after the domain policy allowed the caller the route's
 * declared action. The allowed access is audited in the same transaction, so data is never served without its audit
 * row. A denied or unknown participant is audited (in its own transaction) and answered 404, so the caller cannot
 * tell "does not exist" from "not yours". A change by staff to a restricted record (GDPR art. 18) is audited as
 * denied and answered 423 record_restricted.
 */
export async function withParticipant<T>(
  db: Db,
  request: FastifyRequest,
  participantId: string,
  work: (trx: DbOrTrx, scope: ParticipantScope) => Promise<T>,
): Promise<T> {
  const audit = auditEntry(request, participantId);
  const outcome = await db.transaction().execute(async (trx) => {
    const decided = await decideForRequest(trx, request, participantId);
    if (!decided.ok) return decided;
    await appendAudit(trx, [{ ...audit, outcome: 'allowed', reason: decided.basis }]);
    const { facts, consent, basis, readable } = decided;
    return { ok: true, result: await work(trx, { facts, consent, basis, readable }) } as const;
  });

  if (!outcome.ok) {
    await appendAudit(db, [{ ...audit, outcome: 'denied', reason: outcome.denied }]);
    throw refusal(outcome);
  }
  return outcome.result;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Refuses a change to a participant the caller may not make before the request body is looked at: someone without
 * access learns nothing from validation messages, and the refusal is audited like any other. `withParticipant` decides
 * again, in the transaction that does the work; this only answers early.
 */
export function registerParticipantPrecheck(app: FastifyInstance, db: Db): void {
  app.addHook('preValidation', async (request) => {
    const rule = accessRuleOf(request);
    if (rule?.kind !== 'participant' || request.method === 'GET' || request.method === 'HEAD') return;
    const participantId = (request.params as Record<string, unknown> | undefined)?.participantId;
    if (typeof participantId !== 'string' || !UUID.test(participantId)) return;
    const decided = await decideForRequest(db, request, participantId);
    if (decided.ok) return;
    await appendAudit(db, [
      { ...auditEntry(request, participantId), outcome: 'denied', reason: decided.denied },
    ]);
    throw refusal(decided);
  });
}

/**
 * The answer to a refused request: 404 hides whether the record exists from someone without access; a restricted
 * record is refused with 423 and its own code, since the caller has access and needs to know why nothing changed.
 */
function refusal(decided: { restricted?: true }): AppError {
  return decided.restricted ? new AppError('record_restricted') : new AppError('not_found');
}

/**
 * The ids among `ids` whose `category` the actor may read or write now, by the same policy `withParticipant` applies
 * (relationship, blocks, the jobseeker's consent, break-the-glass): for lists, searches and matches over many
 * participants. The caller audits what it then serves.
 */
export async function permittedParticipants(
  trx: DbOrTrx,
  actor: Actor,
  ids: readonly string[],
  action: ParticipantAction,
  category: InformationCategory,
  now: Date,
): Promise<Set<string>> {
  const unique = [...new Set(ids)];
  // One connection per transaction: its queries run one after the other.
  const facts = await findAccessFactsMany(trx, unique);
  const consents = await findConsentFactsMany(trx, unique, now);
  const at = { today: osloDate(now), now: now.toISOString() };
  return new Set(
    unique.filter((id) => {
      const f = facts.get(id);
      const c = consents.get(id);
      return (
        f !== undefined &&
        c !== undefined &&
        decideInformationAccess(actor, f, c, action, category, at).allowed
      );
    }),
  );
}
