import { FIRST_EMPLOYER_CONTACT_TARGET_DAYS } from '@ips-bridge/domain';
import { CheckmarkCircleIcon, ExclamationmarkTriangleIcon, HourglassIcon } from '@navikt/aksel-icons';
import { Box, Heading, Link, Table, Tag, VStack } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { JobDevelopmentWeek } from '../../api/types.ts';
import { formatLocalDate } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';

type Row = JobDevelopmentWeek['participants'][number];

/** Those over the target first, then those still waiting, each longest first; then the rest by name. */
export function byUrgency(rows: readonly Row[]): Row[] {
  const rank = (row: Row) => (row.overTarget ? 0 : row.firstEmployerContact === null ? 1 : 2);
  const days = (row: Row) => row.daysWaiting ?? row.daysToFirstEmployerContact ?? 0;
  return [...rows].sort(
    (a, b) => rank(a) - rank(b) || days(b) - days(a) || a.name.localeCompare(b.name, 'nb'),
  );
}

/** Over the target, waiting (within it) or within the target: in words, with an icon that only repeats them. */
function StatusTag({ row }: { row: Row }) {
  const { t } = useTranslation();
  if (row.overTarget) {
    return (
      <Tag
        size="small"
        variant="moderate"
        data-color="warning"
        icon={<ExclamationmarkTriangleIcon aria-hidden />}
        data-testid="over-target"
      >
        {t('jobDevelopment.participants.overTarget', { target: FIRST_EMPLOYER_CONTACT_TARGET_DAYS })}
      </Tag>
    );
  }
  if (row.firstEmployerContact === null) {
    return (
      <Tag size="small" variant="outline" data-color="info" icon={<HourglassIcon aria-hidden />}>
        {t('jobDevelopment.participants.waiting')}
      </Tag>
    );
  }
  return (
    <Tag size="small" variant="outline" data-color="success" icon={<CheckmarkCircleIcon aria-hidden />}>
      {t('jobDevelopment.participants.withinTarget')}
    </Tag>
  );
}

function FirstContact({ row }: { row: Row }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (row.firstEmployerContact === null) {
    return <span className="text-subtle">{t('jobDevelopment.participants.noContactYet')}</span>;
  }
  return (
    <time dateTime={row.firstEmployerContact}>{formatLocalDate(row.firstEmployerContact, language)}</time>
  );
}

/** Days to the first employer contact, or how long the person has waited so far. */
function Days({ row }: { row: Row }) {
  const { t } = useTranslation();
  if (row.daysToFirstEmployerContact !== null) {
    return (
      <>{t('jobDevelopment.participants.daysAfterReferral', { count: row.daysToFirstEmployerContact })}</>
    );
  }
  return <>{t('jobDevelopment.participants.waitingDays', { count: row.daysWaiting ?? 0 })}</>;
}

function participantPath(row: Row): string {
  return `/participants/${encodeURIComponent(row.participantId)}`;
}

export function FirstEmployerContactTable({
  rows,
  labelledBy,
}: {
  rows: readonly Row[];
  labelledBy: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Table aria-labelledby={labelledBy} data-testid="first-employer-contact">
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell scope="col">{t('jobDevelopment.participants.name')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('jobDevelopment.participants.referralDate')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('jobDevelopment.participants.firstContact')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('jobDevelopment.participants.days')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('jobDevelopment.participants.status')}</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {byUrgency(rows).map((row) => (
          <Table.Row
            key={row.participantId}
            data-testid="first-employer-contact-row"
            data-over-target={String(row.overTarget)}
          >
            <Table.HeaderCell scope="row">
              <Link as={RouterLink} to={participantPath(row)}>
                {row.name}
              </Link>
            </Table.HeaderCell>
            <Table.DataCell>{formatLocalDate(row.referralDate, language)}</Table.DataCell>
            <Table.DataCell>
              <FirstContact row={row} />
            </Table.DataCell>
            <Table.DataCell>
              <Days row={row} />
            </Table.DataCell>
            <Table.DataCell>
              <StatusTag row={row} />
            </Table.DataCell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}

export function FirstEmployerContactCards({
  rows,
  labelledBy,
}: {
  rows: readonly Row[];
  labelledBy: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <ul className="card-list" aria-labelledby={labelledBy} data-testid="first-employer-contact">
      {byUrgency(rows).map((row) => (
        <li
          key={row.participantId}
          data-testid="first-employer-contact-row"
          data-over-target={String(row.overTarget)}
        >
          <Box
            padding="space-16"
            borderWidth="1"
            borderColor="neutral-subtle"
            borderRadius="8"
            background="raised"
          >
            <VStack gap="space-8" align="start">
              <Heading level="3" size="xsmall">
                <Link as={RouterLink} to={participantPath(row)}>
                  {row.name}
                </Link>
              </Heading>
              <StatusTag row={row} />
              <dl className="card-details">
                <div>
                  <dt>{t('jobDevelopment.participants.referralDate')}</dt>
                  <dd>{formatLocalDate(row.referralDate, language)}</dd>
                </div>
                <div>
                  <dt>{t('jobDevelopment.participants.firstContact')}</dt>
                  <dd>
                    <FirstContact row={row} /> (<Days row={row} />)
                  </dd>
                </div>
              </dl>
            </VStack>
          </Box>
        </li>
      ))}
    </ul>
  );
}
