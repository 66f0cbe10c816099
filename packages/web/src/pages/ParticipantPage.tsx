import { CARE_TEAM_ROLES, isStaffRole, type Role } from '@ips-bridge/domain';
import { ArrowLeftIcon } from '@navikt/aksel-icons';
import { Alert, BodyLong, BodyShort, Box, Detail, Heading, Link, VStack } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation, useParams } from 'react-router';
import { useParticipant } from '../api/participants.ts';
import { isRecordUnavailable } from '../api/problem.ts';
import type { Participant } from '../api/types.ts';
import { useMe } from '../auth/MeContext.tsx';
import { DetailList } from '../components/DetailList.tsx';
import { LoadingState } from '../components/LoadingState.tsx';
import { RecordUnavailable } from '../components/RecordUnavailable.tsx';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';
import { formatLocalDate } from '../i18n/format.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { EmergencyAccessAction, EmergencyAccessNotice } from './consent/EmergencyAccess.tsx';
import { MEETINGS_HEADING_ID, MeetingsSection } from './meetings/MeetingsSection.tsx';
import { MESSAGES_HEADING_ID, MessagesSection } from './messages/MessagesSection.tsx';
import { ParticipantMoneyEntry } from './money/MoneyEntry.tsx';
import { CAREER_PROFILE_HEADING_ID, CareerProfileSection } from './participant/CareerProfileSection.tsx';
import { CONSENT_HEADING_ID, ConsentSection } from './participant/ConsentSection.tsx';
import { CV_HEADING_ID, CvSection } from './participant/CvSection.tsx';
import { DISCLOSURE_HEADING_ID, DisclosureSection } from './participant/DisclosureSection.tsx';
import { HistorySection } from './participant/HistorySection.tsx';
import { JourneySection } from './participant/JourneySection.tsx';
import { NAV_REPORTS_HEADING_ID, NavReportsSection } from './participant/NavReportsSection.tsx';
import { PageContents } from './participant/PageContents.tsx';
import { PLAN_HEADING_ID, PlanSection } from './participant/PlanSection.tsx';
import { THERAPIST_NOTES_HEADING_ID, TherapistNotesSection } from './participant/TherapistNotesSection.tsx';
import { WORK_HEADING_ID, WorkSection } from './participant/WorkSection.tsx';
import { ParticipantPrivacyNotice } from './privacy/RestrictionPanel.tsx';

function wasJustCreated(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'created' in state && state.created === true;
}

function ParticipantDetails({ participant }: { participant: Participant }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const notProvided = <span className="text-subtle">{t('common.notProvided')}</span>;
  return (
    <VStack gap="space-32">
      <section aria-labelledby="participant-details-heading">
        <Heading level="2" size="medium" id="participant-details-heading" spacing>
          {t('participant.detailsHeading')}
        </Heading>
        <DetailList
          details={[
            { label: t('participant.nationalId'), value: participant.nationalId },
            { label: t('participant.birthDate'), value: formatLocalDate(participant.birthDate, language) },
            { label: t('participant.phone'), value: participant.phone ?? notProvided },
            { label: t('participant.email'), value: participant.email ?? notProvided },
            {
              label: t('participant.referralSource'),
              value: t(`referralSources.${participant.referralSource}`),
            },
            {
              label: t('participant.referralDate'),
              value: formatLocalDate(participant.referralDate, language),
            },
            { label: t('participant.team'), value: participant.team.name },
          ]}
        />
      </section>
      <section aria-labelledby="participant-care-team-heading">
        <Heading level="2" size="medium" id="participant-care-team-heading" spacing>
          {t('participant.careTeamHeading')}
        </Heading>
        {participant.careTeam.length === 0 ? (
          <BodyLong>{t('participant.careTeamEmpty')}</BodyLong>
        ) : (
          <ul className="card-list">
            {participant.careTeam.map((member) => (
              <li key={member.userId}>
                <Box padding="space-12" borderWidth="1" borderColor="neutral-subtle" borderRadius="8">
                  <BodyShort weight="semibold">{member.displayName}</BodyShort>
                  <Detail as="p">{t(`roles.${member.role}`)}</Detail>
                </Box>
              </li>
            ))}
          </ul>
        )}
      </section>
    </VStack>
  );
}

