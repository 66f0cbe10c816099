import { osloDate } from '@ips-bridge/domain';
import { PlusIcon } from '@navikt/aksel-icons';
import { BodyLong, BodyShort, Box, Button, Heading, VStack } from '@navikt/ds-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavReports } from '../../api/navReports.ts';
import type { NavReport, Participant } from '../../api/types.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { defaultNewReport } from '../../forms/navReportForms.ts';
import { NavReportCard } from '../navReports/NavReportCard.tsx';
import { NewNavReportForm } from '../navReports/NewNavReportForm.tsx';
import '../navReports/navReports.css';
import { useToggleForm } from './useToggleForm.ts';

export const NAV_REPORTS_HEADING_ID = 'nav-reports-heading';

/**
 * Reports to NAV: drafted for a period from the journey's own records, with the specialist's summary and next
 * steps, read (and perhaps commented on) by the jobseeker, then sent. Staff write; everyone on the page reads.
 */
export function NavReportsSection({
  participant,
  canWrite,
}: {
  participant: Participant;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const reports = useNavReports(participant.id);
  const create = useToggleForm();
  const [today] = useState(() => osloDate(new Date()));
  const [created, setCreated] = useState<NavReport | null>(null);
  const name = participant.givenName;

  let content: ReactNode;
  if (reports.isPending) {
    content = <LoadingState label={t('navReports.loading')} />;
  } else if (reports.isError) {
    content = (
      <ErrorState
        heading={t('navReports.loadError')}
        headingLevel="3"
        error={reports.error}
        onRetry={() => void reports.refetch()}
        retrying={reports.isFetching}
      />
    );
  } else if (reports.data.length === 0) {
    content = (
      <Box padding="space-24" background="neutral-soft" borderRadius="8">
        <BodyLong>{canWrite ? t('navReports.empty') : t('navReports.emptyReadOnly')}</BodyLong>
      </Box>
    );
  } else {
    // The newest report not yet sent is open; a report just drafted is open too.
    const firstOpen = reports.data.find((report) => report.status !== 'sent');
    content = (
      <ul className="card-list" aria-labelledby={NAV_REPORTS_HEADING_ID} data-testid="nav-reports">
        {reports.data.map((report) => (
          <NavReportCard
            key={report.id}
            participantId={participant.id}
            participantName={name}
            report={report}
            canWrite={canWrite}
            defaultExpanded={report.id === firstOpen?.id || report.id === created?.id}
            justCreated={report.id === created?.id}
          />
        ))}
      </ul>
    );
  }

  return (
    <section aria-labelledby={NAV_REPORTS_HEADING_ID} data-testid="nav-reports-section">
      <VStack gap="space-16">
        <VStack gap="space-4">
          <Heading level="2" size="medium" id={NAV_REPORTS_HEADING_ID}>
            {t('navReports.heading')}
          </Heading>
          <BodyShort>{t('navReports.intro', { name })}</BodyShort>
        </VStack>
        {canWrite && reports.data ? (
          create.open ? (
            <NewNavReportForm
              participantId={participant.id}
              defaults={defaultNewReport(reports.data, participant, today)}
              today={today}
              onCreated={(report) => {
                create.closeAfterSave();
                setCreated(report);
              }}
              onCancel={create.cancel}
            />
          ) : (
            <div>
              <Button
                ref={create.buttonRef}
                type="button"
                variant="secondary"
                icon={<PlusIcon aria-hidden />}
                onClick={() => {
                  setCreated(null);
                  create.openForm();
                }}
                data-testid="new-nav-report"
              >
                {t('navReports.new')}
              </Button>
            </div>
          )
        ) : null}
        {content}
      </VStack>
    </section>
  );
}
