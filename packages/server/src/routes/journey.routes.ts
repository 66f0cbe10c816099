import {
  firstContactBody,
  historySchema,
  participantParams,
  participantSchema,
  phaseChangeBody,
} from '@ips-bridge/contracts';
import {
  appendChange,
  type Db,
  findParticipant,
  listChanges,
  listPhaseHistory,
  updateParticipantIfVersion,
} from '@ips-bridge/db';
import { daysBetween, osloDate, phaseChangeProblems, STAFF_ROLES } from '@ips-bridge/domain';
import type { App } from '../app-types.ts';
import { requireAuth } from '../http/access.ts';
import { requireIfMatch, setEtag } from '../http/concurrency.ts';
import { AppError } from '../http/errors.ts';
import { withParticipant } from '../http/participant-access.ts';
import { problemResponses } from '../http/schemas.ts';
import { recordPhaseChange } from '../services/phase-change.ts';
import { toParticipantResponse } from './participants.routes.ts';

const PHASE_PROBLEM_MESSAGES: Record<string, string> = {
  same_phase: 'The participant is already in this phase',
  date_format: 'Not a valid date',
  date_in_future: 'The date cannot be in the future',
  before_current_phase: 'The date is before the current phase began',
  reason_required: 'Give a reason',
  unknown_reason: 'Unknown reason',
  recontact_required: 'Plan when to get in touch again',
  recontact_not_after_date: 'The re-contact must come after the pause begins',
};

export function registerJourneyRoutes(app: App, deps: { db: Db; now: () => Date }): void {
  const { db } = deps;

  app.post(
    '/api/participants/:participantId/phase-changes',
    {
      config: {
        access: {
          kind: 'participant',
          category: 'contact_and_plan',
          action: 'write',
          audit: 'participant.phase.change',
          roles: STAFF_ROLES,
        },
      },
      schema: {
        tags: ['journey'],
        summary: 'Move the participant to another phase (If-Match: the ETag you read)',
        params: participantParams,
        body: phaseChangeBody,
        response: { 200: participantSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const expectedVersion = requireIfMatch(request);
      const { user } = requireAuth(request);
      const now = deps.now();
      const today = osloDate(now);
      const change = request.body;
      const updated = await withParticipant(db, request, request.params.participantId, async (trx) => {
        const current = await findParticipant(trx, request.params.participantId);
        if (!current) throw new AppError('not_found');
        if (current.version !== expectedVersion) throw new AppError('precondition_failed');
        const problems = phaseChangeProblems(
          { phase: current.phase, since: current.phaseSince },
          change,
          today,
        );
        if (problems.length > 0) {
          throw new AppError('validation_failed', {
            errors: problems.map((p) => ({
              path: p.field,
              code: p.code,
              message: PHASE_PROBLEM_MESSAGES[p.code] ?? p.code,
            })),
          });
        }
        const saved = await recordPhaseChange(
          trx,
          current,
          {
            phase: change.phase,
            date: change.date,
            reason: change.reason ?? null,
            plannedRecontact: change.plannedRecontact ?? null,
          },
          user.id,
          now,
        );
        if (!saved) throw new AppError('precondition_failed');
        return findParticipant(trx, current.id);
      });
      if (!updated) throw new AppError('not_found');
      setEtag(reply, updated.version);
      return toParticipantResponse(updated, today);
    },
  );

  app.put(
    '/api/participants/:participantId/first-contact',
    {
      config: {
        access: {
          kind: 'participant',
          category: 'contact_and_plan',
          action: 'write',
          audit: 'participant.first_contact.set',
          roles: STAFF_ROLES,
        },
      },
      schema: {
        tags: ['journey'],
        summary: 'Record the date of the first contact after referral (If-Match: the ETag you read)',
        params: participantParams,
        body: firstContactBody,
        response: { 200: participantSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const expectedVersion = requireIfMatch(request);
      const { user } = requireAuth(request);
      const now = deps.now();
      const today = osloDate(now);
      const { date } = request.body;
      const updated = await withParticipant(db, request, request.params.participantId, async (trx) => {
        const current = await findParticipant(trx, request.params.participantId);
        if (!current) throw new AppError('not_found');
        const problem =
          daysBetween(today, date) > 0
            ? { code: 'date_in_future', message: 'The date cannot be in the future' }
            : daysBetween(current.referralDate, date) < 0
              ? { code: 'before_referral', message: 'The first contact cannot be before the referral' }
              : null;
        if (problem) throw new AppError('validation_failed', { errors: [{ path: 'date', ...problem }] });
        const version = await updateParticipantIfVersion(
          trx,
          current.id,
          expectedVersion,
          { first_contact_date: date },
          now,
        );
        if (version === null) throw new AppError('precondition_failed');
        await appendChange(trx, {
          participantId: current.id,
          entity: 'first_contact',
          action: 'set',
          before: { date: current.firstContactDate },
          after: { date },
          changedBy: user.id,
          at: now,
        });
        return findParticipant(trx, current.id);
      });
      if (!updated) throw new AppError('not_found');
      setEtag(reply, updated.version);
      return toParticipantResponse(updated, today);
    },
  );

  app.get(
    '/api/participants/:participantId/history',
    {
      config: {
        access: {
          kind: 'participant',
          category: 'contact_and_plan',
          action: 'read',
          audit: 'participant.history.read',
          roles: 'all',
        },
      },
      schema: {
        tags: ['journey'],
        summary: 'The phase history and every recorded change, newest first',
        params: participantParams,
        response: { 200: historySchema, ...problemResponses },
      },
    },
    async (request) => {
      const { phases, changes } = await withParticipant(
        db,
        request,
        request.params.participantId,
        async (trx) => ({
          phases: await listPhaseHistory(trx, request.params.participantId),
          changes: await listChanges(trx, request.params.participantId),
        }),
      );
      return {
        phases: phases.map((p) => ({ ...p, recordedAt: p.recordedAt.toISOString() })),
        changes: changes.map((c) => ({ ...c, changedAt: c.changedAt.toISOString() })),
      };
    },
  );
}
