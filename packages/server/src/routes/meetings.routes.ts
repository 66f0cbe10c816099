import {
  actionDoneBody,
  agendaItemBody,
  agendaOrderBody,
  expectationBody,
  financialResolutionBody,
  followUpBody,
  meetingActionBody,
  meetingActionParams,
  meetingActionSchema,
  meetingActionsSchema,
  meetingDetailSchema,
  meetingListSchema,
  meetingNavAnswerBody,
  meetingParams,
  meetingPlanBody,
  minuteBody,
  myMeetingWorkSchema,
  participantParams,
} from '@ips-bridge/contracts';
import {
  answerNavQuestion,
  appendAudit,
  appendChange,
  cancelMeeting,
  type Db,
  type DbOrTrx,
  findMeeting,
  findMeetingAction,
  findNavQuestion,
  insertAgendaItems,
  insertMeeting,
  insertMeetingAction,
  insertMinute,
  listAgenda,
  listConsentRecipients,
  listExpectations,
  listFollowUps,
  listMeetingActions,
  listMeetingNavAnswers,
  listMeetings,
  listMeetingsAwaitingExpectations,
  listMinutes,
  listNavQuestions,
  listOpenActionsOwnedBy,
  listParticipantMeetingActions,
  listParticipantNames,
  listScenarios,
  listUserNames,
  type MeetingActionRecord,
  type MeetingRecord,
  recordMeetingNavAnswer,
  resolveFinancialItem,
  saveExpectation,
  saveFollowUp,
  setAgendaOrder,
  setMeetingActionDone,
  setMinutesState,
  updateMeetingPlan,
} from '@ips-bridge/db';
import {
  actionDaysOverdue,
  actionIssues,
  buildAgenda,
  buildMeetingIcs,
  type EligibleParty,
  effectiveSharing,
  expectationReminderCandidates,
  expectationReminderKey,
  instantToOsloLocal,
  type MeetingIssue,
  type MeetingPartyRole,
  mayReadEntry,
  mayReadExpectation,
  meetingPlanIssues,
  nextMinutesState,
  osloDate,
  osloDateOf,
  osloLocalToInstant,
  type ROLES,
  recipientsWhoMaySee,
  THERAPIST_NOTE_CATEGORIES,
} from '@ips-bridge/domain';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { App } from '../app-types.ts';
import { requireAuth } from '../http/access.ts';
import { requireIfMatch, setEtag } from '../http/concurrency.ts';
import { AppError } from '../http/errors.ts';
import { type ParticipantScope, permittedParticipants, withParticipant } from '../http/participant-access.ts';
import { problemResponses } from '../http/schemas.ts';
import { notifyEvent } from '../notifications/notify.ts';

/**
 * Collaboration meetings (issue 5). Meetings are participant data in the consent category `meeting_minutes`: every
 * route goes through `withParticipant`, so a party whose consent is withdrawn or who is blocked loses access at once,
 * while what they wrote stays attributed to them. A therapist's minute entry in a health category is shown to each
 * reader only as far as the jobseeker's consent for that category reaches (the rule of therapist notes).
 */

const CARE_TEAM_STAFF = ['employment_specialist', 'nav_counsellor', 'therapist'] as const;

function invalid(issues: readonly MeetingIssue[]): AppError {
  return new AppError('validation_failed', {
    errors: issues.map((i) => ({ path: i.field, code: i.code, message: i.message })),
  });
}

function conflict(detail: string): AppError {
  return new AppError('conflict', { detail });
}

/** The jobseeker (if they have a login) and the care team: the only people a meeting can invite. */
async function eligibleParties(trx: DbOrTrx, scope: ParticipantScope, today: string) {
  const parties: EligibleParty[] = [];
  if (scope.facts.participantUserId)
    parties.push({ userId: scope.facts.participantUserId, role: 'jobseeker', sharesMeetings: true });
  // A care-team member the jobseeker does not share meeting minutes with (withdrawn, blocked) cannot be invited.
  for (const m of scope.facts.careTeam)
    parties.push({
      userId: m.userId,
      role: m.role,
      sharesMeetings:
        !scope.consent.blockedUserIds.includes(m.userId) &&
        effectiveSharing(scope.consent.records, m.userId, m.role, 'meeting_minutes', today).shared,
    });
  const names = await listUserNames(
    trx,
    parties.map((p) => p.userId),
  );
  return parties.map((p) => ({ ...p, id: p.userId, displayName: names.get(p.userId) ?? '' }));
}

async function loadMeeting(trx: DbOrTrx, participantId: string, meetingId: string): Promise<MeetingRecord> {
  const meeting = await findMeeting(trx, participantId, meetingId);
  if (!meeting) throw new AppError('not_found');
  return meeting;
}

function partyOf(meeting: MeetingRecord, userId: string) {
  return meeting.parties.find((p) => p.id === userId);
}

function requireParty(meeting: MeetingRecord, userId: string, what: string) {
  const party = partyOf(meeting, userId);
  if (!party) throw new AppError('forbidden', { detail: `Only the meeting's invited parties can ${what}` });
  return party;
}

function requireOrganiser(meeting: MeetingRecord, userId: string, what: string): void {
  if (meeting.organiser.id !== userId)
    throw new AppError('forbidden', { detail: `Only the meeting's organiser can ${what}` });
}

function requirePlanned(meeting: MeetingRecord): void {
  if (meeting.status === 'cancelled') throw conflict('The meeting is cancelled');
}

function toAction(a: MeetingActionRecord, today: string): z.input<typeof meetingActionSchema> {
  return {
    id: a.id,
    meetingId: a.meetingId,
    meetingStartsAt: a.meetingStartsAt.toISOString(),
    agendaItemId: a.agendaItemId,
    text: a.text,
    owner: a.owner,
    deadline: a.deadline,
    doneOn: a.doneOn,
    daysOverdue: actionDaysOverdue(a, today),
    version: a.version,
  };
}

