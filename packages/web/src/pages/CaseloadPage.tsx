import { PHASES, type Phase, REGISTERING_ROLES } from '@ips-bridge/domain';
import { ExclamationmarkTriangleIcon, PlusIcon } from '@navikt/aksel-icons';
import {
  BodyLong,
  BodyShort,
  Box,
  Button,
  Chips,
  Heading,
  HStack,
  Link,
  Pagination,
  Search,
  Table,
  Tag,
  VStack,
} from '@navikt/ds-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { useCaseloadPage } from '../api/participants.ts';
import type { CaseloadItem, CaseloadPage as CaseloadPageData } from '../api/types.ts';
import { useMe } from '../auth/MeContext.tsx';
import { ErrorState } from '../components/ErrorState.tsx';
import { LoadingState } from '../components/LoadingState.tsx';
import { useDebouncedValue } from '../hooks/useDebouncedValue.ts';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';
import { useMediaQuery } from '../hooks/useMediaQuery.ts';
import { formatLocalDate } from '../i18n/format.ts';
import { phaseLabel } from '../i18n/journeyLabels.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { pageCount, parseCaseloadFilter, writeCaseloadFilter } from './caseload/caseloadFilter.ts';

const HEADING_ID = 'caseload-heading';
const WIDE_SCREEN = '(min-width: 48em)';
const PAGE_SIZE = 25;
const SEARCH_DELAY_MS = 250;

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
      {item.restricted ? (
        <Tag variant="moderate" data-color="info" size="xsmall" data-testid="restricted-tag">
          {t('privacy.restriction.tag')}
        </Tag>
      ) : null}
    </VStack>
  );
}

function LastContact({ item }: { item: CaseloadItem }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <span data-testid="caseload-last-contact">
      {item.lastContactDate ? formatLocalDate(item.lastContactDate, language) : t('caseload.noContactYet')}
    </span>
  );
}

