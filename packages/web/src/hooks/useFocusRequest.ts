import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Moves focus to an element after the next render, e.g. to a message that appears after a save. The element
 * needs `tabIndex={-1}` unless it is focusable anyway. Several calls before a render focus once.
 */
export function useFocusRequest<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [request, setRequest] = useState(0);
  useEffect(() => {
    if (request > 0) ref.current?.focus();
  }, [request]);
  const focus = useCallback(() => setRequest((count) => count + 1), []);
  return { ref, focus };
}