function summaryOf(
  m: MeetingRecord,
  answered: { expectations: ReadonlySet<string>; followUps: ReadonlySet<string> },
) {
  return {
    id: m.id,
    startsAt: m.startsAt.toISOString(),
    endsAt: m.endsAt.toISOString(),
    startLocal: instantToOsloLocal(m.startsAt),
    endLocal: instantToOsloLocal(m.endsAt),
    place: m.place,
    videoLink: m.videoLink,
    purpose: m.purpose,
    status: m.status,
    organiser: m.organiser,
    parties: m.parties.map((p) => ({
      id: p.id,
      displayName: p.displayName,
      role: p.role,
      answeredExpectations: answered.expectations.has(p.id),
      answeredFollowUp: answered.followUps.has(p.id),
    })),
    minutesState: m.minutesState,
    minutesVersion: m.minutesVersion,
    minutesPublishedAt: m.minutesPublishedAt?.toISOString() ?? null,
    icsSequence: m.icsSequence,
    version: m.version,
  };
}

/** Everything about one meeting as `readerId` may see it. */
async function detailFor(
  trx: DbOrTrx,
  participantId: string,
  meetingId: string,
  readerId: string,
  scope: ParticipantScope,
  now: Date,
): Promise<z.input<typeof meetingDetailSchema>> {
  // One connection per transaction: its queries run one after the other.
  const meeting = await loadMeeting(trx, participantId, meetingId);
  const eligible = await eligibleParties(trx, scope, osloDate(now));
  const expectations = await listExpectations(trx, meetingId);
  const agenda = await listAgenda(trx, meetingId);
  const minutes = await listMinutes(trx, meetingId);
  const actions = await listMeetingActions(trx, meetingId);
  const followUps = await listFollowUps(trx, meetingId);
  const recipients = await listConsentRecipients(trx, participantId);
  const today = osloDate(now);
  const ownRecord = scope.basis === 'own-record';
  const partyById = new Map(meeting.parties.map((p) => [p.id, p]));
  const nameOf = (id: string) =>
    partyById.get(id)?.displayName ?? eligible.find((e) => e.id === id)?.displayName ?? '';
  const roleOf = (id: string): MeetingPartyRole =>
    partyById.get(id)?.role ?? eligible.find((e) => e.id === id)?.role ?? 'employment_specialist';

  // Draft minutes are seen by the jobseeker, the organiser and each entry's author; published minutes by every
  // reader of the meeting. Then each health-category entry only as far as consent for its category reaches.
  const seesDrafts = ownRecord || meeting.organiser.id === readerId;
  const reader = { userId: readerId, ownRecord, readable: scope.readable as ReadonlySet<string> };
  const inPhase = minutes.filter(
    (e) => meeting.minutesState === 'published' || seesDrafts || e.author.id === readerId,
  );
  const visibleMinutes = inPhase.filter((e) =>
    mayReadEntry({ category: e.category, authorId: e.author.id }, reader),
  );
  const sharedWith = (category: (typeof THERAPIST_NOTE_CATEGORIES)[number], authorId: string) =>
    recipientsWhoMaySee(recipients, scope.consent, category, today).filter((r) => r.userId !== authorId);

  let financial: z.input<typeof meetingDetailSchema>['financial'] = null;
  if (ownRecord || scope.readable.has('benefits')) {
    const scenarios = await listScenarios(trx, participantId);
    const questions = await listNavQuestions(trx, participantId);
    const answeredHere = new Set((await listMeetingNavAnswers(trx, meetingId)).map((a) => a.questionId));
    financial = {
      scenarios: scenarios.map((s) => ({ id: s.id, name: s.name, createdAt: s.createdAt.toISOString() })),
      questions: questions
        .filter((q) => q.answer === null || answeredHere.has(q.id))
        .map((q) => ({
          id: q.id,
          question: q.question,
          answer: q.answer,
          answeredOn: q.answeredOn,
          answeredBy: q.answeredBy,
          answeredInThisMeeting: answeredHere.has(q.id),
          version: q.version,
        })),
      resolution: meeting.financialResolution,
      resolvedAt: meeting.financialResolvedAt?.toISOString() ?? null,
      resolvedBy: meeting.financialResolvedBy,
    };
  }

  const answeredIds = new Set(expectations.map((e) => e.userId));
  return {
    meeting: summaryOf(meeting, {
      expectations: answeredIds,
      followUps: new Set(followUps.map((f) => f.userId)),
    }),
    eligibleInvitees: eligible
      .filter((e) => e.sharesMeetings)
      .map(({ id, displayName, role }) => ({ id, displayName, role })),
    expectations: expectations
      .filter((e) => mayReadExpectation(e, readerId, ownRecord))
      .map((e) => ({
        id: e.userId,
        displayName: nameOf(e.userId),
        role: roleOf(e.userId),
        need: e.need,
        contribution: e.contribution,
        visibleTo: e.visibleTo,
        answeredAt: e.answeredAt.toISOString(),
        updatedAt: e.updatedAt.toISOString(),
      })),
    waitingFor:
      meeting.status === 'planned' && meeting.startsAt > now
        ? meeting.parties
            // No reminder to someone who can no longer open the meeting.
            .filter((p) => !answeredIds.has(p.id) && eligible.some((e) => e.id === p.id && e.sharesMeetings))
            .map((p) => ({ id: p.id, displayName: p.displayName, role: p.role }))
        : [],
    agenda: agenda.map((i) => ({ id: i.id, kind: i.kind, title: i.title, sourceUserId: i.sourceUserId })),
    minutes: visibleMinutes.map((e) => ({
      id: e.id,
      agendaItemId: e.agendaItemId,
      author: e.author,
      kind: e.kind,
      text: e.text,
      category: e.category,
      minutesVersion: e.minutesVersion,
      replacesId: e.replacesId,
      replacedById: e.replacedById,
      createdAt: e.createdAt.toISOString(),
      sharedWith: e.category ? sharedWith(e.category, e.author.id) : null,
    })),
    hiddenEntries: inPhase.length - visibleMinutes.length,
    actions: actions.map((a) => toAction(a, today)),
    financial,
    followUps: followUps.map((f) => ({
      id: f.userId,
      displayName: nameOf(f.userId),
      role: roleOf(f.userId),
      answer: f.answer,
      why: f.why,
      answeredAt: f.answeredAt.toISOString(),
    })),
    sharingByCategory: THERAPIST_NOTE_CATEGORIES.map((category) => ({
      category,
      sharedWith: sharedWith(category, readerId),
    })),
  };
}

