import { BodyLong, Heading, VStack } from '@navikt/ds-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from './ErrorState.tsx';

interface RecordUnavailableProps {
  /** True when the record does not exist or the caller may not see it (one neutral message for both). */
  notFound: boolean;
  notFoundHeading: string;
  notFoundText: string;
  /** The page heading when loading failed for another reason. */
  loadErrorHeading: string;
  error: unknown;
  onRetry: () => void;
  retrying: boolean;
  /** A link back to where the user came from. */
  back: ReactNode;
}

/** The page shown instead of a record that could not be loaded: not found (or no access), or a load error. */
export function RecordUnavailable(props: RecordUnavailableProps) {
  const { t } = useTranslation();
  if (props.notFound) {
    return (
      <VStack gap="space-16" align="start">
        <VStack gap="space-16" data-testid="not-found">
          <Heading level="1" size="large">
            {props.notFoundHeading}
          </Heading>
          <BodyLong>{props.notFoundText}</BodyLong>
        </VStack>
        {props.back}
      </VStack>
    );
  }
  return (
    <VStack gap="space-16" align="start">
      <Heading level="1" size="large">
        {props.loadErrorHeading}
      </Heading>
      <ErrorState
        heading={t('common.errorHeading')}
        error={props.error}
        onRetry={props.onRetry}
        retrying={props.retrying}
      />
      {props.back}
    </VStack>
  );
}
