import { ArrowRightIcon } from '@navikt/aksel-icons';
import { BodyShort, Heading, Link, VStack } from '@navikt/ds-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useJobLeads } from '../../api/jobLeads.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { JobLeadCard } from './JobLeadCard.tsx';
import { JobLeadStatusNotice } from './JobLeadStatusNotice.tsx';
import { useJobLeadStatus } from './useJobLeadStatus.ts';

const HEADING_ID = 'employer-job-leads-heading';

/** The job leads at one employer (open and earlier ones), with their matches and status buttons. */
export function EmployerJobLeads({ employerId }: { employerId: string }) {
  const { t } = useTranslation();
  const leads = useJobLeads('all');
  const status = useJobLeadStatus(() => leads.refetch());
  // Open leads first; otherwise newest first, as the server lists them.
  const here = (leads.data ?? [])
    .filter((lead) => lead.employerId === employerId)
    .sort((a, b) => Number(b.status === 'open') - Number(a.status === 'open'));

  let content: ReactNode;
  if (leads.isPending) {
    content = <LoadingState label={t('jobLeads.loading')} />;
  } else if (leads.data === undefined) {
    content = (
      <ErrorState
        heading={t('jobLeads.loadError')}
        headingLevel="3"
        error={leads.error}
        onRetry={() => void leads.refetch()}
        retrying={leads.isFetching}
      />
    );
  } else if (here.length === 0) {
    content = <BodyShort data-testid="employer-job-leads-empty">{t('jobLeads.employer.empty')}</BodyShort>;
  } else {
    content = (
      <ul className="card-list" aria-labelledby={HEADING_ID}>
        {here.map((lead) => (
          <JobLeadCard key={lead.id} lead={lead} control={status} showEmployer={false} />
        ))}
      </ul>
    );
  }

  return (
    <section aria-labelledby={HEADING_ID} data-testid="employer-job-leads">
      <VStack gap="space-16">
        <VStack gap="space-4">
          <Heading level="2" size="medium" id={HEADING_ID}>
            {t('jobLeads.employer.heading')}
          </Heading>
          <BodyShort textColor="subtle">{t('jobLeads.employer.intro')}</BodyShort>
        </VStack>
        <JobLeadStatusNotice control={status} />
        {content}
        <div>
          <Link as={RouterLink} to="/job-leads">
            {t('jobLeads.employer.allLink')}
            <ArrowRightIcon aria-hidden />
          </Link>
        </div>
      </VStack>
    </section>
  );
}
