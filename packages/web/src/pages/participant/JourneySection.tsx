import { daysBetween, FIRST_CONTACT_TARGET_DAYS, osloDate } from '@ips-bridge/domain';
import { Alert, BodyLong, BodyShort, Heading, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant } from '../../api/types.ts';
import { DetailList } from '../../components/DetailList.tsx';
import { formatLocalDate } from '../../i18n/format.ts';
import { phaseLabel } from '../../i18n/journeyLabels.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { ChangePhaseForm } from './ChangePhaseForm.tsx';
import { FirstContactAction } from './FirstContactAction.tsx';

const HEADING_ID = 'journey-heading';

function FirstContactValue({ participant }: { participant: Participant }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const recorded = participant.firstContactDate;
  if (!recorded) return <span>{t('journey.firstContactMissing')}</span>;
  const date = formatLocalDate(recorded, language);
  const days = daysBetween(participant.referralDate, recorded);
  return (
    <VStack gap="space-2" as="span">
      <span data-testid="first-contact-date">
        {days === 0
          ? t('journey.firstContactSameDay', { date })
          : t('journey.firstContactValue', { date, count: days })}
      </span>
      {days > FIRST_CONTACT_TARGET_DAYS ? (
        <BodyShort as="span" size="small" textColor="subtle">
          {t('journey.firstContactLate', { target: FIRST_CONTACT_TARGET_DAYS })}
        </BodyShort>
      ) : null}
    </VStack>
  );
}

/**
 * Where the participant is in the IPS journey: the phase and since when, the first contact after referral (with a
 * warning when the 7-day target has passed), and, for staff who may change it, the forms to record changes.
 */
export function JourneySection({ participant, canChange }: { participant: Participant; canChange: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [today] = useState(() => osloDate(new Date()));
  const daysSinceReferral = daysBetween(participant.referralDate, today);

  return (
    <section aria-labelledby={HEADING_ID} data-testid="journey">
      <VStack gap="space-16">
        <Heading level="2" size="medium" id={HEADING_ID}>
          {t('journey.heading')}
        </Heading>
        <DetailList
          details={[
            {
              label: t('journey.currentPhase'),
              value: (
                <strong data-testid="current-phase" data-phase={participant.phase}>
                  {phaseLabel(t, participant.phase)}
                </strong>
              ),
            },
            {
              label: t('journey.phaseSince'),
              value: t('journey.phaseSinceValue', {
                date: formatLocalDate(participant.phaseSince, language),
                count: participant.daysInPhase,
              }),
            },
            { label: t('journey.firstContact'), value: <FirstContactValue participant={participant} /> },
          ]}
        />
        {participant.firstContactOverdue ? (
          <Alert variant="warning" size="small" data-testid="first-contact-overdue">
            <VStack gap="space-4">
              <Heading level="3" size="xsmall">
                {t('journey.firstContactOverdueHeading')}
              </Heading>
              <BodyLong size="small">
                {t('journey.firstContactOverdue', {
                  count: daysSinceReferral,
                  target: FIRST_CONTACT_TARGET_DAYS,
                })}
              </BodyLong>
            </VStack>
          </Alert>
        ) : null}
        {canChange ? <FirstContactAction participant={participant} /> : null}
        {canChange ? <ChangePhaseForm participant={participant} /> : null}
      </VStack>
    </section>
  );
}
