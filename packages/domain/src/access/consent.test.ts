import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ConsentFacts,
  type ConsentRecord,
  DEFAULT_SHARING,
  decideInformationAccess,
  effectiveSharing,
  INFORMATION_CATEGORIES,
  type InformationCategory,
  NO_CONSENT_FACTS,
  RECIPIENT_ROLES,
  readableCategories,
  recipientsWhoMaySee,
} from './consent.ts';
import type { Actor, ParticipantAccessFacts, ParticipantAction } from './participant-access.ts';
import { ROLES } from './roles.ts';

const facts: ParticipantAccessFacts = {
  participantId: 'p1',
  participantUserId: 'u-jobseeker',
  teamId: 'team-a',
  careTeam: [
    { userId: 'u-spec', role: 'employment_specialist' },
    { userId: 'u-nav', role: 'nav_counsellor' },
    { userId: 'u-nav-2', role: 'nav_counsellor' },
    { userId: 'u-ther', role: 'therapist' },
  ],
};

const at = { today: '2026-11-22', now: '2026-11-22T10:00:00.000Z' };
const specialist: Actor = { userId: 'u-spec', role: 'employment_specialist', teamId: 'team-a' };
const nav: Actor = { userId: 'u-nav', role: 'nav_counsellor', teamId: null };
const nav2: Actor = { userId: 'u-nav-2', role: 'nav_counsellor', teamId: null };
const therapist: Actor = { userId: 'u-ther', role: 'therapist', teamId: null };
const supervisor: Actor = { userId: 'u-sup', role: 'ips_supervisor', teamId: 'team-a' };
const otherSupervisor: Actor = { userId: 'u-sup-b', role: 'ips_supervisor', teamId: 'team-b' };
const admin: Actor = { userId: 'u-admin', role: 'administrator', teamId: null };
const jobseeker: Actor = { userId: 'u-jobseeker', role: 'jobseeker', teamId: null };

let sequence = 0;
function record(
  partial: Partial<ConsentRecord> & Pick<ConsentRecord, 'recipient' | 'category'>,
): ConsentRecord {
  sequence += 1;
  return { decision: 'grant', validFrom: '2026-01-01', validTo: null, sequence, ...partial };
}
const consent = (partial: Partial<ConsentFacts>): ConsentFacts => ({ ...NO_CONSENT_FACTS, ...partial });

describe('default sharing', () => {
  it('never shares diagnosis and treatment by default, and gives NAV no health information', () => {
    for (const role of RECIPIENT_ROLES) expect(DEFAULT_SHARING[role]).not.toContain('diagnosis_treatment');
    expect(DEFAULT_SHARING.nav_counsellor).not.toContain('warning_signs');
    expect(DEFAULT_SHARING.nav_counsellor).not.toContain('work_functioning');
  });
});

