import {
  type AccessMoment,
  type ConsentFacts,
  decideInformationAccess,
  type InformationCategory,
} from '../access/consent.ts';
import type { ParticipantAccessFacts } from '../access/participant-access.ts';
import { CARE_TEAM_ROLES, type Role } from '../access/roles.ts';
import { daysBetween, type LocalDate, osloDate } from '../shared/local-date.ts';

/**
 * Notifications (issue 8 item 8): a short, content-free note that something happened — a new message, a meeting
 * invitation or change, a step or action that is due. Shown in the app always; sent by e-mail or SMS only to people
 * who opted in and have not said "do not contact me digitally". The text never carries what the message or meeting
 * is about (health details must not leave the app): it says only that there is something to look at in IPS Bridge.
 * Sources: docs/notifications.md; /work/shared/reference security/privacy (data minimisation, GDPR art. 5(1)(c)).
 */
export const NOTIFICATION_KINDS = [
  'message',
  'meeting_invitation',
  'meeting_changed',
  'meeting_cancelled',
  'step_due',
  'action_due',
  'meeting_expectations_due',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const EXTERNAL_CHANNELS = ['email', 'sms'] as const;
export type ExternalChannel = (typeof EXTERNAL_CHANNELS)[number];

/** The consent category a recipient must be able to read, at the time of the event, to be notified of it. */
export const NOTIFICATION_CATEGORY: Readonly<Record<NotificationKind, InformationCategory>> = {
  message: 'contact_and_plan',
  meeting_invitation: 'meeting_minutes',
  meeting_changed: 'meeting_minutes',
  meeting_cancelled: 'meeting_minutes',
  step_due: 'contact_and_plan',
  action_due: 'meeting_minutes',
  meeting_expectations_due: 'meeting_minutes',
};

export interface NotificationCandidate {
  userId: string;
  role: Role;
}

/**
 * Who is notified of an event about one participant: the candidates (the parties to it) who may read the event's
 * category now, under the one access rule (own record, care team, block, consent), never the person who caused it,
 * never a reader through break-the-glass (an emergency opening is not a standing relation), each once.
 */
export function notificationRecipients(input: {
  kind: NotificationKind;
  candidates: readonly NotificationCandidate[];
  actorUserId: string | null;
  facts: ParticipantAccessFacts;
  consent: ConsentFacts;
  at: AccessMoment;
}): string[] {
  const category = NOTIFICATION_CATEGORY[input.kind];
  const out: string[] = [];
  for (const c of input.candidates) {
    if (c.userId === input.actorUserId || out.includes(c.userId)) continue;
    if (c.role !== 'jobseeker' && !(CARE_TEAM_ROLES as readonly string[]).includes(c.role)) continue;
    const decision = decideInformationAccess(
      { userId: c.userId, role: c.role, teamId: null },
      input.facts,
      input.consent,
      'read',
      category,
      input.at,
    );
    if (decision.allowed && decision.basis !== 'break-the-glass') out.push(c.userId);
  }
  return out;
}

/** A person's choices about being contacted outside the app. In the app they are always notified. */
export interface ContactPreferences {
  email: string | null;
  phone: string | null;
  emailOptIn: boolean;
  smsOptIn: boolean;
  /** "Do not contact me digitally": stops every e-mail and SMS, whatever else is chosen. */
  noDigitalContact: boolean;
}

export const NO_CONTACT_PREFERENCES: ContactPreferences = {
  email: null,
  phone: null,
  emailOptIn: false,
  smsOptIn: false,
  noDigitalContact: false,
};

/** The external channels a notification goes out by: opt-in only, never when digital contact is declined. */
export function externalChannels(prefs: ContactPreferences | null | undefined): ExternalChannel[] {
  if (!prefs || prefs.noDigitalContact) return [];
  const out: ExternalChannel[] = [];
  if (prefs.emailOptIn && prefs.email) out.push('email');
  if (prefs.smsOptIn && prefs.phone) out.push('sms');
  return out;
}

/** The address for a channel under the preferences as they stand at sending time, or null: do not send. */
export function addressFor(
  prefs: ContactPreferences | null | undefined,
  channel: ExternalChannel,
): string | null {
  if (!externalChannels(prefs).includes(channel) || !prefs) return null;
  return channel === 'email' ? prefs.email : prefs.phone;
}

export interface ContactPreferenceIssue {
  field: 'email' | 'phone';
  code: 'email_required' | 'phone_required' | 'email_invalid' | 'phone_invalid';
  message: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** A Norwegian mobile or landline number: eight digits, optionally +47 / 0047 first; spaces allowed. */
const PHONE = /^(?:\+47|0047)?\d{8}$/;

export function normalisePhone(phone: string): string {
  return phone.replace(/\s+/g, '');
}

export function contactPreferenceIssues(prefs: ContactPreferences): ContactPreferenceIssue[] {
  const issues: ContactPreferenceIssue[] = [];
  if (prefs.email !== null && !EMAIL.test(prefs.email))
    issues.push({ field: 'email', code: 'email_invalid', message: 'That is not an e-mail address' });
  else if (prefs.emailOptIn && !prefs.email)
    issues.push({ field: 'email', code: 'email_required', message: 'Write the e-mail address to use' });
  if (prefs.phone !== null && !PHONE.test(normalisePhone(prefs.phone)))
    issues.push({ field: 'phone', code: 'phone_invalid', message: 'Write a Norwegian phone number' });
  else if (prefs.smsOptIn && !prefs.phone)
    issues.push({ field: 'phone', code: 'phone_required', message: 'Write the phone number to use' });
  return issues;
}

/** Steps and actions due within this many days (today included) are reminded of, once per due date. */
export const DEFAULT_DUE_REMINDER_DAYS = 2;

/** Whether an open step or action with this due date gets a reminder today. Past due dates do not: the work list shows them. */
export function dueForReminder(dueDate: LocalDate | null, today: LocalDate, daysAhead: number): boolean {
  if (dueDate === null) return false;
  const days = daysBetween(today, dueDate);
  return days >= 0 && days <= daysAhead;
}

/** One reminder per thing and due date: moving the date gives a new reminder, a second run does not. */
export function dueReminderKey(kind: 'step_due' | 'action_due', id: string, dueDate: LocalDate): string {
  return `${kind}:${id}:${dueDate}`;
}

/** A planned meeting as the reminder of unanswered expectations sees it. */
export interface ExpectationReminderMeeting {
  status: 'planned' | 'cancelled';
  startsAt: Date;
  parties: readonly NotificationCandidate[];
  /** The parties who have stated their expectations. */
  answered: ReadonlySet<string>;
}

/**
 * Who is reminded, before a collaboration meeting, to say what they need from it (issue 5 item 2): the invited
 * parties who have not answered, for a planned meeting that starts later than now and within `daysAhead` days
 * (today included, Oslo dates). The jobseeker answers first and the others only after them (the server refuses an
 * earlier answer, the meeting page offers none), so while the jobseeker has not answered only they are reminded.
 * A meeting without the jobseeker as a party lets everyone answer at once. Access (consent, block, care team) is
 * decided after this, by `notificationRecipients` — the same rule as the meeting page's "waiting for".
 */
export function expectationReminderCandidates(input: {
  meeting: ExpectationReminderMeeting;
  now: Date;
  daysAhead: number;
}): NotificationCandidate[] {
  const { meeting, now } = input;
  if (meeting.status !== 'planned' || meeting.startsAt <= now) return [];
  if (daysBetween(osloDate(now), osloDate(meeting.startsAt)) > input.daysAhead) return [];
  const waiting = meeting.parties.filter((p) => !meeting.answered.has(p.userId));
  const jobseeker = meeting.parties.find((p) => p.role === 'jobseeker');
  if (jobseeker && !meeting.answered.has(jobseeker.userId)) return [jobseeker];
  return waiting;
}

/** The reminded parties who may still open the meeting now (consent, blocks, care team). */
export function expectationReminderRecipients(input: {
  meeting: ExpectationReminderMeeting;
  now: Date;
  daysAhead: number;
  facts: ParticipantAccessFacts;
  consent: ConsentFacts;
}): string[] {
  return notificationRecipients({
    kind: 'meeting_expectations_due',
    candidates: expectationReminderCandidates(input),
    actorUserId: null,
    facts: input.facts,
    consent: input.consent,
    at: { today: osloDate(input.now), now: input.now.toISOString() },
  });
}

/**
 * The daily job's reminder: once per meeting and party (a second run, or a second server, makes none). The
 * organiser's "remind those who have not answered": at most once per meeting, party and day (`sentOn`), so pressing
 * it again the same day sends nothing more.
 */
export function expectationReminderKey(meetingId: string, sentOn?: LocalDate): string {
  return sentOn
    ? `meeting_expectations_due:${meetingId}:manual:${sentOn}`
    : `meeting_expectations_due:${meetingId}`;
}

/** After this many failed attempts a delivery is given up (the notification stays in the app). */
export const MAX_DELIVERY_ATTEMPTS = 8;

/** Wait before the next attempt after `attempts` failures: 1, 2, 4 … minutes, at most six hours. */
export function retryDelayMs(attempts: number): number {
  const minutes = Math.min(2 ** Math.max(0, attempts - 1), 360);
  return minutes * 60_000;
}

/** The text sent outside the app: what kind of thing happened, never its content, names or health details. */
export const EXTERNAL_TEXT: Readonly<Record<'nb' | 'nn' | 'en', Readonly<Record<NotificationKind, string>>>> =
  {
    nb: {
      message: 'Du har en ny melding i IPS Bridge. Logg inn for å lese den.',
      meeting_invitation: 'Du er invitert til et møte i IPS Bridge. Logg inn for å se tid og sted.',
      meeting_changed: 'Et møte i IPS Bridge er endret. Logg inn for å se hva som er nytt.',
      meeting_cancelled: 'Et møte i IPS Bridge er avlyst. Logg inn for å se mer.',
      step_due: 'Du har et steg i planen som snart skal være gjort. Logg inn i IPS Bridge for å se det.',
      action_due:
        'Du har en oppgave fra et møte som snart skal være gjort. Logg inn i IPS Bridge for å se den.',
      meeting_expectations_due: 'Et møte i IPS Bridge nærmer seg. Logg inn og si hva du trenger fra det.',
    },
    nn: {
      message: 'Du har ei ny melding i IPS Bridge. Logg inn for å lese ho.',
      meeting_invitation: 'Du er invitert til eit møte i IPS Bridge. Logg inn for å sjå tid og stad.',
      meeting_changed: 'Eit møte i IPS Bridge er endra. Logg inn for å sjå kva som er nytt.',
      meeting_cancelled: 'Eit møte i IPS Bridge er avlyst. Logg inn for å sjå meir.',
      step_due: 'Du har eit steg i planen som snart skal vere gjort. Logg inn i IPS Bridge for å sjå det.',
      action_due:
        'Du har ei oppgåve frå eit møte som snart skal vere gjort. Logg inn i IPS Bridge for å sjå ho.',
      meeting_expectations_due: 'Eit møte i IPS Bridge nærmar seg. Logg inn og sei kva du treng frå det.',
    },
    en: {
      message: 'You have a new message in IPS Bridge. Log in to read it.',
      meeting_invitation: 'You are invited to a meeting in IPS Bridge. Log in to see the time and place.',
      meeting_changed: 'A meeting in IPS Bridge has changed. Log in to see what is new.',
      meeting_cancelled: 'A meeting in IPS Bridge has been cancelled. Log in to see more.',
      step_due: 'A step in your plan is due soon. Log in to IPS Bridge to see it.',
      action_due: 'An action from a meeting is due soon. Log in to IPS Bridge to see it.',
      meeting_expectations_due: 'A meeting in IPS Bridge is coming up. Log in and say what you need from it.',
    },
  };
