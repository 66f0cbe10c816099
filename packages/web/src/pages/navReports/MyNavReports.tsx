import { PrinterSmallIcon } from '@navikt/aksel-icons';
import { Alert, BodyLong, BodyShort, Box, Button, Heading, HStack, VStack } from '@navikt/ds-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavReports } from '../../api/navReports.ts';
import type { NavReport } from '../../api/types.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { useFocusRequest } from '../../hooks/useFocusRequest.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { NavReportDocument } from './NavReportDocument.tsx';
import { NavReportResponseForm } from './NavReportResponseForm.tsx';
import { ReportStatusTag, reportTitle } from './ReportStatus.tsx';
import { usePrintReport } from './usePrintReport.ts';
import './navReports.css';

export const MY_NAV_REPORTS_HEADING_ID = 'my-nav-reports-heading';

function MyReport({
  participantId,
  name,
  report,
}: {
  participantId: string;
  name: string;
  report: NavReport;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [expanded, setExpanded] = useState(report.status === 'with_jobseeker');
  const [saved, setSaved] = useState<string | null>(null);
  const savedMessage = useFocusRequest<HTMLDivElement>();
  const { printing, print } = usePrintReport();
  const headingId = `my-nav-report-${report.id}-heading`;
  const documentId = `my-nav-report-${report.id}-document`;
  const canRespond = report.status === 'with_jobseeker' || report.status === 'ready';

  return (
    <li data-testid="my-nav-report" data-status={report.status}>
      <Box
        padding="space-16"
        borderWidth="1"
        borderColor={report.status === 'with_jobseeker' ? 'info' : 'neutral-subtle'}
        borderRadius="8"
        background="raised"
        className={printing ? 'nav-report nav-report--printing' : 'nav-report'}
      >
        <section aria-labelledby={headingId}>
          <VStack gap="space-16">
            <VStack gap="space-8" align="start">
              <BodyShort className="nav-report__print-only">{t('navReports.printAbout', { name })}</BodyShort>
              <Heading level="3" size="small" id={headingId}>
                {reportTitle(t, report, language)}
              </Heading>
              <ReportStatusTag report={report} audience="jobseeker" participantName={name} />
              <BodyLong className="nav-report__actions">
                {t(`navReports.mine.next.${report.status}`)}
              </BodyLong>
            </VStack>
            {saved ? (
              <Alert
                variant="success"
                size="small"
                role="status"
                ref={savedMessage.ref}
                tabIndex={-1}
                className="nav-report__actions"
                data-testid="my-nav-report-saved"
              >
                {saved}
              </Alert>
            ) : null}
            <HStack gap="space-8" wrap className="nav-report__actions">
              <Button
                type="button"
                size="small"
                variant={expanded ? 'secondary' : 'primary'}
                aria-expanded={expanded}
                aria-controls={documentId}
                onClick={() => setExpanded((open) => !open)}
                data-testid="my-nav-report-toggle"
              >
                {expanded ? t('navReports.mine.hide') : t('navReports.mine.read')}
              </Button>
              <Button
                type="button"
                size="small"
                variant="tertiary"
                icon={<PrinterSmallIcon aria-hidden />}
                onClick={print}
              >
                {t('navReports.print')}
              </Button>
            </HStack>
            {expanded || printing ? (
              <div id={documentId}>
                <NavReportDocument report={report} audience="jobseeker" participantName={name} />
              </div>
            ) : null}
            {expanded && canRespond ? (
              <div className="nav-report__actions">
                <NavReportResponseForm
                  participantId={participantId}
                  report={report}
                  onSaved={() => {
                    setSaved(t('navReports.response.saved'));
                    savedMessage.focus();
                  }}
                />
              </div>
            ) : null}
          </VStack>
        </section>
      </Box>
    </li>
  );
}

/**
 * "Reports to NAV about you" on the jobseeker's own page: the reports their specialist has shared with them, to
 * read and comment on before they are sent. Drafts the specialist is still writing are not shown.
 */
export function MyNavReports({ participantId, name }: { participantId: string; name: string }) {
  const { t } = useTranslation();
  const reports = useNavReports(participantId);

  let content: ReactNode;
  if (reports.isPending) {
    content = <LoadingState label={t('navReports.mine.loading')} />;
  } else if (reports.isError) {
    content = (
      <ErrorState
        heading={t('navReports.mine.loadError')}
        headingLevel="3"
        error={reports.error}
        onRetry={() => void reports.refetch()}
        retrying={reports.isFetching}
      />
    );
  } else {
    const shared = reports.data.filter((report) => report.status !== 'draft');
    content =
      shared.length === 0 ? (
        <BodyLong>{t('navReports.mine.empty')}</BodyLong>
      ) : (
        <ul className="card-list" aria-labelledby={MY_NAV_REPORTS_HEADING_ID} data-testid="my-nav-reports">
          {shared.map((report) => (
            <MyReport key={report.id} participantId={participantId} name={name} report={report} />
          ))}
        </ul>
      );
  }

  return (
    <section aria-labelledby={MY_NAV_REPORTS_HEADING_ID} data-testid="my-nav-reports-section">
      <VStack gap="space-12">
        <VStack gap="space-4">
          <Heading level="2" size="medium" id={MY_NAV_REPORTS_HEADING_ID}>
            {t('navReports.mine.heading')}
          </Heading>
          <BodyLong>{t('navReports.mine.intro')}</BodyLong>
        </VStack>
        {content}
      </VStack>
    </section>
  );
}
