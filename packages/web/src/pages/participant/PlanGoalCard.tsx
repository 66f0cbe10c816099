import { PencilIcon, PlusIcon } from '@navikt/aksel-icons';
import { Alert, BodyShort, Box, Button, Detail, Heading, HStack, Tag, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanGoal } from '../../api/types.ts';
import { useFocusRequest } from '../../hooks/useFocusRequest.ts';
import { EditGoalForm } from './EditGoalForm.tsx';
import { GoalForm } from './GoalForm.tsx';
import { PlanStepItem } from './PlanStepItem.tsx';
import { StepForm } from './StepForm.tsx';
import { useToggleForm } from './useToggleForm.ts';

const STATUS_COLOURS = { active: 'info', achieved: 'success', dropped: 'neutral' } as const;

/**
 * A goal in the person's own words with its status in words, its steps, and (for a main goal) its sub-goals.
 * Staff can add a step, change the goal, and add a sub-goal; each opens a small form in place.
 */
export function PlanGoalCard({
  participantId,
  goal,
  subGoals,
  canWrite,
  announce,
}: {
  participantId: string;
  goal: PlanGoal;
  /** The goal's sub-goals; undefined for a sub-goal, which cannot have sub-goals of its own. */
  subGoals?: PlanGoal[];
  canWrite: boolean;
  announce: (message: string) => void;
}) {
  const { t } = useTranslation();
  const isSubGoal = subGoals === undefined;
  const addStep = useToggleForm();
  const editGoal = useToggleForm();
  const addSubGoal = useToggleForm();
  const [saved, setSaved] = useState<string | null>(null);
  const savedMessage = useFocusRequest<HTMLDivElement>();
  const headingId = `goal-${goal.id}-heading`;

  const confirm = (message: string) => {
    setSaved(message);
    savedMessage.focus();
  };

  return (
    <li data-testid={isSubGoal ? 'plan-sub-goal' : 'plan-goal'} data-status={goal.status}>
      <Box
        padding="space-16"
        borderWidth="1"
        borderColor="neutral-subtle"
        borderRadius="8"
        background={isSubGoal ? 'neutral-soft' : 'raised'}
      >
        <section aria-labelledby={headingId}>
          <VStack gap="space-16">
            <VStack gap="space-8" align="start">
              {isSubGoal ? <Detail as="p">{t('plan.subGoal')}</Detail> : null}
              <Heading level={isSubGoal ? '4' : '3'} size={isSubGoal ? 'xsmall' : 'small'} id={headingId}>
                <span className="preserve-lines">{goal.text}</span>
              </Heading>
              <Tag
                variant="moderate"
                size="xsmall"
                data-color={STATUS_COLOURS[goal.status]}
                data-testid="goal-status"
              >
                {t(`plan.goalStatuses.${goal.status}`)}
              </Tag>
            </VStack>

            {saved ? (
              <Alert
                variant="success"
                size="small"
                role="status"
                ref={savedMessage.ref}
                tabIndex={-1}
                data-testid="goal-saved"
              >
                {saved}
              </Alert>
            ) : null}

            {goal.steps.length === 0 ? (
              <BodyShort size="small" textColor="subtle">
                {t('plan.noSteps')}
              </BodyShort>
            ) : (
              <ul className="plan-steps" aria-label={t('plan.stepsFor', { goal: goal.text })}>
                {goal.steps.map((step) => (
                  <PlanStepItem
                    key={step.id}
                    participantId={participantId}
                    step={step}
                    canWrite={canWrite}
                    announce={announce}
                  />
                ))}
              </ul>
            )}

            {canWrite && addStep.open ? (
              <StepForm
                participantId={participantId}
                goalId={goal.id}
                goalText={goal.text}
                onSaved={(text) => {
                  addStep.closeAfterSave();
                  confirm(t('plan.stepAdded', { step: text }));
                }}
                onCancel={addStep.cancel}
              />
            ) : null}
            {canWrite && editGoal.open ? (
              <EditGoalForm
                participantId={participantId}
                goal={goal}
                onSaved={() => {
                  editGoal.closeAfterSave();
                  confirm(t('plan.editGoal.saved'));
                }}
                onCancel={editGoal.cancel}
              />
            ) : null}
            {canWrite && addSubGoal.open ? (
              <GoalForm
                participantId={participantId}
                parentId={goal.id}
                parentText={goal.text}
                onSaved={(text) => {
                  addSubGoal.closeAfterSave();
                  confirm(t('plan.subGoalAdded', { goal: text }));
                }}
                onCancel={addSubGoal.cancel}
              />
            ) : null}

            {canWrite ? (
              <HStack gap="space-8" wrap>
                {addStep.open ? null : (
                  <Button
                    ref={addStep.buttonRef}
                    type="button"
                    size="small"
                    variant="secondary"
                    icon={<PlusIcon aria-hidden />}
                    onClick={() => {
                      setSaved(null);
                      addStep.openForm();
                    }}
                    data-testid="add-step"
                  >
                    {t('plan.addStep')}
                  </Button>
                )}
                {editGoal.open ? null : (
                  <Button
                    ref={editGoal.buttonRef}
                    type="button"
                    size="small"
                    variant="tertiary"
                    icon={<PencilIcon aria-hidden />}
                    onClick={() => {
                      setSaved(null);
                      editGoal.openForm();
                    }}
                  >
                    {isSubGoal ? t('plan.editSubGoal') : t('plan.editGoal.open')}
                  </Button>
                )}
                {isSubGoal || addSubGoal.open ? null : (
                  <Button
                    ref={addSubGoal.buttonRef}
                    type="button"
                    size="small"
                    variant="tertiary"
                    icon={<PlusIcon aria-hidden />}
                    onClick={() => {
                      setSaved(null);
                      addSubGoal.openForm();
                    }}
                  >
                    {t('plan.addSubGoal')}
                  </Button>
                )}
              </HStack>
            ) : null}

            {subGoals && subGoals.length > 0 ? (
              <ul className="card-list" aria-label={t('plan.subGoalsOf', { goal: goal.text })}>
                {subGoals.map((subGoal) => (
                  <PlanGoalCard
                    key={subGoal.id}
                    participantId={participantId}
                    goal={subGoal}
                    canWrite={canWrite}
                    announce={announce}
                  />
                ))}
              </ul>
            ) : null}
          </VStack>
        </section>
      </Box>
    </li>
  );
}
