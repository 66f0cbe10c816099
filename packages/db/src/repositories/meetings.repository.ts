import type {
  AgendaItemKind,
  FollowUpAnswer,
  MeetingPartyRole,
  MeetingStatus,
  MinuteKind,
  MinutesState,
  TherapistNoteCategory,
} from '@ips-bridge/domain';
import type { DbOrTrx } from '../connection.ts';

/** Collaboration meetings (issue 5). Rows stay here; the routes decide who sees which parts. */

export interface Person {
  id: string;
  displayName: string;
}

export interface MeetingRecord {
  id: string;
  participantId: string;
  organiser: Person;
  startsAt: Date;
  endsAt: Date;
  place: string | null;
  videoLink: string | null;
  purpose: string;
  status: MeetingStatus;
  icsSequence: number;
  minutesState: MinutesState;
  minutesVersion: number;
  minutesSeenAt: Date | null;
  minutesPublishedAt: Date | null;
  financialResolution: string | null;
  financialResolvedAt: Date | null;
  financialResolvedBy: Person | null;
  cancelledAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
  parties: Array<Person & { role: MeetingPartyRole; invitedAt: Date }>;
}

function meetingQuery(db: DbOrTrx) {
  return db
    .selectFrom('meeting as m')
    .innerJoin('app_user as o', 'o.id', 'm.organiser_id')
    .leftJoin('app_user as r', 'r.id', 'm.financial_resolved_by')
    .selectAll('m')
    .select(['o.display_name as organiser_name', 'r.display_name as resolver_name']);
}

type MeetingRow = NonNullable<Awaited<ReturnType<ReturnType<typeof meetingQuery>['executeTakeFirst']>>>;

