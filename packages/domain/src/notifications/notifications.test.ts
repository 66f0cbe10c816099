import { describe, expect, it } from 'vitest';
import { type ConsentFacts, type ConsentRecord, NO_CONSENT_FACTS } from '../access/consent.ts';
import type { ParticipantAccessFacts } from '../access/participant-access.ts';
import {
  addressFor,
  type ContactPreferences,
  contactPreferenceIssues,
  dueForReminder,
  dueReminderKey,
  EXTERNAL_TEXT,
  type ExpectationReminderMeeting,
  expectationReminderKey,
  expectationReminderRecipients,
  externalChannels,
  MAX_DELIVERY_ATTEMPTS,
  NO_CONTACT_PREFERENCES,
  NOTIFICATION_KINDS,
  type NotificationCandidate,
  type NotificationKind,
  notificationRecipients,
  retryDelayMs,
} from './notifications.ts';

const facts: ParticipantAccessFacts = {
  participantId: 'p1',
  participantUserId: 'u-js',
  teamId: 'team-a',
  careTeam: [
    { userId: 'u-spec', role: 'employment_specialist' },
    { userId: 'u-nav', role: 'nav_counsellor' },
    { userId: 'u-ther', role: 'therapist' },
  ],
};
const at = { today: '2026-11-22', now: '2026-11-22T10:00:00.000Z' };
const everyone: NotificationCandidate[] = [
  { userId: 'u-js', role: 'jobseeker' },
  { userId: 'u-spec', role: 'employment_specialist' },
  { userId: 'u-nav', role: 'nav_counsellor' },
  { userId: 'u-ther', role: 'therapist' },
];
const withdraw = (userId: string, category: ConsentRecord['category']): ConsentRecord => ({
  recipient: { kind: 'user', userId },
  category,
  decision: 'withdraw',
  validFrom: '2026-11-01',
  validTo: null,
  sequence: 1,
});
const consent = (partial: Partial<ConsentFacts>): ConsentFacts => ({ ...NO_CONSENT_FACTS, ...partial });

describe('notificationRecipients: who is told of an event', () => {
  it.each<{
    name: string;
    kind: NotificationKind;
    actor: string | null;
    candidates?: NotificationCandidate[];
    consent?: ConsentFacts;
    expected: string[];
  }>([
    {
      name: 'a message from the specialist goes to the jobseeker and the others who share contact and plan',
      kind: 'message',
      actor: 'u-spec',
      expected: ['u-js', 'u-nav', 'u-ther'],
    },
    {
      name: 'a message from the jobseeker goes to the care team, not back to them',
      kind: 'message',
      actor: 'u-js',
      expected: ['u-spec', 'u-nav', 'u-ther'],
    },
    {
      name: 'a withdrawn consent for contact and plan leaves that person out',
      kind: 'message',
      actor: 'u-spec',
      consent: consent({ records: [withdraw('u-nav', 'contact_and_plan')] }),
      expected: ['u-js', 'u-ther'],
    },
    {
      name: 'a blocked person is never notified',
      kind: 'message',
      actor: 'u-js',
      consent: consent({ blockedUserIds: ['u-ther'] }),
      expected: ['u-spec', 'u-nav'],
    },
    {
      name: 'a meeting invitation follows consent for meeting minutes, not for the plan',
      kind: 'meeting_invitation',
      actor: 'u-spec',
      consent: consent({ records: [withdraw('u-ther', 'meeting_minutes')] }),
      expected: ['u-js', 'u-nav'],
    },
    {
      name: 'someone outside the care team is not notified even when named',
      kind: 'meeting_changed',
      actor: 'u-spec',
      candidates: [...everyone, { userId: 'u-stranger', role: 'therapist' }],
      expected: ['u-js', 'u-nav', 'u-ther'],
    },
    {
      name: 'supervisors and administrators are not parties, even with break-the-glass open',
      kind: 'message',
      actor: 'u-spec',
      candidates: [
        { userId: 'u-sup', role: 'ips_supervisor' },
        { userId: 'u-admin', role: 'administrator' },
      ],
      consent: consent({ emergencyAccess: [{ userId: 'u-sup', until: '2026-11-22T11:00:00.000Z' }] }),
      expected: [],
    },
    {
      name: 'a reminder to the owner who is the jobseeker',
      kind: 'step_due',
      actor: null,
      candidates: [{ userId: 'u-js', role: 'jobseeker' }],
      expected: ['u-js'],
    },
    {
      name: 'another jobseeker is never told about this record',
      kind: 'step_due',
      actor: null,
      candidates: [{ userId: 'u-other-js', role: 'jobseeker' }],
      expected: [],
    },
    {
      name: 'each person once',
      kind: 'meeting_cancelled',
      actor: null,
      candidates: [...everyone, ...everyone],
      expected: ['u-js', 'u-spec', 'u-nav', 'u-ther'],
    },
  ])('$name', ({ kind, actor, candidates, consent: c, expected }) => {
    expect(
      notificationRecipients({
        kind,
        actorUserId: actor,
        candidates: candidates ?? everyone,
        facts,
        consent: c ?? NO_CONSENT_FACTS,
        at,
      }),
    ).toEqual(expected);
  });
});

