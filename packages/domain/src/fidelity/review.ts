import type { FidelityBand, FidelityScale } from './scale-types.ts';

/**
 * A fidelity review as IPS runs it: two reviewers score the 25 items independently, then agree a consensus score per
 * item with the evidence for it (ips-model.md §1.1: "two reviewers … reach scores by consensus"; scores rest on
 * evidence, not plans). The total (25–125) falls in a band (ips-model.md §1.2). Items scored low get an action plan.
 *
 * States: `scoring` (each reviewer fills in their own sheet; neither sees the other's until both have submitted) →
 * `consensus` (both sheets submitted; consensus scores and evidence are agreed) → `completed` (all 25 consensus
 * scores set; the total and band are fixed). Action plans can be added and followed up after completion.
 */
export const REVIEW_STATUSES = ['scoring', 'consensus', 'completed'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const REVIEWER_SLOTS = ['a', 'b'] as const;
export type ReviewerSlot = (typeof REVIEWER_SLOTS)[number];

export const FIDELITY_ITEM_COUNT = 25;
export const FIDELITY_MAX_TOTAL = 125;

/** An item whose consensus score is at or below this is weak and gets an action plan (scores 1–3 of 5). */
export const WEAK_ITEM_MAX_SCORE = 3;

export function isFidelityScore(value: unknown): value is 1 | 2 | 3 | 4 | 5 {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;
}

/** Sum of the scores; null until every item of the scale has one. */
export function fidelityTotal(scores: ReadonlyMap<number, number>): number | null {
  let total = 0;
  for (let item = 1; item <= FIDELITY_ITEM_COUNT; item++) {
    const score = scores.get(item);
    if (score === undefined) return null;
    total += score;
  }
  return total;
}

/** The band a total falls in: the first band (highest first) whose minimum it reaches. */
export function fidelityBand(scale: FidelityScale, total: number): FidelityBand {
  if (!Number.isInteger(total) || total < FIDELITY_ITEM_COUNT || total > FIDELITY_MAX_TOTAL)
    throw new RangeError(`A total of ${FIDELITY_ITEM_COUNT} items scored 1–5 lies in 25–125, not ${total}`);
  const band = scale.bands.find((b) => total >= b.min);
  if (!band) throw new RangeError(`No band for ${total}`);
  return band.band;
}

/** Items whose consensus score is weak (≤ 3), in item order. */
export function weakItems(scores: ReadonlyMap<number, number>): number[] {
  return [...scores.entries()]
    .filter(([, score]) => score <= WEAK_ITEM_MAX_SCORE)
    .map(([item]) => item)
    .sort((a, b) => a - b);
}

export interface AgreementSummary {
  /** Items both reviewers scored. */
  compared: number;
  /** Items where both gave the same score. */
  exact: number;
  /** Items where the scores differ by at most one point (includes exact). */
  withinOne: number;
  /** Items that differ by two points or more, to talk through first. */
  farApart: number[];
  /** Mean absolute difference, to two decimals; null when nothing to compare. */
  meanDifference: number | null;
}

/** How close the two independent sheets were, to guide the consensus talk. */
export function agreementSummary(
  a: ReadonlyMap<number, number>,
  b: ReadonlyMap<number, number>,
): AgreementSummary {
  let compared = 0;
  let exact = 0;
  let withinOne = 0;
  let sum = 0;
  const farApart: number[] = [];
  for (const [item, scoreA] of [...a.entries()].sort(([x], [y]) => x - y)) {
    const scoreB = b.get(item);
    if (scoreB === undefined) continue;
    const diff = Math.abs(scoreA - scoreB);
    compared++;
    sum += diff;
    if (diff === 0) exact++;
    if (diff <= 1) withinOne++;
    else farApart.push(item);
  }
  return {
    compared,
    exact,
    withinOne,
    farApart,
    meanDifference: compared === 0 ? null : Math.round((sum / compared) * 100) / 100,
  };
}

/** Items 1–25 missing from a set of scores. */
export function missingItems(scores: ReadonlyMap<number, number> | ReadonlySet<number>): number[] {
  const missing: number[] = [];
  for (let item = 1; item <= FIDELITY_ITEM_COUNT; item++) if (!scores.has(item)) missing.push(item);
  return missing;
}

export interface ReviewFacts {
  status: ReviewStatus;
  submitted: Record<ReviewerSlot, boolean>;
  /** Items with a consensus score. */
  consensusItems: ReadonlySet<number>;
}

export type ReviewProblem =
  | { kind: 'already_completed' }
  | { kind: 'not_in_state'; expected: ReviewStatus }
  | { kind: 'reviewer_not_submitted'; slot: ReviewerSlot }
  | { kind: 'sheet_incomplete'; missing: number[] }
  | { kind: 'sheet_submitted' }
  | { kind: 'consensus_missing'; missing: number[] };

/** May a reviewer change or submit their own sheet? Only while scoring, and only before they submitted. */
export function sheetEditProblems(review: ReviewFacts, slot: ReviewerSlot): ReviewProblem[] {
  if (review.status === 'completed') return [{ kind: 'already_completed' }];
  if (review.status !== 'scoring' || review.submitted[slot]) return [{ kind: 'sheet_submitted' }];
  return [];
}

/** A sheet can be submitted when every item has a score. */
export function sheetSubmitProblems(
  review: ReviewFacts,
  slot: ReviewerSlot,
  scored: ReadonlySet<number>,
): ReviewProblem[] {
  const edit = sheetEditProblems(review, slot);
  if (edit.length > 0) return edit;
  const missing = missingItems(scored);
  return missing.length > 0 ? [{ kind: 'sheet_incomplete', missing }] : [];
}

/** The status once a sheet has been submitted: both in → consensus. */
export function statusAfterSubmit(submitted: Record<ReviewerSlot, boolean>): ReviewStatus {
  return submitted.a && submitted.b ? 'consensus' : 'scoring';
}

/** Consensus can be set once both reviewers have submitted, until the review is completed. */
export function consensusProblems(review: ReviewFacts): ReviewProblem[] {
  if (review.status === 'completed') return [{ kind: 'already_completed' }];
  const waiting = REVIEWER_SLOTS.filter((s) => !review.submitted[s]).map(
    (slot) => ({ kind: 'reviewer_not_submitted', slot }) as const,
  );
  return waiting.length > 0 ? waiting : [];
}

/** Completing needs both sheets submitted and a consensus score for all 25 items. */
export function completionProblems(review: ReviewFacts): ReviewProblem[] {
  const blocking = consensusProblems(review);
  if (blocking.length > 0) return blocking;
  const missing = missingItems(review.consensusItems);
  return missing.length > 0 ? [{ kind: 'consensus_missing', missing }] : [];
}

/**
 * Independence: while the review is being scored, a reviewer sees only their own sheet and nobody else (not even
 * the supervisor) sees either sheet's scores — only whether each has been submitted. Once both have submitted,
 * both sheets are shown side by side to everyone who may see the review.
 */
export function maySeeSheet(
  review: Pick<ReviewFacts, 'submitted'>,
  sheet: ReviewerSlot,
  viewerSlot: ReviewerSlot | null,
): boolean {
  if (review.submitted.a && review.submitted.b) return true;
  return viewerSlot === sheet;
}
