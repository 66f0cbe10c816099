import { CheckmarkCircleIcon, InformationSquareIcon } from '@navikt/aksel-icons';
import { BodyShort, Heading, HStack, ProgressBar, VStack } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import type { JobDevelopmentWeek } from '../../api/types.ts';

const HEADING_ID = 'week-target-heading';
const PROGRESS_ID = 'week-target-progress';

/**
 * The week's face-to-face employer contacts against the IPS target, in words first ("4 of 6 face-to-face
 * contacts") with a bar that only repeats them, and whether the target is met, said in words as well.
 */
export function WeekTarget({ week }: { week: JobDevelopmentWeek }) {
  const { t } = useTranslation();
  const remaining = Math.max(0, week.target - week.faceToFace);
  return (
    <section aria-labelledby={HEADING_ID} className="form-panel" data-testid="week-target">
      <VStack gap="space-12">
        <Heading level="3" size="small" id={HEADING_ID}>
          {t('jobDevelopment.target.heading')}
        </Heading>
        <BodyShort size="large" weight="semibold" id={PROGRESS_ID} data-testid="week-face-to-face">
          {t('jobDevelopment.target.progress', { count: week.faceToFace, target: week.target })}
        </BodyShort>
        <ProgressBar
          value={Math.min(week.faceToFace, week.target)}
          valueMax={week.target}
          aria-labelledby={PROGRESS_ID}
          data-color={week.meetsTarget ? 'success' : 'accent'}
        />
        <HStack gap="space-8" align="center" wrap={false} data-testid="week-target-status">
          {week.meetsTarget ? (
            <CheckmarkCircleIcon aria-hidden className="icon-success" fontSize="1.5rem" />
          ) : (
            <InformationSquareIcon aria-hidden fontSize="1.5rem" />
          )}
          <BodyShort>
            {week.meetsTarget
              ? t('jobDevelopment.target.met')
              : t('jobDevelopment.target.remaining', { count: remaining })}
          </BodyShort>
        </HStack>
        {week.other > 0 ? (
          <BodyShort data-testid="week-other">
            {t('jobDevelopment.target.other', { count: week.other })}
          </BodyShort>
        ) : null}
        <BodyShort size="small" textColor="subtle">
          {t('jobDevelopment.target.explanation', { target: week.target })}
        </BodyShort>
      </VStack>
    </section>
  );
}
