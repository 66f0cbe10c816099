import { ArrowUndoIcon } from '@navikt/aksel-icons';
import { Alert, BodyLong, Button, Heading, HStack, VStack } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../i18n/problemMessage.ts';
import type { JobLeadStatusControl } from './useJobLeadStatus.ts';

/** The outcome of the last status change: done (with "Undo"), undone, refused as stale, or failed. */
export function JobLeadStatusNotice({ control }: { control: JobLeadStatusControl }) {
  const { t } = useTranslation();
  const { notice, messageRef } = control;
  if (notice === null) return null;

  if (notice.kind === 'changed') {
    const names = { title: notice.lead.title, employer: notice.lead.employerName };
    return (
      <Alert
        variant="success"
        size="small"
        role="status"
        ref={messageRef}
        tabIndex={-1}
        data-testid="job-lead-status-changed"
      >
        <HStack gap="space-12" align="center" wrap>
          <span>{t(`jobLeads.actions.changed.${notice.to}`, names)}</span>
          <Button
            type="button"
            size="xsmall"
            variant="secondary"
            icon={<ArrowUndoIcon aria-hidden />}
            loading={control.busy}
            onClick={control.undo}
            data-testid="job-lead-undo"
          >
            {t('jobLeads.actions.undo')}
          </Button>
        </HStack>
      </Alert>
    );
  }

  if (notice.kind === 'undone') {
    return (
      <Alert
        variant="info"
        size="small"
        role="status"
        ref={messageRef}
        tabIndex={-1}
        data-testid="job-lead-undone"
      >
        {t('jobLeads.actions.undone', { title: notice.lead.title, employer: notice.lead.employerName })}
      </Alert>
    );
  }

  if (notice.kind === 'reloaded') {
    return (
      <Alert variant="info" size="small" role="status" ref={messageRef} tabIndex={-1}>
        {t('jobLeads.stale.reloaded')}
      </Alert>
    );
  }

  if (notice.kind === 'stale') {
    return (
      <Alert variant="warning" role="alert" ref={messageRef} tabIndex={-1} data-testid="stale-version">
        <VStack gap="space-8" align="start">
          <Heading level="3" size="xsmall">
            {t('jobLeads.stale.heading')}
          </Heading>
          <BodyLong>{t('jobLeads.stale.text', { title: notice.lead.title })}</BodyLong>
          <Button
            type="button"
            variant="secondary"
            size="small"
            loading={control.reloading}
            onClick={() => void control.reload()}
          >
            {t('jobLeads.stale.reload')}
          </Button>
        </VStack>
      </Alert>
    );
  }

  return (
    <Alert variant="error" size="small" role="alert" ref={messageRef} tabIndex={-1}>
      {problemMessage(t, notice.error)}
    </Alert>
  );
}
