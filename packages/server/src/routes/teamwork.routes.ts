import {
  myTeamMeetingsSchema,
  startPageSchema,
  teamIntegrationSchema,
  teamMeetingBody,
} from '@ips-bridge/contracts';
import {
  appendAudit,
  type Db,
  type DbOrTrx,
  findAccessFactsMany,
  findConsentFactsMany,
  findStartPageVisit,
  insertTeamMeeting,
  listCareTeamParticipants,
  listOpenActionsOwnedBy,
  listOpenNavQuestions,
  listPhaseChangesSince,
  listTeamMeetings,
  listTeamSpecialists,
  listTherapistNotesSince,
  listUpcomingMeetingsForParty,
  type OpenNavQuestionRow,
  saveStartPageVisit,
  type TeamMeetingRecord,
  unreadMessageCounts,
} from '@ips-bridge/db';
import {
  actionDaysOverdue,
  INFORMATION_CATEGORIES,
  type InformationCategory,
  integrationRhythm,
  NAV_MEETING_EXPECTATION,
  openQuestionWait,
  osloDate,
  type Role,
  readableCategories,
  recentPeriods,
  TREATMENT_TEAM_EXPECTATION,
} from '@ips-bridge/domain';
import { z } from 'zod';
import type { App } from '../app-types.ts';
import { requireAuth } from '../http/access.ts';
import { AppError } from '../http/errors.ts';
import { permittedParticipants } from '../http/participant-access.ts';
import { problemResponses } from '../http/schemas.ts';

/** The rhythm kept: the last 4 weeks against weekly treatment-team meetings, the last 3 months against monthly NAV. */
function rhythmView(meetings: readonly TeamMeetingRecord[], today: string) {
  const periods = recentPeriods(today);
  const weekly = integrationRhythm(meetings, periods.weeks.from, periods.weeks.to);
  const monthly = integrationRhythm(meetings, periods.months.from, periods.months.to);
  return {
    treatmentTeam: {
      from: weekly.from,
      to: weekly.to,
      ...weekly.treatmentTeam,
      fidelityItem: TREATMENT_TEAM_EXPECTATION.fidelityItem,
    },
    nav: {
      from: monthly.from,
      to: monthly.to,
      ...monthly.nav,
      fidelityItem: NAV_MEETING_EXPECTATION.fidelityItem,
    },
  };
}

/** The earliest day any figure shown looks at. */
function earliestShown(today: string): string {
  const periods = recentPeriods(today);
  return periods.weeks.from < periods.months.from ? periods.weeks.from : periods.months.from;
}

async function myMeetings(db: DbOrTrx, userId: string, today: string) {
  const meetings = await listTeamMeetings(db, [userId], earliestShown(today));
  return {
    items: meetings.map(({ specialistId: _s, createdAt, ...m }) => ({
      ...m,
      createdAt: createdAt.toISOString(),
    })),
    rhythm: rhythmView(meetings, today),
  };
}

/** "New" before a first visit to the start page: the last two weeks. */
const FIRST_VISIT_LOOKBACK_MS = 14 * 24 * 60 * 60 * 1000;

/** Who gets the focused start page: the occasional users who work in many other systems. */
const START_PAGE_ROLES: readonly Role[] = ['nav_counsellor', 'therapist'];

