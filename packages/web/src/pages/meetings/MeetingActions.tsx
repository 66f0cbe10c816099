import { BodyShort, Box, Button, Detail, Heading, HStack, Link, Tag, VStack } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useMarkActionDone, useMeetingActions, useMyMeetingWork } from '../../api/meetings.ts';
import type { MeetingActions } from '../../api/types.ts';
import { useMe } from '../../auth/MeContext.tsx';
import { formatLocalDate } from '../../i18n/format.ts';
import { problemMessage } from '../../i18n/problemMessage.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';

type Action = MeetingActions['items'][number];

function meetingDate(action: { meetingStartsAt: string }): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(
    new Date(action.meetingStartsAt),
  );
}

function ActionTags({ action }: { action: Action }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <HStack gap="space-8" wrap>
      <Tag size="small" variant="neutral">
        {t('meetings.actions.due', { date: formatLocalDate(action.deadline, language) })}
      </Tag>
      {action.daysOverdue > 0 ? (
        <Tag size="small" variant="error">
          {t('meetings.actions.overdue', { count: action.daysOverdue })}
        </Tag>
      ) : null}
      {action.doneOn ? (
        <Tag size="small" variant="success">
          {t('meetings.actions.done', { date: formatLocalDate(action.doneOn, language) })}
        </Tag>
      ) : null}
    </HStack>
  );
}

/** Actions from the participant's meetings, read-only in the plan; the owner can mark theirs done. */
export function MeetingActionsInPlan({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const me = useMe();
  const query = useMeetingActions(participantId);
  const done = useMarkActionDone(participantId);
  // Without access to the meetings (consent), the plan simply shows no meeting actions.
  if (!query.data || query.data.items.length === 0) return null;
  return (
    <section aria-labelledby="plan-meeting-actions-heading" data-testid="plan-meeting-actions">
      <VStack gap="space-8">
        <Heading level="3" size="small" id="plan-meeting-actions-heading">
          {t('meetings.workList.actions')}
        </Heading>
        <ul className="card-list">
          {query.data.items.map((a) => (
            <li key={a.id}>
              <Box padding="space-12" borderWidth="1" borderColor="neutral-subtle" borderRadius="8">
                <VStack gap="space-4">
                  <BodyShort weight="semibold">{a.text}</BodyShort>
                  <Detail>
                    {`${t('meetings.actions.fromMeeting', { date: formatLocalDate(meetingDate(a), language) })} · ${t('meetings.actions.owner')}: ${a.owner.displayName}`}
                  </Detail>
                  <ActionTags action={a} />
                  {a.owner.id === me.id ? (
                    <div>
                      <Button
                        size="xsmall"
                        variant="secondary"
                        loading={done.isPending}
                        onClick={() =>
                          done.mutate({ actionId: a.id, version: a.version, done: a.doneOn === null })
                        }
                      >
                        {a.doneOn ? t('meetings.actions.markNotDone') : t('meetings.actions.markDone')}
                      </Button>
                    </div>
                  ) : null}
                </VStack>
              </Box>
            </li>
          ))}
        </ul>
        {done.isError ? <BodyShort role="alert">{problemMessage(t, done.error)}</BodyShort> : null}
      </VStack>
    </section>
  );
}

/** On the work list: my open meeting actions and the meetings waiting for my expectations. */
export function MyMeetingWorkSection() {
  const { t } = useTranslation();
  const language = useLanguage();
  const query = useMyMeetingWork();
  if (!query.data) return null;
  const { actions, awaitingExpectations } = query.data;
  const meetingLink = (participantId: string, meetingId: string) =>
    `/participants/${encodeURIComponent(participantId)}/meetings/${encodeURIComponent(meetingId)}`;
  return (
    <section aria-labelledby="work-list-meetings-heading" data-testid="work-list-meetings">
      <VStack gap="space-12">
        <Heading level="2" size="medium" id="work-list-meetings-heading">
          {t('meetings.workList.heading')}
        </Heading>
        {actions.length === 0 && awaitingExpectations.length === 0 ? (
          <BodyShort textColor="subtle">{t('meetings.workList.none')}</BodyShort>
        ) : null}
        {awaitingExpectations.length > 0 ? (
          <VStack gap="space-8">
            <Heading level="3" size="small">
              {t('meetings.workList.awaiting')}
            </Heading>
            <ul className="card-list">
              {awaitingExpectations.map((w) => (
                <li key={w.meetingId} data-testid="work-list-awaiting-expectations">
                  <Link as={RouterLink} to={meetingLink(w.participantId, w.meetingId)}>
                    {`${w.participantName}: ${t('meetings.workList.meetingOn', {
                      date: formatLocalDate(meetingDate({ meetingStartsAt: w.startsAt }), language),
                    })}`}
                  </Link>
                </li>
              ))}
            </ul>
          </VStack>
        ) : null}
        {actions.length > 0 ? (
          <VStack gap="space-8">
            <Heading level="3" size="small">
              {t('meetings.workList.actions')}
            </Heading>
            <ul className="card-list">
              {actions.map((a) => (
                <li key={a.id} data-testid="work-list-meeting-action">
                  <VStack gap="space-4">
                    <Link as={RouterLink} to={meetingLink(a.participantId, a.meetingId)}>
                      {a.participantName}
                    </Link>
                    <BodyShort>{a.text}</BodyShort>
                    <ActionTags action={a} />
                  </VStack>
                </li>
              ))}
            </ul>
          </VStack>
        ) : null}
      </VStack>
    </section>
  );
}
