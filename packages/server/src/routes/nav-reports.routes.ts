import {
  createNavReportBody,
  jobseekerResponseBody,
  navReportSchema,
  participantParams,
  updateNavReportBody,
  uuid,
} from '@ips-bridge/contracts';
import {
  appendChange,
  type Db,
  type DbOrTrx,
  findNavReport,
  findParticipant,
  insertNavReport,
  listJobs,
  listNavReports,
  listPhaseHistory,
  listPlan,
  listSupportContacts,
  type NavReportRecord,
  updateNavReportIfVersion,
} from '@ips-bridge/db';
import {
  type NavReportFacts,
  navReportFacts,
  navReportPeriodProblems,
  osloDate,
  STAFF_ROLES,
} from '@ips-bridge/domain';
import { z } from 'zod';
import type { App } from '../app-types.ts';
import type { ArchiveSender } from '../archive/archive-sender.ts';
import { navReportHtml } from '../archive/nav-report-html.ts';
import { requireAuth } from '../http/access.ts';
import { requireIfMatch } from '../http/concurrency.ts';
import { AppError } from '../http/errors.ts';
import { withParticipant } from '../http/participant-access.ts';
import { problemResponses } from '../http/schemas.ts';

const PERIOD_MESSAGES: Record<string, string> = {
  period_reversed: 'The period ends before it starts',
  date_in_future: 'The period cannot end in the future',
  period_too_long: 'A report covers at most a year',
};

function toResponse(r: NavReportRecord) {
  return {
    ...r,
    facts: navReportSchema.shape.facts.parse(r.facts),
    jobseekerSeenAt: r.jobseekerSeenAt?.toISOString() ?? null,
    sentAt: r.sentAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
  };
}

async function employerContactsOf(trx: DbOrTrx, participantId: string) {
  const rows = await trx
    .selectFrom('employer_contact as c')
    .innerJoin('employer_contact_participant as l', 'l.contact_id', 'c.id')
    .innerJoin('employer as e', 'e.id', 'c.employer_id')
    .select(['c.contact_date', 'c.face_to_face', 'e.name'])
    .where('l.participant_id', '=', participantId)
    .execute();
  return rows.map((r) => ({ date: r.contact_date, employerName: r.name, faceToFace: r.face_to_face }));
}

async function gatherFacts(
  trx: DbOrTrx,
  participantId: string,
  from: string,
  to: string,
): Promise<NavReportFacts> {
  // One connection per transaction: its queries run one after the other.
  const phases = await listPhaseHistory(trx, participantId);
  const goals = await listPlan(trx, participantId);
  const employerContacts = await employerContactsOf(trx, participantId);
  const jobs = await listJobs(trx, participantId);
  const supportContacts = await listSupportContacts(trx, participantId);
  return navReportFacts({ phases, goals, employerContacts, jobs, supportContacts }, from, to);
}

