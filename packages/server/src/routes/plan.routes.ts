import {
  createGoalBody,
  createStepBody,
  participantParams,
  planSchema,
  stepStatusBody,
  updateGoalBody,
  updateStepBody,
  uuid,
  workListSchema,
} from '@ips-bridge/contracts';
import {
  appendAudit,
  appendChange,
  type Db,
  type DbOrTrx,
  findGoal,
  findStep,
  insertGoal,
  insertStep,
  listCaseloadCandidates,
  listOwnedOpenSteps,
  listPlan,
  resolveStepOwner,
  updateGoalIfVersion,
  updateStepIfVersion,
} from '@ips-bridge/db';
import {
  DUE_SOON_DAYS,
  daysBetween,
  daysOverdue,
  firstContactStatus,
  mayChangeStepStatus,
  osloDate,
  STAFF_ROLES,
} from '@ips-bridge/domain';
import type { FastifyRequest } from 'fastify';
import type { App } from '../app-types.ts';
import { requireAuth } from '../http/access.ts';
import { requireIfMatch } from '../http/concurrency.ts';
import { AppError } from '../http/errors.ts';
import { permittedParticipants, withParticipant } from '../http/participant-access.ts';
import { problemResponses } from '../http/schemas.ts';

async function planResponse(trx: DbOrTrx, participantId: string, today: string) {
  const goals = await listPlan(trx, participantId);
  return {
    goals: goals.map((g) => ({
      id: g.id,
      parentId: g.parentId,
      text: g.text,
      status: g.status,
      version: g.version,
      steps: g.steps.map((s) => ({ ...s, daysOverdue: daysOverdue(s, today) })),
    })),
  };
}

const invalid = (path: string, code: string, message: string) =>
  new AppError('validation_failed', { errors: [{ path, code, message }] });