export function registerTeamworkRoutes(app: App, deps: { db: Db; now: () => Date }): void {
  const { db } = deps;
  const SPECIALISTS = { access: { kind: 'authenticated', roles: ['employment_specialist'] } } as const;

  app.get(
    '/api/me/team-meetings',
    {
      config: SPECIALISTS,
      schema: {
        tags: ['workforce'],
        summary:
          'My treatment-team and NAV meetings, and the rhythm kept against the IPS expectations (fidelity O2: ' +
          'treatment-team meeting weekly; O3: NAV meeting at least monthly)',
        response: { 200: myTeamMeetingsSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { user } = requireAuth(request);
      return myMeetings(db, user.id, osloDate(deps.now()));
    },
  );

  app.post(
    '/api/me/team-meetings',
    {
      config: SPECIALISTS,
      schema: {
        tags: ['workforce'],
        summary:
          'Record a treatment-team meeting (attended or not, how many participants were discussed) or a meeting ' +
          'with NAV; team-level, without personal data',
        body: teamMeetingBody,
        response: { 201: myTeamMeetingsSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { user } = requireAuth(request);
      const now = deps.now();
      const today = osloDate(now);
      const body = request.body;
      if (body.date > today) {
        throw new AppError('validation_failed', {
          errors: [{ path: 'date', code: 'date_in_future', message: 'The date cannot be in the future' }],
        });
      }
      const result = await db.transaction().execute(async (trx) => {
        await insertTeamMeeting(trx, {
          specialistId: user.id,
          kind: body.kind,
          date: body.date,
          counterpart: body.counterpart,
          attended: body.kind === 'nav' ? true : body.attended,
          participantsDiscussed: body.kind === 'nav' ? null : (body.participantsDiscussed ?? null),
          note: body.note,
          at: now,
        });
        return myMeetings(trx, user.id, today);
      });
      reply.code(201);
      return result;
    },
  );

  app.get(
    '/api/team/team-meetings',
    {
      config: { access: { kind: 'authenticated', roles: ['ips_supervisor'] } },
      schema: {
        tags: ['workforce'],
        summary: "The supervisor's team: each specialist's treatment-team and NAV meeting rhythm",
        response: { 200: teamIntegrationSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { user } = requireAuth(request);
      const teamId = user.team?.id;
      if (!teamId) return { specialists: [] };
      const today = osloDate(deps.now());
      return db.transaction().execute(async (trx) => {
        const specialists = await listTeamSpecialists(trx, teamId);
        const meetings = await listTeamMeetings(
          trx,
          specialists.map((s) => s.id),
          earliestShown(today),
        );
        return {
          specialists: specialists.map((s) => {
            const own = meetings.filter((m) => m.specialistId === s.id);
            const last = (kind: TeamMeetingRecord['kind']) =>
              own.find((m) => m.kind === kind && m.attended)?.date ?? null;
            return {
              id: s.id,
              displayName: s.displayName,
              rhythm: rhythmView(own, today),
              lastTreatmentTeamMeeting: last('treatment_team'),
              lastNavMeeting: last('nav'),
            };
          }),
        };
      });
    },
  );

  app.get(
    '/api/me/start',
    {
      config: { access: { kind: 'authenticated', roles: START_PAGE_ROLES } },
      schema: {
        tags: ['start'],
        summary:
          'The focused start page for NAV counsellors and therapists: the participants they share, what is new since ' +
          'the last visit (unread messages, phase changes, notes they may read), and what each jobseeker shares ' +
          'with them',
        response: { 200: startPageSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { user } = requireAuth(request);
      const actor = { userId: user.id, role: user.role, teamId: user.team?.id ?? null };
      const now = deps.now();
      const at = { today: osloDate(now), now: now.toISOString() };
      return db.transaction().execute(async (trx) => {
        // One connection per transaction: its queries run one after the other.
        const lastVisit = await findStartPageVisit(trx, user.id);
        const since = lastVisit ?? new Date(now.getTime() - FIRST_VISIT_LOOKBACK_MS);
        const candidates = await listCareTeamParticipants(trx, user.id);
        const allowed = await permittedParticipants(
          trx,
          actor,
          candidates.map((c) => c.id),
          'read',
          'contact_and_plan',
          now,
        );
        const visible = candidates.filter((c) => allowed.has(c.id));
        const ids = visible.map((c) => c.id);
        await appendAudit(
          trx,
          visible.map((c) => ({
            actorUserId: user.id,
            actorRole: user.role,
            action: 'start_page.read',
            participantId: c.id,
            outcome: 'allowed' as const,
            reason: null,
            requestId: request.id,
          })),
        );
        const facts = await findAccessFactsMany(trx, ids);
        const consents = await findConsentFactsMany(trx, ids, now);
        const unread = await unreadMessageCounts(trx, user.id, ids);
        const phaseChanges = await listPhaseChangesSince(trx, ids, since);
        const notes = await listTherapistNotesSince(trx, ids, user.id, since);
        const meetings = await listUpcomingMeetingsForParty(trx, user.id, now);
        const actions = await listOpenActionsOwnedBy(trx, user.id);
        // Questions for NAV wait for the NAV counsellor; a therapist has no questions addressed to them in the app.
        const questions =
          user.role === 'nav_counsellor'
            ? await listOpenNavQuestions(trx, ids)
            : ([] as OpenNavQuestionRow[]);
        const readableOf = new Map(
          visible.map((c) => {
            const f = facts.get(c.id);
            const consent = consents.get(c.id);
            const readable: Set<InformationCategory> =
              f && consent ? readableCategories(actor, f, consent, at) : new Set();
            return [c.id, readable] as const;
          }),
        );
        // Meetings and their actions only where the jobseeker shares the meeting minutes with the caller.
        const seesMeetings = (participantId: string) =>
          readableOf.get(participantId)?.has('meeting_minutes') ?? false;
        const nameOf = new Map(visible.map((c) => [c.id, `${c.givenName} ${c.familyName}`]));
        return {
          since: since.toISOString(),
          firstVisit: lastVisit === null,
          participants: visible.map((c) => {
            const readable = readableOf.get(c.id) ?? new Set<InformationCategory>();
            const messages = unread.get(c.id);
            return {
              ...c,
              unreadMessages: messages?.unread ?? 0,
              latestUnreadAt: messages ? messages.latestAt.toISOString() : null,
              phaseChanges: phaseChanges
                .filter((p) => p.participantId === c.id)
                .map((p) => ({ phase: p.phase, startedOn: p.startedOn })),
              newNotes: notes.filter(
                (n) => n.participantId === c.id && readable.has(n.category as InformationCategory),
              ).length,
              sharedCategories: INFORMATION_CATEGORIES.filter((category) => readable.has(category)),
            };
          }),
          meetings: meetings
            .filter((m) => seesMeetings(m.participantId))
            .map((m) => ({
              id: m.meetingId,
              participantId: m.participantId,
              participantName: nameOf.get(m.participantId) ?? '',
              startsAt: m.startsAt.toISOString(),
              needsPreparation: !m.answered,
            })),
          actions: actions
            .filter((a) => seesMeetings(a.participantId))
            .map((a) => ({
              id: a.id,
              participantId: a.participantId,
              participantName: nameOf.get(a.participantId) ?? '',
              text: a.text,
              dueDate: a.deadline,
              daysOverdue: actionDaysOverdue({ deadline: a.deadline, doneOn: a.doneOn }, at.today),
            })),
          // Only where the jobseeker shares their benefit situation with the caller.
          questions: questions
            .filter((q) => readableOf.get(q.participantId)?.has('benefits') ?? false)
            .map((q) => {
              const wait = openQuestionWait(q.askedAt, now);
              return {
                id: q.id,
                participantId: q.participantId,
                participantName: nameOf.get(q.participantId) ?? '',
                question: q.question,
                askedAt: q.askedAt.toISOString(),
                hoursWaiting: wait.hours,
                overdue: wait.overdue,
              };
            }),
        };
      });
    },
  );

  app.post(
    '/api/me/start/visit',
    {
      config: { access: { kind: 'authenticated', roles: START_PAGE_ROLES } },
      schema: {
        tags: ['start'],
        summary:
          'Remember that the caller has seen their start page now: "new" is measured from here next time',
        response: { 204: z.null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      const { user } = requireAuth(request);
      await saveStartPageVisit(db, user.id, deps.now());
      return reply.code(204).send(null);
    },
  );
}
