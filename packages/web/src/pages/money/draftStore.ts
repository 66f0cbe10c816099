import type { WorkScenario } from '@ips-bridge/domain';
import type { MoneyPlan, SavedScenario } from '../../api/types.ts';
import type { MoneyFormValues } from '../../forms/moneyForm.ts';

/**
 * What someone is trying in the calculator, kept in memory while they move between the calculator and its print
 * view (so nothing typed is lost). It is not stored in the browser: a reload or closing the tab forgets it, and a
 * draft belongs to one logged-in user and one participant.
 */
export interface MoneyDraft {
  values: MoneyFormValues;
  compared: WorkScenario[];
}

const drafts = new Map<string, MoneyDraft>();

function keyFor(userId: string, participantId: string): string {
  return `${userId}:${participantId}`;
}

export function readDraft(userId: string, participantId: string): MoneyDraft | null {
  return drafts.get(keyFor(userId, participantId)) ?? null;
}

export function writeDraft(userId: string, participantId: string, draft: MoneyDraft): void {
  drafts.set(keyFor(userId, participantId), draft);
}

/** Forgets every draft but the current user's (another user logged in on this tab). */
export function forgetOtherUsers(userId: string): void {
  for (const key of drafts.keys()) if (!key.startsWith(`${userId}:`)) drafts.delete(key);
}

/** The most recent saved scenario: the calculator and the printout start from it when there is no draft. */
export function latestSaved(plan: MoneyPlan | undefined): SavedScenario | null {
  return plan?.scenarios.at(-1) ?? null;
}
