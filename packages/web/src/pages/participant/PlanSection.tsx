import { PlusIcon } from '@navikt/aksel-icons';
import { Alert, BodyLong, BodyShort, Box, Button, Heading, VStack } from '@navikt/ds-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlan } from '../../api/plan.ts';
import type { PlanGoal } from '../../api/types.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { useFocusRequest } from '../../hooks/useFocusRequest.ts';
import { MeetingActionsInPlan } from '../meetings/MeetingActions.tsx';
import { GoalForm } from './GoalForm.tsx';
import { PlanGoalCard } from './PlanGoalCard.tsx';
import { useToggleForm } from './useToggleForm.ts';

export const PLAN_HEADING_ID = 'plan-heading';

/** Main goals in plan order, each with its sub-goals. */
function groupGoals(goals: readonly PlanGoal[]): Array<{ goal: PlanGoal; subGoals: PlanGoal[] }> {
  const ids = new Set(goals.map((goal) => goal.id));
  return goals
    .filter((goal) => goal.parentId === null || !ids.has(goal.parentId))
    .map((goal) => ({ goal, subGoals: goals.filter((candidate) => candidate.parentId === goal.id) }));
}

/**
 * The individual plan: goals in the person's own words, sub-goals, and steps each with one owner and a due date.
 * Overdue steps say so in words. Staff add goals, sub-goals and steps, mark steps done and change goals.
 */
export function PlanSection({ participantId, canWrite }: { participantId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const plan = usePlan(participantId);
  const addGoal = useToggleForm();
  const [saved, setSaved] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const savedMessage = useFocusRequest<HTMLDivElement>();

  let content: ReactNode;
  if (plan.isPending) {
    content = <LoadingState label={t('plan.loading')} />;
  } else if (plan.isError) {
    content = (
      <ErrorState
        heading={t('plan.loadError')}
        headingLevel="3"
        error={plan.error}
        onRetry={() => void plan.refetch()}
        retrying={plan.isFetching}
      />
    );
  } else {
    const groups = groupGoals(plan.data.goals);
    content =
      groups.length === 0 ? (
        <Box padding="space-24" background="neutral-soft" borderRadius="8">
          <VStack gap="space-8">
            <Heading level="3" size="small">
              {t('plan.emptyHeading')}
            </Heading>
            <BodyLong>{canWrite ? t('plan.emptyText') : t('plan.emptyReadOnly')}</BodyLong>
          </VStack>
        </Box>
      ) : (
        <ul className="card-list" aria-labelledby={PLAN_HEADING_ID} data-testid="plan-goals">
          {groups.map(({ goal, subGoals }) => (
            <PlanGoalCard
              key={goal.id}
              participantId={participantId}
              goal={goal}
              subGoals={subGoals}
              canWrite={canWrite}
              announce={setAnnouncement}
            />
          ))}
        </ul>
      );
  }

  return (
    <section aria-labelledby={PLAN_HEADING_ID} data-testid="plan">
      <VStack gap="space-16">
        <VStack gap="space-4">
          <Heading level="2" size="medium" id={PLAN_HEADING_ID}>
            {t('plan.heading')}
          </Heading>
          <BodyShort>{t('plan.intro')}</BodyShort>
        </VStack>
        {saved ? (
          <Alert
            variant="success"
            size="small"
            role="status"
            ref={savedMessage.ref}
            tabIndex={-1}
            data-testid="plan-goal-saved"
          >
            {saved}
          </Alert>
        ) : null}
        {content}
        <MeetingActionsInPlan participantId={participantId} />
        {canWrite && plan.data ? (
          addGoal.open ? (
            <GoalForm
              participantId={participantId}
              parentId={null}
              onSaved={(text) => {
                addGoal.closeAfterSave();
                setSaved(t('plan.goalAdded', { goal: text }));
                savedMessage.focus();
              }}
              onCancel={addGoal.cancel}
            />
          ) : (
            <div>
              <Button
                ref={addGoal.buttonRef}
                type="button"
                variant="secondary"
                icon={<PlusIcon aria-hidden />}
                onClick={() => {
                  setSaved(null);
                  addGoal.openForm();
                }}
                data-testid="add-goal"
              >
                {t('plan.addGoal')}
              </Button>
            </div>
          )
        ) : null}
        <BodyShort visuallyHidden aria-live="polite">
          {announcement}
        </BodyShort>
      </VStack>
    </section>
  );
}
