import type { TherapistNoteCategory } from '../access/consent.ts';
import { daysBetween, type LocalDate } from '../shared/local-date.ts';

/**
 * Collaboration meetings (issue 5). Research on 16 IPS collaboration meetings found each party "in a different
 * meeting": the jobseeker wanted financial clarity from NAV, NAV felt disconnected, the therapist held back because
 * of confidentiality, and meetings ended without decisions anyone owned. The rules below answer that: everyone states
 * up front what they need and can bring (the jobseeker first), the agenda is built from those answers with a standing
 * financial item, every action has one owner and a deadline, and the minutes reach the parties only after the
 * jobseeker has seen them. Source: the IPS model's integration of employment and treatment (fidelity items 2–3,
 * ../shared/reference/fidelity-verification.md) and the collaboration findings in ../shared/reference/ips-model.md.
 */

/** The roles a meeting party can have: the jobseeker and the care-team roles. */
export const MEETING_PARTY_ROLES = [
  'jobseeker',
  'employment_specialist',
  'nav_counsellor',
  'therapist',
] as const;
export type MeetingPartyRole = (typeof MEETING_PARTY_ROLES)[number];

export const MEETING_STATUSES = ['planned', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** Minutes go draft → seen by the jobseeker → published; an edit after publishing makes a new version. */
export const MINUTES_STATES = ['draft', 'seen_by_jobseeker', 'published'] as const;
export type MinutesState = (typeof MINUTES_STATES)[number];

export const AGENDA_ITEM_KINDS = ['financial', 'from_expectations', 'added'] as const;
export type AgendaItemKind = (typeof AGENDA_ITEM_KINDS)[number];

export const MINUTE_KINDS = ['minute', 'decision'] as const;
export type MinuteKind = (typeof MINUTE_KINDS)[number];

export const FOLLOW_UP_ANSWERS = ['yes', 'partly', 'no'] as const;
export type FollowUpAnswer = (typeof FOLLOW_UP_ANSWERS)[number];

/** Meeting length limits: a meeting lasts between 15 minutes and 8 hours. */
export const MIN_MEETING_MINUTES = 15;
export const MAX_MEETING_MINUTES = 8 * 60;

export interface MeetingIssue {
  field: string;
  code: string;
  message: string;
}

export interface PlannedMeeting {
  start: Date;
  end: Date;
  place: string | null;
  videoLink: string | null;
  inviteeIds: readonly string[];
}

/** A person who may be invited: the participant's own login and their care team. */
export interface EligibleParty {
  userId: string;
  role: MeetingPartyRole;
  /** False when the jobseeker does not share meeting minutes with them (withdrawn consent or a block). */
  sharesMeetings?: boolean;
}

/**
 * What is wrong with a planned (or re-planned) meeting, field by field: it must lie in the future, last 15 min–8 h,
 * have a place or a video link, and invite only people in the participant's care team (or the jobseeker).
 */
export function meetingPlanIssues(
  plan: PlannedMeeting,
  eligible: readonly EligibleParty[],
  now: Date,
): MeetingIssue[] {
  const issues: MeetingIssue[] = [];
  if (plan.start.getTime() <= now.getTime())
    issues.push({ field: 'start', code: 'meeting_in_past', message: 'The meeting must start in the future' });
  const minutes = (plan.end.getTime() - plan.start.getTime()) / 60_000;
  if (minutes < MIN_MEETING_MINUTES || minutes > MAX_MEETING_MINUTES)
    issues.push({
      field: 'endTime',
      code: 'meeting_length',
      message: `The meeting must last between ${MIN_MEETING_MINUTES} minutes and ${MAX_MEETING_MINUTES / 60} hours`,
    });
  if (!plan.place?.trim() && !plan.videoLink?.trim())
    issues.push({ field: 'place', code: 'place_or_link_required', message: 'Give a place or a video link' });
  if (plan.videoLink && !/^https:\/\/\S+$/.test(plan.videoLink))
    issues.push({
      field: 'videoLink',
      code: 'video_link_https',
      message: 'The video link must start with https://',
    });
  const byId = new Map(eligible.map((e) => [e.userId, e]));
  if (plan.inviteeIds.length === 0)
    issues.push({ field: 'inviteeIds', code: 'invitees_required', message: 'Invite at least one party' });
  if (plan.inviteeIds.some((id) => !byId.has(id)))
    issues.push({
      field: 'inviteeIds',
      code: 'invitee_outside_care_team',
      message: 'Only the jobseeker and people in their care team can be invited',
    });
  else if (plan.inviteeIds.some((id) => byId.get(id)?.sharesMeetings === false))
    issues.push({
      field: 'inviteeIds',
      code: 'invitee_without_consent',
      message: 'The jobseeker does not share meeting minutes with one of those invited',
    });
  return issues;
}

export interface ActionInput {
  text: string;
  ownerUserId: string | null;
  deadline: LocalDate | null;
}

/** An action item needs one owner, who is a party to the meeting, and a deadline not before the meeting day. */
export function actionIssues(
  action: ActionInput,
  partyIds: readonly string[],
  meetingDay: LocalDate,
): MeetingIssue[] {
  const issues: MeetingIssue[] = [];
  if (!action.text.trim()) issues.push({ field: 'text', code: 'required', message: 'Describe the action' });
  if (!action.ownerUserId)
    issues.push({
      field: 'ownerUserId',
      code: 'action_owner_required',
      message: 'Every action needs one owner',
    });
  else if (!partyIds.includes(action.ownerUserId))
    issues.push({
      field: 'ownerUserId',
      code: 'action_owner_not_party',
      message: 'The owner must be one of the meeting’s parties',
    });
  if (!action.deadline)
    issues.push({
      field: 'deadline',
      code: 'action_deadline_required',
      message: 'Every action needs a deadline',
    });
  else if (action.deadline < meetingDay)
    issues.push({
      field: 'deadline',
      code: 'action_deadline_before_meeting',
      message: 'The deadline cannot be before the meeting',
    });
  return issues;
}

/** Days an open action is past its deadline (0 when done or not yet due). */
export function actionDaysOverdue(
  action: { deadline: LocalDate; doneOn: LocalDate | null },
  today: LocalDate,
): number {
  if (action.doneOn !== null) return 0;
  return Math.max(0, daysBetween(action.deadline, today));
}

export interface ExpectationAnswer {
  userId: string;
  role: MeetingPartyRole;
  displayName: string;
  need: string;
  contribution: string;
}

export interface DraftAgendaItem {
  kind: AgendaItemKind;
  title: string;
  sourceUserId: string | null;
}

/**
 * The first agenda, from the parties' answers: the jobseeker's need first, then the others' needs in the order the
 * parties answered, and the standing financial-clarity item (the jobseeker's saved benefit scenarios and open
 * questions for NAV) right after the jobseeker's own item, because money was the question jobseekers brought most.
 */
export function buildAgenda(answers: readonly ExpectationAnswer[]): DraftAgendaItem[] {
  const jobseeker = answers.filter((a) => a.role === 'jobseeker');
  const others = answers.filter((a) => a.role !== 'jobseeker');
  const fromAnswer = (a: ExpectationAnswer): DraftAgendaItem => ({
    kind: 'from_expectations',
    title: a.need.trim().slice(0, 200),
    sourceUserId: a.userId,
  });
  return [
    ...jobseeker.filter((a) => a.need.trim()).map(fromAnswer),
    { kind: 'financial', title: 'financial_clarity', sourceUserId: null },
    ...others.filter((a) => a.need.trim()).map(fromAnswer),
  ];
}

/** Moves item `index` one place up or down; returns the same order when it cannot move. */
export function moveItem<T>(items: readonly T[], index: number, direction: 'up' | 'down'): T[] {
  const target = direction === 'up' ? index - 1 : index + 1;
  const copy = [...items];
  if (index < 0 || index >= copy.length || target < 0 || target >= copy.length) return copy;
  const [moved] = copy.splice(index, 1) as [T];
  copy.splice(target, 0, moved);
  return copy;
}

export type MinutesEvent = 'jobseeker_saw' | 'publish' | 'edit';

/**
 * The publication state machine. The jobseeker sees the minutes first; only then can the organiser publish. An edit
 * before publishing sends the minutes back to draft (the jobseeker must see the changed text); an edit after
 * publishing is allowed only as a new version, published with the change shown.
 */
export function nextMinutesState(
  state: MinutesState,
  event: MinutesEvent,
): { ok: true; state: MinutesState; newVersion: boolean } | { ok: false; code: string; message: string } {
  switch (event) {
    case 'jobseeker_saw':
      if (state === 'draft') return { ok: true, state: 'seen_by_jobseeker', newVersion: false };
      return { ok: true, state, newVersion: false };
    case 'publish':
      if (state === 'seen_by_jobseeker') return { ok: true, state: 'published', newVersion: false };
      if (state === 'published')
        return { ok: false, code: 'minutes_already_published', message: 'The minutes are already published' };
      return {
        ok: false,
        code: 'minutes_not_seen_by_jobseeker',
        message: 'The jobseeker must see the minutes before they are published',
      };
    case 'edit':
      if (state === 'published') return { ok: true, state: 'published', newVersion: true };
      return { ok: true, state: 'draft', newVersion: false };
  }
}

/** The short prompt each role sees when answering its expectations (message keys; the web words them). */
export const ROLE_PROMPTS: Readonly<Record<MeetingPartyRole, string>> = {
  jobseeker: 'jobseeker',
  employment_specialist: 'employment_specialist',
  nav_counsellor: 'nav_counsellor',
  therapist: 'therapist',
};

/**
 * Whether a reader sees a minute entry: entries without a health category are seen by every reader of the
 * minutes; a therapist's entry in a health category only by the jobseeker, its author, and readers whose consent
 * covers that category (the rule therapist notes follow, helsepersonelloven § 22).
 */
export function mayReadEntry(
  entry: { category: TherapistNoteCategory | null; authorId: string },
  reader: { userId: string; ownRecord: boolean; readable: ReadonlySet<string> },
): boolean {
  if (entry.category === null || reader.ownRecord || entry.authorId === reader.userId) return true;
  return reader.readable.has(entry.category);
}

/** Whether a jobseeker's expectations are visible to `readerId` (null visibility: all parties). */
export function mayReadExpectation(
  answer: { userId: string; visibleTo: readonly string[] | null },
  readerId: string,
  ownRecord: boolean,
): boolean {
  if (ownRecord || answer.userId === readerId || answer.visibleTo === null) return true;
  return answer.visibleTo.includes(readerId);
}
