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
import { meetingWhen } from './meetingText.ts';

export const MEETINGS_HEADING_ID = 'meetings-heading';

// Only staff plan meetings: the form loads when it is opened, not with the jobseeker's page.
const MeetingPlanForm = lazy(() =>
  import('./MeetingPlanForm.tsx').then((m) => ({ default: m.MeetingPlanForm })),
);

type Item = MeetingList['items'][number];

function MeetingCard({ item, to }: { item: Item; to: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
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
            <Tag size="small" variant={item.status === 'cancelled' ? 'error' : 'info'}>
              {t(`meetings.status.${item.status}`)}
            </Tag>
            <Tag size="small" variant="neutral">
              {t(`meetings.minutesState.${item.minutesState}`)}
            </Tag>
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

/** The participant's meetings, newest first; staff in the care team can plan a new one. */
export function MeetingsSection({
  participantId,
  canPlan,
  linkFor,
  headingLevel = '2',
  title,
  showQuality = false,
}: {
  participantId: string;
  canPlan: boolean;
  linkFor: (meetingId: string) => string;
  headingLevel?: '2' | '3';
  title?: string;
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
        {data.items.length === 0 ? (
          <BodyShort>{t('meetings.empty')}</BodyShort>
        ) : (
          <ul className="card-list">
            {data.items.map((item) => (
              <MeetingCard key={item.id} item={item} to={linkFor(item.id)} />
            ))}
          </ul>
        )}
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
        {headingLevel === '2' ? <BodyLong>{t('meetings.intro')}</BodyLong> : null}
        {body}
      </VStack>
    </section>
  );
}
