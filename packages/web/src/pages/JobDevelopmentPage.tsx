import { FIRST_EMPLOYER_CONTACT_TARGET_DAYS, osloDate } from '@ips-bridge/domain';
import { ArrowLeftIcon, ArrowRightIcon } from '@navikt/aksel-icons';
import { BodyLong, BodyShort, Box, Button, Heading, HStack, Link, VStack } from '@navikt/ds-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { useJobDevelopmentWeek } from '../api/employers.ts';
import type { JobDevelopmentWeek } from '../api/types.ts';
import { ErrorState } from '../components/ErrorState.tsx';
import { LoadingState } from '../components/LoadingState.tsx';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';
import { useMediaQuery } from '../hooks/useMediaQuery.ts';
import { formatLocalDate } from '../i18n/format.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { ContactLogList } from './employers/ContactLogList.tsx';
import {
  FirstEmployerContactCards,
  FirstEmployerContactTable,
} from './jobDevelopment/FirstEmployerContactTable.tsx';
import { WeekTarget } from './jobDevelopment/WeekTarget.tsx';
import { chosenWeek, type WeekNavigation, weekNavigation } from './jobDevelopment/week.ts';

const WEEK_HEADING_ID = 'job-development-week-heading';
const CONTACTS_HEADING_ID = 'job-development-contacts-heading';
const PARTICIPANTS_HEADING_ID = 'job-development-participants-heading';
const WIDE_SCREEN = '(min-width: 48em)';

function weekPath(start: string): string {
  return `/job-development?${new URLSearchParams({ week: start })}`;
}

/** Previous and next week (no next week beyond this one), as links so each week has its own address. */
function WeekLinks({ week }: { week: WeekNavigation }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('jobDevelopment.weekNavigation')}>
      <HStack gap="space-8" wrap>
        <Button
          as={RouterLink}
          to={weekPath(week.previous)}
          variant="secondary"
          size="small"
          icon={<ArrowLeftIcon aria-hidden />}
          data-testid="previous-week"
        >
          {t('jobDevelopment.previousWeek')}
        </Button>
        {week.next ? (
          <Button
            as={RouterLink}
            to={weekPath(week.next)}
            variant="secondary"
            size="small"
            icon={<ArrowRightIcon aria-hidden />}
            iconPosition="right"
            data-testid="next-week"
          >
            {t('jobDevelopment.nextWeek')}
          </Button>
        ) : null}
        {week.isCurrent ? null : (
          <Button as={RouterLink} to="/job-development" variant="tertiary" size="small">
            {t('jobDevelopment.goToThisWeek')}
          </Button>
        )}
      </HStack>
    </nav>
  );
}

function WeekContent({ data }: { data: JobDevelopmentWeek }) {
  const { t } = useTranslation();
  return (
    <VStack gap="space-32">
      <WeekTarget week={data} />
      <section aria-labelledby={CONTACTS_HEADING_ID} data-testid="week-contacts">
        <VStack gap="space-12">
          <Heading level="3" size="small" id={CONTACTS_HEADING_ID}>
            {t('jobDevelopment.contactsHeading')}
          </Heading>
          {data.contacts.length === 0 ? (
            <BodyLong>{t('jobDevelopment.contactsEmpty')}</BodyLong>
          ) : (
            <ContactLogList
              contacts={data.contacts}
              labelledBy={CONTACTS_HEADING_ID}
              showEmployer
              itemHeadingLevel="4"
              testId="week-contact-list"
            />
          )}
          <div>
            <Link as={RouterLink} to="/employers">
              {t('jobDevelopment.employersLink')}
              <ArrowRightIcon aria-hidden />
            </Link>
          </div>
        </VStack>
      </section>
    </VStack>
  );
}

function ParticipantsSection({ data }: { data: JobDevelopmentWeek }) {
  const { t } = useTranslation();
  const wide = useMediaQuery(WIDE_SCREEN);
  return (
    <section aria-labelledby={PARTICIPANTS_HEADING_ID} data-testid="first-employer-contact-section">
      <VStack gap="space-12">
        <VStack gap="space-4">
          <Heading level="2" size="medium" id={PARTICIPANTS_HEADING_ID}>
            {t('jobDevelopment.participants.heading')}
          </Heading>
          <BodyShort>
            {t('jobDevelopment.participants.intro', { target: FIRST_EMPLOYER_CONTACT_TARGET_DAYS })}
          </BodyShort>
        </VStack>
        {data.participants.length === 0 ? (
          <Box padding="space-16" background="neutral-soft" borderRadius="8">
            <BodyLong>{t('jobDevelopment.participants.empty')}</BodyLong>
          </Box>
        ) : wide ? (
          <FirstEmployerContactTable rows={data.participants} labelledBy={PARTICIPANTS_HEADING_ID} />
        ) : (
          <FirstEmployerContactCards rows={data.participants} labelledBy={PARTICIPANTS_HEADING_ID} />
        )}
      </VStack>
    </section>
  );
}

/**
 * The specialist's job-development week: face-to-face employer contacts against the weekly target, the week's
 * contacts, and days to first employer contact per participant. The week is in the address (`?week=`).
 */
export function JobDevelopmentPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('jobDevelopment.heading'));
  const language = useLanguage();
  const [searchParams] = useSearchParams();
  const [today] = useState(() => osloDate(new Date()));
  const week = weekNavigation(chosenWeek(searchParams.get('week'), today), today);
  const query = useJobDevelopmentWeek(week.start);

  let content: ReactNode;
  if (query.isPending) {
    content = <LoadingState label={t('jobDevelopment.loading')} />;
  } else if (query.isError) {
    content = (
      <ErrorState
        heading={t('jobDevelopment.loadError')}
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  } else {
    content = (
      <VStack gap="space-40">
        <WeekContent data={query.data} />
        <ParticipantsSection data={query.data} />
      </VStack>
    );
  }

  return (
    <VStack gap="space-24">
      <VStack gap="space-8">
        <Heading level="1" size="large">
          {t('jobDevelopment.heading')}
        </Heading>
        <BodyLong>{t('jobDevelopment.intro')}</BodyLong>
        <div>
          <Link as={RouterLink} to="/job-leads" data-testid="job-leads-link">
            {t('jobLeads.fromJobDevelopment')}
            <ArrowRightIcon aria-hidden />
          </Link>
        </div>
      </VStack>
      <VStack gap="space-12">
        <VStack gap="space-2">
          {week.isCurrent ? (
            <BodyShort size="small" weight="semibold" textColor="subtle">
              {t('jobDevelopment.thisWeek')}
            </BodyShort>
          ) : null}
          <Heading level="2" size="medium" id={WEEK_HEADING_ID} data-testid="week-heading" aria-live="polite">
            {t('jobDevelopment.weekHeading', {
              number: week.number,
              from: formatLocalDate(week.start, language),
              to: formatLocalDate(week.end, language),
            })}
          </Heading>
        </VStack>
        <WeekLinks week={week} />
      </VStack>
      {content}
    </VStack>
  );
}