/** Tells the meeting's parties (those who may read meeting minutes now, not the one who acted) what happened. */
async function notifyParties(
  trx: DbOrTrx,
  scope: ParticipantScope,
  event: {
    kind: 'meeting_invitation' | 'meeting_changed' | 'meeting_cancelled';
    participantId: string;
    meetingId: string;
    parties: ReadonlyArray<{ userId: string; role: MeetingPartyRole }>;
    actorUserId: string;
    at: Date;
  },
): Promise<void> {
  if (event.parties.length === 0) return;
  await notifyEvent(trx, {
    kind: event.kind,
    participantId: event.participantId,
    subjectId: event.meetingId,
    actorUserId: event.actorUserId,
    candidates: event.parties,
    facts: scope.facts,
    consent: scope.consent,
    at: event.at,
  });
}

type PlanBody = z.output<typeof meetingPlanBody>;

/** The plan as instants and parties, or the field errors that make it invalid. */
function resolvePlan(body: PlanBody, eligible: ReadonlyArray<EligibleParty>, now: Date) {
  const start = osloLocalToInstant(`${body.date}T${body.startTime}`);
  const end = osloLocalToInstant(`${body.date}T${body.endTime}`);
  const issues: MeetingIssue[] = [];
  if (!start)
    issues.push({
      field: 'startTime',
      code: 'time_does_not_exist',
      message: 'That time does not exist in Norway',
    });
  if (!end)
    issues.push({
      field: 'endTime',
      code: 'time_does_not_exist',
      message: 'That time does not exist in Norway',
    });
  if (!start || !end) throw invalid(issues);
  const inviteeIds = [...new Set(body.inviteeIds)];
  issues.push(
    ...meetingPlanIssues(
      { start, end, place: body.place, videoLink: body.videoLink, inviteeIds },
      eligible,
      now,
    ).map((i) => (i.field === 'start' ? { ...i, field: 'date' } : i)),
  );
  if (issues.length > 0) throw invalid(issues);
  const parties = inviteeIds.map((id) => ({
    userId: id,
    role: eligible.find((e) => e.userId === id)?.role ?? 'employment_specialist',
  }));
  return { start, end, parties };
}

