import {
  activeRestrictionsSchema,
  adminLiftBody,
  adminRestrictBody,
  erasureConfirmBody,
  erasureRequestBody,
  erasureRequestParams,
  erasureRequestSchema,
  erasureRequestsSchema,
  participantExportSchema,
  participantParams,
  privacyCaseSchema,
  privacyLookupBody,
  type RestrictionStatus,
  restrictBody,
  restrictionStatusSchema,
} from '@ips-bridge/contracts';
import {
  appendAudit,
  createErasureRequest,
  type Db,
  type DbOrTrx,
  type ErasureRequest,
  findErasureRequest,
  findPrivacyCase,
  findPrivacyCaseByNationalId,
  findRecordStatus,
  liftRestriction,
  listActiveRestrictions,
  listErasureRequests,
  type Restriction,
  restrictProcessing,
  setErasureRequestStatus,
} from '@ips-bridge/db';
import { erasureConfirmationMatches, mayLiftRestriction, osloDate, type Role } from '@ips-bridge/domain';
import type { FastifyRequest } from 'fastify';
import type { App } from '../app-types.ts';
import { requireAuth } from '../http/access.ts';
import { AppError } from '../http/errors.ts';
import { withParticipant } from '../http/participant-access.ts';
import { problemResponses } from '../http/schemas.ts';
import { completeErasureRequest } from '../privacy/erasure.ts';
import { buildParticipantExport } from '../privacy/participant-export.ts';

const ADMIN = { kind: 'authenticated', roles: ['administrator'] } as const;

function restrictionStatus(restriction: Restriction | null, role: Role): RestrictionStatus {
  return {
    restricted: restriction !== null,
    source: restriction?.source ?? null,
    reason: restriction?.reason ?? null,
    since: restriction?.restrictedAt.toISOString() ?? null,
    mayLift: restriction !== null && mayLiftRestriction(role, restriction.source),
  };
}

function erasureDto(request: ErasureRequest, name: string | null) {
  return {
    id: request.id,
    participantId: request.participantId,
    name,
    ground: request.ground,
    receivedOn: request.receivedOn,
    status: request.status,
    recordedAt: request.recordedAt.toISOString(),
    completedAt: request.completedAt?.toISOString() ?? null,
  };
}

/** An administrator's action on one person's rights, audited in the same transaction as it happens. */
async function auditAdmin(
  trx: DbOrTrx,
  request: FastifyRequest,
  action: string,
  participantId: string,
  reason: string | null,
) {
  const { user } = requireAuth(request);
  await appendAudit(trx, [
    {
      actorUserId: user.id,
      actorRole: user.role,
      action,
      participantId,
      outcome: 'allowed',
      reason,
      requestId: request.id,
    },
  ]);
}

/**
 * GDPR rights (docs/privacy-rights.md): access and portability (art. 15 and 20) as the export, restriction of
 * processing (art. 18) by the jobseeker for their own record or by an administrator, and erasure (art. 17) on a
 * lawful request, recorded and then confirmed by an administrator. Administrators otherwise never see participant
 * data; for a rights request they see the minimum needed to act on the right person (name, team, phase), audited.
 */
