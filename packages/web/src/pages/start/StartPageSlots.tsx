import { ExclamationmarkTriangleIcon } from '@navikt/aksel-icons';
import { BodyShort, Box, Detail, Heading, HStack, Link, Tag, VStack } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { StartPageAction, StartPageMeeting, StartPageQuestion } from '../../api/types.ts';
import { formatDateTime, formatLocalDate } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { waitedText } from './startText.ts';

// The collaboration meetings on the start page (issue 5): GET /api/me/start answers the upcoming meetings the caller
// is a party to (marked when their expectations are still missing) and the open meeting actions they own, for the
// jobseekers who share their meeting minutes with them.

export const START_MEETINGS_HEADING_ID = 'start-meetings-heading';
export const START_ACTIONS_HEADING_ID = 'start-actions-heading';
export const START_QUESTIONS_HEADING_ID = 'start-questions-heading';

/** Meetings the caller is invited to, those still to prepare marked. */
export function StartPageMeetings({ meetings }: { meetings: readonly StartPageMeeting[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <section aria-labelledby={START_MEETINGS_HEADING_ID} data-testid="start-meetings">
      <VStack gap="space-8">
        <Heading level="2" size="small" id={START_MEETINGS_HEADING_ID}>
          {t('teamwork.start.meetingsHeading')}
        </Heading>
        {meetings.length === 0 ? (
          <BodyShort className="text-subtle">{t('teamwork.start.meetingsEmpty')}</BodyShort>
        ) : (
          <ul className="card-list">
            {meetings.map((m) => (
              <li key={m.id}>
                <Box padding="space-12" borderWidth="1" borderColor="neutral-subtle" borderRadius="8">
                  <VStack gap="space-4">
                    <Link
                      as={RouterLink}
                      to={`/participants/${encodeURIComponent(m.participantId)}/meetings/${encodeURIComponent(m.id)}`}
                    >
                      {t('teamwork.start.meetingAt', {
                        name: m.participantName,
                        when: formatDateTime(m.startsAt, language),
                      })}
                    </Link>
                    {m.needsPreparation ? (
                      <div>
                        <Tag variant="warning" size="xsmall">
                          {t('teamwork.start.needsPreparation')}
                        </Tag>
                      </div>
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

/** Action items the caller owns, with their due dates; overdue ones first and flagged in words, not colour alone. */
export function StartPageActions({ actions }: { actions: readonly StartPageAction[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const overdue = actions.filter((a) => a.daysOverdue > 0).length;
  const ordered = [...actions].sort((a, b) => b.daysOverdue - a.daysOverdue);
  return (
    <section aria-labelledby={START_ACTIONS_HEADING_ID} data-testid="start-actions">
      <VStack gap="space-8">
        <Heading level="2" size="small" id={START_ACTIONS_HEADING_ID}>
          {t('teamwork.start.actionsHeading')}
        </Heading>
        {overdue > 0 ? (
          <BodyShort weight="semibold" data-testid="start-actions-overdue-summary">
            {t('teamwork.start.overdueSummary', { count: overdue })}
          </BodyShort>
        ) : null}
        {actions.length === 0 ? (
          <BodyShort className="text-subtle">{t('teamwork.start.actionsEmpty')}</BodyShort>
        ) : (
          <ul className="card-list">
            {ordered.map((a) => (
              <li key={a.id} data-testid="start-action">
                <Box
                  padding="space-12"
                  borderWidth="1"
                  borderColor={a.daysOverdue > 0 ? 'danger' : 'neutral-subtle'}
                  borderRadius="8"
                >
                  <VStack gap="space-4">
                    {a.daysOverdue > 0 ? (
                      <HStack gap="space-4" align="center" wrap={false}>
                        <ExclamationmarkTriangleIcon aria-hidden />
                        <Tag variant="error" size="xsmall" data-testid="start-action-overdue">
                          {t('teamwork.start.overdue', { count: a.daysOverdue })}
                        </Tag>
                      </HStack>
                    ) : null}
                    <BodyShort>{a.text}</BodyShort>
                    <Detail>
                      <Link as={RouterLink} to={`/participants/${encodeURIComponent(a.participantId)}`}>
                        {a.participantName}
                      </Link>
                      {' · '}
                      {a.dueDate
                        ? t('teamwork.start.due', { date: formatLocalDate(a.dueDate, language) })
                        : t('teamwork.start.noDue')}
                    </Detail>
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

/**
 * The questions for NAV that wait for the NAV counsellor's answer, the longest waiting first, with how long each has
 * waited; those past NAV Oslo's 48-hour guidance are flagged in words. Answered on the participant's money page.
 */
export function StartPageQuestions({ questions }: { questions: readonly StartPageQuestion[] }) {
  const { t } = useTranslation();
  const overdue = questions.filter((q) => q.overdue).length;
  return (
    <section aria-labelledby={START_QUESTIONS_HEADING_ID} data-testid="start-questions">
      <VStack gap="space-8">
        <Heading level="2" size="small" id={START_QUESTIONS_HEADING_ID}>
          {t('teamwork.start.questionsHeading')}
        </Heading>
        <BodyShort>{t('teamwork.start.questionsIntro')}</BodyShort>
        {overdue > 0 ? (
          <BodyShort weight="semibold" data-testid="start-questions-overdue-summary">
            {t('teamwork.start.questionsOverdueSummary', { count: overdue })}
          </BodyShort>
        ) : null}
        {questions.length === 0 ? (
          <BodyShort className="text-subtle">{t('teamwork.start.questionsEmpty')}</BodyShort>
        ) : (
          <ul className="card-list">
            {questions.map((q) => (
              <li key={q.id} data-testid="start-question">
                <Box
                  padding="space-12"
                  borderWidth="1"
                  borderColor={q.overdue ? 'danger' : 'neutral-subtle'}
                  borderRadius="8"
                >
                  <VStack gap="space-4">
                    {q.overdue ? (
                      <HStack gap="space-4" align="center" wrap={false}>
                        <ExclamationmarkTriangleIcon aria-hidden />
                        <Tag variant="error" size="xsmall" data-testid="start-question-overdue">
                          {t('teamwork.start.questionOverdue')}
                        </Tag>
                      </HStack>
                    ) : null}
                    <BodyShort className="preserve-lines">{q.question}</BodyShort>
                    <Detail>
                      <Link as={RouterLink} to={`/participants/${encodeURIComponent(q.participantId)}/money`}>
                        {t('teamwork.start.answerFor', { name: q.participantName })}
                      </Link>
                      {' · '}
                      <span data-testid="start-question-waited">{waitedText(t, q.hoursWaiting)}</span>
                    </Detail>
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
