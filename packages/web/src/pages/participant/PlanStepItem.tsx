import { ArrowUndoIcon, CheckmarkIcon, ExclamationmarkTriangleIcon } from '@navikt/aksel-icons';
import { Alert, BodyShort, Button, HStack, Tag, VStack } from '@navikt/ds-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useReloadPlan, useUpdateStep } from '../../api/plan.ts';
import type { PlanStep } from '../../api/types.ts';
import { withStepStatus } from '../../forms/planForms.ts';
import { formatLocalDate } from '../../i18n/format.ts';
import { problemMessage } from '../../i18n/problemMessage.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { StaleVersionNotice } from './StaleVersionNotice.tsx';
import { isStaleVersion, useStaleVersionOf } from './staleVersion.ts';

/** Who owns the step: the role, and the person when someone in the care team has it. */
function ownerText(t: TFunction, step: PlanStep): string {
  const role = t(`roles.${step.ownerRole}`);
  return step.owner ? t('plan.step.ownerWithName', { role, name: step.owner.displayName }) : role;
}

/** Says in words (with an icon, not only by colour) that an open step is past its due date. */
export function OverdueTag({ days }: { days: number }) {
  const { t } = useTranslation();
  return (
    <Tag
      variant="moderate"
      data-color="warning"
      size="xsmall"
      icon={<ExclamationmarkTriangleIcon aria-hidden />}
      data-testid="step-overdue"
    >
      {t('plan.step.overdue', { count: days })}
    </Tag>
  );
}

/**
 * One step of a goal: what, who, by when, and whether it is done, with a button to mark it done or open it
 * again. The button keeps focus after the change; a live message on the plan says what happened.
 */
export function PlanStepItem({
  participantId,
  step,
  canWrite,
  announce,
}: {
  participantId: string;
  step: PlanStep;
  canWrite: boolean;
  announce: (message: string) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const update = useUpdateStep(participantId);
  const stale = useStaleVersionOf(useReloadPlan(participantId));
  const isOpen = step.status === 'open';

  const toggle = () => {
    update.reset();
    stale.clear();
    const status = isOpen ? 'done' : 'open';
    update.mutate(
      { stepId: step.id, version: step.version, body: withStepStatus(step, status) },
      {
        onSuccess: () =>
          announce(
            status === 'done'
              ? t('plan.step.markedDone', { step: step.text })
              : t('plan.step.reopened', { step: step.text }),
          ),
        onError: (error) => {
          if (isStaleVersion(error)) stale.conflict();
        },
      },
    );
  };

  let status: string;
  if (step.status === 'done') {
    status = step.doneOn
      ? t('plan.step.doneOn', { date: formatLocalDate(step.doneOn, language) })
      : t('plan.stepStatuses.done');
  } else {
    status = t(`plan.stepStatuses.${step.status}`);
  }

  return (
    <li className="plan-step" data-testid="plan-step" data-status={step.status}>
      <VStack gap="space-8">
        <HStack gap="space-12" justify="space-between" align="start" wrap>
          <VStack gap="space-4" className="plan-step__text">
            <BodyShort weight="semibold" className="preserve-lines">
              {step.text}
            </BodyShort>
            <dl className="card-details card-details--inline">
              <div>
                <dt>{t('plan.step.owner')}</dt>
                <dd data-testid="step-owner">{ownerText(t, step)}</dd>
              </div>
              <div>
                <dt>{t('plan.step.dueDate')}</dt>
                <dd data-testid="step-due">
                  {step.dueDate ? formatLocalDate(step.dueDate, language) : t('plan.step.noDueDate')}
                </dd>
              </div>
              <div>
                <dt>{t('plan.step.status')}</dt>
                <dd data-testid="step-status">{status}</dd>
              </div>
            </dl>
            {step.daysOverdue > 0 ? (
              <div>
                <OverdueTag days={step.daysOverdue} />
              </div>
            ) : null}
          </VStack>
          {canWrite ? (
            <Button
              type="button"
              size="small"
              variant={isOpen ? 'secondary' : 'tertiary'}
              icon={isOpen ? <CheckmarkIcon aria-hidden /> : <ArrowUndoIcon aria-hidden />}
              loading={update.isPending}
              onClick={toggle}
              aria-label={
                isOpen
                  ? t('plan.step.markDoneNamed', { step: step.text })
                  : t('plan.step.reopenNamed', { step: step.text })
              }
            >
              {isOpen ? t('plan.step.markDone') : t('plan.step.reopen')}
            </Button>
          ) : null}
        </HStack>
        <StaleVersionNotice stale={stale} heading={t('plan.stale.heading')} text={t('plan.stale.stepText')} />
        {update.isError && !isStaleVersion(update.error) ? (
          <Alert variant="error" size="small" role="alert">
            {problemMessage(t, update.error)}
          </Alert>
        ) : null}
      </VStack>
    </li>
  );
}
