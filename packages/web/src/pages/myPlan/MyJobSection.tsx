import { BodyLong, BodyShort, Heading, VStack } from '@navikt/ds-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkAndSupport } from '../../api/types.ts';
import { useWork } from '../../api/work.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { formatLocalDate, formatNumber } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';

type Job = WorkAndSupport['jobs'][number];

function JobLine({ job }: { job: Job }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <li data-testid="my-job">
      <BodyShort size="large" weight="semibold">
        {t('myPlan.job.at', { title: job.title, employer: job.employerName })}
      </BodyShort>
      <BodyShort size="small">
        {job.endDate
          ? t('myPlan.job.ended', { date: formatLocalDate(job.endDate, language) })
          : `${t('myPlan.job.since', { date: formatLocalDate(job.startDate, language) })} · ${t(
              'myPlan.job.hours',
              {
                hours: formatNumber(job.hoursPerWeek, language),
              },
            )}`}
      </BodyShort>
    </li>
  );
}

/** My job in plain words: the job I have now, the follow-along contacts and when the next one is due. */
export function MyJobSection({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const work = useWork(participantId);

  let content: ReactNode;
  if (work.isPending) content = <LoadingState label={t('myPlan.loading')} />;
  else if (work.isError)
    content = (
      <ErrorState
        heading={t('myPlan.loadError')}
        headingLevel="3"
        error={work.error}
        onRetry={() => void work.refetch()}
        retrying={work.isFetching}
      />
    );
  else {
    const current = work.data.jobs.filter((job) => job.endDate === null);
    const earlier = work.data.jobs.filter((job) => job.endDate !== null);
    const contacts = [...work.data.supportContacts].sort((a, b) => b.date.localeCompare(a.date)).slice(0, 5);
    content = (
      <VStack gap="space-12">
        {current.length === 0 ? (
          <BodyLong>{t('myPlan.job.none')}</BodyLong>
        ) : (
          <ul className="my-jobs">
            {current.map((job) => (
              <JobLine key={job.id} job={job} />
            ))}
          </ul>
        )}
        {work.data.followAlong ? (
          <BodyLong data-testid="my-next-contact">
            {t('myPlan.job.nextContact', { date: formatLocalDate(work.data.followAlong.nextDue, language) })}
          </BodyLong>
        ) : null}
        {current.length > 0 || contacts.length > 0 ? (
          <VStack gap="space-4">
            <Heading level="3" size="small">
              {t('myPlan.job.contactsHeading')}
            </Heading>
            {contacts.length === 0 ? (
              <BodyShort>{t('myPlan.job.noContacts')}</BodyShort>
            ) : (
              <ul data-testid="my-support-contacts">
                {contacts.map((contact) => (
                  <li key={contact.id}>
                    {t('myPlan.job.contact', {
                      date: formatLocalDate(contact.date, language),
                      withWhom: t(`myPlan.job.withWhom.${contact.withWhom}`),
                    })}
                  </li>
                ))}
              </ul>
            )}
          </VStack>
        ) : null}
        {earlier.length > 0 ? (
          <VStack gap="space-4">
            <Heading level="3" size="small">
              {t('myPlan.job.earlier')}
            </Heading>
            <ul className="my-jobs">
              {earlier.map((job) => (
                <JobLine key={job.id} job={job} />
              ))}
            </ul>
          </VStack>
        ) : null}
      </VStack>
    );
  }

  return (
    <section aria-labelledby="my-job-heading" data-testid="my-job-section">
      <VStack gap="space-8">
        <Heading level="2" size="medium" id="my-job-heading">
          {t('myPlan.job.heading')}
        </Heading>
        {content}
      </VStack>
    </section>
  );
}
