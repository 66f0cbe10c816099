import { ArrowUndoIcon, CheckmarkIcon, ExclamationmarkTriangleIcon } from '@navikt/aksel-icons';
import { Alert, BodyShort, Button, HStack, VStack } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { useReloadPlan, useSetStepStatus } from '../../api/plan.ts';
import type { PlanStep } from '../../api/types.ts';
import { formatLocalDate } from '../../i18n/format.ts';
import { problemMessage } from '../../i18n/problemMessage.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { StaleVersionNotice } from '../participant/StaleVersionNotice.tsx';
import { isStaleVersion, useStaleVersionOf } from '../participant/staleVersion.ts';

/** The id of a step's tick or undo button, so the focus can follow the step when it moves to another list. */
export function stepButtonId(stepId: string): string {
  return `my-step-button-${stepId}`;
}

/** When the step is due, in words; an overdue step says so with an icon as well, never by colour alone. */
function DueText({ step }: { step: PlanStep }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (step.status === 'done' && step.doneOn)
    return (
      <BodyShort size="small">
        {t('myPlan.steps.doneOn', { date: formatLocalDate(step.doneOn, language) })}
      </BodyShort>
    );
  if (!step.dueDate) return <BodyShort size="small">{t('myPlan.steps.noDue')}</BodyShort>;
  const date = formatLocalDate(step.dueDate, language);
  if (step.daysOverdue > 0)
    return (
      <HStack gap="space-4" align="center" data-testid="my-step-overdue">
        <ExclamationmarkTriangleIcon aria-hidden />
        <BodyShort size="small" weight="semibold">
          {t('myPlan.steps.overdue', { date })}
        </BodyShort>
      </HStack>
    );
  return <BodyShort size="small">{t('myPlan.steps.due', { date })}</BodyShort>;
}

/**
 * One step as the jobseeker sees it. Their own steps have one large button to tick them off (and to undo that);
 * a helper's step says who does it. What happened is announced through `announce`, and focus stays on the button.
 */
export function MyStepItem({
  participantId,
  step,
  announce,
  afterChange,
}: {
  participantId: string;
  step: PlanStep;
  announce: (message: string) => void;
  /** Called once a tick or undo is saved: the step may now show in another list, so the caller moves the focus. */
  afterChange: (stepId: string) => void;
}) {
  const { t } = useTranslation();
  const setStatus = useSetStepStatus(participantId);
  const stale = useStaleVersionOf(useReloadPlan(participantId));
  const mine = step.ownerRole === 'jobseeker';
  const isOpen = step.status === 'open';

  const toggle = () => {
    setStatus.reset();
    stale.clear();
    const status = isOpen ? 'done' : 'open';
    setStatus.mutate(
      { stepId: step.id, version: step.version, status },
      {
        onSuccess: () => {
          announce(
            status === 'done'
              ? t('myPlan.steps.markedDone', { step: step.text })
              : t('myPlan.steps.reopened', { step: step.text }),
          );
          afterChange(step.id);
        },
        onError: (error) => {
          if (isStaleVersion(error)) stale.conflict();
        },
      },
    );
  };

  return (
    <li className="my-step" data-testid="my-step" data-status={step.status} data-mine={mine}>
      <VStack gap="space-8">
        <BodyShort size="large" className="preserve-lines">
          {step.text}
        </BodyShort>
        {!mine ? (
          <BodyShort size="small" data-testid="my-step-owner">
            {step.owner
              ? t('myPlan.steps.by', { name: step.owner.displayName, role: t(`roles.${step.ownerRole}`) })
              : t(`roles.${step.ownerRole}`)}
          </BodyShort>
        ) : null}
        <DueText step={step} />
        {mine ? (
          <div>
            <Button
              type="button"
              variant={isOpen ? 'primary' : 'tertiary'}
              size={isOpen ? 'medium' : 'small'}
              icon={isOpen ? <CheckmarkIcon aria-hidden /> : <ArrowUndoIcon aria-hidden />}
              loading={setStatus.isPending}
              onClick={toggle}
              aria-label={
                isOpen
                  ? t('myPlan.steps.markDoneLabel', { step: step.text })
                  : t('myPlan.steps.reopenLabel', { step: step.text })
              }
              id={stepButtonId(step.id)}
              data-testid={isOpen ? 'my-step-done' : 'my-step-undo'}
            >
              {isOpen ? t('myPlan.steps.markDone') : t('myPlan.steps.reopen')}
            </Button>
          </div>
        ) : null}
        <StaleVersionNotice
          stale={stale}
          heading={t('myPlan.steps.staleHeading')}
          text={t('myPlan.steps.stale')}
        />
        {setStatus.isError && !isStaleVersion(setStatus.error) ? (
          <Alert variant="error" size="small" role="alert">
            {problemMessage(t, setStatus.error)}
          </Alert>
        ) : null}
      </VStack>
    </li>
  );
}