const prefs = (p: Partial<ContactPreferences>): ContactPreferences => ({ ...NO_CONTACT_PREFERENCES, ...p });

describe('externalChannels: in the app always, outside it only by choice', () => {
  it.each<{ name: string; prefs: ContactPreferences | null; expected: string[] }>([
    { name: 'no preferences saved: nothing outside the app', prefs: null, expected: [] },
    {
      name: 'addresses given but not chosen',
      prefs: prefs({ email: 'a@b.no', phone: '99999999' }),
      expected: [],
    },
    { name: 'e-mail chosen', prefs: prefs({ email: 'a@b.no', emailOptIn: true }), expected: ['email'] },
    { name: 'SMS chosen', prefs: prefs({ phone: '99999999', smsOptIn: true }), expected: ['sms'] },
    {
      name: 'both chosen',
      prefs: prefs({ email: 'a@b.no', phone: '99999999', emailOptIn: true, smsOptIn: true }),
      expected: ['email', 'sms'],
    },
    { name: 'chosen without an address', prefs: prefs({ emailOptIn: true, smsOptIn: true }), expected: [] },
    {
      name: '"do not contact me digitally" stops both',
      prefs: prefs({
        email: 'a@b.no',
        phone: '99999999',
        emailOptIn: true,
        smsOptIn: true,
        noDigitalContact: true,
      }),
      expected: [],
    },
  ])('$name', ({ prefs: p, expected }) => {
    expect(externalChannels(p)).toEqual(expected);
  });

  it('gives the address only for a channel that may be used now', () => {
    const p = prefs({ email: 'a@b.no', phone: '99999999', emailOptIn: true });
    expect(addressFor(p, 'email')).toBe('a@b.no');
    expect(addressFor(p, 'sms')).toBeNull();
    expect(addressFor({ ...p, noDigitalContact: true }, 'email')).toBeNull();
  });
});

describe('contactPreferenceIssues', () => {
  it.each<{ prefs: ContactPreferences; codes: string[] }>([
    { prefs: prefs({}), codes: [] },
    { prefs: prefs({ email: 'kari@example.no', emailOptIn: true }), codes: [] },
    { prefs: prefs({ phone: '+47 912 34 567', smsOptIn: true }), codes: [] },
    { prefs: prefs({ emailOptIn: true }), codes: ['email_required'] },
    { prefs: prefs({ smsOptIn: true }), codes: ['phone_required'] },
    { prefs: prefs({ email: 'not-an-address' }), codes: ['email_invalid'] },
    { prefs: prefs({ phone: '123' }), codes: ['phone_invalid'] },
    {
      prefs: prefs({ emailOptIn: true, smsOptIn: true, noDigitalContact: true }),
      codes: ['email_required', 'phone_required'],
    },
  ])('$prefs → $codes', ({ prefs: p, codes }) => {
    expect(contactPreferenceIssues(p).map((i) => i.code)).toEqual(codes);
  });
});

describe('due reminders', () => {
  it.each([
    { due: null, expected: false },
    { due: '2026-11-21', expected: false },
    { due: '2026-11-22', expected: true },
    { due: '2026-11-24', expected: true },
    { due: '2026-11-25', expected: false },
  ])('due $due with two days ahead on 2026-11-22 → $expected', ({ due, expected }) => {
    expect(dueForReminder(due, '2026-11-22', 2)).toBe(expected);
  });

  it('keys a reminder by thing and due date', () => {
    expect(dueReminderKey('step_due', 's1', '2026-11-24')).toBe('step_due:s1:2026-11-24');
    expect(dueReminderKey('step_due', 's1', '2026-11-25')).not.toBe(
      dueReminderKey('step_due', 's1', '2026-11-24'),
    );
  });
});

