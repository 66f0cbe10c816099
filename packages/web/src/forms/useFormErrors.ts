import { useCallback, useEffect, useRef, useState } from 'react';
import type { ErrorSummaryEntry } from '../components/FormErrorSummary.tsx';
import { type FieldErrors, hasFieldErrors } from './fieldErrors.ts';

/**
 * Error state for a form: messages per field, and an error summary that appears (and takes focus) after a
 * submit with errors. A field's message goes away as soon as the field is edited.
 */
export function useFormErrors<F extends string>(fields: readonly F[], idFor: (field: F) => string) {
  const [errors, setErrors] = useState<FieldErrors<F>>({});
  const [focusRequest, setFocusRequest] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (focusRequest > 0) summaryRef.current?.focus();
  }, [focusRequest]);

  const showErrors = useCallback((next: FieldErrors<F>) => {
    setErrors(next);
    if (hasFieldErrors(next)) setFocusRequest((count) => count + 1);
  }, []);

  const clearField = useCallback((field: F) => {
    setErrors((current) => {
      if (current[field] === undefined) return current;
      const next = { ...current };
      delete next[field];
      return next;
    });
  }, []);

  const clearAll = useCallback(() => setErrors({}), []);

  const summaryEntries: ErrorSummaryEntry[] = [];
  for (const field of fields) {
    const message = errors[field];
    if (message) summaryEntries.push({ fieldId: idFor(field), message });
  }

  return { errors, showErrors, clearField, clearAll, summaryEntries, summaryRef };
}
