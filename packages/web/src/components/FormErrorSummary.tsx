import { ErrorSummary } from '@navikt/ds-react';
import type { MouseEvent, Ref } from 'react';
import { useTranslation } from 'react-i18next';

export interface ErrorSummaryEntry {
  /** The id of the form control the message belongs to. */
  fieldId: string;
  message: string;
}

function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string): void {
  const field = document.getElementById(fieldId);
  if (!field) return;
  event.preventDefault();
  field.focus();
  field.scrollIntoView({ block: 'center' });
}

/** Lists a form's errors after a submit, each linking to its field. Renders nothing without errors. */
export function FormErrorSummary({
  entries,
  ref,
}: {
  entries: ErrorSummaryEntry[];
  ref?: Ref<HTMLDivElement>;
}) {
  const { t } = useTranslation();
  if (entries.length === 0) return null;
  return (
    <ErrorSummary ref={ref} heading={t('common.errorSummaryHeading')}>
      {entries.map((entry) => (
        <ErrorSummary.Item
          key={entry.fieldId}
          href={`#${entry.fieldId}`}
          onClick={(event: MouseEvent<HTMLAnchorElement>) => focusField(event, entry.fieldId)}
        >
          {entry.message}
        </ErrorSummary.Item>
      ))}
    </ErrorSummary>
  );
}
