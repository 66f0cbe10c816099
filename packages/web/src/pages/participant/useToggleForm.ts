import { useCallback, useState } from 'react';
import { useFocusRequest } from '../../hooks/useFocusRequest.ts';

/**
 * A button that opens a small form in its place, as "Record first contact" does. The form takes focus itself when
 * it opens; closing it without saving returns focus to the button, and after a save the caller focuses its
 * confirmation instead.
 */
export function useToggleForm() {
  const [open, setOpen] = useState(false);
  const button = useFocusRequest<HTMLButtonElement>();
  const focusButton = button.focus;
  const openForm = useCallback(() => setOpen(true), []);
  const cancel = useCallback(() => {
    setOpen(false);
    focusButton();
  }, [focusButton]);
  const closeAfterSave = useCallback(() => setOpen(false), []);
  return { open, openForm, cancel, closeAfterSave, buttonRef: button.ref };
}
