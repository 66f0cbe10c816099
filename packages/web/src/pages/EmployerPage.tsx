import { ArrowLeftIcon } from '@navikt/aksel-icons';
import { Alert, BodyLong, BodyShort, Box, Detail, Heading, Link, VStack } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation, useParams } from 'react-router';
import { useEmployer } from '../api/employers.ts';
import { isRecordUnavailable } from '../api/problem.ts';
import type { EmployerDetail } from '../api/types.ts';
import { DetailList } from '../components/DetailList.tsx';
import { LoadingState } from '../components/LoadingState.tsx';
import { RecordUnavailable } from '../components/RecordUnavailable.tsx';
import { formatOrganisationNumber } from '../forms/employerForm.ts';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';
import { formatLocalDate } from '../i18n/format.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { ContactLogList } from './employers/ContactLogList.tsx';
import { EditEmployerForm } from './employers/EditEmployerForm.tsx';
import { LogContactForm } from './employers/LogContactForm.tsx';
import { EmployerJobLeads } from './jobLeads/EmployerJobLeads.tsx';

const DETAILS_HEADING_ID = 'employer-details-heading';
const PEOPLE_HEADING_ID = 'employer-contact-people-heading';
const LOG_HEADING_ID = 'employer-contact-log-heading';

function wasJustCreated(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'created' in state && state.created === true;
}

function EmployerDetails({ employer }: { employer: EmployerDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const notProvided = <span className="text-subtle">{t('common.notProvided')}</span>;
  return (
    <section aria-labelledby={DETAILS_HEADING_ID} data-testid="employer-details">
      <VStack gap="space-16">
        <Heading level="2" size="medium" id={DETAILS_HEADING_ID}>
          {t('employers.employer.detailsHeading')}
        </Heading>
        <DetailList
          details={[
            {
              label: t('employers.organisationNumber'),
              value: employer.organisationNumber ? (
                <span data-testid="employer-organisation-number">
                  {formatOrganisationNumber(employer.organisationNumber)}
                </span>
              ) : (
                notProvided
              ),
            },
            { label: t('employers.sector'), value: employer.sector ?? notProvided },
            { label: t('employers.address'), value: employer.address ?? notProvided },
            {
              label: t('employers.notes'),
              value:
                employer.notes.trim() === '' ? (
                  notProvided
                ) : (
                  <span className="preserve-lines">{employer.notes}</span>
                ),
            },
            {
              label: t('employers.lastContact'),
              value: employer.lastContactDate
                ? `${formatLocalDate(employer.lastContactDate, language)} (${t('employers.contactCountValue', { count: employer.contactCount })})`
                : t('employers.noContactYet'),
            },
          ]}
        />
        <EditEmployerForm employer={employer} />
      </VStack>
    </section>
  );
}

function ContactPeople({ employer }: { employer: EmployerDetail }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={PEOPLE_HEADING_ID} data-testid="employer-contact-people">
      <VStack gap="space-16">
        <Heading level="2" size="medium" id={PEOPLE_HEADING_ID}>
          {t('employers.employer.contactPeopleHeading')}
        </Heading>
        {employer.contacts.length === 0 ? (
          <BodyLong>{t('employers.employer.contactPeopleEmpty')}</BodyLong>
        ) : (
          <ul className="card-list card-list--columns" aria-labelledby={PEOPLE_HEADING_ID}>
            {employer.contacts.map((person, index) => (
              // Contact people have no id of their own; their place in the list is stable between saves.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above.
              <li key={index}>
                <Box padding="space-12" borderWidth="1" borderColor="neutral-subtle" borderRadius="8">
                  <VStack gap="space-4">
                    <BodyShort weight="semibold">{person.name}</BodyShort>
                    {person.role ? <Detail as="p">{person.role}</Detail> : null}
                    {person.phone ? (
                      <BodyShort size="small">
                        <span className="sr-only">{t('employers.employer.phone')}: </span>
                        <Link href={`tel:${person.phone.replace(/\s/g, '')}`}>{person.phone}</Link>
                      </BodyShort>
                    ) : null}
                    {person.email ? (
                      <BodyShort size="small">
                        <span className="sr-only">{t('employers.employer.email')}: </span>
                        <Link href={`mailto:${person.email}`}>{person.email}</Link>
                      </BodyShort>
                    ) : null}
                  </VStack>
                </Box>
              </li>
            ))}
          </ul>
        )}
      </VStack>
    </section>
  );
}

function ContactLog({ employer }: { employer: EmployerDetail }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={LOG_HEADING_ID} data-testid="employer-contact-log">
      <VStack gap="space-16">
        <VStack gap="space-4">
          <Heading level="2" size="medium" id={LOG_HEADING_ID}>
            {t('jobDevelopment.log.heading')}
          </Heading>
          <BodyShort textColor="subtle">
            {employer.contactLog.length === 0
              ? t('jobDevelopment.log.empty')
              : `${t('jobDevelopment.log.intro')} ${t('jobDevelopment.log.count', { count: employer.contactLog.length })}.`}
          </BodyShort>
        </VStack>
        {employer.contactLog.length > 0 ? (
          <ContactLogList contacts={employer.contactLog} labelledBy={LOG_HEADING_ID} testId="contact-log" />
        ) : null}
      </VStack>
    </section>
  );
}

/** One employer: details (with the edit form), contact people, "Log contact" and the contact log. */
export function EmployerPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const location = useLocation();
  const employer = useEmployer(id);
  const notFound = employer.isError && isRecordUnavailable(employer.error);
  useDocumentTitle(
    employer.data?.name ??
      (notFound ? t('employers.employer.notFoundHeading') : t('employers.employer.loading')),
  );

  const backLink = (
    <Link as={RouterLink} to="/employers">
      <ArrowLeftIcon aria-hidden />
      {t('employers.employer.backToList')}
    </Link>
  );

  if (employer.isPending) return <LoadingState label={t('employers.employer.loading')} />;

  // A failed refresh keeps showing what was loaded, so nothing typed into the page's forms is lost.
  if (employer.data === undefined) {
    return (
      <RecordUnavailable
        notFound={notFound}
        notFoundHeading={t('employers.employer.notFoundHeading')}
        notFoundText={t('employers.employer.notFound')}
        loadErrorHeading={t('employers.employer.loadError')}
        error={employer.error}
        onRetry={() => void employer.refetch()}
        retrying={employer.isFetching}
        back={backLink}
      />
    );
  }

  return (
    <VStack gap="space-32">
      <VStack gap="space-16" align="start">
        {backLink}
        {wasJustCreated(location.state) ? (
          <Alert variant="success" size="small" role="status">
            {t('employers.created')}
          </Alert>
        ) : null}
        <Heading level="1" size="large" data-testid="employer-name">
          {employer.data.name}
        </Heading>
      </VStack>
      <EmployerDetails employer={employer.data} />
      <ContactPeople employer={employer.data} />
      <EmployerJobLeads employerId={employer.data.id} />
      <LogContactForm employerId={employer.data.id} />
      <ContactLog employer={employer.data} />
    </VStack>
  );
}
