import { useCallback, useState } from 'react';
import { useReloadParticipant } from '../../api/journey.ts';
import { isApiError } from '../../api/problem.ts';
import { useFocusRequest } from '../../hooks/useFocusRequest.ts';

/** Whether a save was refused because someone else saved first (the If-Match version was stale). */
export function isStaleVersion(error: unknown): boolean {
  return isApiError(error) && (error.status === 412 || error.code === 'precondition_failed');
}

export type StaleState = 'none' | 'conflict' | 'reloaded';

/**
 * What a form does when its save is refused because the record changed since the page was opened: say so, offer
 * to fetch the latest version, and keep everything the user typed (the form's own state is untouched). `reload`
 * fetches the record; `onReloaded` gets the latest version, e.g. so the form sends its new version next time.
 * Focus goes to the message each time it changes, so keyboard and screen-reader users learn what happened.
 */
export function useStaleVersionOf<T>(reload: () => Promise<T>, onReloaded?: (latest: T) => void) {
  const [state, setState] = useState<StaleState>('none');
  const [reloading, setReloading] = useState(false);
  const [reloadError, setReloadError] = useState<unknown>(null);
  const message = useFocusRequest<HTMLDivElement>();
  const focusMessage = message.focus;

  const conflict = useCallback(() => {
    setState('conflict');
    setReloadError(null);
    focusMessage();
  }, [focusMessage]);

  const reloadLatest = useCallback(async () => {
    setReloading(true);
    setReloadError(null);
    try {
      const latest = await reload();
      onReloaded?.(latest);
      setState('reloaded');
    } catch (error) {
      setReloadError(error);
    } finally {
      setReloading(false);
      focusMessage();
    }
  }, [reload, onReloaded, focusMessage]);

  const clear = useCallback(() => {
    setState('none');
    setReloadError(null);
  }, []);

  return { state, reloading, reloadError, conflict, reload: reloadLatest, clear, messageRef: message.ref };
}

/** The stale-version handling for a change to the participant record itself. */
export function useStaleVersion(participantId: string) {
  return useStaleVersionOf(useReloadParticipant(participantId));
}

export type StaleVersion = ReturnType<typeof useStaleVersion>;
