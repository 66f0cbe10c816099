import { osloDate } from '@ips-bridge/domain';
import { BodyLong, Heading, ReadMore, VStack } from '@navikt/ds-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConsentOverview } from '../../api/consent.ts';
import { useMe } from '../../auth/MeContext.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { EmergencyAccessAction } from '../consent/EmergencyAccess.tsx';
import { ConsentHistory, SharingCard } from '../consent/SharingCard.tsx';
import { PaperConsentForm } from './PaperConsentForm.tsx';

export const CONSENT_HEADING_ID = 'consent-heading';

/** Staff who may record a consent the participant signed on paper. */
const PAPER_RECORDERS = ['employment_specialist', 'ips_supervisor'];

/**
 * "Consent and sharing" on the participant page: what the participant shares with each person in the care team,
 * read only (the participant decides on their own page); a specialist or supervisor records a signed paper form;
 * a supervisor may open the record with emergency access.
 */
export function ConsentSection({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const overview = useConsentOverview(participantId);
  const [today] = useState(() => osloDate(new Date()));

  let content: ReactNode;
  if (overview.isPending) {
    content = <LoadingState label={t('consent.staff.loading')} />;
  } else if (overview.isError) {
    content = (
      <ErrorState
        heading={t('consent.staff.loadError')}
        headingLevel="3"
        error={overview.error}
        onRetry={() => void overview.refetch()}
        retrying={overview.isFetching}
      />
    );
  } else {
    const data = overview.data;
    content = (
      <VStack gap="space-20">
        {data.recipients.length === 0 ? (
          <BodyLong>{t('consent.staff.empty')}</BodyLong>
        ) : (
          <ul className="sharing-cards sharing-cards--columns" data-testid="consent-recipients">
            {data.recipients.map((recipient) => (
              <li key={recipient.userId}>
                <SharingCard
                  recipient={recipient}
                  history={data.history}
                  voice="staff"
                  level="3"
                  today={today}
                />
              </li>
            ))}
          </ul>
        )}
        {PAPER_RECORDERS.includes(me.role) ? (
          <PaperConsentForm participantId={participantId} overview={data} />
        ) : null}
        <ReadMore header={t('consent.staff.historyHeading', { count: data.history.length })}>
          {data.history.length === 0 ? (
            <BodyLong>{t('consent.staff.noHistory')}</BodyLong>
          ) : (
            <ConsentHistory history={data.history} voice="staff" />
          )}
        </ReadMore>
      </VStack>
    );
  }

  return (
    <section aria-labelledby={CONSENT_HEADING_ID} data-testid="consent">
      <VStack gap="space-16">
        <VStack gap="space-8">
          <Heading level="2" size="medium" id={CONSENT_HEADING_ID}>
            {t('consent.staff.heading')}
          </Heading>
          <BodyLong>{t('consent.staff.intro')}</BodyLong>
        </VStack>
        {content}
        <div>
          <EmergencyAccessAction participantId={participantId} />
        </div>
      </VStack>
    </section>
  );
}