async function withParties(db: DbOrTrx, rows: MeetingRow[]): Promise<MeetingRecord[]> {
  if (rows.length === 0) return [];
  const parties = await db
    .selectFrom('meeting_party as p')
    .innerJoin('app_user as u', 'u.id', 'p.user_id')
    .select(['p.meeting_id', 'p.user_id', 'p.role', 'p.invited_at', 'u.display_name'])
    .where(
      'p.meeting_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('p.invited_at')
    .orderBy('u.display_name')
    .execute();
  const order: MeetingPartyRole[] = ['jobseeker', 'employment_specialist', 'nav_counsellor', 'therapist'];
  return rows.map((r) => ({
    id: r.id,
    participantId: r.participant_id,
    organiser: { id: r.organiser_id, displayName: r.organiser_name },
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    place: r.place,
    videoLink: r.video_link,
    purpose: r.purpose,
    status: r.status,
    icsSequence: r.ics_sequence,
    minutesState: r.minutes_state,
    minutesVersion: r.minutes_version,
    minutesSeenAt: r.minutes_seen_at,
    minutesPublishedAt: r.minutes_published_at,
    financialResolution: r.financial_resolution,
    financialResolvedAt: r.financial_resolved_at,
    financialResolvedBy:
      r.financial_resolved_by && r.resolver_name
        ? { id: r.financial_resolved_by, displayName: r.resolver_name }
        : null,
    cancelledAt: r.cancelled_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
    parties: parties
      .filter((p) => p.meeting_id === r.id)
      .map((p) => ({ id: p.user_id, displayName: p.display_name, role: p.role, invitedAt: p.invited_at }))
      .sort((a, b) => order.indexOf(a.role) - order.indexOf(b.role)),
  }));
}

export async function listMeetings(db: DbOrTrx, participantId: string): Promise<MeetingRecord[]> {
  const rows = await meetingQuery(db)
    .where('m.participant_id', '=', participantId)
    .orderBy('m.starts_at', 'desc')
    .execute();
  return withParties(db, rows);
}

export async function findMeeting(
  db: DbOrTrx,
  participantId: string,
  meetingId: string,
): Promise<MeetingRecord | undefined> {
  const row = await meetingQuery(db)
    .where('m.participant_id', '=', participantId)
    .where('m.id', '=', meetingId)
    .executeTakeFirst();
  return row ? (await withParties(db, [row]))[0] : undefined;
}

export interface MeetingPlanInput {
  startsAt: Date;
  endsAt: Date;
  place: string | null;
  videoLink: string | null;
  purpose: string;
  parties: ReadonlyArray<{ userId: string; role: MeetingPartyRole }>;
}

export async function insertMeeting(
  db: DbOrTrx,
  input: MeetingPlanInput & { participantId: string; organiserId: string; at: Date },
): Promise<string> {
  const row = await db
    .insertInto('meeting')
    .values({
      participant_id: input.participantId,
      organiser_id: input.organiserId,
      starts_at: input.startsAt,
      ends_at: input.endsAt,
      place: input.place,
      video_link: input.videoLink,
      purpose: input.purpose,
      created_at: input.at,
      updated_at: input.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('meeting_party')
    .values(
      input.parties.map((p) => ({
        meeting_id: row.id,
        user_id: p.userId,
        role: p.role,
        invited_at: input.at,
      })),
    )
    .execute();
  return row.id;
}

/** Changes time, place, purpose and parties if the meeting is still at `expectedVersion`; the invitation's SEQUENCE rises. */
export async function updateMeetingPlan(
  db: DbOrTrx,
  input: MeetingPlanInput & { meetingId: string; expectedVersion: number; at: Date },
): Promise<boolean> {
  const result = await db
    .updateTable('meeting')
    .set((eb) => ({
      starts_at: input.startsAt,
      ends_at: input.endsAt,
      place: input.place,
      video_link: input.videoLink,
      purpose: input.purpose,
      ics_sequence: eb('ics_sequence', '+', 1),
      updated_at: input.at,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', input.meetingId)
    .where('version', '=', input.expectedVersion)
    .where('status', '=', 'planned')
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) return false;
  const keep = input.parties.map((p) => p.userId);
  await db
    .deleteFrom('meeting_party')
    .where('meeting_id', '=', input.meetingId)
    .where('user_id', 'not in', keep)
    .execute();
  await db
    .insertInto('meeting_party')
    .values(
      input.parties.map((p) => ({
        meeting_id: input.meetingId,
        user_id: p.userId,
        role: p.role,
        invited_at: input.at,
      })),
    )
    .onConflict((oc) => oc.columns(['meeting_id', 'user_id']).doNothing())
    .execute();
  return true;
}

export async function cancelMeeting(
  db: DbOrTrx,
  input: { meetingId: string; expectedVersion: number; at: Date },
): Promise<boolean> {
  const result = await db
    .updateTable('meeting')
    .set((eb) => ({
      status: 'cancelled' as const,
      cancelled_at: input.at,
      ics_sequence: eb('ics_sequence', '+', 1),
      updated_at: input.at,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', input.meetingId)
    .where('version', '=', input.expectedVersion)
    .where('status', '=', 'planned')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Moves the minutes to `state` (and a new version when asked); bumps the meeting's version. */
export async function setMinutesState(
  db: DbOrTrx,
  input: { meetingId: string; state: MinutesState; newVersion: boolean; at: Date },
): Promise<void> {
  await db
    .updateTable('meeting')
    .set((eb) => ({
      minutes_state: input.state,
      minutes_version: input.newVersion ? eb('minutes_version', '+', 1) : eb.ref('minutes_version'),
      ...(input.state === 'seen_by_jobseeker' ? { minutes_seen_at: input.at } : {}),
      ...(input.state === 'published' && !input.newVersion ? { minutes_published_at: input.at } : {}),
      updated_at: input.at,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', input.meetingId)
    .execute();
}

export async function resolveFinancialItem(
  db: DbOrTrx,
  input: { meetingId: string; resolution: string; by: string; at: Date },
): Promise<void> {
  await db
    .updateTable('meeting')
    .set((eb) => ({
      financial_resolution: input.resolution,
      financial_resolved_at: input.at,
      financial_resolved_by: input.by,
      updated_at: input.at,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', input.meetingId)
    .execute();
}

export interface ExpectationRecord {
  userId: string;
  need: string;
  contribution: string;
  visibleTo: string[] | null;
  answeredAt: Date;
  updatedAt: Date;
}

export async function listExpectations(db: DbOrTrx, meetingId: string): Promise<ExpectationRecord[]> {
  const rows = await db
    .selectFrom('meeting_expectation')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .orderBy('answered_at')
    .execute();
  return rows.map((r) => ({
    userId: r.user_id,
    need: r.need,
    contribution: r.contribution,
    visibleTo: r.visible_to,
    answeredAt: r.answered_at,
    updatedAt: r.updated_at,
  }));
}

/** Saves a party's answer; the first answer's time is kept, later changes only move `updated_at`. */
export async function saveExpectation(
  db: DbOrTrx,
  input: {
    meetingId: string;
    userId: string;
    need: string;
    contribution: string;
    visibleTo: string[] | null;
    at: Date;
  },
): Promise<void> {
  await db
    .insertInto('meeting_expectation')
    .values({
      meeting_id: input.meetingId,
      user_id: input.userId,
      need: input.need,
      contribution: input.contribution,
      visible_to: input.visibleTo,
      answered_at: input.at,
      updated_at: input.at,
    })
    .onConflict((oc) =>
      oc.columns(['meeting_id', 'user_id']).doUpdateSet({
        need: input.need,
        contribution: input.contribution,
        visible_to: input.visibleTo,
        updated_at: input.at,
      }),
    )
    .execute();
}

export interface AgendaItemRecord {
  id: string;
  position: number;
  kind: AgendaItemKind;
  title: string;
  sourceUserId: string | null;
  createdAt: Date;
}

export async function listAgenda(db: DbOrTrx, meetingId: string): Promise<AgendaItemRecord[]> {
  const rows = await db
    .selectFrom('meeting_agenda_item')
    .select(['id', 'position', 'kind', 'title', 'source_user_id', 'created_at'])
    .where('meeting_id', '=', meetingId)
    .orderBy('position')
    .orderBy('created_at')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    position: r.position,
    kind: r.kind,
    title: r.title,
    sourceUserId: r.source_user_id,
    createdAt: r.created_at,
  }));
}

export async function insertAgendaItems(
  db: DbOrTrx,
  meetingId: string,
  items: ReadonlyArray<{
    kind: AgendaItemKind;
    title: string;
    sourceUserId: string | null;
    position: number;
  }>,
  by: string,
  at: Date,
): Promise<void> {
  if (items.length === 0) return;
  await db
    .insertInto('meeting_agenda_item')
    .values(
      items.map((i) => ({
        meeting_id: meetingId,
        position: i.position,
        kind: i.kind,
        title: i.title,
        source_user_id: i.sourceUserId,
        created_by: by,
        created_at: at,
      })),
    )
    .execute();
}

/** Saves the order of the agenda: `ids` in their new order. */
export async function setAgendaOrder(db: DbOrTrx, meetingId: string, ids: readonly string[]): Promise<void> {
  for (const [position, id] of ids.entries()) {
    await db
      .updateTable('meeting_agenda_item')
      .set({ position })
      .where('meeting_id', '=', meetingId)
      .where('id', '=', id)
      .execute();
  }
}

export interface MinuteRecord {
  id: string;
  agendaItemId: string;
  author: Person;
  kind: MinuteKind;
  text: string;
  category: TherapistNoteCategory | null;
  minutesVersion: number;
  replacesId: string | null;
  replacedById: string | null;
  createdAt: Date;
}

export async function listMinutes(db: DbOrTrx, meetingId: string): Promise<MinuteRecord[]> {
  const rows = await db
    .selectFrom('meeting_minute as e')
    .innerJoin('app_user as u', 'u.id', 'e.author_id')
    .leftJoin('meeting_minute as n', 'n.replaces_id', 'e.id')
    .select([
      'e.id',
      'e.agenda_item_id',
      'e.author_id',
      'u.display_name',
      'e.kind',
      'e.text',
      'e.category',
      'e.minutes_version',
      'e.replaces_id',
      'n.id as replaced_by_id',
      'e.created_at',
    ])
    .where('e.meeting_id', '=', meetingId)
    .orderBy('e.created_at')
    .orderBy('e.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    agendaItemId: r.agenda_item_id,
    author: { id: r.author_id, displayName: r.display_name },
    kind: r.kind,
    text: r.text,
    category: r.category,
    minutesVersion: r.minutes_version,
    replacesId: r.replaces_id,
    replacedById: r.replaced_by_id,
    createdAt: r.created_at,
  }));
}

export async function insertMinute(
  db: DbOrTrx,
  input: {
    meetingId: string;
    agendaItemId: string;
    authorId: string;
    kind: MinuteKind;
    text: string;
    category: TherapistNoteCategory | null;
    minutesVersion: number;
    replacesId: string | null;
    at: Date;
  },
): Promise<string> {
  const row = await db
    .insertInto('meeting_minute')
    .values({
      meeting_id: input.meetingId,
      agenda_item_id: input.agendaItemId,
      author_id: input.authorId,
      kind: input.kind,
      text: input.text,
      category: input.category,
      minutes_version: input.minutesVersion,
      replaces_id: input.replacesId,
      created_at: input.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface MeetingActionRecord {
  id: string;
  meetingId: string;
  meetingStartsAt: Date;
  participantId: string;
  agendaItemId: string | null;
  text: string;
  owner: Person;
  deadline: string;
  doneOn: string | null;
  doneAt: Date | null;
  createdAt: Date;
  version: number;
}

function actionQuery(db: DbOrTrx) {
  return db
    .selectFrom('meeting_action as a')
    .innerJoin('meeting as m', 'm.id', 'a.meeting_id')
    .innerJoin('app_user as u', 'u.id', 'a.owner_id')
    .select([
      'a.id',
      'a.meeting_id',
      'm.starts_at',
      'a.participant_id',
      'a.agenda_item_id',
      'a.text',
      'a.owner_id',
      'u.display_name',
      'a.deadline',
      'a.done_on',
      'a.done_at',
      'a.created_at',
      'a.version',
    ]);
}

type ActionRow = NonNullable<Awaited<ReturnType<ReturnType<typeof actionQuery>['executeTakeFirst']>>>;

function toAction(r: ActionRow): MeetingActionRecord {
  return {
    id: r.id,
    meetingId: r.meeting_id,
    meetingStartsAt: r.starts_at,
    participantId: r.participant_id,
    agendaItemId: r.agenda_item_id,
    text: r.text,
    owner: { id: r.owner_id, displayName: r.display_name },
    deadline: r.deadline,
    doneOn: r.done_on,
    doneAt: r.done_at,
    createdAt: r.created_at,
    version: r.version,
  };
}

export async function listMeetingActions(db: DbOrTrx, meetingId: string): Promise<MeetingActionRecord[]> {
  const rows = await actionQuery(db).where('a.meeting_id', '=', meetingId).orderBy('a.created_at').execute();
  return rows.map(toAction);
}

/** Every action from the participant's meetings (for the plan), soonest deadline first. */
export async function listParticipantMeetingActions(
  db: DbOrTrx,
  participantId: string,
): Promise<MeetingActionRecord[]> {
  const rows = await actionQuery(db)
    .where('a.participant_id', '=', participantId)
    .where('m.status', '=', 'planned')
    .orderBy('a.deadline')
    .orderBy('a.created_at')
    .execute();
  return rows.map(toAction);
}

/** Open actions a user owns, across participants (the caller filters by access). */
export async function listOpenActionsOwnedBy(db: DbOrTrx, userId: string): Promise<MeetingActionRecord[]> {
  const rows = await actionQuery(db)
    .where('a.owner_id', '=', userId)
    .where('a.done_on', 'is', null)
    .where('m.status', '=', 'planned')
    .orderBy('a.deadline')
    .execute();
  return rows.map(toAction);
}

export async function findMeetingAction(
  db: DbOrTrx,
  participantId: string,
  actionId: string,
): Promise<MeetingActionRecord | undefined> {
  const row = await actionQuery(db)
    .where('a.participant_id', '=', participantId)
    .where('a.id', '=', actionId)
    .executeTakeFirst();
  return row ? toAction(row) : undefined;
}

export async function insertMeetingAction(
  db: DbOrTrx,
  input: {
    meetingId: string;
    participantId: string;
    agendaItemId: string | null;
    text: string;
    ownerId: string;
    deadline: string;
    createdBy: string;
    at: Date;
  },
): Promise<string> {
  const row = await db
    .insertInto('meeting_action')
    .values({
      meeting_id: input.meetingId,
      participant_id: input.participantId,
      agenda_item_id: input.agendaItemId,
      text: input.text,
      owner_id: input.ownerId,
      deadline: input.deadline,
      created_by: input.createdBy,
      created_at: input.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function setMeetingActionDone(
  db: DbOrTrx,
  input: { actionId: string; expectedVersion: number; doneOn: string | null; at: Date },
): Promise<boolean> {
  const result = await db
    .updateTable('meeting_action')
    .set((eb) => ({
      done_on: input.doneOn,
      done_at: input.doneOn ? input.at : null,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', input.actionId)
    .where('version', '=', input.expectedVersion)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export interface FollowUpRecord {
  userId: string;
  answer: FollowUpAnswer;
  why: string | null;
  answeredAt: Date;
}

export async function listFollowUps(db: DbOrTrx, meetingId: string): Promise<FollowUpRecord[]> {
  const rows = await db
    .selectFrom('meeting_follow_up')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .orderBy('answered_at')
    .execute();
  return rows.map((r) => ({ userId: r.user_id, answer: r.answer, why: r.why, answeredAt: r.answered_at }));
}

export async function saveFollowUp(
  db: DbOrTrx,
  input: { meetingId: string; userId: string; answer: FollowUpAnswer; why: string | null; at: Date },
): Promise<void> {
  await db
    .insertInto('meeting_follow_up')
    .values({
      meeting_id: input.meetingId,
      user_id: input.userId,
      answer: input.answer,
      why: input.why,
      answered_at: input.at,
    })
    .onConflict((oc) =>
      oc
        .columns(['meeting_id', 'user_id'])
        .doUpdateSet({ answer: input.answer, why: input.why, answered_at: input.at }),
    )
    .execute();
}

export async function recordMeetingNavAnswer(
  db: DbOrTrx,
  input: { meetingId: string; questionId: string; by: string; at: Date },
): Promise<void> {
  await db
    .insertInto('meeting_nav_answer')
    .values({
      meeting_id: input.meetingId,
      nav_question_id: input.questionId,
      answered_by: input.by,
      answered_at: input.at,
    })
    .onConflict((oc) => oc.columns(['meeting_id', 'nav_question_id']).doNothing())
    .execute();
}

export async function listMeetingNavAnswers(
  db: DbOrTrx,
  meetingId: string,
): Promise<Array<{ questionId: string; answeredAt: Date }>> {
  const rows = await db
    .selectFrom('meeting_nav_answer')
    .select(['nav_question_id', 'answered_at'])
    .where('meeting_id', '=', meetingId)
    .execute();
  return rows.map((r) => ({ questionId: r.nav_question_id, answeredAt: r.answered_at }));
}

/** Display names of users, for naming possible invitees. */
export async function listUserNames(db: DbOrTrx, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('app_user')
    .select(['id', 'display_name'])
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

/** Upcoming meetings where `userId` is a party and has not answered the expectations yet (across participants). */
export async function listMeetingsAwaitingExpectations(
  db: DbOrTrx,
  userId: string,
  now: Date,
): Promise<Array<{ meetingId: string; participantId: string; startsAt: Date }>> {
  const rows = await db
    .selectFrom('meeting_party as p')
    .innerJoin('meeting as m', 'm.id', 'p.meeting_id')
    .leftJoin('meeting_expectation as e', (join) =>
      join.onRef('e.meeting_id', '=', 'p.meeting_id').onRef('e.user_id', '=', 'p.user_id'),
    )
    .select(['m.id', 'm.participant_id', 'm.starts_at'])
    .where('p.user_id', '=', userId)
    .where('m.status', '=', 'planned')
    .where('m.starts_at', '>', now)
    .where('e.user_id', 'is', null)
    .orderBy('m.starts_at')
    .execute();
  return rows.map((r) => ({ meetingId: r.id, participantId: r.participant_id, startsAt: r.starts_at }));
}

/** Upcoming meetings where `userId` is a party, each with whether they have stated their expectations yet. */
export async function listUpcomingMeetingsForParty(
  db: DbOrTrx,
  userId: string,
  now: Date,
): Promise<Array<{ meetingId: string; participantId: string; startsAt: Date; answered: boolean }>> {
  const rows = await db
    .selectFrom('meeting_party as p')
    .innerJoin('meeting as m', 'm.id', 'p.meeting_id')
    .leftJoin('meeting_expectation as e', (join) =>
      join.onRef('e.meeting_id', '=', 'p.meeting_id').onRef('e.user_id', '=', 'p.user_id'),
    )
    .select(['m.id', 'm.participant_id', 'm.starts_at', 'e.user_id as answered_by'])
    .where('p.user_id', '=', userId)
    .where('m.status', '=', 'planned')
    .where('m.starts_at', '>', now)
    .orderBy('m.starts_at')
    .execute();
  return rows.map((r) => ({
    meetingId: r.id,
    participantId: r.participant_id,
    startsAt: r.starts_at,
    answered: r.answered_by !== null,
  }));
}

/** Everything about a participant's meetings, for the GDPR export. */
export async function exportMeetings(db: DbOrTrx, participantId: string) {
  const meetings = await listMeetings(db, participantId);
  const out = [];
  for (const m of meetings) {
    out.push({
      ...m,
      expectations: await listExpectations(db, m.id),
      agenda: await listAgenda(db, m.id),
      minutes: await listMinutes(db, m.id),
      actions: await listMeetingActions(db, m.id),
      followUps: await listFollowUps(db, m.id),
    });
  }
  return out;
}

/** Participants' names, for the work list of meeting actions. */
export async function listParticipantNames(
  db: DbOrTrx,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('participant')
    .select(['id', 'given_name', 'family_name'])
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.id, `${r.given_name} ${r.family_name}`]));
}

/** Whose meetings the quality figures count: one participant's, or every participant's of a team. */
export type QualityScope = { participantId: string } | { teamId: string };

export interface QualityMeetingFacts {
  startsAt: Date;
  cancelled: boolean;
  parties: Array<{ userId: string; role: MeetingPartyRole }>;
  expectations: Array<{ userId: string; answeredAt: Date }>;
  financialResolved: boolean;
  actions: Array<{ deadline: string; doneOn: string | null }>;
  followUps: Array<{ role: MeetingPartyRole; answer: FollowUpAnswer }>;
}

/**
 * The facts the meeting-quality rule counts, for meetings starting between `from` and `to` (instants; the rule
 * narrows to Oslo days). Follow-up answers carry the role the person had as a party; an answer from someone no
 * longer a party is left out, because their role in the meeting is not known.
 */
export async function listQualityMeetings(
  db: DbOrTrx,
  scope: QualityScope,
  from: Date,
  to: Date,
): Promise<QualityMeetingFacts[]> {
  let query = db
    .selectFrom('meeting as m')
    .innerJoin('participant as pt', 'pt.id', 'm.participant_id')
    .select(['m.id', 'm.starts_at', 'm.status', 'm.financial_resolved_at'])
    .where('m.starts_at', '>=', from)
    .where('m.starts_at', '<=', to);
  query =
    'participantId' in scope
      ? query.where('m.participant_id', '=', scope.participantId)
      : query.where('pt.team_id', '=', scope.teamId);
  const meetings = await query.orderBy('m.starts_at').execute();
  if (meetings.length === 0) return [];
  const ids = meetings.map((m) => m.id);
  const parties = await db
    .selectFrom('meeting_party')
    .select(['meeting_id', 'user_id', 'role'])
    .where('meeting_id', 'in', ids)
    .execute();
  const expectations = await db
    .selectFrom('meeting_expectation')
    .select(['meeting_id', 'user_id', 'answered_at'])
    .where('meeting_id', 'in', ids)
    .execute();
  const actions = await db
    .selectFrom('meeting_action')
    .select(['meeting_id', 'deadline', 'done_on'])
    .where('meeting_id', 'in', ids)
    .execute();
  const followUps = await db
    .selectFrom('meeting_follow_up as f')
    .innerJoin('meeting_party as p', (join) =>
      join.onRef('p.meeting_id', '=', 'f.meeting_id').onRef('p.user_id', '=', 'f.user_id'),
    )
    .select(['f.meeting_id', 'p.role', 'f.answer'])
    .where('f.meeting_id', 'in', ids)
    .execute();
  return meetings.map((m) => ({
    startsAt: m.starts_at,
    cancelled: m.status === 'cancelled',
    parties: parties.filter((p) => p.meeting_id === m.id).map((p) => ({ userId: p.user_id, role: p.role })),
    expectations: expectations
      .filter((e) => e.meeting_id === m.id)
      .map((e) => ({ userId: e.user_id, answeredAt: e.answered_at })),
    financialResolved: m.financial_resolved_at !== null,
    actions: actions
      .filter((a) => a.meeting_id === m.id)
      .map((a) => ({ deadline: a.deadline, doneOn: a.done_on })),
    followUps: followUps
      .filter((f) => f.meeting_id === m.id)
      .map((f) => ({ role: f.role, answer: f.answer })),
  }));
}

/** When questions for NAV were asked and answered, for questions asked between `from` and `to` (instants). */
export async function listQualityNavQuestions(
  db: DbOrTrx,
  scope: QualityScope,
  from: Date,
  to: Date,
): Promise<Array<{ askedAt: Date; answeredOn: string | null }>> {
  let query = db
    .selectFrom('nav_question as q')
    .innerJoin('participant as pt', 'pt.id', 'q.participant_id')
    .select(['q.asked_at', 'q.answered_on'])
    .where('q.asked_at', '>=', from)
    .where('q.asked_at', '<=', to);
  query =
    'participantId' in scope
      ? query.where('q.participant_id', '=', scope.participantId)
      : query.where('pt.team_id', '=', scope.teamId);
  const rows = await query.execute();
  return rows.map((r) => ({ askedAt: r.asked_at, answeredOn: r.answered_on }));
}
