import { BodyLong, Heading, VStack } from '@navikt/ds-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlan } from '../../api/plan.ts';
import { useMe } from '../../auth/MeContext.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { MyJobSection } from './MyJobSection.tsx';
import { MyGoals, MySteps } from './MyPlanSections.tsx';
import { MyProfileSection } from './MyProfileSection.tsx';
import './myPlan.css';

function PlanContent({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const plan = usePlan(participantId);
  if (plan.isPending) return <LoadingState label={t('myPlan.loading')} />;
  if (plan.isError)
    return (
      <ErrorState
        heading={t('myPlan.loadError')}
        error={plan.error}
        onRetry={() => void plan.refetch()}
        retrying={plan.isFetching}
      />
    );
  return (
    <VStack gap="space-32">
      <MyGoals plan={plan.data} />
      <MySteps participantId={participantId} plan={plan.data} />
    </VStack>
  );
}

/** "My plan and my job": the jobseeker's goal, the steps they tick off, their job and their career profile. */
export function MyPlanPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('myPlan.heading'));
  const me = useMe();

  let content: ReactNode;
  if (me.participantId === null) content = <BodyLong>{t('myPage.noRecord')}</BodyLong>;
  else
    content = (
      <VStack gap="space-40">
        <PlanContent participantId={me.participantId} />
        <MyJobSection participantId={me.participantId} />
        <MyProfileSection participantId={me.participantId} />
      </VStack>
    );

  return (
    <VStack gap="space-24" maxWidth="44rem">
      <VStack gap="space-8">
        <Heading level="1" size="large">
          {t('myPlan.heading')}
        </Heading>
        <BodyLong size="large">{t('myPlan.intro')}</BodyLong>
      </VStack>
      {content}
    </VStack>
  );
}