export function registerPrivacyRoutes(app: App, deps: { db: Db; now: () => Date }): void {
  const { db } = deps;

  app.get(
    '/api/participants/:participantId/export',
    {
      config: {
        access: {
          kind: 'participant',
          category: 'contact_and_plan',
          action: 'read',
          audit: 'participant.export',
          roles: ['jobseeker', 'employment_specialist', 'ips_supervisor'],
        },
      },
      schema: {
        tags: ['consent'],
        summary:
          'Everything about one participant as machine-readable JSON (GDPR art. 15 and 20): every row in every ' +
          'table about them; a staff reader gets only the categories they may read, and a list of what was left out',
        params: participantParams,
        response: { 200: participantExportSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { participantId } = request.params;
      const now = deps.now();
      const result = await withParticipant(db, request, participantId, (trx, scope) =>
        buildParticipantExport(trx, participantId, scope, now),
      );
      reply
        .header('content-disposition', `attachment; filename="ips-bridge-export-${osloDate(now)}.json"`)
        .header('cache-control', 'no-store');
      return result;
    },
  );

  // ── Restriction (art. 18) ─────────────────────────────────────────────────────────────────────────────────────

  app.get(
    '/api/participants/:participantId/restriction',
    {
      config: {
        access: {
          kind: 'participant',
          category: 'contact_and_plan',
          action: 'read',
          audit: 'restriction.read',
          roles: 'all',
        },
      },
      schema: {
        tags: ['consent'],
        summary: 'Whether processing of the record is restricted (GDPR art. 18), since when, why and by whom',
        params: participantParams,
        response: { 200: restrictionStatusSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { participantId } = request.params;
      const { user } = requireAuth(request);
      return withParticipant(db, request, participantId, async (trx) => {
        const status = await findRecordStatus(trx, participantId);
        return restrictionStatus(status?.restriction ?? null, user.role);
      });
    },
  );

  app.post(
    '/api/participants/:participantId/restriction',
    {
      config: {
        access: {
          kind: 'participant',
          category: 'contact_and_plan',
          action: 'contribute',
          audit: 'restriction.place',
          roles: ['jobseeker'],
        },
      },
      schema: {
        tags: ['consent'],
        summary:
          'The jobseeker restricts processing of their own record (GDPR art. 18): it is kept and can be read, ' +
          'but staff can change nothing until it is lifted',
        params: participantParams,
        body: restrictBody,
        response: { 201: restrictionStatusSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { participantId } = request.params;
      const { user } = requireAuth(request);
      const status = await withParticipant(db, request, participantId, async (trx) => {
        const at = deps.now();
        const placed = await restrictProcessing(trx, {
          participantId,
          source: 'jobseeker',
          reason: request.body.reason,
          by: user.id,
          at,
        });
        if (!placed) throw new AppError('already_restricted');
        return (await findRecordStatus(trx, participantId))?.restriction ?? null;
      });
      return reply.code(201).send(restrictionStatus(status, user.role));
    },
  );

  app.post(
    '/api/participants/:participantId/restriction/lift',
    {
      config: {
        access: {
          kind: 'participant',
          category: 'contact_and_plan',
          action: 'contribute',
          audit: 'restriction.lift',
          roles: ['jobseeker'],
        },
      },
      schema: {
        tags: ['consent'],
        summary:
          'The jobseeker lifts a restriction they placed themselves (one placed by an administrator: 403)',
        params: participantParams,
        response: { 200: restrictionStatusSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { participantId } = request.params;
      const { user } = requireAuth(request);
      return withParticipant(db, request, participantId, async (trx) => {
        const current = (await findRecordStatus(trx, participantId))?.restriction ?? null;
        if (!current) throw new AppError('not_found', { detail: 'No restriction is in force' });
        if (!mayLiftRestriction(user.role, current.source))
          throw new AppError('restriction_lift_not_allowed');
        await liftRestriction(trx, { participantId, by: user.id, at: deps.now() });
        return restrictionStatus(null, user.role);
      });
    },
  );

  // ── Administrators: finding the person, restriction, erasure ───────────────────────────────────────────────────

  app.post(
    '/api/admin/privacy/lookup',
    {
      config: { access: ADMIN },
      schema: {
        tags: ['administration'],
        summary:
          'Find the person a rights request is about by national identity number (in the body): name, team, phase, ' +
          'restriction and erasure state only; audited',
        body: privacyLookupBody,
        response: { 200: privacyCaseSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { user } = requireAuth(request);
      return db.transaction().execute(async (trx) => {
        const found = await findPrivacyCaseByNationalId(trx, request.body.nationalId);
        if (!found) throw new AppError('not_found');
        await auditAdmin(trx, request, 'privacy.lookup', found.participantId, null);
        return {
          participantId: found.participantId,
          name: `${found.givenName} ${found.familyName}`,
          teamName: found.teamName,
          phase: found.phase,
          phaseSince: found.phaseSince,
          erased: found.erased,
          restriction: restrictionStatus(found.restriction, user.role),
        };
      });
    },
  );

  app.get(
    '/api/admin/privacy/restrictions',
    {
      config: { access: ADMIN },
      schema: {
        tags: ['administration'],
        summary: 'Every restriction of processing in force (GDPR art. 18)',
        response: { 200: activeRestrictionsSchema, ...problemResponses },
      },
    },
    async () => ({
      items: (await listActiveRestrictions(db)).map((r) => ({
        participantId: r.participantId,
        name: r.name,
        source: r.source,
        reason: r.reason,
        since: r.restrictedAt.toISOString(),
      })),
    }),
  );

  app.post(
    '/api/admin/privacy/restrictions',
    {
      config: { access: ADMIN },
      schema: {
        tags: ['administration'],
        summary: 'Restrict processing of a participant’s record on the person’s request (GDPR art. 18)',
        body: adminRestrictBody,
        response: { 201: restrictionStatusSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { user } = requireAuth(request);
      const { participantId, reason } = request.body;
      const restriction = await db.transaction().execute(async (trx) => {
        const found = await findPrivacyCase(trx, participantId);
        if (!found) throw new AppError('not_found');
        if (found.erased) throw new AppError('record_erased');
        const placed = await restrictProcessing(trx, {
          participantId,
          source: 'administrator',
          reason,
          by: user.id,
          at: deps.now(),
        });
        if (!placed) throw new AppError('already_restricted');
        await auditAdmin(trx, request, 'restriction.place', participantId, 'administrator');
        return (await findRecordStatus(trx, participantId))?.restriction ?? null;
      });
      return reply.code(201).send(restrictionStatus(restriction, user.role));
    },
  );

  app.post(
    '/api/admin/privacy/restrictions/lift',
    {
      config: { access: ADMIN },
      schema: {
        tags: ['administration'],
        summary: 'Lift a restriction of processing, after telling the person (GDPR art. 18(3))',
        body: adminLiftBody,
        response: { 200: restrictionStatusSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { user } = requireAuth(request);
      const { participantId } = request.body;
      return db.transaction().execute(async (trx) => {
        const lifted = await liftRestriction(trx, { participantId, by: user.id, at: deps.now() });
        if (!lifted) throw new AppError('not_found', { detail: 'No restriction is in force' });
        await auditAdmin(trx, request, 'restriction.lift', participantId, 'administrator');
        return restrictionStatus(null, user.role);
      });
    },
  );

  app.get(
    '/api/admin/privacy/erasure-requests',
    {
      config: { access: ADMIN },
      schema: {
        tags: ['administration'],
        summary: 'Erasure requests and the erasure records kept after them, newest first',
        response: { 200: erasureRequestsSchema, ...problemResponses },
      },
    },
    async () => ({ items: (await listErasureRequests(db)).map((r) => erasureDto(r, r.name)) }),
  );

  app.post(
    '/api/admin/privacy/erasure-requests',
    {
      config: { access: ADMIN },
      schema: {
        tags: ['administration'],
        summary:
          'Record a lawful request to erase a participant’s record (GDPR art. 17(1)); nothing is erased until it ' +
          'is confirmed',
        body: erasureRequestBody,
        response: { 201: erasureRequestSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { user } = requireAuth(request);
      const { participantId, ground, receivedOn } = request.body;
      const created = await db.transaction().execute(async (trx) => {
        const found = await findPrivacyCase(trx, participantId);
        if (!found) throw new AppError('not_found');
        if (found.erased) throw new AppError('record_erased');
        const recorded = await createErasureRequest(trx, {
          participantId,
          ground,
          receivedOn,
          by: user.id,
          at: deps.now(),
        });
        if (!recorded) throw new AppError('erasure_pending');
        await auditAdmin(trx, request, 'erasure.request', participantId, ground);
        return erasureDto(recorded, `${found.givenName} ${found.familyName}`);
      });
      return reply.code(201).send(created);
    },
  );

  app.post(
    '/api/admin/privacy/erasure-requests/:requestId/confirm',
    {
      config: { access: ADMIN },
      schema: {
        tags: ['administration'],
        summary:
          'Confirm a recorded erasure request by typing the person’s full name: the record is anonymised in one ' +
          'transaction, the login closed, the audit log kept; confirming again answers the same',
        params: erasureRequestParams,
        body: erasureConfirmBody,
        response: { 200: erasureRequestSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { user } = requireAuth(request);
      const pending = await findErasureRequest(db, request.params.requestId);
      if (!pending) throw new AppError('not_found');
      if (pending.status === 'cancelled')
        throw new AppError('conflict', { detail: 'The request was cancelled' });
      if (pending.status === 'pending') {
        const person = await findPrivacyCase(db, pending.participantId);
        if (
          !person ||
          !erasureConfirmationMatches(request.body.confirmName, person.givenName, person.familyName)
        )
          throw new AppError('erasure_confirmation_mismatch', {
            errors: [
              {
                path: 'confirmName',
                code: 'erasure_confirmation_mismatch',
                message: 'Type the person’s full name as registered',
              },
            ],
          });
        await completeErasureRequest(db, pending, {
          actor: { id: user.id, role: user.role },
          requestId: request.id,
          at: deps.now(),
        });
      }
      const done = await findErasureRequest(db, pending.id);
      if (!done) throw new AppError('not_found');
      return erasureDto(done, null);
    },
  );

  app.post(
    '/api/admin/privacy/erasure-requests/:requestId/cancel',
    {
      config: { access: ADMIN },
      schema: {
        tags: ['administration'],
        summary: 'Cancel a pending erasure request (withdrawn, or refused under art. 17(3))',
        params: erasureRequestParams,
        response: { 200: erasureRequestSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { user } = requireAuth(request);
      return db.transaction().execute(async (trx) => {
        const pending = await findErasureRequest(trx, request.params.requestId, { forUpdate: true });
        if (!pending) throw new AppError('not_found');
        if (pending.status === 'completed') throw new AppError('record_erased');
        if (pending.status === 'pending') {
          await setErasureRequestStatus(trx, {
            id: pending.id,
            status: 'cancelled',
            by: user.id,
            at: deps.now(),
          });
          await auditAdmin(trx, request, 'erasure.cancel', pending.participantId, pending.ground);
        }
        const person = await findPrivacyCase(trx, pending.participantId);
        return erasureDto(
          { ...pending, status: 'cancelled' },
          person && !person.erased ? `${person.givenName} ${person.familyName}` : null,
        );
      });
    },
  );
}