export function registerPlanRoutes(app: App, deps: { db: Db; now: () => Date }): void {
  const { db } = deps;
  const writeRule = (audit: string) =>
    ({
      access: {
        kind: 'participant',
        category: 'contact_and_plan',
        action: 'write',
        audit,
        roles: STAFF_ROLES,
      },
    }) as const;

  app.get(
    '/api/participants/:participantId/plan',
    {
      config: {
        access: {
          kind: 'participant',
          category: 'contact_and_plan',
          action: 'read',
          audit: 'plan.read',
          roles: 'all',
        },
      },
      schema: {
        tags: ['plan'],
        summary: 'The individual plan: goals, sub-goals and steps with owners and due dates',
        params: participantParams,
        response: { 200: planSchema, ...problemResponses },
      },
    },
    async (request) =>
      withParticipant(db, request, request.params.participantId, (trx) =>
        planResponse(trx, request.params.participantId, osloDate(deps.now())),
      ),
  );

  app.post(
    '/api/participants/:participantId/plan/goals',
    {
      config: writeRule('plan.goal.create'),
      schema: {
        tags: ['plan'],
        summary: "Add a goal (in the person's own words) or a sub-goal",
        params: participantParams,
        body: createGoalBody,
        response: { 201: planSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { user } = requireAuth(request);
      const now = deps.now();
      const { participantId } = request.params;
      const plan = await withParticipant(db, request, participantId, async (trx) => {
        const parentId = request.body.parentId ?? null;
        if (parentId) {
          const parent = await findGoal(trx, participantId, parentId);
          if (!parent) throw invalid('parentId', 'unknown_goal', 'No such goal in this plan');
          if (parent.parentId)
            throw invalid('parentId', 'nested_too_deep', 'A sub-goal cannot have sub-goals');
        }
        const id = await insertGoal(trx, {
          participantId,
          parentId,
          text: request.body.text,
          createdBy: user.id,
          at: now,
        });
        await appendChange(trx, {
          participantId,
          entity: 'plan_goal',
          action: 'create',
          before: null,
          after: { id, text: request.body.text, parentId },
          changedBy: user.id,
          at: now,
        });
        return planResponse(trx, participantId, osloDate(now));
      });
      return reply.code(201).send(plan);
    },
  );

  app.put(
    '/api/participants/:participantId/plan/goals/:goalId',
    {
      config: writeRule('plan.goal.update'),
      schema: {
        tags: ['plan'],
        summary: "Change a goal's words or status (If-Match: the goal's version)",
        params: participantParams.extend({ goalId: uuid }),
        body: updateGoalBody,
        response: { 200: planSchema, ...problemResponses },
      },
    },
    async (request) => {
      const expectedVersion = requireIfMatch(request);
      const { user } = requireAuth(request);
      const now = deps.now();
      const { participantId, goalId } = request.params;
      return withParticipant(db, request, participantId, async (trx) => {
        const goal = await findGoal(trx, participantId, goalId);
        if (!goal) throw new AppError('not_found');
        if (goal.version !== expectedVersion) throw new AppError('precondition_failed');
        const saved = await updateGoalIfVersion(trx, { goalId, expectedVersion, ...request.body, at: now });
        if (!saved) throw new AppError('precondition_failed');
        await appendChange(trx, {
          participantId,
          entity: 'plan_goal',
          action: 'update',
          before: { id: goalId, text: goal.text, status: goal.status },
          after: { id: goalId, ...request.body },
          changedBy: user.id,
          at: now,
        });
        return planResponse(trx, participantId, osloDate(now));
      });
    },
  );

  app.post(
    '/api/participants/:participantId/plan/steps',
    {
      config: writeRule('plan.step.create'),
      schema: {
        tags: ['plan'],
        summary: 'Add a step to a goal, with one owner and a due date',
        params: participantParams,
        body: createStepBody,
        response: { 201: planSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { user } = requireAuth(request);
      const now = deps.now();
      const today = osloDate(now);
      const { participantId } = request.params;
      const body = request.body;
      const plan = await withParticipant(db, request, participantId, async (trx) => {
        if (!(await findGoal(trx, participantId, body.goalId))) {
          throw invalid('goalId', 'unknown_goal', 'No such goal in this plan');
        }
        if (body.dueDate && daysBetween(today, body.dueDate) < 0) {
          throw invalid('dueDate', 'date_in_past', 'A new step cannot be due in the past');
        }
        const ownerUserId = await resolveStepOwner(trx, participantId, body.ownerRole);
        const id = await insertStep(trx, {
          participantId,
          goalId: body.goalId,
          text: body.text,
          ownerRole: body.ownerRole,
          ownerUserId,
          dueDate: body.dueDate ?? null,
          createdBy: user.id,
          at: now,
        });
        await appendChange(trx, {
          participantId,
          entity: 'plan_step',
          action: 'create',
          before: null,
          after: { id, text: body.text, ownerRole: body.ownerRole, dueDate: body.dueDate ?? null },
          changedBy: user.id,
          at: now,
        });
        return planResponse(trx, participantId, today);
      });
      return reply.code(201).send(plan);
    },
  );

  app.put(
    '/api/participants/:participantId/plan/steps/:stepId',
    {
      config: writeRule('plan.step.update'),
      schema: {
        tags: ['plan'],
        summary: 'Change a step: words, owner, due date or status (If-Match: the step version)',
        params: participantParams.extend({ stepId: uuid }),
        body: updateStepBody,
        response: { 200: planSchema, ...problemResponses },
      },
    },
    async (request) => {
      const expectedVersion = requireIfMatch(request);
      const { user } = requireAuth(request);
      const now = deps.now();
      const today = osloDate(now);
      const { participantId, stepId } = request.params;
      const body = request.body;
      return withParticipant(db, request, participantId, async (trx) => {
        const step = await findStep(trx, participantId, stepId);
        if (!step) throw new AppError('not_found');
        if (step.version !== expectedVersion) throw new AppError('precondition_failed');
        const ownerUserId =
          body.ownerRole === step.ownerRole
            ? (step.owner?.id ?? null)
            : await resolveStepOwner(trx, participantId, body.ownerRole);
        const doneOn = body.status === 'done' ? (step.status === 'done' ? step.doneOn : today) : null;
        const saved = await updateStepIfVersion(trx, {
          stepId,
          expectedVersion,
          text: body.text,
          ownerRole: body.ownerRole,
          ownerUserId,
          dueDate: body.dueDate,
          status: body.status,
          doneOn,
          at: now,
        });
        if (!saved) throw new AppError('precondition_failed');
        await appendChange(trx, {
          participantId,
          entity: 'plan_step',
          action: 'update',
          before: {
            id: stepId,
            text: step.text,
            ownerRole: step.ownerRole,
            dueDate: step.dueDate,
            status: step.status,
          },
          after: { id: stepId, ...body },
          changedBy: user.id,
          at: now,
        });
        return planResponse(trx, participantId, today);
      });
    },
  );

  app.put(
    '/api/participants/:participantId/plan/steps/:stepId/status',
    {
      config: {
        access: {
          kind: 'participant',
          category: 'contact_and_plan',
          action: 'contribute',
          audit: 'plan.step.status',
          roles: ['jobseeker', ...STAFF_ROLES],
        },
      },
      schema: {
        tags: ['plan'],
        summary:
          'Mark a step done or open it again (If-Match: the step version). The jobseeker may do this for the ' +
          'steps they own; staff who may change the plan for any step.',
        params: participantParams.extend({ stepId: uuid }),
        body: stepStatusBody,
        response: { 200: planSchema, ...problemResponses },
      },
    },
    async (request) => {
      const expectedVersion = requireIfMatch(request);
      const { user } = requireAuth(request);
      const now = deps.now();
      const today = osloDate(now);
      const { participantId, stepId } = request.params;
      const { status } = request.body;
      return withParticipant(db, request, participantId, async (trx) => {
        const step = await findStep(trx, participantId, stepId);
        if (!step) throw new AppError('not_found');
        const decision = mayChangeStepStatus(user, step, status);
        if (!decision.allowed) {
          throw new AppError('forbidden', {
            detail:
              decision.reason === 'not_your_step'
                ? 'Only the person who owns this step can mark it done'
                : 'Only your helpers can cancel a step or open a cancelled one',
          });
        }
        if (step.version !== expectedVersion) throw new AppError('precondition_failed');
        if (step.status === status) return planResponse(trx, participantId, today);
        const doneOn = status === 'done' ? today : null;
        const saved = await updateStepIfVersion(trx, {
          stepId,
          expectedVersion,
          text: step.text,
          ownerRole: step.ownerRole,
          ownerUserId: step.owner?.id ?? null,
          dueDate: step.dueDate,
          status,
          doneOn,
          at: now,
        });
        if (!saved) throw new AppError('precondition_failed');
        await appendChange(trx, {
          participantId,
          entity: 'plan_step',
          action: 'update',
          before: { id: stepId, status: step.status },
          after: { id: stepId, status },
          changedBy: user.id,
          at: now,
        });
        return planResponse(trx, participantId, today);
      });
    },
  );

  app.get(
    '/api/work-list',
    {
      config: { access: { kind: 'authenticated', roles: STAFF_ROLES } },
      schema: {
        tags: ['plan'],
        summary:
          "The caller's work list: their open plan steps due within a week or overdue, and late first contacts",
        response: { 200: workListSchema, ...problemResponses },
      },
    },
    async (request) => workList(db, request, osloDate(deps.now())),
  );
}

async function workList(db: Db, request: FastifyRequest, today: string) {
  const { user } = requireAuth(request);
  const actor = { userId: user.id, role: user.role, teamId: user.team?.id ?? null };
  const until = new Date(`${today}T00:00:00Z`);
  until.setUTCDate(until.getUTCDate() + DUE_SOON_DAYS);
  return db.transaction().execute(async (trx) => {
    const steps = await listOwnedOpenSteps(trx, user.id, until.toISOString().slice(0, 10));
    const caseload = await listCaseloadCandidates(trx, {
      userId: user.id,
      supervisedTeamId: user.role === 'ips_supervisor' ? actor.teamId : null,
    });
    const late = caseload.filter((c) => {
      const status = firstContactStatus(c.referralDate, c.firstContactDate, today);
      return status.status === 'pending' && status.overdue && c.phase !== 'ended' && c.phase !== 'paused';
    });
    const ids = [...new Set([...steps.map((s) => s.participantId), ...late.map((c) => c.id)])];
    const visible = await permittedParticipants(
      trx,
      actor,
      ids,
      'read',
      'contact_and_plan',
      request.server.clock(),
    );
    await appendAudit(
      trx,
      [...visible].map((participantId) => ({
        actorUserId: user.id,
        actorRole: user.role,
        action: 'work_list.read',
        participantId,
        outcome: 'allowed' as const,
        reason: null,
        requestId: request.id,
      })),
    );
    return {
      steps: steps
        .filter((s) => visible.has(s.participantId))
        .map((s) => ({ ...s, daysOverdue: daysOverdue({ status: 'open', dueDate: s.dueDate }, today) })),
      firstContactsOverdue: late
        .filter((c) => visible.has(c.id))
        .map((c) => ({
          participantId: c.id,
          participantName: `${c.givenName} ${c.familyName}`,
          daysSinceReferral: daysBetween(c.referralDate, today),
        })),
    };
  });
}
