import { DUE_SOON_DAYS, daysBetween, FIRST_CONTACT_TARGET_DAYS, osloDate } from '@ips-bridge/domain';
import { ClockIcon, ExclamationmarkTriangleIcon } from '@navikt/aksel-icons';
import { BodyLong, BodyShort, Box, Heading, HStack, Link, Tag, VStack } from '@navikt/ds-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useWorkList } from '../api/plan.ts';
import type { WorkList } from '../api/types.ts';
import { ErrorState } from '../components/ErrorState.tsx';
import { LoadingState } from '../components/LoadingState.tsx';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';
import { formatLocalDate } from '../i18n/format.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { MyMeetingWorkSection } from './meetings/MeetingActions.tsx';
import { OverdueTag } from './participant/PlanStepItem.tsx';

type WorkListStep = WorkList['steps'][number];
type LateFirstContact = WorkList['firstContactsOverdue'][number];

const participantPath = (id: string) => `/participants/${encodeURIComponent(id)}`;

function ParticipantLink({ id, name }: { id: string; name: string }) {
  return (
    <Link as={RouterLink} to={participantPath(id)}>
      {name}
    </Link>
  );
}

function Card({ children, testId }: { children: ReactNode; testId: string }) {
  return (
    <li data-testid={testId}>
      <Box
        padding="space-16"
        borderWidth="1"
        borderColor="neutral-subtle"
        borderRadius="8"
        background="raised"
      >
        <VStack gap="space-8" align="start">
          {children}
        </VStack>
      </Box>
    </li>
  );
}

function StepCard({ step, today }: { step: WorkListStep; today: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const date = step.dueDate ? formatLocalDate(step.dueDate, language) : null;
  const daysLeft = step.dueDate ? daysBetween(today, step.dueDate) : null;
  let due: string;
  if (date === null || daysLeft === null) due = t('workList.noDueDate');
  else if (step.daysOverdue > 0 || daysLeft < 0) due = t('workList.duePast', { date });
  else if (daysLeft === 0) due = t('workList.dueToday', { date });
  else due = t('workList.dueIn', { date, count: daysLeft });
  return (
    <Card testId="work-list-step">
      <Heading level="3" size="xsmall">
        <ParticipantLink id={step.participantId} name={step.participantName} />
      </Heading>
      <BodyShort className="preserve-lines">{step.text}</BodyShort>
      <BodyShort size="small">{due}</BodyShort>
      {step.daysOverdue > 0 ? (
        <OverdueTag days={step.daysOverdue} />
      ) : (
        <Tag variant="moderate" data-color="info" size="xsmall" icon={<ClockIcon aria-hidden />}>
          {t('workList.dueSoonTag')}
        </Tag>
      )}
    </Card>
  );
}

function FirstContactCard({ item }: { item: LateFirstContact }) {
  const { t } = useTranslation();
  return (
    <Card testId="work-list-first-contact">
      <Heading level="3" size="xsmall">
        <ParticipantLink id={item.participantId} name={item.participantName} />
      </Heading>
      <BodyShort>
        {t('workList.firstContactText', { count: item.daysSinceReferral, target: FIRST_CONTACT_TARGET_DAYS })}
      </BodyShort>
      <Tag
        variant="moderate"
        data-color="warning"
        size="xsmall"
        icon={<ExclamationmarkTriangleIcon aria-hidden />}
      >
        {t('workList.firstContactTag')}
      </Tag>
    </Card>
  );
}

function Group({
  id,
  heading,
  intro,
  empty,
  count,
  testId,
  children,
}: {
  id: string;
  heading: string;
  intro: string;
  empty: string;
  count: number;
  testId: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={id} data-testid={testId}>
      <VStack gap="space-12">
        <VStack gap="space-4">
          <HStack gap="space-8" align="center">
            <Heading level="2" size="medium" id={id}>
              {heading}
            </Heading>
            <BodyShort textColor="subtle">{t('workList.count', { count })}</BodyShort>
          </HStack>
          <BodyShort size="small">{intro}</BodyShort>
        </VStack>
        {count === 0 ? (
          <BodyShort textColor="subtle">{empty}</BodyShort>
        ) : (
          <ul className="card-list" aria-labelledby={id}>
            {children}
          </ul>
        )}
      </VStack>
    </section>
  );
}

/**
 * The staff member's work list: plan steps they own that are overdue or due within a week, and participants still
 * waiting for a first contact past the 7-day target, each linking to the participant.
 */
export function WorkListPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('workList.heading'));
  const workList = useWorkList();
  const [today] = useState(() => osloDate(new Date()));

  let content: ReactNode;
  if (workList.isPending) {
    content = <LoadingState label={t('workList.loading')} />;
  } else if (workList.isError) {
    content = (
      <ErrorState
        heading={t('workList.loadError')}
        error={workList.error}
        onRetry={() => void workList.refetch()}
        retrying={workList.isFetching}
      />
    );
  } else {
    const { steps, firstContactsOverdue } = workList.data;
    const overdue = steps.filter((step) => step.daysOverdue > 0);
    const dueSoon = steps.filter((step) => step.daysOverdue === 0);
    content =
      steps.length === 0 && firstContactsOverdue.length === 0 ? (
        <Box padding="space-24" background="neutral-soft" borderRadius="8" data-testid="work-list-empty">
          <VStack gap="space-8">
            <Heading level="2" size="small">
              {t('workList.emptyHeading')}
            </Heading>
            <BodyLong>{t('workList.emptyText', { days: DUE_SOON_DAYS })}</BodyLong>
          </VStack>
        </Box>
      ) : (
        <VStack gap="space-32">
          <Group
            id="work-list-overdue-heading"
            heading={t('workList.overdueHeading')}
            intro={t('workList.overdueIntro')}
            empty={t('workList.overdueEmpty')}
            count={overdue.length}
            testId="work-list-overdue"
          >
            {overdue.map((step) => (
              <StepCard key={step.stepId} step={step} today={today} />
            ))}
          </Group>
          <Group
            id="work-list-due-soon-heading"
            heading={t('workList.dueSoonHeading')}
            intro={t('workList.dueSoonIntro', { days: DUE_SOON_DAYS })}
            empty={t('workList.dueSoonEmpty')}
            count={dueSoon.length}
            testId="work-list-due-soon"
          >
            {dueSoon.map((step) => (
              <StepCard key={step.stepId} step={step} today={today} />
            ))}
          </Group>
          <Group
            id="work-list-first-contacts-heading"
            heading={t('workList.firstContactsHeading')}
            intro={t('workList.firstContactsIntro', { target: FIRST_CONTACT_TARGET_DAYS })}
            empty={t('workList.firstContactsEmpty')}
            count={firstContactsOverdue.length}
            testId="work-list-first-contacts"
          >
            {firstContactsOverdue.map((item) => (
              <FirstContactCard key={item.participantId} item={item} />
            ))}
          </Group>
        </VStack>
      );
  }

  return (
    <VStack gap="space-24">
      <VStack gap="space-4">
        <Heading level="1" size="large">
          {t('workList.heading')}
        </Heading>
        <BodyShort>{t('workList.intro', { days: DUE_SOON_DAYS })}</BodyShort>
      </VStack>
      {content}
      <MyMeetingWorkSection />
    </VStack>
  );
}
