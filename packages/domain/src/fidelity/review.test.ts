import { describe, expect, it } from 'vitest';
import { IPS25_SCALE } from './ips25.ts';
import {
  agreementSummary,
  completionProblems,
  consensusProblems,
  fidelityBand,
  fidelityTotal,
  maySeeSheet,
  type ReviewFacts,
  sheetSubmitProblems,
  statusAfterSubmit,
  weakItems,
} from './review.ts';

const all = (score: number) => new Map(Array.from({ length: 25 }, (_, i) => [i + 1, score] as const));

describe('total and band (ips-model.md §1.2; fidelity-verification.md §2)', () => {
  it.each([
    { total: 125, band: 'exemplary' },
    { total: 115, band: 'exemplary' },
    { total: 114, band: 'good' },
    { total: 100, band: 'good' },
    { total: 99, band: 'fair' },
    { total: 74, band: 'fair' },
    { total: 73, band: 'not_ips' },
    { total: 25, band: 'not_ips' },
  ])('$total → $band', ({ total, band }) => {
    expect(fidelityBand(IPS25_SCALE, total)).toBe(band);
  });

  it.each([24, 126, 99.5])('refuses a total of %s that 25 items scored 1–5 cannot reach', (total) => {
    expect(() => fidelityBand(IPS25_SCALE, total)).toThrow(RangeError);
  });

  it('adds all 25 scores, and gives no total while one is missing', () => {
    const scores = all(4);
    expect(fidelityTotal(scores)).toBe(100);
    scores.delete(7);
    expect(fidelityTotal(scores)).toBeNull();
  });
});

describe('weak items (≤ 3) get an action plan', () => {
  it('lists items scored 1–3 in order', () => {
    const scores = all(5);
    scores.set(17, 2);
    scores.set(3, 3);
    scores.set(9, 4);
    expect(weakItems(scores)).toEqual([3, 17]);
  });
});

describe('agreement between the two independent sheets', () => {
  it('counts exact, within one and far-apart items', () => {
    const a = new Map([
      [1, 5],
      [2, 4],
      [3, 1],
      [4, 3],
    ]);
    const b = new Map([
      [1, 5],
      [2, 3],
      [3, 4],
      [5, 2],
    ]);
    expect(agreementSummary(a, b)).toEqual({
      compared: 3,
      exact: 1,
      withinOne: 2,
      farApart: [3],
      meanDifference: 1.33,
    });
  });
  it('has no mean with nothing to compare', () => {
    expect(agreementSummary(new Map(), new Map()).meanDifference).toBeNull();
  });
});

describe('the review state machine', () => {
  const facts = (over: Partial<ReviewFacts> = {}): ReviewFacts => ({
    status: 'scoring',
    submitted: { a: false, b: false },
    consensusItems: new Set(),
    ...over,
  });

  it('submits a sheet only with all 25 items scored', () => {
    expect(sheetSubmitProblems(facts(), 'a', new Set([1, 2]))).toEqual([
      { kind: 'sheet_incomplete', missing: Array.from({ length: 23 }, (_, i) => i + 3) },
    ]);
    expect(sheetSubmitProblems(facts(), 'a', new Set(all(3).keys()))).toEqual([]);
    expect(
      sheetSubmitProblems(facts({ submitted: { a: true, b: false } }), 'a', new Set(all(3).keys())),
    ).toEqual([{ kind: 'sheet_submitted' }]);
  });

  it.each([
    { a: false, b: false, status: 'scoring' },
    { a: true, b: false, status: 'scoring' },
    { a: true, b: true, status: 'consensus' },
  ] as const)('a=$a b=$b → $status', ({ a, b, status }) => {
    expect(statusAfterSubmit({ a, b })).toBe(status);
  });

  it('waits for both reviewers before consensus', () => {
    expect(consensusProblems(facts({ submitted: { a: true, b: false } }))).toEqual([
      { kind: 'reviewer_not_submitted', slot: 'b' },
    ]);
  });

  it('completes only with consensus on all 25 items', () => {
    const both = { a: true, b: true };
    expect(
      completionProblems(facts({ status: 'consensus', submitted: both, consensusItems: new Set([1]) })),
    ).toEqual([{ kind: 'consensus_missing', missing: Array.from({ length: 24 }, (_, i) => i + 2) }]);
    expect(
      completionProblems(
        facts({ status: 'consensus', submitted: both, consensusItems: new Set(all(1).keys()) }),
      ),
    ).toEqual([]);
    expect(completionProblems(facts({ status: 'completed', submitted: both }))).toEqual([
      { kind: 'already_completed' },
    ]);
  });

  it.each([
    { submitted: { a: false, b: false }, sheet: 'a', viewer: 'a', may: true },
    { submitted: { a: true, b: false }, sheet: 'b', viewer: 'a', may: false },
    { submitted: { a: true, b: false }, sheet: 'a', viewer: null, may: false },
    { submitted: { a: true, b: true }, sheet: 'b', viewer: 'a', may: true },
    { submitted: { a: true, b: true }, sheet: 'a', viewer: null, may: true },
  ] as const)(
    'sheet $sheet visible to $viewer when submitted $submitted: $may',
    ({ submitted, sheet, viewer, may }) => {
      expect(maySeeSheet({ submitted }, sheet, viewer)).toBe(may);
    },
  );
});
