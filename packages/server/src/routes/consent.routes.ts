import {
  accessLogQuery,
  accessLogSchema,
  blockBody,
  blockParams,
  consentChangesBody,
  consentOverviewSchema,
  emergencyAccessBody,
  emergencyAccessSchema,
  participantParams,
} from '@ips-bridge/contracts';
import {
  appendAudit,
  appendChange,
  type Db,
  type DbOrTrx,
  findAccessFacts,
  findConsentFacts,
  findUserById,
  insertAccessBlock,
  insertConsentRecords,
  insertEmergencyAccess,
  liftAccessBlock,
  listAccessLog,
  listActiveBlocks,
  listConsentHistory,
  listConsentRecipients,
} from '@ips-bridge/db';
import {
  BREAK_THE_GLASS_ROLES,
  type ConsentFacts,
  DEFAULT_SHARING,
  effectiveSharing,
  INFORMATION_CATEGORIES,
  osloDate,
  RECIPIENT_ROLES,
  type Role,
} from '@ips-bridge/domain';
import type { App } from '../app-types.ts';
import { requireAuth } from '../http/access.ts';
import { AppError } from '../http/errors.ts';
import { withParticipant } from '../http/participant-access.ts';
import { problemResponses } from '../http/schemas.ts';

/** How long a break-the-glass opening lasts. Normen: "kortvarig tilgang" — short, with a stated reason. */
export const EMERGENCY_ACCESS_MINUTES = 60;

/** The jobseeker decides; a specialist or supervisor in the team may record a decision the jobseeker signed on paper. */
const CONSENT_RECORDERS = ['jobseeker', 'employment_specialist', 'ips_supervisor'] as const;

async function overview(trx: DbOrTrx, participantId: string, now: Date) {
  // One connection per transaction: its queries run one after the other.
  const recipients = await listConsentRecipients(trx, participantId);
  const consent = await findConsentFacts(trx, participantId, now);
  const history = await listConsentHistory(trx, participantId);
  const blocks = await listActiveBlocks(trx, participantId);
  const today = osloDate(now);
  const blocked = new Set(consent.blockedUserIds);
  return {
    recipients: recipients.map((r) => ({
      ...r,
      blocked: blocked.has(r.userId),
      sharing: INFORMATION_CATEGORIES.map((category) => {
        const s = effectiveSharing(consent.records, r.userId, r.role, category, today);
        return { category, shared: s.shared && !blocked.has(r.userId), by: s.by, withdrawn: s.withdrawn };
      }),
    })),
    defaults: RECIPIENT_ROLES.map((role) => ({ role, categories: [...DEFAULT_SHARING[role]] })),
    history: history.map((h) => ({
      sequence: h.sequence,
      recipient: {
        kind: h.recipient.kind,
        userId: h.recipient.kind === 'user' ? h.recipient.userId : null,
        role: h.recipient.kind === 'role' ? h.recipient.role : null,
        displayName: h.recipientName,
      },
      category: h.category,
      decision: h.decision,
      purpose: h.purpose,
      validFrom: h.validFrom,
      validTo: h.validTo,
      recordedVia: h.recordedVia,
      recordedBy: { id: h.recordedBy, displayName: h.recordedByName },
      recordedAt: h.recordedAt.toISOString(),
    })),
    blocks: blocks.map((b) => ({
      id: b.id,
      userId: b.blockedUserId,
      displayName: b.blockedUserName,
      reason: b.reason,
      createdAt: b.createdAt.toISOString(),
    })),
  };
}

