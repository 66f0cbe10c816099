import type { TFunction } from 'i18next';
import type {
  AccessLogEntry,
  ConsentHistoryEntry,
  ConsentRecipientView,
  SharingCell,
} from '../../api/consent.ts';
import type { consentNb } from '../../i18n/locales/consent/nb.ts';

type ExactAction = keyof typeof consentNb.log.exact;
type Thing = keyof typeof consentNb.log.things;
type Basis = keyof typeof consentNb.log.basis;
type DenyReason = keyof typeof consentNb.log.denyReasons;

// The keys the catalogue translates, listed here so the catalogue can load with the pages (i18n.ts) instead of
// with this module; the types keep the lists and the bokmål catalogue in step.
const EXACT_ACTIONS: Record<ExactAction, true> = {
  consent_write: true,
  consent_block: true,
  consent_unblock: true,
  access_log_read: true,
  emergency_access_open: true,
  participant_create: true,
  participant_history_read: true,
  participant_first_contact_set: true,
  participant_phase_change: true,
  job_lead_match: true,
  benefits_question_create: true,
  benefits_question_answer: true,
  nav_report_jobseeker_response: true,
  caseload_read: true,
  work_list_read: true,
  message_mark_read: true,
  start_page_read: true,
  meeting_quality: true,
};

const THINGS: Record<Thing, true> = {
  participant: true,
  plan: true,
  career_profile: true,
  cv: true,
  disclosure_plan: true,
  benefits: true,
  nav_report: true,
  work: true,
  job: true,
  education: true,
  support_contact: true,
  consent: true,
  employer_contact: true,
  meeting: true,
  therapist_note: true,
  message: true,
};

const BASES: Record<Basis, true> = {
  'care-team': true,
  'default-sharing': true,
  consent: true,
  'own-record': true,
  'team-supervisor': true,
  'break-the-glass': true,
};

const DENY_REASONS: Record<DenyReason, true> = {
  'blocked-by-jobseeker': true,
  'not-shared': true,
  'consent-withdrawn': true,
  'break-the-glass-is-read-only': true,
  'not-in-care-team': true,
  'not-team-supervisor': true,
  'administrator-has-no-participant-access': true,
  'jobseeker-read-only': true,
  'not-own-record': true,
};

function isExactAction(key: string): key is ExactAction {
  return Object.hasOwn(EXACT_ACTIONS, key);
}

function isThing(key: string): key is Thing {
  return Object.hasOwn(THINGS, key);
}

function isBasis(key: string): key is Basis {
  return Object.hasOwn(BASES, key);
}

function isDenyReason(key: string): key is DenyReason {
  return Object.hasOwn(DENY_REASONS, key);
}

/** Audit actions that end in these words only looked; every other ending changed something. */
const READ_VERBS = new Set(['read', 'list', 'view']);

/**
 * An audit action ("career_profile.read", "plan.step.create") in plain words: a few actions have their own
 * sentence; otherwise the first part names the information and the last part whether it was seen or changed; an
 * action the app does not know gets a general sentence.
 */
export function describeAction(t: TFunction, action: string): string {
  const exact = action.replaceAll('.', '_');
  if (isExactAction(exact)) return t(`consent.log.exact.${exact}`);
  const parts = action.split('.');
  const family = parts[0] ?? '';
  const verb = parts[parts.length - 1] ?? '';
  if (parts.length < 2 || !isThing(family)) return t('consent.log.other');
  const what = t(`consent.log.things.${family}`);
  return READ_VERBS.has(verb) ? t('consent.log.read', { what }) : t('consent.log.change', { what });
}

/** Why an access was allowed, or why it was refused, in plain words. */
export function describeBasis(t: TFunction, entry: Pick<AccessLogEntry, 'outcome' | 'basis'>): string {
  const basis = entry.basis ?? '';
  if (entry.outcome === 'denied') {
    const reason = isDenyReason(basis) ? t(`consent.log.denyReasons.${basis}`) : t('consent.log.denyOther');
    return t('consent.log.deniedText', { reason });
  }
  return isBasis(basis) ? t(`consent.log.basis.${basis}`) : t('consent.log.basisOther');
}

/** Whether the entry is a break-the-glass opening or a read on that basis: shown highlighted, with the reason. */
export function isEmergencyEntry(entry: Pick<AccessLogEntry, 'action' | 'basis' | 'outcome'>): boolean {
  return (
    entry.outcome === 'allowed' &&
    (entry.basis === 'break-the-glass' || entry.action === 'emergency_access.open')
  );
}

export type Voice = 'self' | 'staff';

/**
 * The grant that decides a shared cell, for its end date: the latest record for this person (or, when the answer
 * comes from the role, for their role) and category that applies today.
 */
export function decidingRecord(
  history: readonly ConsentHistoryEntry[],
  recipient: Pick<ConsentRecipientView, 'userId' | 'role'>,
  cell: SharingCell,
  today: string,
): ConsentHistoryEntry | null {
  if (cell.by === 'default') return null;
  let found: ConsentHistoryEntry | null = null;
  for (const entry of history) {
    const forThem =
      cell.by === 'person'
        ? entry.recipient.kind === 'user' && entry.recipient.userId === recipient.userId
        : entry.recipient.kind === 'role' && entry.recipient.role === recipient.role;
    if (!forThem || entry.category !== cell.category || entry.validFrom > today) continue;
    if (entry.decision === 'grant' && entry.validTo !== null && entry.validTo < today) continue;
    if (!found || entry.sequence > found.sequence) found = entry;
  }
  return found;
}

/** Where a cell's answer comes from: "as standard", "you said yes (until …)", "you said no". */
export function describeSource(
  t: TFunction,
  voice: Voice,
  cell: SharingCell,
  options: { blocked: boolean; validTo: string | null; formatDate: (date: string) => string },
): string {
  if (options.blocked) return t(`consent.source.${voice}.blocked`);
  let text: string;
  if (cell.by === 'default') text = t(`consent.source.${voice}.default`);
  else if (cell.withdrawn || !cell.shared) text = t(`consent.source.${voice}.withdrawn`);
  else if (options.validTo) {
    text = t(`consent.source.${voice}.grantedUntil`, { date: options.formatDate(options.validTo) });
  } else text = t(`consent.source.${voice}.granted`);
  return cell.by === 'role' ? `${text} ${t('consent.source.forRole')}` : text;
}