export function registerNavReportRoutes(
  app: App,
  deps: { db: Db; now: () => Date; archive: ArchiveSender },
): void {
  const { db } = deps;
  const staffWrite = (audit: string) =>
    ({
      access: {
        kind: 'participant',
        category: 'contact_and_plan',
        action: 'write',
        audit,
        roles: STAFF_ROLES,
      },
    }) as const;
  const reportParams = participantParams.extend({ reportId: uuid });

  /** Loads a report in the transaction, checks its version and status, or answers 404 / 412 / 409. */
  async function loadForChange(
    trx: DbOrTrx,
    participantId: string,
    reportId: string,
    version: number,
    allowed: readonly string[],
  ) {
    const report = await findNavReport(trx, participantId, reportId);
    if (!report) throw new AppError('not_found');
    if (report.version !== version) throw new AppError('precondition_failed');
    if (!allowed.includes(report.status)) {
      throw new AppError('conflict', {
        detail: `The report is ${report.status.replaceAll('_', ' ')}; that step is not possible now`,
      });
    }
    return report;
  }

  app.get(
    '/api/participants/:participantId/nav-reports',
    {
      config: {
        access: {
          kind: 'participant',
          category: 'contact_and_plan',
          action: 'read',
          audit: 'nav_report.read',
          roles: 'all',
        },
      },
      schema: {
        tags: ['reports'],
        summary: 'Interval and end reports to NAV for the participant, newest first',
        params: participantParams,
        response: { 200: z.object({ items: z.array(navReportSchema) }), ...problemResponses },
      },
    },
    async (request) => {
      const { user } = requireAuth(request);
      const reports = await withParticipant(db, request, request.params.participantId, (trx) =>
        listNavReports(trx, request.params.participantId),
      );
      // The jobseeker sees a report once it is shared with them, not while the specialist is still drafting it.
      const visible = user.role === 'jobseeker' ? reports.filter((r) => r.status !== 'draft') : reports;
      return { items: visible.map(toResponse) };
    },
  );

  app.post(
    '/api/participants/:participantId/nav-reports',
    {
      config: staffWrite('nav_report.create'),
      schema: {
        tags: ['reports'],
        summary: 'Draft a report to NAV for a period, generated from the journey records',
        params: participantParams,
        body: createNavReportBody,
        response: { 201: navReportSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { user } = requireAuth(request);
      const now = deps.now();
      const { kind, periodFrom, periodTo } = request.body;
      const problems = navReportPeriodProblems(periodFrom, periodTo, osloDate(now));
      if (problems.length > 0) {
        throw new AppError('validation_failed', {
          errors: problems.map((p) => ({
            path: p.field,
            code: p.code,
            message: PERIOD_MESSAGES[p.code] ?? p.code,
          })),
        });
      }
      const participantId = request.params.participantId;
      const report = await withParticipant(db, request, participantId, async (trx) => {
        const facts = await gatherFacts(trx, participantId, periodFrom, periodTo);
        const id = await insertNavReport(trx, {
          participantId,
          kind,
          periodFrom,
          periodTo,
          facts,
          createdBy: user.id,
          at: now,
        });
        return findNavReport(trx, participantId, id);
      });
      if (!report) throw new Error('created report not found');
      return reply.code(201).send(toResponse(report));
    },
  );

  app.put(
    '/api/participants/:participantId/nav-reports/:reportId',
    {
      config: staffWrite('nav_report.update'),
      schema: {
        tags: ['reports'],
        summary:
          "Edit the report's text (If-Match). Editing a shared report asks the jobseeker to read it again.",
        params: reportParams,
        body: updateNavReportBody,
        response: { 200: navReportSchema, ...problemResponses },
      },
    },
    async (request) => {
      const version = requireIfMatch(request);
      const { participantId, reportId } = request.params;
      const report = await withParticipant(db, request, participantId, async (trx) => {
        const current = await loadForChange(trx, participantId, reportId, version, [
          'draft',
          'with_jobseeker',
          'ready',
        ]);
        const saved = await updateNavReportIfVersion(trx, reportId, version, {
          summary_text: request.body.summaryText,
          next_steps_text: request.body.nextStepsText,
          ...(current.status === 'draft' ? {} : { status: 'with_jobseeker' as const }),
        });
        if (!saved) throw new AppError('precondition_failed');
        return findNavReport(trx, participantId, reportId);
      });
      if (!report) throw new AppError('not_found');
      return toResponse(report);
    },
  );

  app.post(
    '/api/participants/:participantId/nav-reports/:reportId/share',
    {
      config: staffWrite('nav_report.share'),
      schema: {
        tags: ['reports'],
        summary: 'Give the draft to the jobseeker to read and comment on before it is sent (If-Match)',
        params: reportParams,
        response: { 200: navReportSchema, ...problemResponses },
      },
    },
    async (request) => {
      const version = requireIfMatch(request);
      const { participantId, reportId } = request.params;
      const report = await withParticipant(db, request, participantId, async (trx) => {
        await loadForChange(trx, participantId, reportId, version, ['draft']);
        if (!(await updateNavReportIfVersion(trx, reportId, version, { status: 'with_jobseeker' }))) {
          throw new AppError('precondition_failed');
        }
        return findNavReport(trx, participantId, reportId);
      });
      if (!report) throw new AppError('not_found');
      return toResponse(report);
    },
  );

  app.post(
    '/api/participants/:participantId/nav-reports/:reportId/jobseeker-response',
    {
      config: {
        access: {
          kind: 'participant',
          category: 'contact_and_plan',
          action: 'contribute',
          audit: 'nav_report.jobseeker_response',
          roles: ['jobseeker'],
        },
      },
      schema: {
        tags: ['reports'],
        summary: 'The jobseeker has read the report, with an optional comment that goes with it (If-Match)',
        params: reportParams,
        body: jobseekerResponseBody,
        response: { 200: navReportSchema, ...problemResponses },
      },
    },
    async (request) => {
      const version = requireIfMatch(request);
      const now = deps.now();
      const { participantId, reportId } = request.params;
      const report = await withParticipant(db, request, participantId, async (trx) => {
        await loadForChange(trx, participantId, reportId, version, ['with_jobseeker', 'ready']);
        const saved = await updateNavReportIfVersion(trx, reportId, version, {
          jobseeker_comment: request.body.comment || null,
          jobseeker_seen_at: now,
          status: 'ready',
        });
        if (!saved) throw new AppError('precondition_failed');
        return findNavReport(trx, participantId, reportId);
      });
      if (!report) throw new AppError('not_found');
      return toResponse(report);
    },
  );

  app.post(
    '/api/participants/:participantId/nav-reports/:reportId/send',
    {
      config: staffWrite('nav_report.send'),
      schema: {
        tags: ['reports'],
        summary: 'Send a report the jobseeker has read to the archive (If-Match); the reference is kept',
        params: reportParams,
        response: { 200: navReportSchema, ...problemResponses },
      },
    },
    async (request) => {
      const version = requireIfMatch(request);
      const { user } = requireAuth(request);
      const now = deps.now();
      const { participantId, reportId } = request.params;
      const report = await withParticipant(db, request, participantId, async (trx) => {
        const current = await loadForChange(trx, participantId, reportId, version, ['ready']);
        const participant = await findParticipant(trx, participantId);
        if (!participant) throw new AppError('not_found');
        const facts = current.facts as NavReportFacts;
        // Filed inside the transaction: if filing fails nothing is marked sent; if the commit fails after filing,
        // the archive holds a copy the record does not know of, which is the safer way round.
        const { reference } = await deps.archive.send(
          {
            kind: 'nav_report',
            title: `${current.kind} report ${current.periodFrom}–${current.periodTo}`,
            html: navReportHtml({
              participantName: `${participant.givenName} ${participant.familyName}`,
              kind: current.kind,
              facts,
              summaryText: current.summaryText,
              nextStepsText: current.nextStepsText,
              jobseekerComment: current.jobseekerComment,
              sentOn: osloDate(now),
            }),
            json: { participantId, nationalId: participant.nationalId, ...toResponse(current) },
          },
          now,
        );
        const saved = await updateNavReportIfVersion(trx, reportId, version, {
          status: 'sent',
          archive_reference: reference,
          sent_at: now,
          sent_by: user.id,
        });
        if (!saved) throw new AppError('precondition_failed');
        await appendChange(trx, {
          participantId,
          entity: 'nav_report',
          action: 'send',
          before: null,
          after: { id: reportId, reference },
          changedBy: user.id,
          at: now,
        });
        return findNavReport(trx, participantId, reportId);
      });
      if (!report) throw new AppError('not_found');
      return toResponse(report);
    },
  );
}
