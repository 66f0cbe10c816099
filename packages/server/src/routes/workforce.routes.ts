import {
  supervisionNoteBody,
  supervisionNoteSchema,
  supervisionNotesSchema,
  uuid,
  workforceQuery,
  workforceSchema,
} from '@ips-bridge/contracts';
import {
  activeCaseloadsOn,
  appendAudit,
  type Db,
  type DbOrTrx,
  findOrganisation,
  findSupervisionNote,
  findUserById,
  insertSupervisionNote,
  listOngoingJobsOfSpecialists,
  listSupervisionNotes,
  listTeamSpecialists,
  type SupervisionNoteRecord,
  specialistActivity,
  updateSupervisionNoteIfVersion,
} from '@ips-bridge/db';
import {
  CASELOAD_TARGET,
  COMMUNITY_TIME_TARGET_PERCENT,
  caseloadCountDays,
  communitySharePercent,
  FALLING_BEHIND_OVERDUE_THRESHOLD,
  followAlongStatus,
  meetingsPerWeek,
  osloDate,
  workforceFlags,
} from '@ips-bridge/domain';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { App } from '../app-types.ts';
import type { AuthContext } from '../auth/sessions.ts';
import { requireAuth } from '../http/access.ts';
import { etagOf, requireIfMatch } from '../http/concurrency.ts';
import { AppError } from '../http/errors.ts';
import { problemResponses } from '../http/schemas.ts';

/**
 * The supervisors' workforce view and supervision notes (issue 7 item 4, docs/workforce.md).
 * - The view: the team's IPS supervisor (their own team only) and administrators (any team, named); figures about
 *   staff, aggregates of participants (counts), never a participant. Read is audited.
 * - Supervision notes: the supervisor of the specialist's team writes and edits them; the specialist reads the notes
 *   about themselves; nobody else. Notes are about the specialist's work, not participant data. Audited.
 */
const VIEW_ACCESS = {
  access: { kind: 'authenticated', roles: ['ips_supervisor', 'administrator'] },
} as const;
const NOTE_READERS = {
  access: { kind: 'authenticated', roles: ['ips_supervisor', 'employment_specialist'] },
} as const;
const NOTE_WRITERS = { access: { kind: 'authenticated', roles: ['ips_supervisor'] } } as const;
const specialistParams = z.strictObject({ specialistId: uuid });
const noteParams = z.strictObject({ noteId: uuid });

async function audit(
  trx: DbOrTrx,
  request: FastifyRequest,
  auth: AuthContext,
  action: string,
): Promise<void> {
  await appendAudit(trx, [
    {
      actorUserId: auth.user.id,
      actorRole: auth.user.role,
      action,
      participantId: null,
      outcome: 'allowed',
      reason: null,
      requestId: request.id,
    },
  ]);
}

/** The team whose view the caller asks for: a supervisor their own; an administrator the one they name. */
function viewedTeam(auth: AuthContext, teamId: string | undefined): string {
  if (auth.user.role === 'administrator') {
    if (!teamId)
      throw new AppError('validation_failed', {
        errors: [{ path: 'teamId', code: 'unknown_organisation', message: 'Name the IPS team' }],
      });
    return teamId;
  }
  const own = auth.user.team?.id;
  if (!own || (teamId !== undefined && teamId !== own))
    throw new AppError('forbidden', { detail: 'Only the team’s own supervisor sees its workforce view' });
  return own;
}

function noteView(n: SupervisionNoteRecord) {
  return {
    id: n.id,
    specialistId: n.specialistId,
    author: n.author,
    date: n.date,
    text: n.text,
    version: n.version,
    createdAt: n.createdAt.toISOString(),
    updatedAt: n.updatedAt.toISOString(),
  };
}

/** The specialist the notes are about, and whether the caller writes (their supervisor) or reads (themselves). */
async function noteAccess(db: DbOrTrx, auth: AuthContext, specialistId: string) {
  const specialist = await findUserById(db, specialistId);
  if (specialist?.role !== 'employment_specialist') throw new AppError('not_found');
  const teamId = specialist.team?.id ?? null;
  const supervises = auth.user.role === 'ips_supervisor' && teamId !== null && auth.user.team?.id === teamId;
  if (!supervises && auth.user.id !== specialist.id) throw new AppError('forbidden');
  return { specialist, teamId, supervises };
}

function refuseFutureDate(date: string, today: string): void {
  if (date > today)
    throw new AppError('validation_failed', {
      errors: [{ path: 'date', code: 'date_in_future', message: 'The date cannot be in the future' }],
    });
}