export function registerMeetingRoutes(app: App, deps: { db: Db; now: () => Date }): void {
  const { db } = deps;
  const access = (
    action: 'read' | 'write' | 'contribute',
    audit: string,
    roles: 'all' | readonly (typeof ROLES)[number][],
  ) => ({ access: { kind: 'participant', category: 'meeting_minutes', action, audit, roles } }) as const;
  const meetingPath = '/api/participants/:participantId/meetings/:meetingId';

  /** Runs a change to one meeting and answers with the meeting as the caller now sees it. */
  const change = async (
    request: FastifyRequest,
    params: { participantId: string; meetingId: string },
    work: (
      trx: DbOrTrx,
      meeting: MeetingRecord,
      scope: ParticipantScope,
      userId: string,
      now: Date,
    ) => Promise<void>,
  ) => {
    const { user } = requireAuth(request);
    const now = deps.now();
    const { participantId, meetingId } = params;
    return withParticipant(db, request, participantId, async (trx, scope) => {
      const meeting = await loadMeeting(trx, participantId, meetingId);
      await work(trx, meeting, scope, user.id, now);
      return detailFor(trx, participantId, meetingId, user.id, scope, now);
    });
  };

  app.get(
    '/api/participants/:participantId/meetings',
    {
      config: access('read', 'meeting.list', 'all'),
      schema: {
        tags: ['meetings'],
        summary: "The participant's collaboration meetings, newest first, and who can be invited",
        params: participantParams,
        response: { 200: meetingListSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { user } = requireAuth(request);
      const { participantId } = request.params;
      return withParticipant(db, request, participantId, async (trx, scope) => {
        const meetings = await listMeetings(trx, participantId);
        const eligible = await eligibleParties(trx, scope, osloDate(deps.now()));
        const items = [];
        for (const m of meetings) {
          const expectations = new Set((await listExpectations(trx, m.id)).map((e) => e.userId));
          const followUps = new Set((await listFollowUps(trx, m.id)).map((f) => f.userId));
          items.push({
            ...summaryOf(m, { expectations, followUps }),
            waitingForMyExpectations:
              m.status === 'planned' &&
              m.startsAt > deps.now() &&
              partyOf(m, user.id) !== undefined &&
              !expectations.has(user.id),
          });
        }
        return {
          items,
          eligibleInvitees: eligible
            .filter((e) => e.sharesMeetings)
            .map(({ id, displayName, role }) => ({ id, displayName, role })),
        };
      });
    },
  );

  app.post(
    '/api/participants/:participantId/meetings',
    {
      config: access('write', 'meeting.create', CARE_TEAM_STAFF),
      schema: {
        tags: ['meetings'],
        summary:
          'Plan a meeting (Oslo date and times, place or video link, purpose, invitees from the care team); the ' +
          'caller is its organiser',
        params: participantParams,
        body: meetingPlanBody,
        response: { 201: meetingDetailSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { user } = requireAuth(request);
      const now = deps.now();
      const { participantId } = request.params;
      const body = request.body;
      const result = await withParticipant(db, request, participantId, async (trx, scope) => {
        const eligible = await eligibleParties(trx, scope, osloDate(now));
        const plan = resolvePlan(body, eligible, now);
        // The organiser is always a party.
        const parties = plan.parties.some((p) => p.userId === user.id)
          ? plan.parties
          : [
              ...plan.parties,
              {
                userId: user.id,
                role: eligible.find((e) => e.userId === user.id)?.role ?? 'employment_specialist',
              },
            ];
        const id = await insertMeeting(trx, {
          participantId,
          organiserId: user.id,
          startsAt: plan.start,
          endsAt: plan.end,
          place: body.place,
          videoLink: body.videoLink,
          purpose: body.purpose,
          parties,
          at: now,
        });
        await notifyParties(trx, scope, {
          kind: 'meeting_invitation',
          participantId,
          meetingId: id,
          parties,
          actorUserId: user.id,
          at: now,
        });
        await appendChange(trx, {
          participantId,
          entity: 'meeting',
          action: 'create',
          before: null,
          after: { id, startsAt: plan.start.toISOString(), parties: parties.map((p) => p.userId) },
          changedBy: user.id,
          at: now,
        });
        return detailFor(trx, participantId, id, user.id, scope, now);
      });
      setEtag(reply, result.meeting.version);
      reply.code(201);
      return result;
    },
  );

  app.get(
    meetingPath,
    {
      config: access('read', 'meeting.read', 'all'),
      schema: {
        tags: ['meetings'],
        summary:
          'One meeting as the caller may see it: parties, expectations, agenda, minutes (therapist entries as far ' +
          'as consent reaches), actions, the financial item and follow-up answers',
        params: meetingParams,
        response: { 200: meetingDetailSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { user } = requireAuth(request);
      const { participantId, meetingId } = request.params;
      const result = await withParticipant(db, request, participantId, (trx, scope) =>
        detailFor(trx, participantId, meetingId, user.id, scope, deps.now()),
      );
      setEtag(reply, result.meeting.version);
      return result;
    },
  );

  app.put(
    meetingPath,
    {
      config: access('write', 'meeting.update', CARE_TEAM_STAFF),
      schema: {
        tags: ['meetings'],
        summary: 'Change time, place, purpose or invitees (organiser; If-Match); the invitation is updated',
        params: meetingParams,
        body: meetingPlanBody,
        response: { 200: meetingDetailSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const expectedVersion = requireIfMatch(request);
      const result = await change(request, request.params, async (trx, meeting, scope, userId, now) => {
        requireOrganiser(meeting, userId, 'change it');
        requirePlanned(meeting);
        if (meeting.version !== expectedVersion) throw new AppError('precondition_failed');
        const eligible = await eligibleParties(trx, scope, osloDate(now));
        const plan = resolvePlan(request.body, eligible, now);
        const parties = plan.parties.some((p) => p.userId === userId)
          ? plan.parties
          : [...plan.parties, { userId, role: partyOf(meeting, userId)?.role ?? 'employment_specialist' }];
        const saved = await updateMeetingPlan(trx, {
          meetingId: meeting.id,
          expectedVersion,
          startsAt: plan.start,
          endsAt: plan.end,
          place: request.body.place,
          videoLink: request.body.videoLink,
          purpose: request.body.purpose,
          parties,
          at: now,
        });
        if (!saved) throw new AppError('precondition_failed');
        const before = new Set(meeting.parties.map((p) => p.id));
        const after = new Set(parties.map((p) => p.userId));
        const common = {
          participantId: meeting.participantId,
          meetingId: meeting.id,
          actorUserId: userId,
          at: now,
        };
        await notifyParties(trx, scope, {
          ...common,
          kind: 'meeting_invitation',
          parties: parties.filter((p) => !before.has(p.userId)),
        });
        await notifyParties(trx, scope, {
          ...common,
          kind: 'meeting_changed',
          parties: parties.filter((p) => before.has(p.userId)),
        });
        await notifyParties(trx, scope, {
          ...common,
          kind: 'meeting_cancelled',
          parties: meeting.parties
            .filter((p) => !after.has(p.id))
            .map((p) => ({ userId: p.id, role: p.role })),
        });
        await appendChange(trx, {
          participantId: meeting.participantId,
          entity: 'meeting',
          action: 'update',
          before: { id: meeting.id, startsAt: meeting.startsAt.toISOString() },
          after: {
            id: meeting.id,
            startsAt: plan.start.toISOString(),
            parties: parties.map((p) => p.userId),
          },
          changedBy: userId,
          at: now,
        });
      });
      setEtag(reply, result.meeting.version);
      return result;
    },
  );

  app.post(
    `${meetingPath}/cancel`,
    {
      config: access('write', 'meeting.cancel', CARE_TEAM_STAFF),
      schema: {
        tags: ['meetings'],
        summary: 'Cancel the meeting (organiser; If-Match); the invitation becomes a cancellation',
        params: meetingParams,
        response: { 200: meetingDetailSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const expectedVersion = requireIfMatch(request);
      const result = await change(request, request.params, async (trx, meeting, scope, userId, now) => {
        requireOrganiser(meeting, userId, 'cancel it');
        requirePlanned(meeting);
        if (!(await cancelMeeting(trx, { meetingId: meeting.id, expectedVersion, at: now })))
          throw new AppError('precondition_failed');
        await notifyParties(trx, scope, {
          kind: 'meeting_cancelled',
          participantId: meeting.participantId,
          meetingId: meeting.id,
          parties: meeting.parties.map((p) => ({ userId: p.id, role: p.role })),
          actorUserId: userId,
          at: now,
        });
        await appendChange(trx, {
          participantId: meeting.participantId,
          entity: 'meeting',
          action: 'cancel',
          before: { id: meeting.id, status: 'planned' },
          after: { id: meeting.id, status: 'cancelled' },
          changedBy: userId,
          at: now,
        });
      });
      setEtag(reply, result.meeting.version);
      return result;
    },
  );

  app.get(
    `${meetingPath}/invitation.ics`,
    {
      config: {
        ...access('read', 'meeting.invitation.read', 'all'),
        fileResponse: { mediaTypes: ['text/calendar'] },
      },
      schema: {
        tags: ['meetings'],
        summary:
          'The invitation as an iCalendar file (Europe/Oslo times; METHOD REQUEST, or CANCEL once cancelled; the ' +
          'same UID with a higher SEQUENCE after each change)',
        params: meetingParams,
        response: { 200: z.string().describe('The invitation, text/calendar'), ...problemResponses },
      },
    },
    async (request, reply) => {
      const { participantId, meetingId } = request.params;
      const meeting = await withParticipant(db, request, participantId, (trx) =>
        loadMeeting(trx, participantId, meetingId),
      );
      const ics = buildMeetingIcs({
        uid: `${meeting.id}@ips-bridge`,
        sequence: meeting.icsSequence,
        cancelled: meeting.status === 'cancelled',
        start: meeting.startsAt,
        end: meeting.endsAt,
        stamp: meeting.updatedAt,
        // The summary names no one: a calendar entry is seen by more people than the app's pages are.
        summary: 'IPS Bridge: samarbeidsmøte / collaboration meeting',
        description: meeting.purpose,
        location: meeting.place ?? meeting.videoLink,
        url: meeting.videoLink,
        organizer: { id: meeting.organiser.id, name: meeting.organiser.displayName },
        attendees: meeting.parties.map((p) => ({ id: p.id, name: p.displayName })),
      });
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', `attachment; filename="meeting-${osloDateOf(meeting.startsAt)}.ics"`)
        .header('cache-control', 'no-store')
        .send(ics);
    },
  );

  app.put(
    `${meetingPath}/expectations/mine`,
    {
      config: access('contribute', 'meeting.expectation.write', 'all'),
      schema: {
        tags: ['meetings'],
        summary:
          "The caller's answer to 'what do I need from this meeting?' and 'what can I contribute?'; the jobseeker " +
          'answers first and may show their answer to chosen parties only',
        params: meetingParams,
        body: expectationBody,
        response: { 200: meetingDetailSchema, ...problemResponses },
      },
    },
    async (request) =>
      change(request, request.params, async (trx, meeting, _scope, userId, now) => {
        requirePlanned(meeting);
        const party = requireParty(meeting, userId, 'answer');
        if (meeting.startsAt <= now) throw conflict('Expectations are answered before the meeting starts');
        const body = request.body;
        if (!body.need && !body.contribution)
          throw invalid([
            { field: 'need', code: 'required', message: 'Say what you need or what you can contribute' },
          ]);
        if (party.role !== 'jobseeker' && body.visibleTo !== null)
          throw invalid([
            {
              field: 'visibleTo',
              code: 'visibility_jobseeker_only',
              message: 'Only the jobseeker limits who sees their answer',
            },
          ]);
        if (body.visibleTo?.some((id) => !partyOf(meeting, id)))
          throw invalid([
            { field: 'visibleTo', code: 'not_a_party', message: 'Choose among the meeting’s parties' },
          ]);
        const jobseeker = meeting.parties.find((p) => p.role === 'jobseeker');
        if (party.role !== 'jobseeker' && jobseeker) {
          const answered = await listExpectations(trx, meeting.id);
          if (!answered.some((e) => e.userId === jobseeker.id))
            throw conflict('The jobseeker answers first; you can answer once they have');
        }
        await saveExpectation(trx, {
          meetingId: meeting.id,
          userId,
          need: body.need,
          contribution: body.contribution,
          visibleTo: party.role === 'jobseeker' ? body.visibleTo : null,
          at: now,
        });
      }),
  );

  app.post(
    `${meetingPath}/expectations/remind`,
    {
      config: access('write', 'meeting.expectation.remind', CARE_TEAM_STAFF),
      schema: {
        tags: ['meetings'],
        summary:
          'Remind the parties who have not stated their expectations (organiser, before the meeting): the jobseeker ' +
          'first, the others once the jobseeker has answered; a content-free notification, once a day per party',
        params: meetingParams,
        response: { 200: meetingDetailSchema, ...problemResponses },
      },
    },
    async (request) =>
      change(request, request.params, async (trx, meeting, scope, userId, now) => {
        requireOrganiser(meeting, userId, 'send reminders');
        requirePlanned(meeting);
        if (meeting.startsAt <= now)
          throw conflict('The meeting has started; expectations are answered before');
        const answered = new Set((await listExpectations(trx, meeting.id)).map((e) => e.userId));
        const candidates = expectationReminderCandidates({
          meeting: {
            status: meeting.status,
            startsAt: meeting.startsAt,
            parties: meeting.parties.map((p) => ({ userId: p.id, role: p.role })),
            answered,
          },
          now,
          daysAhead: Number.POSITIVE_INFINITY,
        });
        await notifyEvent(trx, {
          kind: 'meeting_expectations_due',
          participantId: meeting.participantId,
          subjectId: meeting.id,
          actorUserId: userId,
          candidates,
          facts: scope.facts,
          consent: scope.consent,
          at: now,
          dedupeKey: expectationReminderKey(meeting.id, osloDate(now)),
        });
      }),
  );

  app.post(
    `${meetingPath}/agenda/build`,
    {
      config: access('write', 'meeting.agenda.write', CARE_TEAM_STAFF),
      schema: {
        tags: ['meetings'],
        summary:
          'Add the answers not yet on the agenda, and the standing financial-clarity item if missing (organiser)',
        params: meetingParams,
        response: { 200: meetingDetailSchema, ...problemResponses },
      },
    },
    async (request) =>
      change(request, request.params, async (trx, meeting, _scope, userId, now) => {
        requireOrganiser(meeting, userId, 'build the agenda');
        requirePlanned(meeting);
        const answers = await listExpectations(trx, meeting.id);
        const agenda = await listAgenda(trx, meeting.id);
        const drafted = buildAgenda(
          answers.map((a) => ({
            userId: a.userId,
            role: partyOf(meeting, a.userId)?.role ?? 'employment_specialist',
            displayName: '',
            need: a.need,
            contribution: a.contribution,
          })),
        );
        const missing = drafted.filter((d) =>
          d.kind === 'financial'
            ? !agenda.some((i) => i.kind === 'financial')
            : !agenda.some((i) => i.kind === 'from_expectations' && i.sourceUserId === d.sourceUserId),
        );
        const start = agenda.reduce((max, i) => Math.max(max, i.position + 1), 0);
        await insertAgendaItems(
          trx,
          meeting.id,
          missing.map((d, index) => ({ ...d, position: start + index })),
          userId,
          now,
        );
      }),
  );

  app.post(
    `${meetingPath}/agenda`,
    {
      config: access('write', 'meeting.agenda.write', CARE_TEAM_STAFF),
      schema: {
        tags: ['meetings'],
        summary: 'Add an item at the end of the agenda (organiser)',
        params: meetingParams,
        body: agendaItemBody,
        response: { 201: meetingDetailSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const result = await change(request, request.params, async (trx, meeting, _scope, userId, now) => {
        requireOrganiser(meeting, userId, 'change the agenda');
        requirePlanned(meeting);
        const agenda = await listAgenda(trx, meeting.id);
        const position = agenda.reduce((max, i) => Math.max(max, i.position + 1), 0);
        await insertAgendaItems(
          trx,
          meeting.id,
          [{ kind: 'added', title: request.body.title, sourceUserId: null, position }],
          userId,
          now,
        );
      });
      reply.code(201);
      return result;
    },
  );

  app.put(
    `${meetingPath}/agenda/order`,
    {
      config: access('write', 'meeting.agenda.write', CARE_TEAM_STAFF),
      schema: {
        tags: ['meetings'],
        summary: 'Reorder the agenda: every item id, in the new order (organiser)',
        params: meetingParams,
        body: agendaOrderBody,
        response: { 200: meetingDetailSchema, ...problemResponses },
      },
    },
    async (request) =>
      change(request, request.params, async (trx, meeting, _scope, userId) => {
        requireOrganiser(meeting, userId, 'change the agenda');
        const agenda = await listAgenda(trx, meeting.id);
        const given = request.body.itemIds;
        const same =
          given.length === agenda.length &&
          new Set(given).size === given.length &&
          agenda.every((i) => given.includes(i.id));
        if (!same) throw conflict('The agenda changed since you opened it; reload and reorder again');
        await setAgendaOrder(trx, meeting.id, given);
      }),
  );

  app.post(
    `${meetingPath}/minutes`,
    {
      config: access('write', 'meeting.minutes.write', CARE_TEAM_STAFF),
      schema: {
        tags: ['meetings'],
        summary:
          'Add a minute entry or decision to an agenda item, or change one (replacesId). After publication a change ' +
          'makes a new version of the minutes, with the earlier text kept and shown. A therapist may mark an entry ' +
          'with a health category; it is then shown as far as consent for that category reaches',
        params: meetingParams,
        body: minuteBody,
        response: { 201: meetingDetailSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const result = await change(request, request.params, async (trx, meeting, _scope, userId, now) => {
        requirePlanned(meeting);
        const party = requireParty(meeting, userId, 'write minutes');
        const body = request.body;
        if (meeting.startsAt > now) throw conflict('Minutes can be written once the meeting has started');
        if (body.category !== null && party.role !== 'therapist')
          throw invalid([
            {
              field: 'category',
              code: 'category_therapist_only',
              message: 'Only the therapist marks entries with a health category',
            },
          ]);
        const agenda = await listAgenda(trx, meeting.id);
        if (!agenda.some((i) => i.id === body.agendaItemId))
          throw invalid([
            { field: 'agendaItemId', code: 'unknown_agenda_item', message: 'No such agenda item' },
          ]);
        if (body.replacesId) {
          const entries = await listMinutes(trx, meeting.id);
          const earlier = entries.find((e) => e.id === body.replacesId);
          if (!earlier)
            throw invalid([{ field: 'replacesId', code: 'unknown_entry', message: 'No such minute entry' }]);
          if (earlier.replacedById)
            throw conflict('Someone changed this entry already; reload to see the newest version');
          if (earlier.author.id !== userId)
            throw new AppError('forbidden', { detail: 'Only the author can change an entry' });
        }
        const next = nextMinutesState(meeting.minutesState, 'edit');
        if (!next.ok) throw conflict(next.message);
        // A change to published minutes is a new version; a first entry or a change before publishing is not.
        const isChange = body.replacesId !== null;
        const newVersion = next.newVersion && isChange;
        const state = meeting.minutesState === 'published' && !isChange ? 'published' : next.state;
        await insertMinute(trx, {
          meetingId: meeting.id,
          agendaItemId: body.agendaItemId,
          authorId: userId,
          kind: body.kind,
          text: body.text,
          category: body.category,
          minutesVersion: meeting.minutesVersion + (newVersion ? 1 : 0),
          replacesId: body.replacesId,
          at: now,
        });
        if (state !== meeting.minutesState || newVersion)
          await setMinutesState(trx, { meetingId: meeting.id, state, newVersion, at: now });
        await appendChange(trx, {
          participantId: meeting.participantId,
          entity: 'meeting_minute',
          action: isChange ? 'revise' : 'create',
          before: isChange ? { id: body.replacesId } : null,
          after: { meetingId: meeting.id, kind: body.kind, category: body.category },
          changedBy: userId,
          at: now,
        });
      });
      reply.code(201);
      return result;
    },
  );

  app.post(
    `${meetingPath}/actions`,
    {
      config: access('write', 'meeting.action.write', CARE_TEAM_STAFF),
      schema: {
        tags: ['meetings'],
        summary: 'Add an action item with one owner (a party) and a deadline',
        params: meetingParams,
        body: meetingActionBody,
        response: { 201: meetingDetailSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const result = await change(request, request.params, async (trx, meeting, _scope, userId, now) => {
        requirePlanned(meeting);
        requireParty(meeting, userId, 'add actions');
        const body = request.body;
        const issues = actionIssues(
          body,
          meeting.parties.map((p) => p.id),
          osloDateOf(meeting.startsAt),
        );
        if (issues.length > 0) throw invalid(issues);
        if (body.agendaItemId) {
          const agenda = await listAgenda(trx, meeting.id);
          if (!agenda.some((i) => i.id === body.agendaItemId))
            throw invalid([
              { field: 'agendaItemId', code: 'unknown_agenda_item', message: 'No such agenda item' },
            ]);
        }
        const id = await insertMeetingAction(trx, {
          meetingId: meeting.id,
          participantId: meeting.participantId,
          agendaItemId: body.agendaItemId,
          text: body.text,
          ownerId: body.ownerUserId as string,
          deadline: body.deadline as string,
          createdBy: userId,
          at: now,
        });
        await appendChange(trx, {
          participantId: meeting.participantId,
          entity: 'meeting_action',
          action: 'create',
          before: null,
          after: { id, meetingId: meeting.id, ownerId: body.ownerUserId, deadline: body.deadline },
          changedBy: userId,
          at: now,
        });
      });
      reply.code(201);
      return result;
    },
  );

  app.post(
    `${meetingPath}/minutes/seen`,
    {
      config: access('contribute', 'meeting.minutes.seen', ['jobseeker']),
      schema: {
        tags: ['meetings'],
        summary: 'The jobseeker confirms they have seen the minutes; then the organiser can publish them',
        params: meetingParams,
        response: { 200: meetingDetailSchema, ...problemResponses },
      },
    },
    async (request) =>
      change(request, request.params, async (trx, meeting, scope, _userId, now) => {
        if (scope.basis !== 'own-record') throw new AppError('forbidden');
        const next = nextMinutesState(meeting.minutesState, 'jobseeker_saw');
        if (!next.ok) throw conflict(next.message);
        if (next.state !== meeting.minutesState)
          await setMinutesState(trx, {
            meetingId: meeting.id,
            state: next.state,
            newVersion: false,
            at: now,
          });
      }),
  );

  app.post(
    `${meetingPath}/minutes/publish`,
    {
      config: access('write', 'meeting.minutes.publish', CARE_TEAM_STAFF),
      schema: {
        tags: ['meetings'],
        summary: 'Publish the minutes to the parties (organiser), once the jobseeker has seen them',
        params: meetingParams,
        response: { 200: meetingDetailSchema, ...problemResponses },
      },
    },
    async (request) =>
      change(request, request.params, async (trx, meeting, _scope, userId, now) => {
        requireOrganiser(meeting, userId, 'publish the minutes');
        const next = nextMinutesState(meeting.minutesState, 'publish');
        if (!next.ok) throw conflict(next.message);
        await setMinutesState(trx, { meetingId: meeting.id, state: next.state, newVersion: false, at: now });
        await appendChange(trx, {
          participantId: meeting.participantId,
          entity: 'meeting',
          action: 'publish_minutes',
          before: { id: meeting.id, minutesState: meeting.minutesState },
          after: { id: meeting.id, minutesState: next.state, minutesVersion: meeting.minutesVersion },
          changedBy: userId,
          at: now,
        });
      }),
  );

  app.put(
    `${meetingPath}/follow-up/mine`,
    {
      config: access('contribute', 'meeting.follow_up.write', 'all'),
      schema: {
        tags: ['meetings'],
        summary: "The caller's answer to 'did you get what you needed?' (yes / partly / no, and why)",
        params: meetingParams,
        body: followUpBody,
        response: { 200: meetingDetailSchema, ...problemResponses },
      },
    },
    async (request) =>
      change(request, request.params, async (trx, meeting, _scope, userId, now) => {
        requirePlanned(meeting);
        requireParty(meeting, userId, 'answer the follow-up');
        if (meeting.startsAt > now) throw conflict('The follow-up is answered after the meeting');
        await saveFollowUp(trx, {
          meetingId: meeting.id,
          userId,
          answer: request.body.answer,
          why: request.body.answer === 'yes' ? (request.body.why ?? null) : request.body.why,
          at: now,
        });
      }),
  );

  app.post(
    `${meetingPath}/financial/answers`,
    {
      config: access('write', 'meeting.financial.answer', ['nav_counsellor']),
      schema: {
        tags: ['meetings'],
        summary:
          "NAV answers one of the participant's open questions in the meeting (the question's version)",
        params: meetingParams,
        body: meetingNavAnswerBody,
        response: { 201: meetingDetailSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const result = await change(request, request.params, async (trx, meeting, scope, userId, now) => {
        requirePlanned(meeting);
        requireParty(meeting, userId, 'answer questions in it');
        if (!scope.readable.has('benefits')) throw new AppError('forbidden');
        const { questionId, version, answer } = request.body;
        const question = await findNavQuestion(trx, meeting.participantId, questionId);
        if (!question)
          throw invalid([
            { field: 'questionId', code: 'unknown_question', message: 'No such question for NAV' },
          ]);
        if (question.version !== version) throw new AppError('precondition_failed');
        const saved = await answerNavQuestion(trx, {
          participantId: meeting.participantId,
          questionId,
          expectedVersion: version,
          answer,
          answeredOn: osloDate(now),
          answeredBy: userId,
        });
        if (!saved) throw new AppError('precondition_failed');
        await recordMeetingNavAnswer(trx, { meetingId: meeting.id, questionId, by: userId, at: now });
        await appendChange(trx, {
          participantId: meeting.participantId,
          entity: 'nav_question',
          action: 'answer',
          before: { id: questionId, answer: question.answer },
          after: { id: questionId, answer, meetingId: meeting.id },
          changedBy: userId,
          at: now,
        });
      });
      reply.code(201);
      return result;
    },
  );

  app.post(
    `${meetingPath}/financial/resolve`,
    {
      config: access('write', 'meeting.financial.resolve', CARE_TEAM_STAFF),
      schema: {
        tags: ['meetings'],
        summary:
          'Record how the financial-clarity item was resolved (a party who may see the benefit situation)',
        params: meetingParams,
        body: financialResolutionBody,
        response: { 200: meetingDetailSchema, ...problemResponses },
      },
    },
    async (request) =>
      change(request, request.params, async (trx, meeting, scope, userId, now) => {
        requirePlanned(meeting);
        requireParty(meeting, userId, 'resolve the financial item');
        if (!scope.readable.has('benefits')) throw new AppError('forbidden');
        await resolveFinancialItem(trx, {
          meetingId: meeting.id,
          resolution: request.body.resolution,
          by: userId,
          at: now,
        });
      }),
  );

  app.get(
    '/api/participants/:participantId/meeting-actions',
    {
      config: access('read', 'meeting.action.list', 'all'),
      schema: {
        tags: ['meetings'],
        summary: "Action items from the participant's meetings, for the plan (soonest deadline first)",
        params: participantParams,
        response: { 200: meetingActionsSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { participantId } = request.params;
      const today = osloDate(deps.now());
      return withParticipant(db, request, participantId, async (trx) => ({
        items: (await listParticipantMeetingActions(trx, participantId)).map((a) => toAction(a, today)),
      }));
    },
  );

  app.put(
    '/api/participants/:participantId/meeting-actions/:actionId/done',
    {
      config: access('contribute', 'meeting.action.done', 'all'),
      schema: {
        tags: ['meetings'],
        summary: 'Mark an action done or not done (its owner; If-Match: the action’s version)',
        params: meetingActionParams,
        body: actionDoneBody,
        response: { 200: meetingActionSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const expectedVersion = requireIfMatch(request);
      const { user } = requireAuth(request);
      const now = deps.now();
      const { participantId, actionId } = request.params;
      const saved = await withParticipant(db, request, participantId, async (trx) => {
        const action = await findMeetingAction(trx, participantId, actionId);
        if (!action) throw new AppError('not_found');
        if (action.owner.id !== user.id)
          throw new AppError('forbidden', { detail: 'Only the owner marks an action done' });
        if (action.version !== expectedVersion) throw new AppError('precondition_failed');
        const doneOn = request.body.done ? osloDate(now) : null;
        if (!(await setMeetingActionDone(trx, { actionId, expectedVersion, doneOn, at: now })))
          throw new AppError('precondition_failed');
        await appendChange(trx, {
          participantId,
          entity: 'meeting_action',
          action: request.body.done ? 'done' : 'reopen',
          before: { id: actionId, doneOn: action.doneOn },
          after: { id: actionId, doneOn },
          changedBy: user.id,
          at: now,
        });
        return findMeetingAction(trx, participantId, actionId);
      });
      if (!saved) throw new AppError('not_found');
      setEtag(reply, saved.version);
      return toAction(saved, osloDate(now));
    },
  );

  app.get(
    '/api/meetings/my-work',
    {
      config: { access: { kind: 'authenticated', roles: 'all' } },
      schema: {
        tags: ['meetings'],
        summary:
          "The caller's open meeting actions and the upcoming meetings waiting for their expectations, for " +
          'participants whose meetings they may still see',
        response: { 200: myMeetingWorkSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { user } = requireAuth(request);
      const now = deps.now();
      const today = osloDate(now);
      const actor = { userId: user.id, role: user.role, teamId: user.team?.id ?? null };
      return db.transaction().execute(async (trx) => {
        const actions = await listOpenActionsOwnedBy(trx, user.id);
        const waiting = await listMeetingsAwaitingExpectations(trx, user.id, now);
        const ids = [
          ...new Set([...actions.map((a) => a.participantId), ...waiting.map((w) => w.participantId)]),
        ];
        const visible = await permittedParticipants(trx, actor, ids, 'read', 'meeting_minutes', now);
        const names = await listParticipantNames(trx, [...visible]);
        await appendAudit(
          trx,
          [...visible].map((participantId) => ({
            actorUserId: user.id,
            actorRole: user.role,
            action: 'meeting.work_list.read',
            participantId,
            outcome: 'allowed' as const,
            reason: null,
            requestId: request.id,
          })),
        );
        return {
          actions: actions
            .filter((a) => visible.has(a.participantId))
            .map((a) => ({
              ...toAction(a, today),
              participantId: a.participantId,
              participantName: names.get(a.participantId) ?? '',
            })),
          awaitingExpectations: waiting
            .filter((w) => visible.has(w.participantId))
            .map((w) => ({
              meetingId: w.meetingId,
              participantId: w.participantId,
              participantName: names.get(w.participantId) ?? '',
              startsAt: w.startsAt.toISOString(),
            })),
        };
      });
    },
  );
}
