import { useEffect, useState } from 'react';

/**
 * Moves focus to the element with an id after the next render, e.g. to a row that was just added or to the
 * button that opened a form that has now closed. Returns the function that asks for it.
 */
export function useFocusById(): (id: string) => void {
  const [target, setTarget] = useState<string | null>(null);
  useEffect(() => {
    if (target === null) return;
    document.getElementById(target)?.focus();
    setTarget(null);
  }, [target]);
  return setTarget;
}
