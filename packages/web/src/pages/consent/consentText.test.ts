import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { ConsentHistoryEntry, SharingCell } from '../../api/consent.ts';
import {
  decidingRecord,
  describeAction,
  describeBasis,
  describeSource,
  isEmergencyEntry,
} from './consentText.ts';

const t = ((key: string, options?: Record<string, unknown>) =>
  options ? `${key} ${JSON.stringify(options)}` : key) as unknown as TFunction;

describe('audit actions in plain words', () => {
  it('has its own sentence for some actions', () => {
    expect(describeAction(t, 'consent.write')).toBe('consent.log.exact.consent_write');
    expect(describeAction(t, 'emergency_access.open')).toBe('consent.log.exact.emergency_access_open');
    expect(describeAction(t, 'participant.history.read')).toBe('consent.log.exact.participant_history_read');
    // Reading the meeting-quality figures only looked; without its own sentence it would read as a change.
    expect(describeAction(t, 'meeting.quality')).toBe('consent.log.exact.meeting_quality');
  });

  it('names the information and whether it was seen or changed', () => {
    expect(describeAction(t, 'benefits.read')).toBe(
      'consent.log.read {"what":"consent.log.things.benefits"}',
    );
    expect(describeAction(t, 'career_profile.read')).toBe(
      'consent.log.read {"what":"consent.log.things.career_profile"}',
    );
    expect(describeAction(t, 'plan.step.create')).toBe(
      'consent.log.change {"what":"consent.log.things.plan"}',
    );
    expect(describeAction(t, 'benefits.scenario.save')).toBe(
      'consent.log.change {"what":"consent.log.things.benefits"}',
    );
  });

  it('falls back to a general sentence for an action it does not know', () => {
    expect(describeAction(t, 'something_new.read')).toBe('consent.log.other');
    expect(describeAction(t, 'plan')).toBe('consent.log.other');
    expect(describeAction(t, '')).toBe('consent.log.other');
  });
});

describe('why an access was allowed or refused', () => {
  it('words the basis of an allowed access', () => {
    expect(describeBasis(t, { outcome: 'allowed', basis: 'care-team' })).toBe('consent.log.basis.care-team');
    expect(describeBasis(t, { outcome: 'allowed', basis: 'consent' })).toBe('consent.log.basis.consent');
    expect(describeBasis(t, { outcome: 'allowed', basis: 'demo seed' })).toBe('consent.log.basisOther');
    expect(describeBasis(t, { outcome: 'allowed', basis: null })).toBe('consent.log.basisOther');
  });

  it('says a refused attempt was refused, and why', () => {
    expect(describeBasis(t, { outcome: 'denied', basis: 'consent-withdrawn' })).toBe(
      'consent.log.deniedText {"reason":"consent.log.denyReasons.consent-withdrawn"}',
    );
    expect(describeBasis(t, { outcome: 'denied', basis: 'participant-not-found' })).toBe(
      'consent.log.deniedText {"reason":"consent.log.denyOther"}',
    );
  });

  it('marks break-the-glass openings and reads, not refused ones', () => {
    expect(isEmergencyEntry({ outcome: 'allowed', action: 'benefits.read', basis: 'break-the-glass' })).toBe(
      true,
    );
    expect(isEmergencyEntry({ outcome: 'allowed', action: 'emergency_access.open', basis: 'x' })).toBe(true);
    expect(
      isEmergencyEntry({ outcome: 'denied', action: 'plan.read', basis: 'break-the-glass-is-read-only' }),
    ).toBe(false);
    expect(isEmergencyEntry({ outcome: 'allowed', action: 'plan.read', basis: 'care-team' })).toBe(false);
  });
});

const NINA = 'a0000000-0000-4000-8000-000000000001';

function entry(
  fields: Partial<ConsentHistoryEntry> & Pick<ConsentHistoryEntry, 'sequence'>,
): ConsentHistoryEntry {
  return {
    recipient: { kind: 'user', userId: NINA, role: null, displayName: 'Nina' },
    category: 'benefits',
    decision: 'grant',
    purpose: '',
    validFrom: '2026-11-01',
    validTo: null,
    recordedVia: 'jobseeker',
    recordedBy: { id: NINA, displayName: 'Kari' },
    recordedAt: '2026-11-01T10:00:00Z',
    ...fields,
  };
}

describe('where a cell’s answer comes from', () => {
  const shared: SharingCell = { category: 'benefits', shared: true, by: 'person', withdrawn: false };
  const format = (date: string) => `<${date}>`;

  it('finds the grant that decides a cell, for its end date', () => {
    const history = [
      entry({ sequence: 3, validTo: '2026-12-31' }),
      entry({ sequence: 2, decision: 'withdraw' }),
      entry({ sequence: 4, category: 'career_profile' }),
      entry({ sequence: 5, validFrom: '2027-01-01' }),
    ];
    expect(
      decidingRecord(history, { userId: NINA, role: 'nav_counsellor' }, shared, '2026-11-20')?.sequence,
    ).toBe(3);
    expect(
      decidingRecord(
        history,
        { userId: NINA, role: 'nav_counsellor' },
        { ...shared, by: 'default' },
        '2026-11-20',
      ),
    ).toBeNull();
  });

  it('follows a record for the role when the answer comes from the role', () => {
    const history = [
      entry({
        sequence: 1,
        recipient: { kind: 'role', userId: null, role: 'nav_counsellor', displayName: null },
      }),
    ];
    expect(
      decidingRecord(
        history,
        { userId: NINA, role: 'nav_counsellor' },
        { ...shared, by: 'role' },
        '2026-11-20',
      )?.sequence,
    ).toBe(1);
  });

  it('says as standard, yes (until), no, or blocked', () => {
    const options = { blocked: false, validTo: null, formatDate: format };
    expect(describeSource(t, 'self', { ...shared, by: 'default' }, options)).toBe(
      'consent.source.self.default',
    );
    expect(describeSource(t, 'self', shared, options)).toBe('consent.source.self.granted');
    expect(describeSource(t, 'staff', shared, { ...options, validTo: '2026-12-31' })).toBe(
      'consent.source.staff.grantedUntil {"date":"<2026-12-31>"}',
    );
    expect(describeSource(t, 'self', { ...shared, shared: false, withdrawn: true }, options)).toBe(
      'consent.source.self.withdrawn',
    );
    expect(describeSource(t, 'self', { ...shared, by: 'role' }, options)).toBe(
      'consent.source.self.granted consent.source.forRole',
    );
    expect(describeSource(t, 'self', shared, { ...options, blocked: true })).toBe(
      'consent.source.self.blocked',
    );
  });
});
