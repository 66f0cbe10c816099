import { INFORMATION_CATEGORIES, RECIPIENT_ROLES } from '@ips-bridge/domain';
import { describe, expect, it } from 'vitest';
import type { ConsentRecipientView } from '../../api/consent.ts';
import {
  checkPaperConsent,
  isIsoDate,
  type PaperConsentDraft,
  paperChanges,
  paperRecipientValue,
  parsePaperRecipient,
  sharingChanges,
} from './consentChanges.ts';

const NINA = 'a0000000-0000-4000-8000-000000000001';

const nina: ConsentRecipientView = {
  userId: NINA,
  displayName: 'Nina',
  role: 'nav_counsellor',
  blocked: false,
  sharing: INFORMATION_CATEGORIES.map((category) => ({
    category,
    shared: ['contact_and_plan', 'career_profile', 'benefits', 'meeting_minutes'].includes(category),
    by: 'default' as const,
    withdrawn: false,
  })),
};

describe('the jobseeker’s changes for one person', () => {
  it('records only what was switched on or off, end date on grants only', () => {
    const selected = new Set([
      'contact_and_plan',
      'career_profile',
      'meeting_minutes',
      'warning_signs',
    ] as const);
    expect(sharingChanges(nina, selected, { purpose: '  For jobben ', validTo: '2026-12-31' })).toEqual([
      {
        recipient: { kind: 'user', userId: NINA },
        category: 'warning_signs',
        decision: 'grant',
        purpose: 'For jobben',
        validTo: '2026-12-31',
      },
      {
        recipient: { kind: 'user', userId: NINA },
        category: 'benefits',
        decision: 'withdraw',
        purpose: 'For jobben',
      },
    ]);
  });

  it('records nothing when nothing changed', () => {
    const same = new Set(nina.sharing.filter((c) => c.shared).map((c) => c.category));
    expect(sharingChanges(nina, same, { purpose: '', validTo: '' })).toEqual([]);
  });
});

describe('a consent from a paper form', () => {
  const today = '2026-11-20';
  const draft: PaperConsentDraft = {
    recipient: `user:${NINA}`,
    decision: 'grant',
    categories: ['warning_signs'],
    purpose: '',
    validFrom: today,
    validTo: '',
    signed: true,
  };

  it('reads the recipient back from the select', () => {
    expect(
      parsePaperRecipient(paperRecipientValue({ kind: 'user', userId: NINA }), RECIPIENT_ROLES, [NINA]),
    ).toEqual({
      kind: 'user',
      userId: NINA,
    });
    expect(parsePaperRecipient('role:therapist', RECIPIENT_ROLES, [])).toEqual({
      kind: 'role',
      role: 'therapist',
    });
    expect(parsePaperRecipient('role:administrator', RECIPIENT_ROLES, [])).toBeNull();
    expect(parsePaperRecipient(`user:${NINA}`, RECIPIENT_ROLES, [])).toBeNull();
    expect(parsePaperRecipient('', RECIPIENT_ROLES, [NINA])).toBeNull();
  });

  it('needs a recipient, a category, valid dates and the signed form', () => {
    expect(checkPaperConsent(draft, { kind: 'user', userId: NINA }, today)).toEqual({});
    expect(
      checkPaperConsent(
        { ...draft, categories: [], signed: false, validFrom: '2026-02-30', validTo: '2026-11-19' },
        null,
        today,
      ),
    ).toEqual({
      recipient: 'recipient',
      categories: 'categories',
      validFrom: 'validFrom',
      validTo: 'validTo',
      signed: 'signed',
    });
    expect(
      checkPaperConsent(
        { ...draft, validFrom: '2026-12-10', validTo: '2026-12-01' },
        { kind: 'role', role: 'therapist' },
        today,
      ),
    ).toEqual({ validTo: 'endBeforeStart' });
    // A withdrawal has no end date, so one left in the field is not checked (and not sent).
    expect(
      checkPaperConsent(
        { ...draft, decision: 'withdraw', validTo: 'x' },
        { kind: 'role', role: 'therapist' },
        today,
      ),
    ).toEqual({});
  });

  it('records one change per category', () => {
    expect(
      paperChanges(
        {
          ...draft,
          categories: ['warning_signs', 'work_functioning'],
          validTo: '2027-01-31',
          purpose: ' Møte ',
        },
        { kind: 'user', userId: NINA },
      ),
    ).toEqual([
      {
        recipient: { kind: 'user', userId: NINA },
        category: 'warning_signs',
        decision: 'grant',
        purpose: 'Møte',
        validFrom: today,
        validTo: '2027-01-31',
      },
      {
        recipient: { kind: 'user', userId: NINA },
        category: 'work_functioning',
        decision: 'grant',
        purpose: 'Møte',
        validFrom: today,
        validTo: '2027-01-31',
      },
    ]);
    expect(
      paperChanges(
        { ...draft, decision: 'withdraw', validTo: '2027-01-31' },
        { kind: 'role', role: 'therapist' },
      ),
    ).toEqual([
      {
        recipient: { kind: 'role', role: 'therapist' },
        category: 'warning_signs',
        decision: 'withdraw',
        purpose: '',
        validFrom: today,
      },
    ]);
  });

  it('knows a real date', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('28.02.2026')).toBe(false);
  });
});
