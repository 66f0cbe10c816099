import { Alert, BodyLong, BodyShort, Box, Button, Heading, Link, Textarea, VStack } from '@navikt/ds-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useLiftOwnRestriction, usePlaceRestriction, useRestrictionStatus } from '../../api/privacy.ts';
import { LoadingState } from '../../components/LoadingState.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { problemMessage } from '../../i18n/problemMessage.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';

/**
 * The jobseeker's own restriction of processing (GDPR art. 18), on the sharing page: the status, a reason to place
 * one, and lifting one they placed themselves.
 */
export function MyRestrictionPanel({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const status = useRestrictionStatus(participantId);
  const place = usePlaceRestriction(participantId);
  const lift = useLiftOwnRestriction(participantId);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim() === '') {
      setReasonError(t('privacy.restriction.reasonRequired'));
      return;
    }
    setReasonError(null);
    place.mutate(reason.trim(), {
      onSuccess: () => {
        setReason('');
        setNotice(t('privacy.restriction.placed'));
      },
    });
  };

  return (
    <section aria-labelledby="restriction-heading" data-testid="restriction-panel">
      <Box padding="space-16" borderWidth="1" borderColor="neutral-subtle" borderRadius="8">
        <VStack gap="space-12" align="start">
          <Heading level="2" size="small" id="restriction-heading">
            {t('privacy.restriction.heading')}
          </Heading>
          <BodyLong>{t('privacy.restriction.text')}</BodyLong>
          {notice ? (
            <Alert variant="success" size="small" role="status">
              {notice}
            </Alert>
          ) : null}
          {status.isPending ? (
            <LoadingState label={t('privacy.restriction.loading')} />
          ) : status.data?.restricted ? (
            <VStack gap="space-8" align="start">
              <BodyShort weight="semibold" data-testid="restriction-status">
                {t('privacy.restriction.statusOn', {
                  date: formatDateTime(status.data.since ?? '', language),
                })}
              </BodyShort>
              <BodyShort size="small">
                {t('privacy.restriction.statusOnBy', {
                  source:
                    status.data.source === 'administrator'
                      ? t('privacy.restriction.source_administrator')
                      : t('privacy.restriction.source_jobseeker'),
                })}
              </BodyShort>
              {lift.isError ? (
                <Alert variant="error" size="small" role="alert">
                  {problemMessage(t, lift.error)}
                </Alert>
              ) : null}
              {status.data.mayLift ? (
                <Button
                  type="button"
                  variant="secondary"
                  size="small"
                  loading={lift.isPending}
                  onClick={() =>
                    lift.mutate(undefined, { onSuccess: () => setNotice(t('privacy.restriction.lifted')) })
                  }
                  data-testid="lift-restriction"
                >
                  {t('privacy.restriction.lift')}
                </Button>
              ) : (
                <BodyShort size="small">{t('privacy.restriction.liftNotYours')}</BodyShort>
              )}
            </VStack>
          ) : (
            <form onSubmit={submit} noValidate className="restriction-form">
              <VStack gap="space-8" align="start">
                <BodyShort data-testid="restriction-status">{t('privacy.restriction.statusOff')}</BodyShort>
                <Textarea
                  label={t('privacy.restriction.reasonLabel')}
                  value={reason}
                  onChange={(e) => setReason(e.target.value)}
                  maxLength={1000}
                  error={reasonError}
                  minRows={2}
                />
                {place.isError ? (
                  <Alert variant="error" size="small" role="alert">
                    {problemMessage(t, place.error)}
                  </Alert>
                ) : null}
                <Button type="submit" variant="secondary" size="small" loading={place.isPending}>
                  {t('privacy.restriction.place')}
                </Button>
              </VStack>
            </form>
          )}
        </VStack>
      </Box>
    </section>
  );
}

/**
 * On the participant page: a warning while processing is restricted (every change is refused, GDPR art. 18), and
 * for the specialist and supervisor the way to the readable summary of everything about the participant.
 */
export function ParticipantPrivacyNotice({
  participantId,
  canSummarise,
}: {
  participantId: string;
  canSummarise: boolean;
}) {
  const { t } = useTranslation();
  const status = useRestrictionStatus(participantId);
  return (
    <>
      {status.data?.restricted ? (
        <Alert variant="warning" data-testid="restricted-banner">
          {t('privacy.restriction.banner')}
        </Alert>
      ) : null}
      {canSummarise ? (
        <Link as={RouterLink} to={`/participants/${participantId}/data`} data-testid="participant-data-link">
          {t('privacy.summary.titleStaff')}
        </Link>
      ) : null}
    </>
  );
}
