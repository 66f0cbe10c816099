import {
  createJobBody,
  educationBody,
  endJobBody,
  participantParams,
  supportContactBody,
  uuid,
  workAndSupportSchema,
} from '@ips-bridge/contracts';
import {
  appendChange,
  type Db,
  type DbOrTrx,
  endJobIfVersion,
  findEmployer,
  findJob,
  findParticipant,
  insertEducation,
  insertJob,
  insertSupportContact,
  listEducation,
  listJobs,
  listSupportContacts,
} from '@ips-bridge/db';
import {
  addDays,
  CONTACT_AFTER_JOB_END_DAYS,
  daysBetween,
  followAlongStatus,
  jobProblems,
  osloDate,
  type Phase,
  STAFF_ROLES,
} from '@ips-bridge/domain';
import type { App } from '../app-types.ts';
import { requireAuth } from '../http/access.ts';
import { requireIfMatch } from '../http/concurrency.ts';
import { AppError } from '../http/errors.ts';
import { withParticipant } from '../http/participant-access.ts';
import { problemResponses } from '../http/schemas.ts';
import { recordPhaseChange } from '../services/phase-change.ts';

const JOB_PROBLEM_MESSAGES: Record<string, string> = {
  hours_out_of_range: 'Hours per week must be more than 0 and at most 100',
  negative_wage: 'The wage cannot be negative',
  end_before_start: 'The end cannot be before the start',
  date_in_future: 'The date cannot be in the future',
};

async function overview(trx: DbOrTrx, participantId: string, today: string) {
  // One connection per transaction: its queries run one after the other.
  const jobs = await listJobs(trx, participantId);
  const education = await listEducation(trx, participantId);
  const supportContacts = await listSupportContacts(trx, participantId);
  const ongoing = jobs.find((j) => j.endDate === null) ?? null;
  const followAlong = ongoing
    ? {
        jobId: ongoing.id,
        ...followAlongStatus(
          ongoing.startDate,
          supportContacts
            .filter((c) => daysBetween(addDays(ongoing.startDate, -30), c.date) >= 0)
            .map((c) => c.date),
          today,
        ),
      }
    : null;
  const lastEnded = ongoing ? null : (jobs.find((j) => j.endDate !== null) ?? null);
  let contactAfterJobEnd = null;
  if (lastEnded?.endDate) {
    const endDate = lastEnded.endDate;
    const due = addDays(endDate, CONTACT_AFTER_JOB_END_DAYS);
    const done = supportContacts.some((c) => c.withWhom === 'jobseeker' && daysBetween(endDate, c.date) >= 0);
    contactAfterJobEnd = { jobId: lastEnded.id, due, done, overdue: !done && daysBetween(due, today) > 0 };
  }
  return { jobs, education, supportContacts, followAlong, contactAfterJobEnd };
}

/** Moves the participant to `phase` (dated `date`) unless they are in one of `unless`; kept in the phase history. */
async function movePhase(
  trx: DbOrTrx,
  input: {
    participantId: string;
    phase: Phase;
    date: string;
    unless: readonly Phase[];
    by: string;
    at: Date;
  },
): Promise<void> {
  const current = await findParticipant(trx, input.participantId);
  if (!current || current.phase === input.phase || input.unless.includes(current.phase)) return;
  // The new phase cannot begin before the current one did.
  const date = daysBetween(current.phaseSince, input.date) < 0 ? current.phaseSince : input.date;
  const saved = await recordPhaseChange(
    trx,
    current,
    { phase: input.phase, date, reason: null, plannedRecontact: null },
    input.by,
    input.at,
  );
  if (!saved)
    throw new AppError('conflict', { detail: 'The participant changed at the same time; try again' });
}