export function ParticipantPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const location = useLocation();
  const me = useMe();
  const participant = useParticipant(id);
  const name = participant.data ? `${participant.data.givenName} ${participant.data.familyName}` : null;
  const notFound = participant.isError && isRecordUnavailable(participant.error);
  useDocumentTitle(name ?? (notFound ? t('participant.notFoundHeading') : t('participant.loading')));

  const backLink = (
    <Link as={RouterLink} to="/caseload">
      <ArrowLeftIcon aria-hidden />
      {t('participant.backToCaseload')}
    </Link>
  );

  if (participant.isPending) return <LoadingState label={t('participant.loading')} />;

  // A failed refresh keeps showing what was loaded, so nothing typed into the page's forms is lost.
  if (participant.data === undefined) {
    return (
      <RecordUnavailable
        notFound={notFound}
        notFoundHeading={t('participant.notFoundHeading')}
        notFoundText={t('participant.notFound')}
        loadErrorHeading={t('participant.loadError')}
        error={participant.error}
        onRetry={() => void participant.refetch()}
        retrying={participant.isFetching}
        back={
          <>
            {backLink}
            {id ? <EmergencyAccessAction participantId={id} /> : null}
          </>
        }
      />
    );
  }

  // Messages are between the jobseeker and the care team: supervisors take no part.
  const inConversation = (CARE_TEAM_ROLES as readonly Role[]).includes(me.role);
  return (
    <VStack gap="space-24">
      {backLink}
      {wasJustCreated(location.state) ? (
        <Alert variant="success" size="small" role="status">
          {t('participant.created')}
        </Alert>
      ) : null}
      <Heading level="1" size="large" data-testid="participant-name">
        {name}
      </Heading>
      <EmergencyAccessNotice participantId={participant.data.id} />
      <ParticipantPrivacyNotice
        participantId={participant.data.id}
        canSummarise={me.role === 'employment_specialist' || me.role === 'ips_supervisor'}
      />
      <PageContents
        sections={[
          { headingId: 'journey-heading', label: t('journey.heading') },
          ...(inConversation ? [{ headingId: MESSAGES_HEADING_ID, label: t('messages.contentsLabel') }] : []),
          { headingId: CAREER_PROFILE_HEADING_ID, label: t('careerProfile.heading') },
          { headingId: PLAN_HEADING_ID, label: t('plan.heading') },
          { headingId: DISCLOSURE_HEADING_ID, label: t('disclosure.contentsLabel') },
          { headingId: WORK_HEADING_ID, label: t('work.heading') },
          { headingId: CV_HEADING_ID, label: t('cv.heading') },
          { headingId: NAV_REPORTS_HEADING_ID, label: t('navReports.heading') },
          { headingId: MEETINGS_HEADING_ID, label: t('meetings.heading') },
          { headingId: THERAPIST_NOTES_HEADING_ID, label: t('therapistNotes.contentsLabel') },
          { headingId: CONSENT_HEADING_ID, label: t('consent.staff.heading') },
          { headingId: 'participant-history-heading', label: t('journey.history.heading') },
          { headingId: 'participant-details-heading', label: t('participant.detailsHeading') },
        ]}
      />
      <ParticipantMoneyEntry participantId={participant.data.id} />
      <JourneySection participant={participant.data} canChange={isStaffRole(me.role)} />
      {inConversation ? <MessagesSection participantId={participant.data.id} /> : null}
      <CareerProfileSection participantId={participant.data.id} canWrite={isStaffRole(me.role)} />
      <PlanSection participantId={participant.data.id} canWrite={isStaffRole(me.role)} />
      <DisclosureSection
        participantId={participant.data.id}
        participantName={participant.data.givenName}
        canWrite={isStaffRole(me.role)}
      />
      <WorkSection
        participantId={participant.data.id}
        canWrite={isStaffRole(me.role)}
        canUseRegister={me.role === 'employment_specialist' || me.role === 'ips_supervisor'}
      />
      <CvSection participant={participant.data} canWrite={isStaffRole(me.role)} />
      <NavReportsSection participant={participant.data} canWrite={isStaffRole(me.role)} />
      <MeetingsSection
        participantId={participant.data.id}
        canPlan={(CARE_TEAM_ROLES as readonly string[]).includes(me.role)}
        showQuality
        linkFor={(meetingId) =>
          `/participants/${encodeURIComponent(participant.data.id)}/meetings/${encodeURIComponent(meetingId)}`
        }
      />
      <TherapistNotesSection participantId={participant.data.id} canWrite={me.role === 'therapist'} />
      <ConsentSection participantId={participant.data.id} />
      <HistorySection participantId={participant.data.id} />
      <ParticipantDetails participant={participant.data} />
    </VStack>
  );
}
