import { Heading, Link, VStack } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { usePlan } from '../../api/plan.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { useFocusById } from '../../hooks/useFocusById.ts';
import { MyGoals, Panel, useAnnouncer } from './MyPlanSections.tsx';
import { MyStepItem } from './MyStepItem.tsx';
import { nextStep } from './mySteps.ts';
import './myPlan.css';

/** The top of My page: my goal in my own words and my next step, with the way to the whole plan. */
export function MyPlanSummary({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const plan = usePlan(participantId);
  const { announce, region } = useAnnouncer();
  // Once ticked, the step gives way to the next one: the focus goes to the section's heading, which says so.
  const focusById = useFocusById();

  if (plan.isPending) return <LoadingState label={t('myPlan.loading')} />;
  if (plan.isError)
    return (
      <ErrorState
        heading={t('myPlan.loadError')}
        headingLevel="2"
        error={plan.error}
        onRetry={() => void plan.refetch()}
        retrying={plan.isFetching}
      />
    );
  const next = nextStep(plan.data);
  return (
    <Panel testId="my-plan-summary">
      <VStack gap="space-16">
        <MyGoals plan={plan.data} />
        <section aria-labelledby="my-next-step-heading" data-testid="my-next-step">
          <VStack gap="space-8">
            <Heading level="2" size="medium" id="my-next-step-heading" tabIndex={-1}>
              {t('myPlan.next.heading')}
            </Heading>
            {region}
            {next ? (
              <ul className="my-steps">
                <MyStepItem
                  participantId={participantId}
                  step={next}
                  announce={announce}
                  afterChange={() => focusById('my-next-step-heading')}
                />
              </ul>
            ) : (
              <p>{t('myPlan.next.none')}</p>
            )}
          </VStack>
        </section>
        <Link as={RouterLink} to="/my-page/plan" data-testid="my-plan-link">
          {t('myPlan.next.seePlan')}
        </Link>
      </VStack>
    </Panel>
  );
}
