import { CARE_TEAM_ROLES, type CareTeamRole, type Role } from '@ips-bridge/domain';
import { Alert, BodyLong, BodyShort, Box, Heading, VStack } from '@navikt/ds-react';
import { lazy, type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useParticipant } from '../api/participants.ts';
import { isRecordUnavailable } from '../api/problem.ts';
import type { CareTeamMember, Participant } from '../api/types.ts';
import { useMe } from '../auth/MeContext.tsx';
import { DetailList } from '../components/DetailList.tsx';
import { ErrorState } from '../components/ErrorState.tsx';
import { LoadingState } from '../components/LoadingState.tsx';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';
import { formatLocalDate } from '../i18n/format.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { MyPrivacyEntry } from './consent/PrivacyEntry.tsx';
import { MeetingsSection } from './meetings/MeetingsSection.tsx';
import { MessagesSection } from './messages/MessagesSection.tsx';
import { MyMoneyEntry } from './money/MoneyEntry.tsx';
import { MyPlanSummary } from './myPlan/MyPlanSummary.tsx';
import { MyNavReports } from './navReports/MyNavReports.tsx';

// The CV section is the last on the page and the largest part of its code (the CV editor): it loads after the rest.
const CvSection = lazy(() => import('./participant/CvSection.tsx').then((m) => ({ default: m.CvSection })));

function isCareTeamRole(role: Role): role is CareTeamRole {
  return (CARE_TEAM_ROLES as readonly Role[]).includes(role);
}

function HelperCard({ member }: { member: CareTeamMember }) {
  const { t } = useTranslation();
  const role = member.role;
  const help = isCareTeamRole(role) ? t(`myPage.roleHelp.${role}`) : null;
  return (
    <Box padding="space-16" borderWidth="1" borderColor="neutral-subtle" borderRadius="8" background="raised">
      <VStack gap="space-4">
        <Heading level="3" size="small">
          {member.displayName}
        </Heading>
        <BodyShort weight="semibold">{t(`roles.${role}`)}</BodyShort>
        {help ? <BodyLong>{help}</BodyLong> : null}
      </VStack>
    </Box>
  );
}

function MyDetails({ participant }: { participant: Participant }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const notProvided = t('common.notProvided');
  return (
    <VStack gap="space-32">
      <section aria-labelledby="my-helpers-heading">
        <Heading level="2" size="medium" id="my-helpers-heading" spacing>
          {t('myPage.helpersHeading')}
        </Heading>
        {participant.careTeam.length === 0 ? (
          <BodyLong>{t('myPage.helpersEmpty')}</BodyLong>
        ) : (
          <ul className="card-list">
            {participant.careTeam.map((member) => (
              <li key={member.userId}>
                <HelperCard member={member} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="my-details-heading">
        <Heading level="2" size="medium" id="my-details-heading" spacing>
          {t('myPage.detailsHeading')}
        </Heading>
        <DetailList
          details={[
            { label: t('myPage.name'), value: `${participant.givenName} ${participant.familyName}` },
            { label: t('myPage.birthDate'), value: formatLocalDate(participant.birthDate, language) },
            { label: t('myPage.phone'), value: participant.phone ?? notProvided },
            { label: t('myPage.email'), value: participant.email ?? notProvided },
            { label: t('myPage.team'), value: participant.team.name },
            { label: t('myPage.referralDate'), value: formatLocalDate(participant.referralDate, language) },
          ]}
        />
        <Box marginBlock="space-24 space-0">
          <BodyLong>{t('myPage.somethingWrong')}</BodyLong>
        </Box>
      </section>
    </VStack>
  );
}

/** The jobseeker's own page: calm, plain language, their details and who helps them. */
export function MyPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('myPage.heading'));
  const me = useMe();
  const participant = useParticipant(me.participantId);

  let content: ReactNode;
  if (me.participantId === null || (participant.isError && isRecordUnavailable(participant.error))) {
    content = <Alert variant="info">{t('myPage.noRecord')}</Alert>;
  } else if (participant.isPending) {
    content = <LoadingState label={t('myPage.loading')} />;
  } else if (participant.isError) {
    content = (
      <ErrorState
        heading={t('myPage.loadError')}
        error={participant.error}
        onRetry={() => void participant.refetch()}
        retrying={participant.isFetching}
      />
    );
  } else {
    content = (
      <VStack gap="space-32">
        <MyPlanSummary participantId={participant.data.id} />
        <MeetingsSection
          participantId={participant.data.id}
          canPlan={false}
          title={t('meetings.my.heading')}
          intro={t('meetings.my.intro')}
          linkFor={(meetingId) => `/my-page/meetings/${encodeURIComponent(meetingId)}`}
        />
        <MessagesSection participantId={participant.data.id} self />
        <MyDetails participant={participant.data} />
        <MyMoneyEntry />
        <MyPrivacyEntry />
        <MyNavReports participantId={participant.data.id} name={participant.data.givenName} />
        <Suspense fallback={<LoadingState label={t('myPage.loading')} />}>
          <CvSection participant={participant.data} canWrite self />
        </Suspense>
      </VStack>
    );
  }

  const firstName = participant.data?.givenName;
  return (
    <VStack gap="space-24" maxWidth="44rem">
      <VStack gap="space-8">
        <Heading level="1" size="large">
          {firstName ? t('myPage.greeting', { name: firstName }) : t('myPage.heading')}
        </Heading>
        <BodyLong size="large">{t('myPage.intro')}</BodyLong>
      </VStack>
      {content}
    </VStack>
  );
}