/** The earliest open plan step's due date, with an "overdue" tag in words when it has passed. */
function NextDue({ item }: { item: CaseloadItem }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (!item.nextDueDate) return <span className="text-subtle">{t('caseload.nothingDue')}</span>;
  return (
    <VStack gap="space-4" align="start" data-testid="caseload-next-due">
      <span>{formatLocalDate(item.nextDueDate, language)}</span>
      {item.nextDueOverdue ? (
        <Tag
          variant="moderate"
          data-color="danger"
          size="xsmall"
          icon={<ExclamationmarkTriangleIcon aria-hidden />}
          data-testid="next-due-overdue-tag"
        >
          {t('caseload.overdue')}
        </Tag>
      ) : null}
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
          <Table.HeaderCell scope="col">{t('caseload.lastContact')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('caseload.nextDue')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('caseload.referralDate')}</Table.HeaderCell>
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
            <Table.DataCell>
              <LastContact item={item} />
            </Table.DataCell>
            <Table.DataCell>
              <NextDue item={item} />
            </Table.DataCell>
            <Table.DataCell>
              {formatLocalDate(item.referralDate, language)}
              <div className="text-subtle">{t(`referralSources.${item.referralSource}`)}</div>
            </Table.DataCell>
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
                  <dt>{t('caseload.lastContact')}</dt>
                  <dd>
                    <LastContact item={item} />
                  </dd>
                </div>
                <div>
                  <dt>{t('caseload.nextDue')}</dt>
                  <dd>
                    <NextDue item={item} />
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

/** The caller's own active caseload against the IPS target of at most 20, in words. */
function ActiveCaseloadSummary({ data }: { data: CaseloadPageData['activeCaseload'] }) {
  const { t } = useTranslation();
  const over = data.count > data.target;
  return (
    <HStack gap="space-8" align="center" data-testid="active-caseload">
      <BodyShort>{t('caseload.activeCount', { count: data.count, target: data.target })}</BodyShort>
      {over ? (
        <Tag variant="moderate" data-color="warning" size="small">
          {t('caseload.overTarget')}
        </Tag>
      ) : null}
    </HStack>
  );
}

/** Phase chips: none chosen shows every phase. */
function PhaseFilter({
  phases,
  onChange,
}: {
  phases: readonly Phase[];
  onChange: (phases: Phase[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <VStack gap="space-8">
      <BodyShort as="h2" size="small" weight="semibold" id="caseload-phase-filter">
        {t('caseload.filterByPhase')}
      </BodyShort>
      <Chips aria-labelledby="caseload-phase-filter" data-testid="caseload-phase-filter">
        {PHASES.map((phase) => {
          const selected = phases.includes(phase);
          return (
            <Chips.Toggle
              key={phase}
              selected={selected}
              data-phase={phase}
              onClick={() => onChange(selected ? phases.filter((p) => p !== phase) : [...phases, phase])}
            >
              {phaseLabel(t, phase)}
            </Chips.Toggle>
          );
        })}
      </Chips>
    </VStack>
  );
}

export function CaseloadPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('caseload.heading'));
  const me = useMe();
  const wide = useMediaQuery(WIDE_SCREEN);
  const canRegister = REGISTERING_ROLES.includes(me.role);
  // Phase and page live in the address (back and forward work); the name search does not: no personal data in URLs.
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = parseCaseloadFilter(searchParams);
  const [text, setText] = useState('');
  const search = useDebouncedValue(text.trim(), SEARCH_DELAY_MS);
  const caseload = useCaseloadPage({ search, phases: filter.phases, page: filter.page, pageSize: PAGE_SIZE });
  const setFilter = (next: { phases?: Phase[]; page?: number }) =>
    setSearchParams((current) => writeCaseloadFilter(current, { ...filter, page: 1, ...next }), {
      replace: next.page === undefined,
    });
  const filtered = search !== '' || filter.phases.length > 0;

  let content: ReactNode;
  if (caseload.isPending) {
    content = <LoadingState label={t('caseload.loading')} />;
  } else if (caseload.isError && caseload.data === undefined) {
    content = (
      <ErrorState
        heading={t('caseload.loadError')}
        error={caseload.error}
        onRetry={() => void caseload.refetch()}
        retrying={caseload.isFetching}
      />
    );
  } else if (caseload.data.total === 0 && !filtered) {
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
    const { items, total } = caseload.data;
    const pages = pageCount(total, PAGE_SIZE);
    content = (
      <VStack gap="space-12">
        <BodyShort textColor="subtle" aria-live="polite" data-testid="caseload-count">
          {caseload.isPlaceholderData
            ? t('caseload.searching')
            : filtered
              ? t('caseload.countFiltered', { count: total })
              : t('caseload.count', { count: total })}
        </BodyShort>
        {items.length === 0 ? (
          <Box
            padding="space-24"
            background="neutral-soft"
            borderRadius="8"
            data-testid="caseload-no-matches"
          >
            <VStack gap="space-8" align="start">
              <Heading level="2" size="small">
                {t('caseload.noMatchesHeading')}
              </Heading>
              <BodyLong>{t('caseload.noMatches')}</BodyLong>
              <Button
                variant="secondary"
                size="small"
                onClick={() => {
                  setText('');
                  setFilter({ phases: [] });
                }}
              >
                {t('caseload.clearFilters')}
              </Button>
            </VStack>
          </Box>
        ) : wide ? (
          <CaseloadTable items={items} />
        ) : (
          <CaseloadCards items={items} />
        )}
        {pages > 1 ? (
          <Pagination
            page={Math.min(filter.page, pages)}
            count={pages}
            size="small"
            onPageChange={(page) => setFilter({ page })}
            srHeading={{ tag: 'h2', text: t('caseload.pages') }}
            data-testid="caseload-pagination"
          />
        ) : null}
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
          {caseload.data && me.role === 'employment_specialist' ? (
            <ActiveCaseloadSummary data={caseload.data.activeCaseload} />
          ) : null}
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
      <VStack gap="space-16" as="section" aria-label={t('caseload.searchAndFilter')}>
        <search className="list-search">
          <Search
            label={t('caseload.searchLabel')}
            description={t('caseload.searchDescription')}
            hideLabel={false}
            variant="simple"
            value={text}
            onChange={(value) => {
              setText(value);
              if (filter.page !== 1) setFilter({});
            }}
            onClear={() => setText('')}
            autoComplete="off"
            data-testid="caseload-search"
          />
        </search>
        <PhaseFilter phases={filter.phases} onChange={(phases) => setFilter({ phases })} />
      </VStack>
      {content}
    </VStack>
  );
}
