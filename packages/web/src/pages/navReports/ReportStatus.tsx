import type { NavReportStatus } from '@ips-bridge/domain';
import { CheckmarkCircleIcon, ClockIcon, EnvelopeClosedIcon, PencilIcon } from '@navikt/aksel-icons';
import { Tag } from '@navikt/ds-react';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { NavReport } from '../../api/types.ts';
import type { Language } from '../../i18n/catalogue.ts';
import { formatDateTime, formatLocalDate } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import type { ReportAudience } from './NavReportDocument.tsx';

const COLOURS: Record<NavReportStatus, 'neutral' | 'info' | 'success' | 'accent'> = {
  draft: 'neutral',
  with_jobseeker: 'info',
  ready: 'accent',
  sent: 'success',
};

const ICONS: Record<NavReportStatus, ReactNode> = {
  draft: <PencilIcon aria-hidden />,
  with_jobseeker: <ClockIcon aria-hidden />,
  ready: <CheckmarkCircleIcon aria-hidden />,
  sent: <EnvelopeClosedIcon aria-hidden />,
};

/** "Interval report 1 Jan 2026–31 Mar 2026". */
export function reportTitle(t: TFunction, report: NavReport, language: Language): string {
  return t('navReports.title', {
    kind: t(`navReports.kinds.${report.kind}`),
    from: formatLocalDate(report.periodFrom, language),
    to: formatLocalDate(report.periodTo, language),
  });
}

/** The report's status in words (with an icon), as staff or the jobseeker see it. */
export function ReportStatusTag({
  report,
  audience,
  participantName,
}: {
  report: NavReport;
  audience: ReportAudience;
  participantName: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const sentOn = report.sentAt ? formatDateTime(report.sentAt, language) : '';
  const text =
    report.status === 'sent'
      ? t('navReports.status.sent', { when: sentOn })
      : audience === 'jobseeker'
        ? t(`navReports.status.jobseeker.${report.status}`)
        : t(`navReports.status.staff.${report.status}`, { name: participantName });
  return (
    <Tag
      variant="moderate"
      size="small"
      data-color={COLOURS[report.status]}
      icon={ICONS[report.status]}
      data-testid="nav-report-status"
      data-status={report.status}
    >
      {text}
    </Tag>
  );
}
