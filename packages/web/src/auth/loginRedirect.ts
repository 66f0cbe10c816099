import type { AnonymousReason } from '../api/session.ts';

/** What the route guard tells the login page: why the user is there and where they were going. */
export interface LoginRedirectState {
  reason: AnonymousReason;
  from?: string;
}

export function readLoginRedirectState(state: unknown): LoginRedirectState | null {
  if (typeof state !== 'object' || state === null) return null;
  const reason = 'reason' in state ? state.reason : undefined;
  if (reason !== 'none' && reason !== 'logged_out' && reason !== 'expired') return null;
  const from =
    'from' in state && typeof state.from === 'string' && state.from.startsWith('/') ? state.from : undefined;
  return from === undefined ? { reason } : { reason, from };
}
