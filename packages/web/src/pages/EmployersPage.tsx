import { ArrowRightIcon } from '@navikt/aksel-icons';
import { BodyLong, BodyShort, Box, Heading, Link, Search, Table, VStack } from '@navikt/ds-react';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { useEmployers } from '../api/employers.ts';
import type { Employer } from '../api/types.ts';
import { ErrorState } from '../components/ErrorState.tsx';
import { LoadingState } from '../components/LoadingState.tsx';
import { formatOrganisationNumber } from '../forms/employerForm.ts';
import { useDebouncedValue } from '../hooks/useDebouncedValue.ts';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';
import { useMediaQuery } from '../hooks/useMediaQuery.ts';
import { formatLocalDate } from '../i18n/format.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { AddEmployerForm } from './employers/AddEmployerForm.tsx';

const HEADING_ID = 'employers-heading';
const RESULTS_HEADING_ID = 'employers-results-heading';
const WIDE_SCREEN = '(min-width: 48em)';
const SEARCH_DELAY_MS = 300;

function employerPath(employer: Employer): string {
  return `/employers/${encodeURIComponent(employer.id)}`;
}

function LastContact({ employer }: { employer: Employer }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (employer.lastContactDate === null) {
    return <span className="text-subtle">{t('employers.noContactYet')}</span>;
  }
  return (
    <time dateTime={employer.lastContactDate}>{formatLocalDate(employer.lastContactDate, language)}</time>
  );
}

function EmployersTable({ items }: { items: Employer[] }) {
  const { t } = useTranslation();
  return (
    <Table aria-labelledby={RESULTS_HEADING_ID} data-testid="employers" className="employers-table">
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell scope="col">{t('employers.name')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('employers.organisationNumber')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('employers.sector')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('employers.lastContact')}</Table.HeaderCell>
          <Table.HeaderCell scope="col" align="right">
            {t('employers.contactCount')}
          </Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {items.map((employer) => (
          <Table.Row key={employer.id} data-testid="employer-row">
            <Table.HeaderCell scope="row">
              <Link as={RouterLink} to={employerPath(employer)}>
                {employer.name}
              </Link>
            </Table.HeaderCell>
            <Table.DataCell className="nowrap">
              {employer.organisationNumber ? formatOrganisationNumber(employer.organisationNumber) : '–'}
            </Table.DataCell>
            <Table.DataCell>{employer.sector ?? '–'}</Table.DataCell>
            <Table.DataCell>
              <LastContact employer={employer} />
            </Table.DataCell>
            <Table.DataCell align="right">{employer.contactCount}</Table.DataCell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}

function EmployerCards({ items }: { items: Employer[] }) {
  const { t } = useTranslation();
  return (
    <ul className="card-list" aria-labelledby={RESULTS_HEADING_ID} data-testid="employers">
      {items.map((employer) => (
        <li key={employer.id} data-testid="employer-row">
          <Box
            padding="space-16"
            borderWidth="1"
            borderColor="neutral-subtle"
            borderRadius="8"
            background="raised"
          >
            <VStack gap="space-8">
              <Heading level="3" size="xsmall">
                <Link as={RouterLink} to={employerPath(employer)}>
                  {employer.name}
                </Link>
              </Heading>
              <dl className="card-details">
                {employer.organisationNumber ? (
                  <div>
                    <dt>{t('employers.organisationNumber')}</dt>
                    <dd>{formatOrganisationNumber(employer.organisationNumber)}</dd>
                  </div>
                ) : null}
                {employer.sector ? (
                  <div>
                    <dt>{t('employers.sector')}</dt>
                    <dd>{employer.sector}</dd>
                  </div>
                ) : null}
                <div>
                  <dt>{t('employers.lastContact')}</dt>
                  <dd>
                    <LastContact employer={employer} />
                    {employer.contactCount > 0
                      ? ` (${t('employers.contactCountValue', { count: employer.contactCount })})`
                      : null}
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

/** The team's employer register: a search, the list (a table on wide screens, cards on phones) and "Add employer". */
export function EmployersPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('employers.heading'));
  const wide = useMediaQuery(WIDE_SCREEN);
  const [searchParams, setSearchParams] = useSearchParams();
  const [text, setText] = useState(() => searchParams.get('q') ?? '');
  const search = useDebouncedValue(text.trim(), SEARCH_DELAY_MS);
  const employers = useEmployers(search);

  // The search is kept in the address, so going back to the list after opening an employer finds it again.
  useEffect(() => {
    if ((searchParams.get('q') ?? '') === search) return;
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (search === '') next.delete('q');
        else next.set('q', search);
        return next;
      },
      { replace: true },
    );
  }, [search, searchParams, setSearchParams]);

  let content: ReactNode;
  if (employers.isPending) {
    content = <LoadingState label={t('employers.loading')} />;
  } else if (employers.isError && employers.data === undefined) {
    content = (
      <ErrorState
        heading={t('employers.loadError')}
        error={employers.error}
        onRetry={() => void employers.refetch()}
        retrying={employers.isFetching}
      />
    );
  } else if (employers.data.length === 0 && search === '' && !employers.isPlaceholderData) {
    content = (
      <Box padding="space-24" background="neutral-soft" borderRadius="8" data-testid="employers-empty">
        <VStack gap="space-8">
          <Heading level="2" size="small">
            {t('employers.emptyHeading')}
          </Heading>
          <BodyLong>{t('employers.empty')}</BodyLong>
        </VStack>
      </Box>
    );
  } else {
    const items = employers.data;
    const shownSearch = employers.isPlaceholderData ? null : search;
    content = (
      <VStack gap="space-12">
        <Heading level="2" size="small" id={RESULTS_HEADING_ID} className="sr-only">
          {t('employers.heading')}
        </Heading>
        <BodyShort textColor="subtle" aria-live="polite" data-testid="employers-count">
          {employers.isPlaceholderData
            ? t('employers.searching')
            : shownSearch
              ? t('employers.countForSearch', { count: items.length, search: shownSearch })
              : t('employers.count', { count: items.length })}
        </BodyShort>
        {items.length === 0 ? (
          <Box padding="space-24" background="neutral-soft" borderRadius="8">
            <VStack gap="space-8">
              <Heading level="3" size="small">
                {t('employers.noMatchesHeading')}
              </Heading>
              <BodyLong>{t('employers.noMatches', { search })}</BodyLong>
            </VStack>
          </Box>
        ) : wide ? (
          <EmployersTable items={items} />
        ) : (
          <EmployerCards items={items} />
        )}
      </VStack>
    );
  }

  return (
    <VStack gap="space-24">
      <VStack gap="space-8">
        <Heading level="1" size="large" id={HEADING_ID}>
          {t('employers.heading')}
        </Heading>
        <BodyLong>{t('employers.intro')}</BodyLong>
        <div>
          <Link as={RouterLink} to="/job-development">
            {t('employers.jobDevelopmentLink')}
            <ArrowRightIcon aria-hidden />
          </Link>
        </div>
      </VStack>
      <div>
        <AddEmployerForm />
      </div>
      <search className="list-search">
        <Search
          label={t('employers.search')}
          description={t('employers.searchDescription')}
          hideLabel={false}
          variant="simple"
          value={text}
          onChange={setText}
          onClear={() => setText('')}
          autoComplete="off"
          data-testid="employer-search"
        />
      </search>
      {content}
    </VStack>
  );
}
