import { Alert, BodyLong, Button, Heading, VStack } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../i18n/problemMessage.ts';
import type { StaleVersion } from './staleVersion.ts';

/**
 * The "changed since you opened it" message with a way to fetch the latest version, or the note after that. The
 * heading and text say what changed; they default to the participant record.
 */
export function StaleVersionNotice({
  stale,
  heading,
  text,
}: {
  stale: StaleVersion;
  heading?: string;
  text?: string;
}) {
  const { t } = useTranslation();
  if (stale.state === 'reloaded') {
    return (
      <Alert variant="info" size="small" role="status" ref={stale.messageRef} tabIndex={-1}>
        {t('common.stale.reloaded')}
      </Alert>
    );
  }
  if (stale.state !== 'conflict') return null;
  return (
    <Alert variant="warning" role="alert" ref={stale.messageRef} tabIndex={-1} data-testid="stale-version">
      <VStack gap="space-8" align="start">
        <Heading level="4" size="xsmall">
          {heading ?? t('common.stale.heading')}
        </Heading>
        <BodyLong>{text ?? t('common.stale.text')}</BodyLong>
        {stale.reloadError ? <BodyLong>{problemMessage(t, stale.reloadError)}</BodyLong> : null}
        <Button
          type="button"
          variant="secondary"
          size="small"
          loading={stale.reloading}
          onClick={() => void stale.reload()}
        >
          {t('common.stale.reload')}
        </Button>
      </VStack>
    </Alert>
  );
}
