import {
  caseloadQuery,
  caseloadSchema,
  createParticipantBody,
  type Participant,
  participantParams,
  participantSchema,
} from '@ips-bridge/contracts';
import {
  appendAudit,
  countActiveCaseload,
  type Db,
  findParticipant,
  type ParticipantRecord,
  pageCaseload,
  restrictedAmong,
} from '@ips-bridge/db';
import {
  ACTIVE_PHASES,
  CASELOAD_TARGET,
  daysBetween,
  firstContactStatus,
  osloDate,
  REGISTERING_ROLES,
  referralDateProblem,
  STAFF_ROLES,
} from '@ips-bridge/domain';
import type { App } from '../app-types.ts';
import { requireAuth } from '../http/access.ts';
import { setEtag } from '../http/concurrency.ts';
import { AppError } from '../http/errors.ts';
import { permittedParticipants, withParticipant } from '../http/participant-access.ts';
import { problemResponses } from '../http/schemas.ts';
import { isUniqueViolation, registerParticipant } from '../services/register-participant.ts';

/** The participant as the API shows it, with the journey figures derived for `today`. */
export function toParticipantResponse(record: ParticipantRecord, today: string): Participant {
  const firstContact = firstContactStatus(record.referralDate, record.firstContactDate, today);
  return {
    ...record,
    daysInPhase: daysBetween(record.phaseSince, today),
    firstContactOverdue: firstContact.status === 'pending' && firstContact.overdue,
    createdAt: record.createdAt.toISOString(),
  };
}

export function registerParticipantRoutes(app: App, deps: { db: Db; now: () => Date }): void {
  const { db } = deps;

  app.get(
    '/api/participants',
    {
      config: { access: { kind: 'authenticated', roles: STAFF_ROLES } },
      schema: {
        tags: ['participants'],
        summary: "The caller's caseload: participants they may see, searchable, filterable by phase, paged",
        querystring: caseloadQuery,
        response: { 200: caseloadSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { user } = requireAuth(request);
      const actor = { userId: user.id, role: user.role, teamId: user.team?.id ?? null };
      const today = osloDate(deps.now());
      return db.transaction().execute(async (trx) => {
        const query = request.query;
        const { rows: candidates, total } = await pageCaseload(
          trx,
          { userId: user.id, supervisedTeamId: user.role === 'ips_supervisor' ? actor.teamId : null },
          { search: query.q ?? null, phases: query.phase, limit: query.limit, offset: query.offset },
        );
        const activeCount = await countActiveCaseload(trx, user.id, ACTIVE_PHASES);
        // The list query narrows; the policy decides (consent and blocks included). Both must agree, and the policy
        // has the last word.
        const allowed = await permittedParticipants(
          trx,
          actor,
          candidates.map((c) => c.id),
          'read',
          'contact_and_plan',
          deps.now(),
        );
        const visible = candidates.filter((c) => allowed.has(c.id));
        const restricted = await restrictedAmong(
          trx,
          visible.map((c) => c.id),
        );
        await appendAudit(
          trx,
          visible.map((c) => ({
            actorUserId: user.id,
            actorRole: user.role,
            action: 'caseload.read',
            participantId: c.id,
            outcome: 'allowed' as const,
            reason: null,
            requestId: request.id,
          })),
        );
        return {
          items: visible.map(({ phaseSince, firstContactDate, ...c }) => {
            const firstContact = firstContactStatus(c.referralDate, firstContactDate, today);
            return {
              ...c,
              daysSinceReferral: daysBetween(c.referralDate, today),
              daysInPhase: daysBetween(phaseSince, today),
              firstContactOverdue: firstContact.status === 'pending' && firstContact.overdue,
              nextDueOverdue: c.nextDueDate !== null && daysBetween(c.nextDueDate, today) > 0,
              restricted: restricted.has(c.id),
            };
          }),
          total,
          limit: query.limit,
          offset: query.offset,
          activeCaseload: { count: activeCount, target: CASELOAD_TARGET },
        };
      });
    },
  );

  app.post(
    '/api/participants',
    {
      config: { access: { kind: 'authenticated', roles: REGISTERING_ROLES } },
      schema: {
        tags: ['participants'],
        summary: 'Register a participant in the caller’s IPS team',
        body: createParticipantBody,
        response: { 201: participantSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { user } = requireAuth(request);
      const body = request.body;
      const dateProblem = referralDateProblem(body.referralDate, osloDate(deps.now()));
      if (dateProblem) {
        throw new AppError('validation_failed', {
          errors: [
            {
              path: 'referralDate',
              code: dateProblem,
              message: 'The referral date must be a past or present date',
            },
          ],
        });
      }
      if (!user.team) throw new AppError('forbidden', { detail: 'You are not a member of an IPS team' });
      const team = user.team;

      const participant = await db
        .transaction()
        .execute(async (trx) => {
          const id = await registerParticipant(trx, {
            teamId: team.id,
            givenName: body.givenName,
            familyName: body.familyName,
            nationalId: body.nationalId,
            phone: body.phone,
            email: body.email,
            referralSource: body.referralSource,
            referralDate: body.referralDate,
            careTeam:
              user.role === 'employment_specialist'
                ? [{ userId: user.id, role: 'employment_specialist' }]
                : [],
            actor: { id: user.id, role: user.role },
            requestId: request.id,
          });
          return findParticipant(trx, id);
        })
        .catch((error: unknown) => {
          // Two registrations of the same person at once: the unique index decides, the loser gets a clear 409.
          if (isUniqueViolation(error)) throw new AppError('national_id_taken');
          throw error;
        });
      if (!participant) throw new Error('registered participant not found');
      setEtag(reply, participant.version);
      return reply.code(201).send(toParticipantResponse(participant, osloDate(deps.now())));
    },
  );

  app.get(
    '/api/participants/:participantId',
    {
      config: {
        access: {
          kind: 'participant',
          category: 'contact_and_plan',
          action: 'read',
          audit: 'participant.read',
          roles: 'all',
        },
      },
      schema: {
        tags: ['participants'],
        summary: 'One participant’s record (404 when it does not exist or the caller may not see it)',
        params: participantParams,
        response: { 200: participantSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const participant = await withParticipant(db, request, request.params.participantId, (trx) =>
        findParticipant(trx, request.params.participantId),
      );
      if (!participant) throw new AppError('not_found');
      setEtag(reply, participant.version);
      return toParticipantResponse(participant, osloDate(deps.now()));
    },
  );
}
