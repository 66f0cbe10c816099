import { EnvelopeClosedIcon } from '@navikt/aksel-icons';
import { BodyLong, BodyShort, Box, Detail, Heading, HStack, Link, Tag, VStack } from '@navikt/ds-react';
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useRecordStartPageVisit, useStartPage } from '../../api/teamwork.ts';
import type { StartPage as StartPageData } from '../../api/types.ts';
import { useMe } from '../../auth/MeContext.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { formatDateTime, formatLocalDate } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { StartPageActions, StartPageMeetings, StartPageQuestions } from './StartPageSlots.tsx';

const PARTICIPANTS_HEADING_ID = 'start-participants-heading';

type SharedParticipant = StartPageData['participants'][number];

/** What is new about one participant since the last visit, as short lines. */
function WhatIsNew({ participant }: { participant: SharedParticipant }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const lines: ReactNode[] = [];
  if (participant.unreadMessages > 0)
    lines.push(
      <HStack key="messages" gap="space-4" align="center" wrap={false}>
        <EnvelopeClosedIcon aria-hidden />
        <Tag variant="info" size="xsmall" data-testid="start-unread">
          {t('teamwork.start.unread', { count: participant.unreadMessages })}
        </Tag>
      </HStack>,
    );
  for (const change of participant.phaseChanges)
    lines.push(
      <BodyShort key={`phase-${change.phase}-${change.startedOn}`} size="small">
        {t('teamwork.start.phaseChanged', {
          phase: t(`phases.${change.phase}`),
          date: formatLocalDate(change.startedOn, language),
        })}
      </BodyShort>,
    );
  if (participant.newNotes > 0)
    lines.push(
      <BodyShort key="notes" size="small">
        {t('teamwork.start.newNotes', { count: participant.newNotes })}
      </BodyShort>,
    );
  if (lines.length === 0)
    return (
      <Detail textColor="subtle" data-testid="start-nothing-new">
        {t('teamwork.start.nothingNew')}
      </Detail>
    );
  return (
    <VStack gap="space-4" data-testid="start-new">
      {lines}
    </VStack>
  );
}

function ParticipantCard({ participant, therapist }: { participant: SharedParticipant; therapist: boolean }) {
  const { t } = useTranslation();
  const name = `${participant.givenName} ${participant.familyName}`;
  const shared = participant.sharedCategories
    .filter((c) => c !== 'contact_and_plan')
    .map((c) => t(`consent.categories.${c}.name`));
  return (
    <Box padding="space-16" borderWidth="1" borderColor="neutral-subtle" borderRadius="8" background="raised">
      <VStack gap="space-8">
        <Heading level="3" size="xsmall">
          <Link as={RouterLink} to={`/participants/${encodeURIComponent(participant.id)}`}>
            {name}
          </Link>
        </Heading>
        <Detail>{t('teamwork.start.phase', { phase: t(`phases.${participant.phase}`) })}</Detail>
        <WhatIsNew participant={participant} />
        {therapist ? (
          <Detail data-testid="start-shares">
            {shared.length > 0
              ? t('teamwork.start.shares', { categories: shared.join(', ') })
              : t('teamwork.start.sharesNothing')}
          </Detail>
        ) : null}
      </VStack>
    </Box>
  );
}

/**
 * The focused start page for NAV counsellors and therapists, who work in many other systems: only the participants
 * they share, what is new since the last visit, the meetings they are invited to and the actions they own, and (for
 * therapists) what each jobseeker shares with them.
 */
export function StartPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  useDocumentTitle(t('teamwork.start.heading'));
  const me = useMe();
  const query = useStartPage();
  const recordVisit = useRecordStartPageVisit();
  const recorded = useRef(false);
  const recordVisitMutate = recordVisit.mutate;
  const loaded = query.isSuccess;
  // Once the page has shown what is new, this visit becomes the new "last visit" (the page keeps its data).
  useEffect(() => {
    if (!loaded || recorded.current) return;
    recorded.current = true;
    recordVisitMutate();
  }, [loaded, recordVisitMutate]);

  let content: ReactNode;
  if (query.isPending) content = <LoadingState label={t('teamwork.start.loading')} />;
  else if (query.isError)
    content = (
      <ErrorState
        heading={t('teamwork.start.loadError')}
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  else {
    const data = query.data;
    content = (
      <VStack gap="space-32">
        {/* What waits for the caller comes first: meetings to prepare, the actions they own, questions to answer. */}
        <StartPageMeetings meetings={data.meetings} />
        <StartPageActions actions={data.actions} />
        {me.role === 'nav_counsellor' ? <StartPageQuestions questions={data.questions} /> : null}
        <BodyShort data-testid="start-since">
          {data.firstVisit
            ? t('teamwork.start.firstVisit')
            : t('teamwork.start.since', { when: formatDateTime(data.since, language) })}
        </BodyShort>
        <section aria-labelledby={PARTICIPANTS_HEADING_ID} data-testid="start-participants">
          <VStack gap="space-12">
            <Heading level="2" size="small" id={PARTICIPANTS_HEADING_ID}>
              {t('teamwork.start.participantsHeading')}
            </Heading>
            {data.participants.length === 0 ? (
              <BodyShort className="text-subtle">{t('teamwork.start.participantsEmpty')}</BodyShort>
            ) : (
              <ul className="card-list" aria-labelledby={PARTICIPANTS_HEADING_ID}>
                {data.participants.map((p) => (
                  <li key={p.id} data-testid="start-participant">
                    <ParticipantCard participant={p} therapist={me.role === 'therapist'} />
                  </li>
                ))}
              </ul>
            )}
            <div>
              <Link as={RouterLink} to="/caseload">
                {t('teamwork.start.allParticipants')}
              </Link>
            </div>
          </VStack>
        </section>
      </VStack>
    );
  }

  return (
    <VStack gap="space-24" maxWidth="48rem">
      <VStack gap="space-8">
        <Heading level="1" size="large">
          {t('teamwork.start.heading')}
        </Heading>
        <BodyLong>{t('teamwork.start.intro')}</BodyLong>
      </VStack>
      {content}
    </VStack>
  );
}
