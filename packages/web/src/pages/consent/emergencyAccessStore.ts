import { useSyncExternalStore } from 'react';

/**
 * When this browser tab's break-the-glass openings end, per participant: for telling the user on the participant
 * page that they are looking with emergency access. Kept for the tab (sessionStorage), so it survives a reload; the
 * server decides the access itself.
 */
const STORAGE_KEY = 'ips-bridge.emergency-access';
const listeners = new Set<() => void>();
let cache: Record<string, string> | null = null;
/** The participant whose opening was just made in this tab, for moving focus to the notice once. */
let justOpened: string | null = null;

function read(): Record<string, string> {
  if (cache) return cache;
  try {
    const parsed: unknown = JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) ?? '{}');
    cache =
      typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
        ? Object.fromEntries(
            Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
          )
        : {};
  } catch {
    cache = {};
  }
  return cache;
}

export function rememberEmergencyAccess(participantId: string, expiresAt: string): void {
  const now = Date.now();
  const kept = Object.fromEntries(Object.entries(read()).filter(([, until]) => Date.parse(until) > now));
  cache = { ...kept, [participantId]: expiresAt };
  justOpened = participantId;
  try {
    window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(cache));
  } catch {
    // Storage can be unavailable; the notice then lasts until the page is reloaded.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The end of this tab's emergency access to the participant, while it lasts; null otherwise. */
export function useEmergencyAccessUntil(participantId: string): string | null {
  const until = useSyncExternalStore(subscribe, () => read()[participantId] ?? null);
  return until !== null && Date.parse(until) > Date.now() ? until : null;
}

/** True once after an opening of this participant's record in this tab: the notice then takes focus. */
export function takeJustOpened(participantId: string): boolean {
  if (justOpened !== participantId) return false;
  justOpened = null;
  return true;
}
