import { PaperplaneIcon, PencilIcon, PersonIcon, PrinterSmallIcon } from '@navikt/aksel-icons';
import { Alert, BodyLong, BodyShort, Box, Button, Heading, HStack, VStack } from '@navikt/ds-react';
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavReportStep, useReloadNavReports } from '../../api/navReports.ts';
import type { NavReport } from '../../api/types.ts';
import { useFocusRequest } from '../../hooks/useFocusRequest.ts';
import { formatDateTime, formatLocalDate } from '../../i18n/format.ts';
import { problemMessage } from '../../i18n/problemMessage.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { StaleVersionNotice } from '../participant/StaleVersionNotice.tsx';
import { useStaleVersionOf } from '../participant/staleVersion.ts';
import { NavReportDocument } from './NavReportDocument.tsx';
import { isReportConflict, NavReportTextForm } from './NavReportTextForm.tsx';
import { ReportStatusTag, reportTitle } from './ReportStatus.tsx';
import { usePrintReport } from './usePrintReport.ts';

/** What the staff member can do next, said under the status. */
function nextStepText(t: TFunction, report: NavReport, name: string): string {
  if (report.status === 'draft') return t('navReports.next.draft', { name });
  if (report.status === 'with_jobseeker') return t('navReports.next.withJobseeker', { name });
  if (report.status === 'ready') return t('navReports.next.ready', { name });
  return t('navReports.next.sent');
}

/**
 * One report to NAV on the participant page: its title and status in words, what happens next, the report itself
 * (shown or hidden), and the steps staff can take: change the text, share it with the jobseeker, send it to NAV
 * once the jobseeker has read it, and print it.
 */