export function registerWorkRoutes(app: App, deps: { db: Db; now: () => Date }): void {
  const { db } = deps;
  const write = (audit: string) =>
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
    '/api/participants/:participantId/work',
    {
      config: {
        access: {
          kind: 'participant',
          category: 'contact_and_plan',
          action: 'read',
          audit: 'work.read',
          roles: 'all',
        },
      },
      schema: {
        tags: ['work'],
        summary: 'Jobs, education, follow-along support contacts and the follow-along rhythm',
        params: participantParams,
        response: { 200: workAndSupportSchema, ...problemResponses },
      },
    },
    async (request) =>
      withParticipant(db, request, request.params.participantId, (trx) =>
        overview(trx, request.params.participantId, osloDate(deps.now())),
      ),
  );

  app.post(
    '/api/participants/:participantId/jobs',
    {
      config: write('job.create'),
      schema: {
        tags: ['work'],
        summary: 'Record a job start; the participant moves to "working" once it has started',
        params: participantParams,
        body: createJobBody,
        response: { 201: workAndSupportSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { user } = requireAuth(request);
      const now = deps.now();
      const today = osloDate(now);
      const body = request.body;
      const problems = jobProblems({ ...body, endDate: null }, today);
      if (problems.length > 0) {
        throw new AppError('validation_failed', {
          errors: problems.map((p) => ({
            path: p.field,
            code: p.code,
            message: JOB_PROBLEM_MESSAGES[p.code] ?? p.code,
          })),
        });
      }
      const result = await withParticipant(db, request, request.params.participantId, async (trx, scope) => {
        let employerName = body.employerName ?? '';
        if (body.employerId) {
          const employer = await findEmployer(trx, body.employerId);
          if (!employer || employer.teamId !== scope.facts.teamId) {
            throw new AppError('validation_failed', {
              errors: [
                { path: 'employerId', code: 'unknown_employer', message: 'No such employer in the register' },
              ],
            });
          }
          employerName = employer.name;
        }
        const participantId = request.params.participantId;
        const id = await insertJob(trx, {
          participantId,
          employerId: body.employerId ?? null,
          employerName,
          title: body.title,
          competitive: body.competitive,
          hoursPerWeek: body.hoursPerWeek,
          hourlyWage: body.hourlyWage,
          startDate: body.startDate,
          foundWithIps: body.foundWithIps,
          createdBy: user.id,
          at: now,
        });
        await appendChange(trx, {
          participantId,
          entity: 'job',
          action: 'start',
          before: null,
          after: {
            id,
            employer: employerName,
            title: body.title,
            startDate: body.startDate,
            hoursPerWeek: body.hoursPerWeek,
          },
          changedBy: user.id,
          at: now,
        });
        if (daysBetween(body.startDate, today) >= 0) {
          await movePhase(trx, {
            participantId,
            phase: 'working',
            date: body.startDate,
            unless: ['follow_along'],
            by: user.id,
            at: now,
          });
        }
        return overview(trx, participantId, today);
      });
      return reply.code(201).send(result);
    },
  );

  app.put(
    '/api/participants/:participantId/jobs/:jobId/end',
    {
      config: write('job.end'),
      schema: {
        tags: ['work'],
        summary: 'Record that a job ended (If-Match: the job version); a contact becomes due within 3 days',
        params: participantParams.extend({ jobId: uuid }),
        body: endJobBody,
        response: { 200: workAndSupportSchema, ...problemResponses },
      },
    },
    async (request) => {
      const expectedVersion = requireIfMatch(request);
      const { user } = requireAuth(request);
      const now = deps.now();
      const today = osloDate(now);
      const { participantId, jobId } = request.params;
      return withParticipant(db, request, participantId, async (trx) => {
        const job = await findJob(trx, participantId, jobId);
        if (!job) throw new AppError('not_found');
        if (job.version !== expectedVersion) throw new AppError('precondition_failed');
        if (job.endDate !== null) {
          throw new AppError('validation_failed', {
            errors: [{ path: 'endDate', code: 'already_ended', message: 'This job has already ended' }],
          });
        }
        const problems = jobProblems({ ...job, endDate: request.body.endDate }, today);
        if (problems.length > 0) {
          throw new AppError('validation_failed', {
            errors: problems.map((p) => ({
              path: p.field,
              code: p.code,
              message: JOB_PROBLEM_MESSAGES[p.code] ?? p.code,
            })),
          });
        }
        const saved = await endJobIfVersion(trx, {
          jobId,
          expectedVersion,
          endDate: request.body.endDate,
          endReason: request.body.reason,
          endNote: request.body.note,
        });
        if (!saved) throw new AppError('precondition_failed');
        await appendChange(trx, {
          participantId,
          entity: 'job',
          action: 'end',
          before: { id: jobId, endDate: null },
          after: { id: jobId, endDate: request.body.endDate, reason: request.body.reason },
          changedBy: user.id,
          at: now,
        });
        const stillWorking = (await listJobs(trx, participantId)).some((j) => j.endDate === null);
        if (!stillWorking) {
          await movePhase(trx, {
            participantId,
            phase: 'job_search',
            date: request.body.endDate,
            unless: ['paused', 'ended', 'education'],
            by: user.id,
            at: now,
          });
        }
        return overview(trx, participantId, today);
      });
    },
  );

  app.post(
    '/api/participants/:participantId/education',
    {
      config: write('education.create'),
      schema: {
        tags: ['work'],
        summary: 'Record an education enrolment; the participant moves to "in education" once it has started',
        params: participantParams,
        body: educationBody,
        response: { 201: workAndSupportSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { user } = requireAuth(request);
      const now = deps.now();
      const today = osloDate(now);
      const body = request.body;
      if (body.endDate && daysBetween(body.startDate, body.endDate) < 0) {
        throw new AppError('validation_failed', {
          errors: [
            { path: 'endDate', code: 'end_before_start', message: 'The end cannot be before the start' },
          ],
        });
      }
      const participantId = request.params.participantId;
      const result = await withParticipant(db, request, participantId, async (trx) => {
        const id = await insertEducation(trx, {
          participantId,
          institution: body.institution,
          programme: body.programme,
          startDate: body.startDate,
          endDate: body.endDate ?? null,
          completed: body.completed ?? null,
          createdBy: user.id,
          at: now,
        });
        await appendChange(trx, {
          participantId,
          entity: 'education',
          action: 'create',
          before: null,
          after: { id, institution: body.institution, programme: body.programme, startDate: body.startDate },
          changedBy: user.id,
          at: now,
        });
        if (daysBetween(body.startDate, today) >= 0 && !body.endDate) {
          await movePhase(trx, {
            participantId,
            phase: 'education',
            date: body.startDate,
            unless: ['working', 'follow_along'],
            by: user.id,
            at: now,
          });
        }
        return overview(trx, participantId, today);
      });
      return reply.code(201).send(result);
    },
  );

  app.post(
    '/api/participants/:participantId/support-contacts',
    {
      config: write('support_contact.create'),
      schema: {
        tags: ['work'],
        summary: 'Record a follow-along support contact (with the jobseeker, the employer or the team)',
        params: participantParams,
        body: supportContactBody,
        response: { 201: workAndSupportSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { user } = requireAuth(request);
      const now = deps.now();
      const today = osloDate(now);
      const body = request.body;
      if (daysBetween(today, body.date) > 0) {
        throw new AppError('validation_failed', {
          errors: [{ path: 'date', code: 'date_in_future', message: 'The date cannot be in the future' }],
        });
      }
      const participantId = request.params.participantId;
      const result = await withParticipant(db, request, participantId, async (trx) => {
        if (body.jobId && !(await findJob(trx, participantId, body.jobId))) {
          throw new AppError('validation_failed', {
            errors: [{ path: 'jobId', code: 'unknown_job', message: 'No such job for this participant' }],
          });
        }
        await insertSupportContact(trx, {
          participantId,
          jobId: body.jobId ?? null,
          date: body.date,
          withWhom: body.withWhom,
          faceToFace: body.faceToFace,
          setting: body.setting,
          note: body.note,
          recordedBy: user.id,
          at: now,
        });
        return overview(trx, participantId, today);
      });
      return reply.code(201).send(result);
    },
  );
}
