import { GOAL_STATUSES } from '@ips-bridge/domain';
import { Alert, Button, Heading, HStack, Radio, RadioGroup, Textarea, VStack } from '@navikt/ds-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReloadPlan, useUpdateGoal } from '../../api/plan.ts';
import type { PlanGoal } from '../../api/types.ts';
import { FormErrorSummary } from '../../components/FormErrorSummary.tsx';
import { hasFieldErrors } from '../../forms/fieldErrors.ts';
import {
  GOAL_EDIT_FIELDS,
  type GoalEditField,
  type GoalEditValues,
  mapPlanServerErrors,
  toGoalUpdate,
  validateGoalEditForm,
} from '../../forms/planForms.ts';
import { useFormErrors } from '../../forms/useFormErrors.ts';
import { useFocusRequest } from '../../hooks/useFocusRequest.ts';
import { problemMessage } from '../../i18n/problemMessage.ts';
import { StaleVersionNotice } from './StaleVersionNotice.tsx';
import { isStaleVersion, useStaleVersionOf } from './staleVersion.ts';

/**
 * Changes a goal's words or status (active, achieved, dropped). Saved with the goal's version as the user opened
 * it, so someone else's change in the meantime comes back as "changed since you opened it".
 */
export function EditGoalForm({
  participantId,
  goal,
  onSaved,
  onCancel,
}: {
  participantId: string;
  goal: PlanGoal;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateGoal(participantId);
  const [baseVersion, setBaseVersion] = useState(goal.version);
  const stale = useStaleVersionOf(useReloadPlan(participantId), (plan) => {
    const latest = plan.goals.find((candidate) => candidate.id === goal.id);
    if (latest) setBaseVersion(latest.version);
  });
  const [values, setValues] = useState<GoalEditValues>({ text: goal.text, status: goal.status });
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const ids: Record<GoalEditField, string> = {
    text: `edit-goal-${goal.id}-text`,
    status: `edit-goal-${goal.id}-status`,
  };
  const headingId = `edit-goal-${goal.id}-heading`;
  const form = useFormErrors(GOAL_EDIT_FIELDS, (field) => ids[field]);
  const input = useFocusRequest<HTMLTextAreaElement>();
  const result = useFocusRequest<HTMLDivElement>();
  const focusInput = input.focus;
  useEffect(() => focusInput(), [focusInput]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    update.reset();
    stale.clear();
    setOtherErrors([]);
    const errors = validateGoalEditForm(t, values);
    form.showErrors(errors);
    if (hasFieldErrors(errors)) return;
    update.mutate(
      { goalId: goal.id, version: baseVersion, body: toGoalUpdate(values) },
      {
        onSuccess: onSaved,
        onError: (error) => {
          if (isStaleVersion(error)) {
            stale.conflict();
            return;
          }
          const mapped = mapPlanServerErrors(t, error, GOAL_EDIT_FIELDS);
          setOtherErrors(mapped.other);
          form.showErrors(mapped.fields);
          if (!hasFieldErrors(mapped.fields)) result.focus();
        },
      },
    );
  };

  const serverProblem =
    update.isError && !isStaleVersion(update.error) && !hasFieldErrors(form.errors)
      ? problemMessage(t, update.error)
      : null;

  return (
    <section className="form-panel" aria-labelledby={headingId} data-testid="edit-goal-form">
      <VStack gap="space-16">
        <Heading level="4" size="xsmall" id={headingId}>
          {t('plan.editGoal.heading')}
        </Heading>
        <FormErrorSummary ref={form.summaryRef} entries={form.summaryEntries} />
        <StaleVersionNotice stale={stale} heading={t('plan.stale.heading')} text={t('plan.stale.goalText')} />
        {serverProblem || otherErrors.length > 0 ? (
          <Alert variant="error" role="alert" ref={result.ref} tabIndex={-1}>
            {[serverProblem, ...otherErrors].filter(Boolean).join(' ')}
          </Alert>
        ) : null}
        <form onSubmit={submit} noValidate aria-labelledby={headingId}>
          <VStack gap="space-16">
            <Textarea
              ref={input.ref}
              id={ids.text}
              name="text"
              label={t('plan.goalForm.text')}
              description={t('plan.goalForm.textDescription')}
              minRows={2}
              value={values.text}
              onChange={(event) => {
                setValues((before) => ({ ...before, text: event.target.value }));
                form.clearField('text');
              }}
              error={form.errors.text}
            />
            <RadioGroup
              legend={t('plan.editGoal.status')}
              value={values.status}
              onChange={(status: string) => {
                setValues((before) => ({ ...before, status }));
                form.clearField('status');
              }}
              error={form.errors.status}
            >
              {GOAL_STATUSES.map((status, index) => (
                <Radio key={status} value={status} id={index === 0 ? ids.status : undefined}>
                  {t(`plan.goalStatuses.${status}`)}
                </Radio>
              ))}
            </RadioGroup>
            <HStack gap="space-12" wrap>
              <Button type="submit" size="small" loading={update.isPending}>
                {t('plan.editGoal.submit')}
              </Button>
              <Button type="button" size="small" variant="tertiary" onClick={onCancel}>
                {t('common.cancel')}
              </Button>
            </HStack>
          </VStack>
        </form>
      </VStack>
    </section>
  );
}