describe('expectation reminders: who is asked before a meeting to say what they need from it', () => {
  // 2026-11-22 10:00 UTC is 11:00 in Oslo.
  const now = new Date('2026-11-22T10:00:00.000Z');
  const inDays = (days: number, hour = 9) =>
    new Date(Date.parse(`2026-11-22T${String(hour).padStart(2, '0')}:00:00.000Z`) + days * 86_400_000);
  const meeting = (partial: Partial<ExpectationReminderMeeting>): ExpectationReminderMeeting => ({
    status: 'planned',
    startsAt: inDays(1),
    parties: [
      { userId: 'u-js', role: 'jobseeker' },
      { userId: 'u-spec', role: 'employment_specialist' },
      { userId: 'u-nav', role: 'nav_counsellor' },
    ],
    answered: new Set(),
    ...partial,
  });
  it.each<{ name: string; meeting: ExpectationReminderMeeting; consent?: ConsentFacts; expected: string[] }>([
    {
      name: 'nobody has answered: only the jobseeker, who answers first',
      meeting: meeting({}),
      expected: ['u-js'],
    },
    {
      name: 'the jobseeker has answered: the others who have not',
      meeting: meeting({ answered: new Set(['u-js']) }),
      expected: ['u-spec', 'u-nav'],
    },
    {
      name: 'those who answered are not reminded',
      meeting: meeting({ answered: new Set(['u-js', 'u-nav']) }),
      expected: ['u-spec'],
    },
    {
      name: 'everyone answered: nobody',
      meeting: meeting({ answered: new Set(['u-js', 'u-spec', 'u-nav']) }),
      expected: [],
    },
    {
      name: 'only staff answered (not possible through the app): still only the jobseeker',
      meeting: meeting({ answered: new Set(['u-spec']) }),
      expected: ['u-js'],
    },
    {
      name: 'a meeting without the jobseeker: every party who has not answered',
      meeting: meeting({
        parties: [
          { userId: 'u-spec', role: 'employment_specialist' },
          { userId: 'u-ther', role: 'therapist' },
        ],
        answered: new Set(['u-spec']),
      }),
      expected: ['u-ther'],
    },
    {
      name: 'later today is within reach',
      meeting: meeting({ startsAt: inDays(0, 14), answered: new Set(['u-js']) }),
      expected: ['u-spec', 'u-nav'],
    },
    {
      name: 'two days ahead is within reach',
      meeting: meeting({ startsAt: inDays(2, 20) }),
      expected: ['u-js'],
    },
    { name: 'three days ahead is too far', meeting: meeting({ startsAt: inDays(3, 6) }), expected: [] },
    { name: 'a cancelled meeting: nobody', meeting: meeting({ status: 'cancelled' }), expected: [] },
    { name: 'a meeting already started: nobody', meeting: meeting({ startsAt: inDays(0, 9) }), expected: [] },
    { name: 'a past meeting: nobody', meeting: meeting({ startsAt: inDays(-3) }), expected: [] },
    {
      name: 'a party the jobseeker blocked cannot open the meeting: not reminded',
      meeting: meeting({ answered: new Set(['u-js']) }),
      consent: consent({ blockedUserIds: ['u-nav'] }),
      expected: ['u-spec'],
    },
    {
      name: 'a party whose consent for meeting minutes is withdrawn: not reminded',
      meeting: meeting({ answered: new Set(['u-js']) }),
      consent: consent({ records: [withdraw('u-spec', 'meeting_minutes')] }),
      expected: ['u-nav'],
    },
    {
      name: 'a party no longer in the care team: not reminded',
      meeting: meeting({
        answered: new Set(['u-js']),
        parties: [
          { userId: 'u-js', role: 'jobseeker' },
          { userId: 'u-gone', role: 'therapist' },
          { userId: 'u-nav', role: 'nav_counsellor' },
        ],
      }),
      expected: ['u-nav'],
    },
  ])('$name', ({ meeting: m, consent: c, expected }) => {
    expect(
      expectationReminderRecipients({ meeting: m, now, daysAhead: 2, facts, consent: c ?? NO_CONSENT_FACTS }),
    ).toEqual(expected);
  });

  it('keys the reminder by meeting, so each party gets it once', () => {
    expect(expectationReminderKey('m1')).toBe('meeting_expectations_due:m1');
    expect(expectationReminderKey('m2')).not.toBe(expectationReminderKey('m1'));
    // The organiser's reminder: once a day, apart from the daily job's.
    expect(expectationReminderKey('m1', '2026-11-22')).toBe('meeting_expectations_due:m1:manual:2026-11-22');
    expect(expectationReminderKey('m1', '2026-11-23')).not.toBe(expectationReminderKey('m1', '2026-11-22'));
  });
});

describe('retries', () => {
  it.each([
    { attempts: 1, minutes: 1 },
    { attempts: 2, minutes: 2 },
    { attempts: 4, minutes: 8 },
    { attempts: 20, minutes: 360 },
  ])('after $attempts failures wait $minutes minutes', ({ attempts, minutes }) => {
    expect(retryDelayMs(attempts)).toBe(minutes * 60_000);
  });
  it('gives up after a bounded number of attempts', () => {
    expect(MAX_DELIVERY_ATTEMPTS).toBeGreaterThan(3);
  });
});

describe('the text sent outside the app', () => {
  it('has a text for every kind in every language, mentioning no one and nothing from the record', () => {
    for (const language of ['nb', 'nn', 'en'] as const)
      for (const kind of NOTIFICATION_KINDS) {
        const text = EXTERNAL_TEXT[language][kind];
        expect(text).toContain('IPS Bridge');
        expect(text).not.toMatch(/\{\{|\$\{/);
      }
  });
});
