import {
  estimateInputSchema,
  estimateResultSchema,
  moneyPlanSchema,
  navAnswerBody,
  navQuestionBody,
  navQuestionSchema,
  participantParams,
  savedScenarioSchema,
  saveScenarioBody,
  uuid,
} from '@ips-bridge/contracts';
import {
  answerNavQuestion,
  appendChange,
  countScenarios,
  type Db,
  type DbOrTrx,
  deleteScenario,
  findNavQuestion,
  insertNavQuestion,
  insertScenario,
  listNavQuestions,
  listScenarios,
  type NavQuestionRecord,
  restoreScenario,
  type SavedScenarioRecord,
  scenarioBelongsTo,
} from '@ips-bridge/db';
import {
  BenefitsInputError,
  daysBetween,
  type EstimateInput,
  type EstimateResult,
  estimateBenefits,
  osloDate,
  STAFF_ROLES,
} from '@ips-bridge/domain';
import { z } from 'zod';
import type { App } from '../app-types.ts';
import { requireAuth } from '../http/access.ts';
import { requireIfMatch } from '../http/concurrency.ts';
import { AppError } from '../http/errors.ts';
import { withParticipant } from '../http/participant-access.ts';
import { problemResponses } from '../http/schemas.ts';

/** A participant keeps at most this many saved scenarios (side-by-side shows 2–4; the rest is history). */
export const MAX_SAVED_SCENARIOS = 50;

/** Runs the pure calculation; an input it cannot estimate becomes a 400 naming the field. */
export function estimate(input: EstimateInput): EstimateResult {
  try {
    return estimateBenefits(input);
  } catch (error) {
    if (error instanceof BenefitsInputError) {
      throw new AppError('validation_failed', {
        errors: [
          { path: error.field.replace(/\[(\d+)\]/g, '.$1'), code: error.code, message: error.message },
        ],
      });
    }
    throw error;
  }
}

function toSaved(record: SavedScenarioRecord) {
  return {
    id: record.id,
    name: record.name,
    input: estimateInputSchema.parse(record.input),
    summary: savedScenarioSchema.shape.summary.parse(record.summary),
    createdBy: record.createdBy,
    createdAt: record.createdAt.toISOString(),
  };
}

function toQuestion(record: NavQuestionRecord) {
  return { ...record, askedAt: record.askedAt.toISOString() };
}

async function moneyPlan(trx: DbOrTrx, participantId: string) {
  // One connection per transaction: its queries run one after the other.
  const scenarios = await listScenarios(trx, participantId);
  const questions = await listNavQuestions(trx, participantId);
  return { scenarios: scenarios.map(toSaved), questions: questions.map(toQuestion) };
}