export function NavReportCard({
  participantId,
  participantName,
  report,
  canWrite,
  defaultExpanded,
  justCreated = false,
}: {
  participantId: string;
  participantName: string;
  report: NavReport;
  canWrite: boolean;
  defaultExpanded: boolean;
  /** A report just drafted shows (and focuses) its confirmation. */
  justCreated?: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [expanded, setExpanded] = useState(defaultExpanded);
  const [editing, setEditing] = useState(false);
  const [confirmingSend, setConfirmingSend] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [createdShown, setCreatedShown] = useState(false);
  const share = useNavReportStep(participantId, 'share');
  const send = useNavReportStep(participantId, 'send');
  const stale = useStaleVersionOf(useReloadNavReports(participantId));
  const { printing, print } = usePrintReport();
  const doneMessage = useFocusRequest<HTMLDivElement>();
  const focusDone = doneMessage.focus;
  useEffect(() => {
    if (!justCreated) return;
    setCreatedShown(true);
    focusDone();
  }, [justCreated, focusDone]);
  const problem = useFocusRequest<HTMLDivElement>();
  const editButton = useFocusRequest<HTMLButtonElement>();
  const sendButton = useFocusRequest<HTMLButtonElement>();
  const confirmHeading = useFocusRequest<HTMLHeadingElement>();
  const headingId = `nav-report-${report.id}-heading`;
  const documentId = `nav-report-${report.id}-document`;
  const title = reportTitle(t, report, language);
  const failed = share.isError ? share.error : send.isError ? send.error : null;

  const message =
    done ??
    (createdShown
      ? t('navReports.created', {
          from: formatLocalDate(report.periodFrom, language),
          to: formatLocalDate(report.periodTo, language),
          name: participantName,
        })
      : null);

  const confirm = (message: string) => {
    setCreatedShown(false);
    setDone(message);
    doneMessage.focus();
  };

  const step = (which: 'share' | 'send') => {
    const mutation = which === 'share' ? share : send;
    share.reset();
    send.reset();
    stale.clear();
    setDone(null);
    setCreatedShown(false);
    mutation.mutate(
      { reportId: report.id, version: report.version },
      {
        onSuccess: (saved) => {
          setConfirmingSend(false);
          confirm(
            which === 'share'
              ? t('navReports.done.shared', { name: participantName })
              : t('navReports.done.sent', { reference: saved.archiveReference ?? '' }),
          );
        },
        onError: (error) => {
          if (isReportConflict(error)) stale.conflict();
          else problem.focus();
        },
      },
    );
  };

  const showDocument = expanded || printing;

  return (
    <li data-testid="nav-report" data-status={report.status}>
      <Box
        padding="space-16"
        borderWidth="1"
        borderColor="neutral-subtle"
        borderRadius="8"
        background="raised"
        className={printing ? 'nav-report nav-report--printing' : 'nav-report'}
      >
        <section aria-labelledby={headingId}>
          <VStack gap="space-16">
            <VStack gap="space-8" align="start">
              <BodyShort className="nav-report__print-only">
                {t('navReports.printAbout', { name: participantName })}
              </BodyShort>
              <Heading level="3" size="small" id={headingId}>
                {title}
              </Heading>
              <ReportStatusTag report={report} audience="staff" participantName={participantName} />
              <BodyShort className="nav-report__actions">
                {nextStepText(t, report, participantName)}
              </BodyShort>
              {report.status === 'sent' ? (
                <BodyShort data-testid="nav-report-archive-reference">
                  {t('navReports.archiveReference', {
                    reference: report.archiveReference ?? '',
                    when: report.sentAt ? formatDateTime(report.sentAt, language) : '',
                  })}
                </BodyShort>
              ) : null}
            </VStack>

            {message ? (
              <Alert
                variant="success"
                size="small"
                role="status"
                ref={doneMessage.ref}
                tabIndex={-1}
                className="nav-report__actions"
                data-testid="nav-report-done"
              >
                {message}
              </Alert>
            ) : null}
            <div className="nav-report__actions">
              <StaleVersionNotice
                stale={stale}
                heading={t('navReports.stale.heading')}
                text={t('navReports.stale.text')}
              />
            </div>
            {failed && !isReportConflict(failed) ? (
              <Alert
                variant="error"
                role="alert"
                ref={problem.ref}
                tabIndex={-1}
                className="nav-report__actions"
              >
                {problemMessage(t, failed)}
              </Alert>
            ) : null}

            <HStack gap="space-8" wrap className="nav-report__actions">
              <Button
                type="button"
                size="small"
                variant="secondary"
                aria-expanded={expanded}
                aria-controls={documentId}
                onClick={() => setExpanded((open) => !open)}
                data-testid="nav-report-toggle"
              >
                {expanded ? t('navReports.hide') : t('navReports.show')}
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

            {showDocument ? (
              <div id={documentId}>
                <NavReportDocument report={report} audience="staff" participantName={participantName} />
              </div>
            ) : null}

            {canWrite && report.status !== 'sent' ? (
              <VStack gap="space-12" className="nav-report__actions">
                {editing ? (
                  <NavReportTextForm
                    participantId={participantId}
                    participantName={participantName}
                    report={report}
                    onSaved={(saved) => {
                      setEditing(false);
                      setExpanded(true);
                      confirm(
                        saved.status === 'with_jobseeker' && report.status !== 'draft'
                          ? t('navReports.done.textsSavedShared', { name: participantName })
                          : t('navReports.done.textsSaved'),
                      );
                    }}
                    onCancel={() => {
                      setEditing(false);
                      editButton.focus();
                    }}
                  />
                ) : null}
                {confirmingSend ? (
                  <section
                    className="form-panel"
                    aria-labelledby={`${headingId}-send`}
                    data-testid="nav-report-send-confirm"
                  >
                    <VStack gap="space-12">
                      <Heading
                        level="4"
                        size="xsmall"
                        id={`${headingId}-send`}
                        ref={confirmHeading.ref}
                        tabIndex={-1}
                        className="focus-heading"
                      >
                        {t('navReports.sendConfirm.heading')}
                      </Heading>
                      <BodyLong size="small">{t('navReports.sendConfirm.text')}</BodyLong>
                      <HStack gap="space-12" wrap>
                        <Button
                          type="button"
                          size="small"
                          icon={<PaperplaneIcon aria-hidden />}
                          loading={send.isPending}
                          onClick={() => step('send')}
                          data-testid="nav-report-send-now"
                        >
                          {t('navReports.sendConfirm.submit')}
                        </Button>
                        <Button
                          type="button"
                          size="small"
                          variant="tertiary"
                          onClick={() => {
                            setConfirmingSend(false);
                            sendButton.focus();
                          }}
                        >
                          {t('common.cancel')}
                        </Button>
                      </HStack>
                    </VStack>
                  </section>
                ) : null}
                {editing || confirmingSend ? null : (
                  <HStack gap="space-8" wrap>
                    <Button
                      ref={editButton.ref}
                      type="button"
                      size="small"
                      variant="secondary"
                      icon={<PencilIcon aria-hidden />}
                      onClick={() => {
                        setDone(null);
                        setCreatedShown(false);
                        setEditing(true);
                      }}
                      data-testid="nav-report-edit"
                    >
                      {t('navReports.edit')}
                    </Button>
                    {report.status === 'draft' ? (
                      <Button
                        type="button"
                        size="small"
                        icon={<PersonIcon aria-hidden />}
                        loading={share.isPending}
                        onClick={() => step('share')}
                        data-testid="nav-report-share"
                      >
                        {t('navReports.share', { name: participantName })}
                      </Button>
                    ) : null}
                    {report.status === 'ready' ? (
                      <Button
                        ref={sendButton.ref}
                        type="button"
                        size="small"
                        icon={<PaperplaneIcon aria-hidden />}
                        onClick={() => {
                          setDone(null);
                          setCreatedShown(false);
                          setConfirmingSend(true);
                          confirmHeading.focus();
                        }}
                        data-testid="nav-report-send"
                      >
                        {t('navReports.send')}
                      </Button>
                    ) : null}
                  </HStack>
                )}
              </VStack>
            ) : null}
          </VStack>
        </section>
      </Box>
    </li>
  );
}
