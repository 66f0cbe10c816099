import {
  disclosurePlanBody,
  disclosurePlanSchema,
  isoDate,
  participantParams,
  timeUseBody,
  timeUseSchema,
} from '@ips-bridge/contracts';
import {
  appendChange,
  type Db,
  type DisclosurePlanRecord,
  findDisclosurePlan,
  listTimeUse,
  saveDisclosurePlan,
  saveTimeUse,
} from '@ips-bridge/db';
import {
  addDays,
  COMMUNITY_TIME_TARGET_PERCENT,
  communitySharePercent,
  osloDate,
  STAFF_ROLES,
  weekStart,
} from '@ips-bridge/domain';
import { z } from 'zod';
import type { App } from '../app-types.ts';
import { requireAuth } from '../http/access.ts';
import { requireIfMatch, setEtag } from '../http/concurrency.ts';
import { AppError } from '../http/errors.ts';
import { withParticipant } from '../http/participant-access.ts';
import { problemResponses } from '../http/schemas.ts';

function planResponse(record: DisclosurePlanRecord | undefined) {
  if (!record) return { version: 0, plan: null };
  const { version, updatedAt, ...rest } = record;
  return { version, plan: { ...rest, updatedAt: updatedAt.toISOString() } };
}

export function registerDisclosureAndTimeRoutes(app: App, deps: { db: Db; now: () => Date }): void {
  const { db } = deps;

  app.get(
    '/api/participants/:participantId/disclosure-plan',
    {
      config: {
        access: {
          kind: 'participant',
          category: 'work_functioning',
          action: 'read',
          audit: 'disclosure_plan.read',
          roles: 'all',
        },
      },
      schema: {
        tags: ['journey'],
        summary: 'What the person wants an employer to know and not know, with the pros and cons discussed',
        params: participantParams,
        response: { 200: disclosurePlanSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const plan = await withParticipant(db, request, request.params.participantId, (trx) =>
        findDisclosurePlan(trx, request.params.participantId),
      );
      setEtag(reply, plan?.version ?? 0);
      return planResponse(plan);
    },
  );

  app.put(
    '/api/participants/:participantId/disclosure-plan',
    {
      config: {
        access: {
          kind: 'participant',
          category: 'work_functioning',
          action: 'write',
          audit: 'disclosure_plan.write',
          roles: STAFF_ROLES,
        },
      },
      schema: {
        tags: ['journey'],
        summary: 'Save the disclosure plan (If-Match: the version you read, "0" to create it)',
        params: participantParams,
        body: disclosurePlanBody,
        response: { 200: disclosurePlanSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const expectedVersion = requireIfMatch(request);
      const { user } = requireAuth(request);
      const now = deps.now();
      if (request.body.discussedOn > osloDate(now)) {
        throw new AppError('validation_failed', {
          errors: [
            { path: 'discussedOn', code: 'date_in_future', message: 'The date cannot be in the future' },
          ],
        });
      }
      const participantId = request.params.participantId;
      const plan = await withParticipant(db, request, participantId, async (trx) => {
        const before = await findDisclosurePlan(trx, participantId);
        if ((before?.version ?? 0) !== expectedVersion) throw new AppError('precondition_failed');
        const saved = await saveDisclosurePlan(trx, {
          ...request.body,
          participantId,
          expectedVersion,
          updatedBy: user.id,
          at: now,
        });
        if (!saved) throw new AppError('precondition_failed');
        await appendChange(trx, {
          participantId,
          entity: 'disclosure_plan',
          action: before ? 'update' : 'create',
          before: before
            ? { mayKnow: before.mayKnow, mustNotKnow: before.mustNotKnow, discussedOn: before.discussedOn }
            : null,
          after: {
            mayKnow: request.body.mayKnow,
            mustNotKnow: request.body.mustNotKnow,
            discussedOn: request.body.discussedOn,
          },
          changedBy: user.id,
          at: now,
        });
        return findDisclosurePlan(trx, participantId);
      });
      setEtag(reply, plan?.version ?? 0);
      return planResponse(plan);
    },
  );

  const SPECIALISTS = { access: { kind: 'authenticated', roles: ['employment_specialist'] } } as const;

  app.get(
    '/api/me/time-use',
    {
      config: SPECIALISTS,
      schema: {
        tags: ['workforce'],
        summary:
          'My recorded weeks: hours in the community and in the office, against the IPS target of 65 %',
        querystring: z.strictObject({ weeks: z.coerce.number().int().min(1).max(104).default(12) }),
        response: { 200: timeUseSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { user } = requireAuth(request);
      const thisWeek = weekStart(osloDate(deps.now()));
      const from = addDays(thisWeek, -7 * (request.query.weeks - 1));
      const weeks = await listTimeUse(db, user.id, from, addDays(thisWeek, 7));
      return {
        target: COMMUNITY_TIME_TARGET_PERCENT,
        weeks: weeks.map((w) => {
          const share = communitySharePercent(w.communityHours, w.officeHours);
          return {
            ...w,
            communitySharePercent: share,
            meetsTarget: share !== null && share >= COMMUNITY_TIME_TARGET_PERCENT,
          };
        }),
      };
    },
  );

  app.put(
    '/api/me/time-use/:weekStart',
    {
      config: SPECIALISTS,
      schema: {
        tags: ['workforce'],
        summary:
          'Record a week’s hours (weekStart: the Monday; If-Match: the week’s version, "0" for a new week)',
        params: z.strictObject({ weekStart: isoDate }),
        body: timeUseBody,
        response: { 204: z.null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      const expectedVersion = requireIfMatch(request);
      const { user } = requireAuth(request);
      const now = deps.now();
      const start = request.params.weekStart;
      if (weekStart(start) !== start) {
        throw new AppError('validation_failed', {
          errors: [{ path: 'weekStart', code: 'not_a_monday', message: 'A week starts on a Monday' }],
        });
      }
      if (start > osloDate(now)) {
        throw new AppError('validation_failed', {
          errors: [{ path: 'weekStart', code: 'date_in_future', message: 'The week has not begun' }],
        });
      }
      if (request.body.communityHours + request.body.officeHours > 100) {
        throw new AppError('validation_failed', {
          errors: [{ path: 'officeHours', code: 'too_many_hours', message: 'More than 100 hours in a week' }],
        });
      }
      const saved = await saveTimeUse(db, {
        userId: user.id,
        weekStart: start,
        ...request.body,
        expectedVersion,
        at: now,
      });
      if (!saved) throw new AppError('precondition_failed');
      return reply.code(204).send(null);
    },
  );
}
