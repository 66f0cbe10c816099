import { ArrowRightIcon } from '@navikt/aksel-icons';
import { BodyLong, BodyShort, Box, Heading, HStack, Link, ToggleGroup, VStack } from '@navikt/ds-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { type JobLeadFilter, useJobLeads } from '../api/jobLeads.ts';
import { ErrorState } from '../components/ErrorState.tsx';
import { LoadingState } from '../components/LoadingState.tsx';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';
import { AddJobLeadForm } from './jobLeads/AddJobLeadForm.tsx';
import { JobLeadCard } from './jobLeads/JobLeadCard.tsx';
import { JobLeadStatusNotice } from './jobLeads/JobLeadStatusNotice.tsx';
import { useJobLeadStatus } from './jobLeads/useJobLeadStatus.ts';

const LIST_HEADING_ID = 'job-leads-list-heading';

function filterFrom(value: string | null): JobLeadFilter {
  return value === 'all' ? 'all' : 'open';
}

/**
 * The team's job leads, each with the caller's participants whose career-profile preferences fit it and why:
 * open leads by default, or all (`?status=all`); "Add job lead"; and marking a lead filled, closed or open again,
 * with an undo. Job development in IPS follows the jobseeker's preferences, so the matches come first on each card.
 */
export function JobLeadsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('jobLeads.heading'));
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = filterFrom(searchParams.get('status'));
  const leads = useJobLeads(filter);
  const status = useJobLeadStatus(() => leads.refetch());

  const chooseFilter = (value: string) => {
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === 'all') next.set('status', 'all');
        else next.delete('status');
        return next;
      },
      { replace: true },
    );
  };

  let content: ReactNode;
  if (leads.isPending) {
    content = <LoadingState label={t('jobLeads.loading')} />;
  } else if (leads.data === undefined) {
    content = (
      <ErrorState
        heading={t('jobLeads.loadError')}
        error={leads.error}
        onRetry={() => void leads.refetch()}
        retrying={leads.isFetching}
      />
    );
  } else if (leads.data.length === 0) {
    content = (
      <Box padding="space-24" background="neutral-soft" borderRadius="8" data-testid="job-leads-empty">
        <VStack gap="space-8">
          <Heading level="3" size="small">
            {filter === 'open' ? t('jobLeads.emptyOpenHeading') : t('jobLeads.emptyAllHeading')}
          </Heading>
          <BodyLong>{filter === 'open' ? t('jobLeads.emptyOpen') : t('jobLeads.emptyAll')}</BodyLong>
        </VStack>
      </Box>
    );
  } else {
    content = (
      <ul className="card-list" aria-labelledby={LIST_HEADING_ID} data-testid="job-leads">
        {leads.data.map((lead) => (
          <JobLeadCard key={lead.id} lead={lead} control={status} />
        ))}
      </ul>
    );
  }

  return (
    <VStack gap="space-24">
      <VStack gap="space-8">
        <Heading level="1" size="large">
          {t('jobLeads.heading')}
        </Heading>
        <BodyLong>{t('jobLeads.intro')}</BodyLong>
        <HStack gap="space-8 space-24" wrap>
          <Link as={RouterLink} to="/job-development">
            {t('jobLeads.jobDevelopmentLink')}
            <ArrowRightIcon aria-hidden />
          </Link>
          <Link as={RouterLink} to="/employers">
            {t('jobLeads.employersLink')}
            <ArrowRightIcon aria-hidden />
          </Link>
        </HStack>
      </VStack>
      <div>
        <AddJobLeadForm />
      </div>
      <section aria-labelledby={LIST_HEADING_ID}>
        <VStack gap="space-16">
          <Heading level="2" size="medium" id={LIST_HEADING_ID} className="sr-only">
            {t('jobLeads.heading')}
          </Heading>
          <HStack gap="space-16" align="end" justify="space-between" wrap>
            <ToggleGroup
              label={t('jobLeads.filter.label')}
              size="small"
              value={filter}
              onChange={chooseFilter}
              data-testid="job-leads-filter"
            >
              <ToggleGroup.Item value="open" label={t('jobLeads.filter.open')} />
              <ToggleGroup.Item value="all" label={t('jobLeads.filter.all')} />
            </ToggleGroup>
            <BodyShort textColor="subtle" aria-live="polite" data-testid="job-leads-count">
              {leads.data && leads.data.length > 0
                ? t(filter === 'open' ? 'jobLeads.countOpen' : 'jobLeads.countAll', {
                    count: leads.data.length,
                  })
                : null}
            </BodyShort>
          </HStack>
          <JobLeadStatusNotice control={status} />
          {content}
        </VStack>
      </section>
    </VStack>
  );
}
