import { REGISTERING_ROLES } from '@ips-bridge/domain';
import { ExclamationmarkTriangleIcon, PlusIcon } from '@navikt/aksel-icons';
import {
  BodyLong,
  BodyShort,
  Box,
  Button,
  Heading,
  HStack,
  Link,
  Table,
  Tag,
  VStack,
} from '@navikt/ds-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useCaseload } from '../api/participants.ts';
import type { CaseloadItem } from '../api/types.ts';
import { useMe } from '../auth/MeContext.tsx';
import { ErrorState } from '../components/ErrorState.tsx';
import { LoadingState } from '../components/LoadingState.tsx';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';
import { useMediaQuery } from '../hooks/useMediaQuery.ts';
import { formatLocalDate } from '../i18n/format.ts';
import { phaseLabel } from '../i18n/journeyLabels.ts';
import { useLanguage } from '../i18n/useLanguage.ts';

const HEADING_ID = 'caseload-heading';
const WIDE_SCREEN = '(min-width: 48em)';

function fullName(item: CaseloadItem): string {
  return `${item.givenName} ${item.familyName}`;
}

/** Says in words (not by colour) that the first contact after referral is later than the 7-day target. */
function FirstContactOverdueTag() {
  const { t } = useTranslation();
  return (
    <Tag
      variant="moderate"
      data-color="warning"
      size="xsmall"
      icon={<ExclamationmarkTriangleIcon aria-hidden />}
      data-testid="first-contact-overdue-tag"
    >
      {t('caseload.firstContactOverdue')}
    </Tag>
  );
}

/** The phase, how long the person has been in it, and the overdue flag when it applies. */
function PhaseSummary({ item }: { item: CaseloadItem }) {
  const { t } = useTranslation();
  return (
    <VStack gap="space-4" align="start" data-testid="caseload-phase" data-phase={item.phase}>
      <span>
        <strong>{phaseLabel(t, item.phase)}</strong>
        <span className="text-subtle"> · {t('caseload.daysInPhase', { count: item.daysInPhase })}</span>
      </span>
      {item.firstContactOverdue ? <FirstContactOverdueTag /> : null}
    </VStack>
  );
}

function CaseloadTable({ items }: { items: CaseloadItem[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Table aria-labelledby={HEADING_ID} data-testid="caseload" className="caseload-table">
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell scope="col">{t('caseload.name')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('caseload.phase')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('caseload.referralDate')}</Table.HeaderCell>
          <Table.HeaderCell scope="col" align="right">
            {t('caseload.daysSinceReferral')}
          </Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('caseload.referralSource')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('caseload.specialist')}</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {items.map((item) => (
          <Table.Row key={item.id} data-testid="caseload-row">
            <Table.HeaderCell scope="row">
              <Link as={RouterLink} to={`/participants/${encodeURIComponent(item.id)}`}>
                {fullName(item)}
              </Link>
            </Table.HeaderCell>
            <Table.DataCell>
              <PhaseSummary item={item} />
            </Table.DataCell>
            <Table.DataCell>{formatLocalDate(item.referralDate, language)}</Table.DataCell>
            <Table.DataCell align="right">{item.daysSinceReferral}</Table.DataCell>
            <Table.DataCell>{t(`referralSources.${item.referralSource}`)}</Table.DataCell>
            <Table.DataCell>{item.specialist?.displayName ?? t('caseload.noSpecialist')}</Table.DataCell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}

function CaseloadCards({ items }: { items: CaseloadItem[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <ul className="card-list" aria-labelledby={HEADING_ID} data-testid="caseload">
      {items.map((item) => (
        <li key={item.id} data-testid="caseload-row">
          <Box
            padding="space-16"
            borderWidth="1"
            borderColor="neutral-subtle"
            borderRadius="8"
            background="raised"
          >
            <VStack gap="space-8">
              <Heading level="2" size="xsmall">
                <Link as={RouterLink} to={`/participants/${encodeURIComponent(item.id)}`}>
                  {fullName(item)}
                </Link>
              </Heading>
              <dl className="card-details">
                <div>
                  <dt>{t('caseload.phase')}</dt>
                  <dd>
                    <PhaseSummary item={item} />
                  </dd>
                </div>
                <div>
                  <dt>{t('caseload.referralDate')}</dt>
                  <dd>
                    {formatLocalDate(item.referralDate, language)} (
                    {t('caseload.days', { count: item.daysSinceReferral })})
                  </dd>
                </div>
                <div>
                  <dt>{t('caseload.referralSource')}</dt>
                  <dd>{t(`referralSources.${item.referralSource}`)}</dd>
                </div>
                <div>
                  <dt>{t('caseload.specialist')}</dt>
                  <dd>{item.specialist?.displayName ?? t('caseload.noSpecialist')}</dd>
                </div>
              </dl>
            </VStack>
          </Box>
        </li>
      ))}
    </ul>
  );
}

export function CaseloadPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('caseload.heading'));
  const me = useMe();
  const caseload = useCaseload();
  const wide = useMediaQuery(WIDE_SCREEN);
  const canRegister = REGISTERING_ROLES.includes(me.role);

  let content: ReactNode;
  if (caseload.isPending) {
    content = <LoadingState label={t('caseload.loading')} />;
  } else if (caseload.isError) {
    content = (
      <ErrorState
        heading={t('caseload.loadError')}
        error={caseload.error}
        onRetry={() => void caseload.refetch()}
        retrying={caseload.isFetching}
      />
    );
  } else if (caseload.data.length === 0) {
    content = (
      <Box padding="space-24" background="neutral-soft" borderRadius="8">
        <VStack gap="space-8">
          <Heading level="2" size="small">
            {t('caseload.emptyHeading')}
          </Heading>
          <BodyLong>{canRegister ? t('caseload.emptyRegister') : t('caseload.emptyOther')}</BodyLong>
        </VStack>
      </Box>
    );
  } else {
    content = (
      <VStack gap="space-12">
        <BodyShort textColor="subtle">{t('caseload.count', { count: caseload.data.length })}</BodyShort>
        {wide ? <CaseloadTable items={caseload.data} /> : <CaseloadCards items={caseload.data} />}
      </VStack>
    );
  }

  return (
    <VStack gap="space-24">
      <HStack gap="space-16" justify="space-between" align="end" wrap>
        <VStack gap="space-4">
          <Heading level="1" size="large" id={HEADING_ID}>
            {t('caseload.heading')}
          </Heading>
          <BodyShort>{t('caseload.intro')}</BodyShort>
        </VStack>
        {canRegister ? (
          <Button
            as={RouterLink}
            to="/participants/new"
            icon={<PlusIcon aria-hidden />}
            data-testid="register-participant"
          >
            {t('caseload.registerParticipant')}
          </Button>
        ) : null}
      </HStack>
      {content}
    </VStack>
  );
}