export function registerWorkforceRoutes(app: App, deps: { db: Db; now: () => Date }): void {
  const { db } = deps;

  app.get(
    '/api/team/workforce',
    {
      config: VIEW_ACCESS,
      schema: {
        tags: ['workforce'],
        summary:
          'The workforce view: per employment specialist of the team, the active caseload now and per month, ' +
          'overdue follow-along contacts, meetings per week, share of time in the community, and flags (over 20 ' +
          'active, falling behind, community time under 65 %). Supervisors of the team and administrators.',
        querystring: workforceQuery,
        response: { 200: workforceSchema, ...problemResponses },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const { from, to } = request.query;
      const teamId = viewedTeam(auth, request.query.teamId);
      const now = deps.now();
      const today = osloDate(now);
      const period = { from, to };
      return db.transaction().execute(async (trx) => {
        const team = await findOrganisation(trx, teamId);
        if (team?.kind !== 'ips_team') throw new AppError('not_found');
        const specialists = await listTeamSpecialists(trx, teamId);
        const ids = specialists.map((s) => s.id);
        // One connection per transaction: the queries run one after the other.
        const activeNow = await activeCaseloadsOn(trx, teamId, ids, today);
        const months: Array<{ month: string; date: string; counts: Map<string, number> }> = [];
        for (const { month, date } of caseloadCountDays(period))
          months.push({ month, date, counts: await activeCaseloadsOn(trx, teamId, ids, date) });
        const jobs = await listOngoingJobsOfSpecialists(trx, teamId, ids);
        const activity = await specialistActivity(trx, ids, period, now);
        await audit(trx, request, auth, 'workforce.read');
        return {
          team: { id: team.id, name: team.name },
          from,
          to,
          today,
          thresholds: {
            caseload: CASELOAD_TARGET,
            overdueFollowUps: FALLING_BEHIND_OVERDUE_THRESHOLD,
            communityTimePercent: COMMUNITY_TIME_TARGET_PERCENT,
          },
          specialists: specialists.map((s) => {
            const a = activity.get(s.id);
            const overdue = jobs.filter(
              (j) => j.specialistId === s.id && followAlongStatus(j.startDate, j.contactDates, today).overdue,
            ).length;
            const community = a?.communityHours ?? 0;
            const office = a?.officeHours ?? 0;
            const percent = communitySharePercent(community, office);
            const active = activeNow.get(s.id) ?? 0;
            const meetings = {
              treatmentTeam: a?.treatmentTeamMeetings ?? 0,
              nav: a?.navMeetings ?? 0,
              collaboration: a?.collaborationMeetings ?? 0,
            };
            return {
              id: s.id,
              displayName: s.displayName,
              activeNow: active,
              caseloadByMonth: months.map((m) => ({
                month: m.month,
                date: m.date,
                active: m.counts.get(s.id) ?? 0,
              })),
              overdueFollowUps: overdue,
              meetings: {
                ...meetings,
                perWeek: meetingsPerWeek(
                  meetings.treatmentTeam + meetings.nav + meetings.collaboration,
                  period,
                ),
              },
              communityTime: {
                percent,
                communityHours: Math.round(community * 10) / 10,
                officeHours: Math.round(office * 10) / 10,
                weeksRecorded: a?.weeksRecorded ?? 0,
              },
              flags: workforceFlags({
                activeNow: active,
                overdueFollowUps: overdue,
                communitySharePercent: percent,
              }),
            };
          }),
        };
      });
    },
  );

  app.get(
    '/api/team/specialists/:specialistId/supervision-notes',
    {
      config: NOTE_READERS,
      schema: {
        tags: ['workforce'],
        summary:
          "Supervision notes about an employment specialist: their team's supervisor reads and writes them, the " +
          'specialist reads the notes about themselves',
        params: specialistParams,
        response: { 200: supervisionNotesSchema, ...problemResponses },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      return db.transaction().execute(async (trx) => {
        const { specialist, supervises } = await noteAccess(trx, auth, request.params.specialistId);
        const notes = await listSupervisionNotes(trx, specialist.id);
        await audit(trx, request, auth, 'supervision_note.read');
        return {
          specialist: { id: specialist.id, displayName: specialist.displayName },
          mayWrite: supervises,
          items: notes.map(noteView),
        };
      });
    },
  );

  app.post(
    '/api/team/specialists/:specialistId/supervision-notes',
    {
      config: NOTE_WRITERS,
      schema: {
        tags: ['workforce'],
        summary:
          'Write a dated supervision note about a specialist of your team (about their work; no names or other ' +
          'details of jobseekers). Accepts Idempotency-Key.',
        params: specialistParams,
        body: supervisionNoteBody,
        response: { 201: supervisionNoteSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      const now = deps.now();
      refuseFutureDate(request.body.date, osloDate(now));
      const note = await db.transaction().execute(async (trx) => {
        const { specialist, teamId, supervises } = await noteAccess(trx, auth, request.params.specialistId);
        if (!supervises || teamId === null)
          throw new AppError('forbidden', {
            detail: 'Only the specialist’s supervisor writes supervision notes',
          });
        const id = await insertSupervisionNote(trx, {
          specialistId: specialist.id,
          teamId,
          authorId: auth.user.id,
          date: request.body.date,
          text: request.body.text,
          at: now,
        });
        await audit(trx, request, auth, 'supervision_note.create');
        const saved = await findSupervisionNote(trx, id);
        if (!saved) throw new AppError('not_found');
        return saved;
      });
      reply.code(201).header('etag', etagOf(note.version));
      return noteView(note);
    },
  );

  app.put(
    '/api/supervision-notes/:noteId',
    {
      config: NOTE_WRITERS,
      schema: {
        tags: ['workforce'],
        summary:
          'Change a supervision note (the supervisor of the team it was written in); If-Match its ETag',
        params: noteParams,
        body: supervisionNoteBody,
        response: { 200: supervisionNoteSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      const now = deps.now();
      const expected = requireIfMatch(request);
      refuseFutureDate(request.body.date, osloDate(now));
      const note = await db.transaction().execute(async (trx) => {
        const existing = await findSupervisionNote(trx, request.params.noteId);
        if (!existing) throw new AppError('not_found');
        // The same rule as for reading and writing: the supervisor of the specialist's team (now).
        const { supervises } = await noteAccess(trx, auth, existing.specialistId);
        if (!supervises) throw new AppError('forbidden');
        const updated = await updateSupervisionNoteIfVersion(trx, existing.id, expected, {
          date: request.body.date,
          text: request.body.text,
          at: now,
        });
        if (!updated) throw new AppError('precondition_failed');
        await audit(trx, request, auth, 'supervision_note.update');
        const saved = await findSupervisionNote(trx, existing.id);
        if (!saved) throw new AppError('not_found');
        return saved;
      });
      reply.header('etag', etagOf(note.version));
      return noteView(note);
    },
  );
}
