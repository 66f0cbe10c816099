import { describe, expect, it } from 'vitest';
import {
  type AuditChainRow,
  auditChainHash,
  auditRowHash,
  canonicalAuditRow,
  GENESIS_HASH,
} from './canonical.ts';

const base: AuditChainRow = {
  id: 42,
  at: '2026-11-22T10:15:30.123456Z',
  actorUserId: '6f1c2b4e-0000-4000-8000-000000000001',
  actorRole: 'employment_specialist',
  action: 'participant.read',
  participantId: '0b9d1a7e-0000-4000-8000-0000000000aa',
  outcome: 'allowed',
  reason: 'default-sharing',
  requestId: 'req-7',
};
const BASE_TEXT =
  '["ips-bridge-audit-1",42,"2026-11-22T10:15:30.123456Z","6f1c2b4e-0000-4000-8000-000000000001",' +
  '"employment_specialist","participant.read","0b9d1a7e-0000-4000-8000-0000000000aa","allowed",' +
  '"default-sharing","req-7"]';

describe('canonicalAuditRow', () => {
  it.each<[string, Partial<AuditChainRow>, string]>([
    ['every field, in the fixed order', {}, BASE_TEXT],
    [
      'missing values as null, an empty string as ""',
      { actorUserId: null, actorRole: null, participantId: null, reason: '', requestId: null },
      '["ips-bridge-audit-1",42,"2026-11-22T10:15:30.123456Z",null,null,"participant.read",null,"allowed","",null]',
    ],
    [
      'quotes, backslashes and control characters escaped',
      { reason: 'a "quoted", \\back\\ slash\nnew\tline\r\u0000' },
      BASE_TEXT.replace('"default-sharing"', '"a \\"quoted\\", \\\\back\\\\ slash\\nnew\\tline\\r\\u0000"'),
    ],
    [
      'non-ASCII text as it is (hashed as UTF-8)',
      { reason: 'Jobbspesialisten så på planen 🎉' },
      BASE_TEXT.replace('"default-sharing"', '"Jobbspesialisten så på planen 🎉"'),
    ],
    [
      'times before year 1 and infinity as PostgreSQL gives them',
      { at: '0044-03-15T00:00:00.000000Z BC' },
      BASE_TEXT.replace('2026-11-22T10:15:30.123456Z', '0044-03-15T00:00:00.000000Z BC'),
    ],
  ])('%s', (_name, change, expected) => {
    const text = canonicalAuditRow({ ...base, ...change });
    expect(text).toBe(expected);
    expect(JSON.parse(text)).toEqual([
      'ips-bridge-audit-1',
      ...Object.values({ ...base, ...change }).map((v) => (v === undefined ? null : v)),
    ]);
  });

  it.each<[string, Partial<AuditChainRow>, Partial<AuditChainRow>]>([
    // Plain concatenation would give the same text for these pairs; the JSON array does not.
    ['a separator moved between two fields', { actorRole: 'a","b' }, { actorRole: 'a', action: 'b' }],
    ['null against the text "null"', { reason: null }, { reason: 'null' }],
    ['null against an empty string', { reason: null }, { reason: '' }],
    ['a value moved to the next field', { reason: 'x', requestId: null }, { reason: null, requestId: 'x' }],
    ['microseconds', { at: '2026-11-22T10:15:30.123456Z' }, { at: '2026-11-22T10:15:30.123457Z' }],
    ['the era', { at: '0044-03-15T00:00:00.000000Z' }, { at: '0044-03-15T00:00:00.000000Z BC' }],
    ['the id', { id: 42 }, { id: 43 }],
  ])('tells apart %s', (_name, a, b) => {
    expect(canonicalAuditRow({ ...base, ...a })).not.toBe(canonicalAuditRow({ ...base, ...b }));
    expect(auditRowHash({ ...base, ...a }).equals(auditRowHash({ ...base, ...b }))).toBe(false);
  });

  it.each([0, -1, 1.5, Number.NaN, 2 ** 53])('refuses the id %s', (id) => {
    expect(() => canonicalAuditRow({ ...base, id })).toThrow(RangeError);
  });
});

describe('hashes', () => {
  // Computed outside this code: printf '%s' "$BASE_TEXT" | sha256sum, then sha256 of 32 zero bytes ‖ that.
  it('are pinned: a change here breaks every chain sealed so far', () => {
    expect(auditRowHash(base).toString('hex')).toBe(
      '513b9dbef0195da48610b297539036b04a890d0f65b383bb800959f81979d3cc',
    );
    expect(auditChainHash(GENESIS_HASH, auditRowHash(base)).toString('hex')).toBe(
      'c2bd9d907994ff10bc1f665f34b3a9dd5f3cae3796e0775f23399dfc26bbbae7',
    );
  });

  it('chain in order: the same rows in another order end in another head', () => {
    const rows = [1, 2, 3].map((id) => auditRowHash({ ...base, id }));
    const fold = (hashes: Buffer[]) =>
      hashes.reduce((previous, h) => auditChainHash(previous, h), GENESIS_HASH);
    const [first, second, third] = rows as [Buffer, Buffer, Buffer];
    expect(fold([first, second, third]).equals(fold([first, third, second]))).toBe(false);
    expect(fold([first, second, third]).equals(fold([first, third]))).toBe(false);
  });
});
