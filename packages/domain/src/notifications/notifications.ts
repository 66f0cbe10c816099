import {
  type AccessMoment,
  type ConsentFacts,
  decideInformationAccess,
  type InformationCategory,
} from '../access/consent.ts';
import type { ParticipantAccessFacts } from '../access/participant-access.ts';
import { CARE_TEAM_ROLES, type Role } from '../access/roles.ts';
import { daysBetween, type LocalDate } from '../shared/local-date.ts';

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
    },
    nn: {
      message: 'Du har ei ny melding i IPS Bridge. Logg inn for å lese ho.',
      meeting_invitation: 'Du er invitert til eit møte i IPS Bridge. Logg inn for å sjå tid og stad.',
      meeting_changed: 'Eit møte i IPS Bridge er endra. Logg inn for å sjå kva som er nytt.',
      meeting_cancelled: 'Eit møte i IPS Bridge er avlyst. Logg inn for å sjå meir.',
      step_due: 'Du har eit steg i planen som snart skal vere gjort. Logg inn i IPS Bridge for å sjå det.',
      action_due:
        'Du har ei oppgåve frå eit møte som snart skal vere gjort. Logg inn i IPS Bridge for å sjå ho.',
    },
    en: {
      message: 'You have a new message in IPS Bridge. Log in to read it.',
      meeting_invitation: 'You are invited to a meeting in IPS Bridge. Log in to see the time and place.',
      meeting_changed: 'A meeting in IPS Bridge has changed. Log in to see what is new.',
      meeting_cancelled: 'A meeting in IPS Bridge has been cancelled. Log in to see more.',
      step_due: 'A step in your plan is due soon. Log in to IPS Bridge to see it.',
      action_due: 'An action from a meeting is due soon. Log in to IPS Bridge to see it.',
    },
  };
