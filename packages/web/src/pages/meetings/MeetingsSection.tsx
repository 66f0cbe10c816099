import { CalendarIcon, PlusIcon } from '@navikt/aksel-icons';
import {
  Alert,
  BodyLong,
  BodyShort,
  Box,
  Button,
  Heading,
  HStack,
  Link,
  Tag,
  VStack,
} from '@navikt/ds-react';
import { lazy, type ReactNode, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useMeetings, usePlanMeeting } from '../../api/meetings.ts';
import { isRecordUnavailable } from '../../api/problem.ts';
import type { MeetingList } from '../../api/types.ts';
import { useMe } from '../../auth/MeContext.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { ParticipantMeetingQuality } from './MeetingQuality.tsx';
import { meetingState, meetingWhen, splitMeetings } from './meetingText.ts';
import './meetings.css';

export const MEETINGS_HEADING_ID = 'meetings-heading';

// Only staff plan meetings: the form loads when it is opened, not with the jobseeker's page.
const MeetingPlanForm = lazy(() =>
  import('./MeetingPlanForm.tsx').then((m) => ({ default: m.MeetingPlanForm })),
);

type Item = MeetingList['items'][number];

function MeetingCard({ item, to, now }: { item: Item; to: string; now: Date }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const state = meetingState(item, now);
  return (
    <li data-testid="meeting-card">
      <Box
        padding="space-16"
        borderWidth="1"
        borderColor="neutral-subtle"
        borderRadius="8"
        background="raised"
      >
        <VStack gap="space-8" align="start">
          <HStack gap="space-8" align="center">
            <CalendarIcon aria-hidden />
            <Link as={RouterLink} to={to}>
              {meetingWhen(t, language, item)}
            </Link>
          </HStack>
          <BodyShort>{item.purpose}</BodyShort>
          <HStack gap="space-8" wrap>
            <Tag
              size="small"
              variant={state === 'cancelled' ? 'error' : state === 'held' ? 'neutral' : 'info'}
            >
              {t(`meetings.status.${state}`)}
            </Tag>
            {state === 'held' ? (
              <Tag size="small" variant="neutral">
                {t(`meetings.minutesState.${item.minutesState}`)}
              </Tag>
            ) : null}
            {item.waitingForMyExpectations ? (
              <Tag size="small" variant="warning" data-testid="meeting-waiting-for-me">
                {t('meetings.waitingForYou')}
              </Tag>
            ) : null}
          </HStack>
        </VStack>
      </Box>
    </li>
  );
}

/**
 * The participant's meetings: those ahead first (soonest first), the earlier ones folded away below (latest first);
 * staff in the care team can plan a new one.
 */
export function MeetingsSection({
  participantId,
  canPlan,
  linkFor,
  headingLevel = '2',
  title,
  intro,
  showQuality = false,
}: {
  participantId: string;
  canPlan: boolean;
  linkFor: (meetingId: string) => string;
  headingLevel?: '2' | '3';
  title?: string;
  /** The words under the heading; the staff's description of collaboration meetings by default. */
  intro?: string;
  /** The participant page shows the meeting-quality figures under the list. */
  showQuality?: boolean;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const query = useMeetings(participantId);
  const plan = usePlanMeeting(participantId);
  const [planning, setPlanning] = useState(false);
  const [saved, setSaved] = useState(false);

  let body: ReactNode;
  if (query.isPending) body = <LoadingState label={t('meetings.loading')} />;
  // Meetings are shared per the jobseeker's consent: without it the section says so instead of failing.
  else if (query.isError && isRecordUnavailable(query.error))
    body = <BodyShort data-testid="meetings-not-shared">{t('meetings.notShared')}</BodyShort>;
  else if (query.isError)
    body = (
      <ErrorState
        heading={t('meetings.loadError')}
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  else {
    const data = query.data;
    const now = new Date();
    const { ahead, earlier } = splitMeetings(data.items, now);
    body = (
      <VStack gap="space-16">
        {saved ? (
          <Alert variant="success" size="small" role="status">
            {t('meetings.plan.saved')}
          </Alert>
        ) : null}
        {canPlan && !planning ? (
          <div>
            <Button
              size="small"
              variant="secondary"
              icon={<PlusIcon aria-hidden />}
              onClick={() => {
                setPlanning(true);
                setSaved(false);
              }}
            >
              {t('meetings.plan.open')}
            </Button>
          </div>
        ) : null}
        {planning ? (
          <Box padding="space-16" borderWidth="1" borderColor="neutral-subtle" borderRadius="8">
            <Suspense fallback={<LoadingState label={t('meetings.loading')} />}>
              <MeetingPlanForm
                idPrefix="new-meeting"
                initial={{
                  date: '',
                  startTime: '10:00',
                  endTime: '11:00',
                  place: '',
                  videoLink: '',
                  purpose: '',
                  inviteeIds: data.eligibleInvitees.filter((i) => i.id !== me.id).map((i) => i.id),
                }}
                invitees={data.eligibleInvitees}
                meId={me.id}
                editing={false}
                pending={plan.isPending}
                onSubmit={(input, onServerError) =>
                  plan.mutate(input, {
                    onSuccess: () => {
                      setPlanning(false);
                      setSaved(true);
                    },
                    onError: onServerError,
                  })
                }
                onCancel={() => setPlanning(false)}
              />
            </Suspense>
          </Box>
        ) : null}
        {data.items.length === 0 ? <BodyShort>{t('meetings.empty')}</BodyShort> : null}
        {ahead.length > 0 ? (
          <ul className="card-list" data-testid="meetings-ahead">
            {ahead.map((item) => (
              <MeetingCard key={item.id} item={item} to={linkFor(item.id)} now={now} />
            ))}
          </ul>
        ) : data.items.length > 0 ? (
          <BodyShort>{t('meetings.noneAhead')}</BodyShort>
        ) : null}
        {earlier.length > 0 ? (
          <details className="meetings-earlier" data-testid="meetings-earlier">
            <summary>{t('meetings.earlier', { count: earlier.length })}</summary>
            <ul className="card-list">
              {earlier.map((item) => (
                <MeetingCard key={item.id} item={item} to={linkFor(item.id)} now={now} />
              ))}
            </ul>
          </details>
        ) : null}
        {showQuality ? <ParticipantMeetingQuality participantId={participantId} /> : null}
      </VStack>
    );
  }

  return (
    <section aria-labelledby={MEETINGS_HEADING_ID} data-testid="meetings-section">
      <VStack gap="space-16">
        <Heading level={headingLevel} size="medium" id={MEETINGS_HEADING_ID}>
          {title ?? t('meetings.heading')}
        </Heading>
        {headingLevel === '2' ? <BodyLong>{intro ?? t('meetings.intro')}</BodyLong> : null}
        {body}
      </VStack>
    </section>
  );
}