describe('decideInformationAccess', () => {
  const nothing = NO_CONSENT_FACTS;
  const withdrawNavMinutes = consent({
    records: [
      record({
        recipient: { kind: 'role', role: 'nav_counsellor' },
        category: 'meeting_minutes',
        decision: 'withdraw',
      }),
    ],
  });
  const grantNavWarnings = consent({
    records: [record({ recipient: { kind: 'user', userId: 'u-nav' }, category: 'warning_signs' })],
  });
  const expiredGrant = consent({
    records: [
      record({
        recipient: { kind: 'role', role: 'nav_counsellor' },
        category: 'diagnosis_treatment',
        validTo: '2026-11-21',
      }),
    ],
  });
  const futureGrant = consent({
    records: [
      record({
        recipient: { kind: 'role', role: 'nav_counsellor' },
        category: 'diagnosis_treatment',
        validFrom: '2026-11-23',
      }),
    ],
  });
  const grantThenWithdraw = consent({
    records: [
      record({ recipient: { kind: 'user', userId: 'u-ther' }, category: 'diagnosis_treatment' }),
      record({
        recipient: { kind: 'user', userId: 'u-ther' },
        category: 'diagnosis_treatment',
        decision: 'withdraw',
      }),
    ],
  });
  const personBeatsRole = consent({
    records: [
      record({ recipient: { kind: 'user', userId: 'u-nav' }, category: 'benefits', decision: 'withdraw' }),
      record({ recipient: { kind: 'role', role: 'nav_counsellor' }, category: 'benefits' }),
    ],
  });
  const blockedTherapist = consent({
    blockedUserIds: ['u-ther'],
    records: [record({ recipient: { kind: 'user', userId: 'u-ther' }, category: 'diagnosis_treatment' })],
  });
  const glass = (userId: string, until = '2026-11-22T11:00:00.000Z') =>
    consent({ emergencyAccess: [{ userId, until }] });

  it.each<[string, Actor, ConsentFacts, ParticipantAction, InformationCategory, object]>([
    [
      'specialist reads the plan by default',
      specialist,
      nothing,
      'read',
      'contact_and_plan',
      { allowed: true, basis: 'default-sharing' },
    ],
    [
      'specialist reads warning signs by default',
      specialist,
      nothing,
      'read',
      'warning_signs',
      { allowed: true, basis: 'default-sharing' },
    ],
    [
      'specialist cannot read diagnosis without consent',
      specialist,
      nothing,
      'read',
      'diagnosis_treatment',
      { allowed: false, reason: 'not-shared' },
    ],
    [
      'NAV reads benefits by default',
      nav,
      nothing,
      'read',
      'benefits',
      { allowed: true, basis: 'default-sharing' },
    ],
    [
      'NAV cannot read warning signs by default',
      nav,
      nothing,
      'read',
      'warning_signs',
      { allowed: false, reason: 'not-shared' },
    ],
    [
      'NAV reads warning signs on a personal consent',
      nav,
      grantNavWarnings,
      'read',
      'warning_signs',
      { allowed: true, basis: 'consent' },
    ],
    [
      'a personal consent does not reach another NAV counsellor',
      nav2,
      grantNavWarnings,
      'read',
      'warning_signs',
      { allowed: false, reason: 'not-shared' },
    ],
    [
      'NAV loses the minutes when the jobseeker withdraws them for the role',
      nav,
      withdrawNavMinutes,
      'read',
      'meeting_minutes',
      { allowed: false, reason: 'consent-withdrawn' },
    ],
    [
      'the withdrawal for NAV does not touch the therapist',
      therapist,
      withdrawNavMinutes,
      'read',
      'meeting_minutes',
      { allowed: true, basis: 'default-sharing' },
    ],
    [
      'an expired grant no longer applies',
      nav,
      expiredGrant,
      'read',
      'diagnosis_treatment',
      { allowed: false, reason: 'not-shared' },
    ],
    [
      'a grant from tomorrow does not apply yet',
      nav,
      futureGrant,
      'read',
      'diagnosis_treatment',
      { allowed: false, reason: 'not-shared' },
    ],
    [
      'the latest record wins: grant then withdraw',
      therapist,
      grantThenWithdraw,
      'read',
      'diagnosis_treatment',
      { allowed: false, reason: 'consent-withdrawn' },
    ],
    [
      'a record naming the person beats the role, whatever the order',
      nav,
      personBeatsRole,
      'read',
      'benefits',
      { allowed: false, reason: 'consent-withdrawn' },
    ],
    [
      '…and the role record still applies to the other counsellor',
      nav2,
      personBeatsRole,
      'read',
      'benefits',
      { allowed: true, basis: 'consent' },
    ],
    [
      'a block overrides a consent',
      therapist,
      blockedTherapist,
      'read',
      'diagnosis_treatment',
      { allowed: false, reason: 'blocked-by-jobseeker' },
    ],
    [
      'a block shuts out everything',
      therapist,
      blockedTherapist,
      'read',
      'contact_and_plan',
      { allowed: false, reason: 'blocked-by-jobseeker' },
    ],
    [
      'writing needs the category too',
      nav,
      withdrawNavMinutes,
      'write',
      'meeting_minutes',
      { allowed: false, reason: 'consent-withdrawn' },
    ],
    [
      'the team supervisor reads the plan',
      supervisor,
      nothing,
      'read',
      'contact_and_plan',
      { allowed: true, basis: 'default-sharing' },
    ],
    [
      'the team supervisor does not read benefits by default',
      supervisor,
      nothing,
      'read',
      'benefits',
      { allowed: false, reason: 'not-shared' },
    ],
    [
      'another team’s supervisor has no relation',
      otherSupervisor,
      nothing,
      'read',
      'contact_and_plan',
      { allowed: false, reason: 'not-team-supervisor' },
    ],
    [
      'break-the-glass lets a supervisor read outside consent',
      supervisor,
      glass('u-sup'),
      'read',
      'benefits',
      { allowed: true, basis: 'break-the-glass' },
    ],
    [
      'break-the-glass lets another team’s supervisor read',
      otherSupervisor,
      glass('u-sup-b'),
      'read',
      'contact_and_plan',
      { allowed: true, basis: 'break-the-glass' },
    ],
    [
      'break-the-glass is read-only',
      otherSupervisor,
      glass('u-sup-b'),
      'write',
      'contact_and_plan',
      { allowed: false, reason: 'break-the-glass-is-read-only' },
    ],
    [
      'break-the-glass ends on time',
      admin,
      glass('u-admin', '2026-11-22T10:00:00.000Z'),
      'read',
      'contact_and_plan',
      { allowed: false, reason: 'administrator-has-no-participant-access' },
    ],
    [
      'an administrator reads only with break-the-glass',
      admin,
      glass('u-admin'),
      'read',
      'diagnosis_treatment',
      { allowed: true, basis: 'break-the-glass' },
    ],
    [
      'a block overrides break-the-glass',
      supervisor,
      consent({
        blockedUserIds: ['u-sup'],
        emergencyAccess: [{ userId: 'u-sup', until: '2026-11-22T11:00:00.000Z' }],
      }),
      'read',
      'contact_and_plan',
      { allowed: false, reason: 'blocked-by-jobseeker' },
    ],
    [
      'a specialist cannot break the glass',
      specialist,
      glass('u-spec'),
      'read',
      'diagnosis_treatment',
      { allowed: false, reason: 'not-shared' },
    ],
    [
      'the jobseeker reads all of their own information',
      jobseeker,
      withdrawNavMinutes,
      'read',
      'diagnosis_treatment',
      { allowed: true, basis: 'own-record' },
    ],
    [
      'the jobseeker contributes to their own record',
      jobseeker,
      nothing,
      'contribute',
      'benefits',
      { allowed: true, basis: 'own-record' },
    ],
  ])('%s', (_name, actor, consentFacts, action, category, expected) => {
    expect(decideInformationAccess(actor, facts, consentFacts, action, category, at)).toEqual(expected);
  });

  it('lists the readable categories for a reader', () => {
    expect([...readableCategories(nav, facts, NO_CONSENT_FACTS, at)].sort()).toEqual(
      [...DEFAULT_SHARING.nav_counsellor].sort(),
    );
    expect(readableCategories(therapist, facts, blockedTherapist, at).size).toBe(0);
  });
});

