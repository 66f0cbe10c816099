import { Alert, BodyShort, Button, Heading, VStack } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/problem.ts';
import { problemMessage } from '../i18n/problemMessage.ts';

interface ErrorStateProps {
  /** What failed, e.g. "We could not load the caseload." */
  heading: string;
  error: unknown;
  onRetry?: () => void;
  retrying?: boolean;
  headingLevel?: '1' | '2' | '3';
}

/** A failed load: what went wrong, why (translated problem), and a way to try again. */
export function ErrorState({
  heading,
  error,
  onRetry,
  retrying = false,
  headingLevel = '2',
}: ErrorStateProps) {
  const { t } = useTranslation();
  const requestId = isApiError(error) ? error.problem.requestId : undefined;
  return (
    <Alert variant="error">
      <VStack gap="space-8" align="start">
        <Heading level={headingLevel} size="small">
          {heading}
        </Heading>
        <BodyShort>{problemMessage(t, error)}</BodyShort>
        {requestId ? <BodyShort size="small">{t('common.requestId', { requestId })}</BodyShort> : null}
        {onRetry ? (
          <Button type="button" variant="secondary" size="small" onClick={onRetry} loading={retrying}>
            {t('common.retry')}
          </Button>
        ) : null}
      </VStack>
    </Alert>
  );
}