export function registerBenefitsRoutes(app: App, deps: { db: Db; now: () => Date }): void {
  const { db } = deps;
  const contribute = (audit: string) =>
    ({
      access: { kind: 'participant', category: 'benefits', action: 'contribute', audit, roles: 'all' },
    }) as const;
  const scenarioParams = participantParams.extend({ scenarioId: uuid });

  app.post(
    '/api/v1/benefits/estimate',
    {
      config: {
        access: {
          kind: 'public',
          why: 'a pure calculation on the figures sent; no personal data is read or stored',
        },
      },
      schema: {
        tags: ['benefits'],
        summary:
          'Estimate work income, benefits after reduction, tax and net per month and year, with every rule explained',
        description:
          'An estimate on Norwegian rules (uføretrygd, AAP, sosialhjelp, tax) for the years in RULE_YEARS; it states ' +
          'which figures are unverified and which rules it does not cover. No login needed; nothing is stored.',
        security: [],
        body: estimateInputSchema,
        response: { 200: estimateResultSchema, 400: problemResponses[400] },
      },
    },
    async (request) => estimate(request.body),
  );

  app.get(
    '/api/participants/:participantId/money',
    {
      config: {
        access: {
          kind: 'participant',
          category: 'benefits',
          action: 'read',
          audit: 'benefits.read',
          roles: 'all',
        },
      },
      schema: {
        tags: ['benefits'],
        summary: "The participant's saved benefit scenarios and questions for NAV",
        params: participantParams,
        response: { 200: moneyPlanSchema, ...problemResponses },
      },
    },
    async (request) =>
      withParticipant(db, request, request.params.participantId, (trx) =>
        moneyPlan(trx, request.params.participantId),
      ),
  );

  app.post(
    '/api/participants/:participantId/benefit-scenarios',
    {
      config: contribute('benefits.scenario.save'),
      schema: {
        tags: ['benefits'],
        summary: 'Save a scenario on the participant (the jobseeker may save their own)',
        params: participantParams,
        body: saveScenarioBody,
        response: { 201: savedScenarioSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { user } = requireAuth(request);
      const now = deps.now();
      const result = estimate(request.body.input);
      const summary = {
        year: result.year,
        baselineNetMonthly: result.baseline.net.monthly,
        scenarioNetMonthly: result.scenarios.map((s) => s.net.monthly),
      };
      const participantId = request.params.participantId;
      const saved = await withParticipant(db, request, participantId, async (trx) => {
        if ((await countScenarios(trx, participantId)) >= MAX_SAVED_SCENARIOS) {
          throw new AppError('conflict', {
            detail: `At most ${MAX_SAVED_SCENARIOS} saved scenarios; delete one first`,
          });
        }
        const id = await insertScenario(trx, {
          participantId,
          name: request.body.name,
          input: request.body.input,
          summary,
          createdBy: user.id,
          at: now,
        });
        await appendChange(trx, {
          participantId,
          entity: 'benefit_scenario',
          action: 'create',
          before: null,
          after: { id, name: request.body.name },
          changedBy: user.id,
          at: now,
        });
        const found = (await listScenarios(trx, participantId)).find((s) => s.id === id);
        if (!found) throw new Error('saved scenario not found');
        return found;
      });
      return reply.code(201).send(toSaved(saved));
    },
  );

  app.delete(
    '/api/participants/:participantId/benefit-scenarios/:scenarioId',
    {
      config: contribute('benefits.scenario.delete'),
      schema: {
        tags: ['benefits'],
        summary: 'Delete a saved scenario (undo with …/restore)',
        params: scenarioParams,
        response: { 204: z.null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      const { user } = requireAuth(request);
      const now = deps.now();
      const { participantId, scenarioId } = request.params;
      await withParticipant(db, request, participantId, async (trx) => {
        if (!(await deleteScenario(trx, participantId, scenarioId, now))) throw new AppError('not_found');
        await appendChange(trx, {
          participantId,
          entity: 'benefit_scenario',
          action: 'delete',
          before: { id: scenarioId },
          after: null,
          changedBy: user.id,
          at: now,
        });
      });
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/participants/:participantId/benefit-scenarios/:scenarioId/restore',
    {
      config: contribute('benefits.scenario.restore'),
      schema: {
        tags: ['benefits'],
        summary: 'Undo the deletion of a saved scenario',
        params: scenarioParams,
        response: { 200: savedScenarioSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { user } = requireAuth(request);
      const now = deps.now();
      const { participantId, scenarioId } = request.params;
      const restored = await withParticipant(db, request, participantId, async (trx) => {
        if (!(await restoreScenario(trx, participantId, scenarioId))) throw new AppError('not_found');
        await appendChange(trx, {
          participantId,
          entity: 'benefit_scenario',
          action: 'restore',
          before: null,
          after: { id: scenarioId },
          changedBy: user.id,
          at: now,
        });
        return (await listScenarios(trx, participantId)).find((s) => s.id === scenarioId);
      });
      if (!restored) throw new AppError('not_found');
      return toSaved(restored);
    },
  );

  app.post(
    '/api/participants/:participantId/nav-questions',
    {
      config: contribute('benefits.question.create'),
      schema: {
        tags: ['benefits'],
        summary:
          'Add a question for NAV (from a scenario or on its own); it feeds the meeting’s financial item',
        params: participantParams,
        body: navQuestionBody,
        response: { 201: navQuestionSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { user } = requireAuth(request);
      const now = deps.now();
      const participantId = request.params.participantId;
      const created = await withParticipant(db, request, participantId, async (trx) => {
        const scenarioId = request.body.scenarioId ?? null;
        if (scenarioId && !(await scenarioBelongsTo(trx, participantId, scenarioId))) {
          throw new AppError('validation_failed', {
            errors: [{ path: 'scenarioId', code: 'unknown_scenario', message: 'No such saved scenario' }],
          });
        }
        const id = await insertNavQuestion(trx, {
          participantId,
          scenarioId,
          question: request.body.question,
          askedBy: user.id,
          at: now,
        });
        await appendChange(trx, {
          participantId,
          entity: 'nav_question',
          action: 'create',
          before: null,
          after: { id, question: request.body.question },
          changedBy: user.id,
          at: now,
        });
        return findNavQuestion(trx, participantId, id);
      });
      if (!created) throw new Error('created question not found');
      return reply.code(201).send(toQuestion(created));
    },
  );

  app.put(
    '/api/participants/:participantId/nav-questions/:questionId/answer',
    {
      config: {
        access: {
          kind: 'participant',
          category: 'benefits',
          action: 'write',
          audit: 'benefits.question.answer',
          roles: STAFF_ROLES,
        },
      },
      schema: {
        tags: ['benefits'],
        summary: "Record NAV's answer with its date (If-Match: the question's version)",
        params: participantParams.extend({ questionId: uuid }),
        body: navAnswerBody,
        response: { 200: navQuestionSchema, ...problemResponses },
      },
    },
    async (request) => {
      const expectedVersion = requireIfMatch(request);
      const { user } = requireAuth(request);
      const now = deps.now();
      const { participantId, questionId } = request.params;
      if (daysBetween(osloDate(now), request.body.answeredOn) > 0) {
        throw new AppError('validation_failed', {
          errors: [
            { path: 'answeredOn', code: 'date_in_future', message: 'The date cannot be in the future' },
          ],
        });
      }
      const answered = await withParticipant(db, request, participantId, async (trx) => {
        const question = await findNavQuestion(trx, participantId, questionId);
        if (!question) throw new AppError('not_found');
        if (question.version !== expectedVersion) throw new AppError('precondition_failed');
        const saved = await answerNavQuestion(trx, {
          participantId,
          questionId,
          expectedVersion,
          answer: request.body.answer,
          answeredOn: request.body.answeredOn,
          answeredBy: user.id,
        });
        if (!saved) throw new AppError('precondition_failed');
        await appendChange(trx, {
          participantId,
          entity: 'nav_question',
          action: 'answer',
          before: { id: questionId, answer: question.answer },
          after: { id: questionId, answer: request.body.answer, answeredOn: request.body.answeredOn },
          changedBy: user.id,
          at: now,
        });
        return findNavQuestion(trx, participantId, questionId);
      });
      if (!answered) throw new AppError('not_found');
      return toQuestion(answered);
    },
  );
}