describe('effectiveSharing', () => {
  it('says where the answer came from', () => {
    expect(effectiveSharing([], 'u-nav', 'nav_counsellor', 'benefits', at.today)).toEqual({
      shared: true,
      by: 'default',
      withdrawn: false,
    });
  });
});

// ── Property test against a small reference model ────────────────────────────────────────────────────────────
// The model is written differently on purpose: it sorts the records newest first and takes the first person
// record, then the first role record, then the default table; relations come from an explicit table.

const USERS = [
  'u-spec',
  'u-nav',
  'u-nav-2',
  'u-ther',
  'u-sup',
  'u-sup-b',
  'u-admin',
  'u-jobseeker',
  'u-stranger',
];
const ACTOR_ROLE: Record<string, Actor['role']> = {
  'u-spec': 'employment_specialist',
  'u-nav': 'nav_counsellor',
  'u-nav-2': 'nav_counsellor',
  'u-ther': 'therapist',
  'u-sup': 'ips_supervisor',
  'u-sup-b': 'ips_supervisor',
  'u-admin': 'administrator',
  'u-jobseeker': 'jobseeker',
  'u-stranger': 'employment_specialist',
};
const TEAM: Record<string, string | null> = {
  'u-spec': 'team-a',
  'u-sup': 'team-a',
  'u-sup-b': 'team-b',
  'u-stranger': 'team-a',
};
const DAYS = ['2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23', '2026-11-24'];