export function registerConsentRoutes(app: App, deps: { db: Db; now: () => Date }): void {
  const { db } = deps;

  app.get(
    '/api/participants/:participantId/consents',
    {
      config: {
        access: {
          kind: 'participant',
          category: 'contact_and_plan',
          action: 'read',
          audit: 'consent.read',
          roles: 'all',
        },
      },
      schema: {
        tags: ['consent'],
        summary:
          'What the jobseeker shares with whom: per care-team member and category, with the history of every ' +
          'consent record and the blocks in force',
        params: participantParams,
        response: { 200: consentOverviewSchema, ...problemResponses },
      },
    },
    async (request) =>
      withParticipant(db, request, request.params.participantId, (trx) =>
        overview(trx, request.params.participantId, deps.now()),
      ),
  );

  app.post(
    '/api/participants/:participantId/consents',
    {
      config: {
        access: {
          kind: 'participant',
          category: 'contact_and_plan',
          action: 'contribute',
          audit: 'consent.write',
          roles: CONSENT_RECORDERS,
        },
      },
      schema: {
        tags: ['consent'],
        summary:
          'Grant or withdraw sharing of categories with care-team members or roles. The jobseeker records their own ' +
          'decisions (recordedVia "jobseeker"); a specialist or supervisor records a signed paper form ("paper"). ' +
          'Takes effect on the next request.',
        params: participantParams,
        body: consentChangesBody,
        response: { 201: consentOverviewSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { user } = requireAuth(request);
      const now = deps.now();
      const today = osloDate(now);
      const participantId = request.params.participantId;
      const { changes, recordedVia } = request.body;
      if ((user.role === 'jobseeker') !== (recordedVia === 'jobseeker')) {
        throw new AppError('validation_failed', {
          errors: [
            {
              path: 'recordedVia',
              code: 'recorded_via_mismatch',
              message:
                user.role === 'jobseeker'
                  ? 'Your own decisions are recorded as "jobseeker"'
                  : 'Staff record a consent the jobseeker signed, as "paper"',
            },
          ],
        });
      }
      const result = await withParticipant(db, request, participantId, async (trx) => {
        const recipients = new Set((await listConsentRecipients(trx, participantId)).map((r) => r.userId));
        const errors = changes.flatMap((change, index) => {
          const problems: { path: string; code: string; message: string }[] = [];
          if (change.recipient.kind === 'user' && !recipients.has(change.recipient.userId))
            problems.push({
              path: `changes.${index}.recipient.userId`,
              code: 'not_in_care_team',
              message: 'Consent is given to members of the care team or the team’s supervisors',
            });
          if (change.validTo && change.validTo < today)
            problems.push({
              path: `changes.${index}.validTo`,
              code: 'date_in_past',
              message: 'The last day cannot be in the past',
            });
          return problems;
        });
        if (errors.length > 0) throw new AppError('validation_failed', { errors });
        await insertConsentRecords(
          trx,
          changes.map((change) => ({
            participantId,
            recipient: change.recipient,
            category: change.category,
            decision: change.decision,
            purpose: change.purpose,
            validFrom: change.validFrom ?? today,
            validTo: change.decision === 'grant' ? (change.validTo ?? null) : null,
            recordedBy: user.id,
            recordedVia,
          })),
        );
        await appendChange(trx, {
          participantId,
          entity: 'consent',
          action: 'update',
          before: null,
          after: {
            recordedVia,
            changes: changes.map((c) => ({
              recipient: c.recipient,
              category: c.category,
              decision: c.decision,
            })),
          },
          changedBy: user.id,
          at: now,
        });
        return overview(trx, participantId, now);
      });
      reply.code(201);
      return result;
    },
  );

  app.post(
    '/api/participants/:participantId/blocks',
    {
      config: {
        access: {
          kind: 'participant',
          category: 'contact_and_plan',
          action: 'contribute',
          audit: 'consent.block',
          roles: ['jobseeker'],
        },
      },
      schema: {
        tags: ['consent'],
        summary:
          'Block a named person from all of your information ("sperring"). It overrides every consent and ' +
          'break-the-glass, from the next request.',
        params: participantParams,
        body: blockBody,
        response: { 201: consentOverviewSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { user } = requireAuth(request);
      const participantId = request.params.participantId;
      const result = await withParticipant(db, request, participantId, async (trx) => {
        const target = await findUserById(trx, request.body.userId);
        if (!target || target.role === 'jobseeker') {
          throw new AppError('validation_failed', {
            errors: [{ path: 'userId', code: 'unknown_user', message: 'No such staff member' }],
          });
        }
        const created = await insertAccessBlock(trx, {
          participantId,
          blockedUserId: target.id,
          reason: request.body.reason,
          createdBy: user.id,
        });
        if (!created) throw new AppError('conflict', { detail: 'That person is blocked already' });
        await appendChange(trx, {
          participantId,
          entity: 'access_block',
          action: 'create',
          before: null,
          after: { blockedUserId: target.id },
          changedBy: user.id,
          at: deps.now(),
        });
        return overview(trx, participantId, deps.now());
      });
      reply.code(201);
      return result;
    },
  );

  app.post(
    '/api/participants/:participantId/blocks/:blockId/lift',
    {
      config: {
        access: {
          kind: 'participant',
          category: 'contact_and_plan',
          action: 'contribute',
          audit: 'consent.unblock',
          roles: ['jobseeker'],
        },
      },
      schema: {
        tags: ['consent'],
        summary: 'Lift a block: the person sees again what your consent allows',
        params: blockParams,
        response: { 200: consentOverviewSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { user } = requireAuth(request);
      const { participantId, blockId } = request.params;
      return withParticipant(db, request, participantId, async (trx) => {
        const lifted = await liftAccessBlock(trx, {
          participantId,
          blockId,
          liftedBy: user.id,
          at: deps.now(),
        });
        if (!lifted) throw new AppError('not_found');
        await appendChange(trx, {
          participantId,
          entity: 'access_block',
          action: 'delete',
          before: { blockId },
          after: null,
          changedBy: user.id,
          at: deps.now(),
        });
        return overview(trx, participantId, deps.now());
      });
    },
  );

  app.get(
    '/api/participants/:participantId/access-log',
    {
      config: {
        access: {
          kind: 'participant',
          category: 'contact_and_plan',
          action: 'read',
          audit: 'access_log.read',
          roles: ['jobseeker'],
        },
      },
      schema: {
        tags: ['consent'],
        summary:
          'Who has seen or changed your information, when, and on what basis (newest first); what you did ' +
          'yourself only with includeOwn=true',
        params: participantParams,
        querystring: accessLogQuery,
        response: { 200: accessLogSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { user } = requireAuth(request);
      const { limit, offset, includeOwn } = request.query;
      const { rows, total } = await withParticipant(db, request, request.params.participantId, (trx) =>
        listAccessLog(trx, request.params.participantId, {
          limit,
          offset,
          excludeActorId: includeOwn === 'true' ? null : user.id,
        }),
      );
      return {
        items: rows.map((r) => ({
          id: r.id,
          at: r.at.toISOString(),
          who: {
            displayName: r.displayName,
            role: r.role as Role | null,
            organisation: r.organisation,
          },
          action: r.action,
          outcome: r.outcome,
          basis: r.basis,
          statedReason: r.statedReason,
        })),
        total,
      };
    },
  );

  app.post(
    '/api/participants/:participantId/emergency-access',
    {
      config: { access: { kind: 'authenticated', roles: BREAK_THE_GLASS_ROLES } },
      schema: {
        tags: ['consent'],
        summary:
          `Break the glass: open a participant's record outside consent, read-only, for ${EMERGENCY_ACCESS_MINUTES} ` +
          'minutes, with a stated reason. Audited as such and shown to the jobseeker. A block still applies.',
        params: participantParams,
        body: emergencyAccessBody,
        response: { 201: emergencyAccessSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { user } = requireAuth(request);
      const now = deps.now();
      const participantId = request.params.participantId;
      const audit = {
        actorUserId: user.id,
        actorRole: user.role,
        action: 'emergency_access.open',
        participantId,
        requestId: request.id,
      };
      const expiresAt = new Date(now.getTime() + EMERGENCY_ACCESS_MINUTES * 60_000);
      const outcome = await db.transaction().execute(async (trx) => {
        const facts = await findAccessFacts(trx, participantId);
        if (!facts) return 'not-found' as const;
        const consent: ConsentFacts = await findConsentFacts(trx, participantId, now);
        if (consent.blockedUserIds.includes(user.id)) return 'blocked' as const;
        await insertEmergencyAccess(trx, {
          participantId,
          userId: user.id,
          reason: request.body.reason,
          openedAt: now,
          expiresAt,
        });
        await appendAudit(trx, [{ ...audit, outcome: 'allowed', reason: 'break-the-glass' }]);
        return 'opened' as const;
      });
      if (outcome !== 'opened') {
        await appendAudit(db, [
          {
            ...audit,
            participantId: outcome === 'not-found' ? null : participantId,
            outcome: 'denied',
            reason: outcome === 'blocked' ? 'blocked-by-jobseeker' : 'participant-not-found',
          },
        ]);
        throw new AppError('not_found');
      }
      reply.code(201);
      return { participantId, expiresAt: expiresAt.toISOString() };
    },
  );
}