function referenceModel(
  userId: string,
  records: readonly ConsentRecord[],
  blocked: readonly string[],
  glassUntil: Record<string, string>,
  action: ParticipantAction,
  category: InformationCategory,
): boolean {
  const role = ACTOR_ROLE[userId];
  if (role === 'jobseeker') return action !== 'write';
  if (blocked.includes(userId)) return false;
  const glass =
    (role === 'ips_supervisor' || role === 'administrator') && (glassUntil[userId] ?? '') > at.now;
  const careRole = facts.careTeam.find((m) => m.userId === userId)?.role;
  const relationRole =
    careRole ?? (role === 'ips_supervisor' && TEAM[userId] === 'team-a' ? 'ips_supervisor' : undefined);
  if (relationRole === undefined) return glass && action === 'read';
  const newestFirst = [...records].sort((a, b) => b.sequence - a.sequence);
  const inForce = (r: ConsentRecord) =>
    r.category === category &&
    r.validFrom <= at.today &&
    (r.decision === 'withdraw' || r.validTo === null || at.today <= r.validTo);
  const personal = newestFirst.find(
    (r) => inForce(r) && r.recipient.kind === 'user' && r.recipient.userId === userId,
  );
  const forRole = newestFirst.find(
    (r) => inForce(r) && r.recipient.kind === 'role' && r.recipient.role === relationRole,
  );
  const shared =
    (personal ?? forRole)
      ? (personal ?? forRole)?.decision === 'grant'
      : DEFAULT_SHARING[relationRole].includes(category);
  return shared || (glass && action === 'read');
}

const recordArb = fc.record({
  recipient: fc.oneof(
    fc.record({ kind: fc.constant('user' as const), userId: fc.constantFrom(...USERS) }),
    fc.record({ kind: fc.constant('role' as const), role: fc.constantFrom(...RECIPIENT_ROLES) }),
  ),
  category: fc.constantFrom(...INFORMATION_CATEGORIES),
  decision: fc.constantFrom('grant' as const, 'withdraw' as const),
  validFrom: fc.constantFrom(...DAYS),
  validTo: fc.option(fc.constantFrom(...DAYS), { nil: null }),
});

describe('decideInformationAccess against the reference model', () => {
  it('agrees in 100 000 generated cases', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...USERS),
        fc.array(recordArb, { maxLength: 8 }),
        fc.subarray(USERS, { maxLength: 2 }),
        fc.dictionary(
          fc.constantFrom('u-sup', 'u-sup-b', 'u-admin', 'u-spec'),
          fc.constantFrom('2026-11-22T09:00:00.000Z', '2026-11-22T12:00:00.000Z'),
        ),
        fc.constantFrom<ParticipantAction>('read', 'write', 'contribute'),
        fc.constantFrom(...INFORMATION_CATEGORIES),
        (userId, raw, blocked, glassUntil, action, category) => {
          const records = raw.map((r, i) => ({ ...r, sequence: i + 1 }));
          const actor: Actor = {
            userId,
            role: ACTOR_ROLE[userId] ?? 'jobseeker',
            teamId: TEAM[userId] ?? null,
          };
          const consentFacts: ConsentFacts = {
            records,
            blockedUserIds: blocked,
            emergencyAccess: Object.entries(glassUntil).map(([id, until]) => ({ userId: id, until })),
          };
          const decision = decideInformationAccess(actor, facts, consentFacts, action, category, at);
          expect(decision.allowed).toBe(
            referenceModel(userId, records, blocked, glassUntil, action, category),
          );
        },
      ),
      { numRuns: 100_000 },
    );
  }, 120_000); // 100 000 cases take seconds; a busy machine must not fail it on time.

  it('covers every role', () => {
    expect(new Set(Object.values(ACTOR_ROLE))).toEqual(new Set(ROLES));
  });
});

describe('recipientsWhoMaySee', () => {
  const recipients = [
    { userId: 'u-spec', role: 'employment_specialist' as const },
    { userId: 'u-nav', role: 'nav_counsellor' as const },
    { userId: 'u-ther', role: 'therapist' as const },
  ];
  it.each<[string, ConsentFacts, InformationCategory, string[]]>([
    ['warning signs by default', NO_CONSENT_FACTS, 'warning_signs', ['u-spec', 'u-ther']],
    ['diagnosis by default: nobody', NO_CONSENT_FACTS, 'diagnosis_treatment', []],
    [
      'warning signs shared with NAV by name',
      consent({
        records: [record({ recipient: { kind: 'user', userId: 'u-nav' }, category: 'warning_signs' })],
      }),
      'warning_signs',
      ['u-spec', 'u-nav', 'u-ther'],
    ],
    [
      'a blocked specialist is left out',
      consent({ blockedUserIds: ['u-spec'] }),
      'work_functioning',
      ['u-ther'],
    ],
  ])('%s', (_name, facts, category, expected) => {
    expect(recipientsWhoMaySee(recipients, facts, category, at.today).map((r) => r.userId)).toEqual(expected);
  });
});
