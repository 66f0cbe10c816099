import { Alert, Button, Heading, HStack, Textarea, VStack } from '@navikt/ds-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAddGoal } from '../../api/plan.ts';
import { FormErrorSummary } from '../../components/FormErrorSummary.tsx';
import { hasFieldErrors } from '../../forms/fieldErrors.ts';
import { GOAL_FIELDS, mapPlanServerErrors, validateGoalForm } from '../../forms/planForms.ts';
import { useFormErrors } from '../../forms/useFormErrors.ts';
import { useFocusRequest } from '../../hooks/useFocusRequest.ts';
import { problemMessage } from '../../i18n/problemMessage.ts';

/**
 * Adds a goal, in the person's own words, or a sub-goal under `parentId`. The text field takes focus when the
 * form opens.
 */
export function GoalForm({
  participantId,
  parentId,
  parentText,
  onSaved,
  onCancel,
}: {
  participantId: string;
  parentId: string | null;
  parentText?: string;
  onSaved: (text: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const addGoal = useAddGoal(participantId);
  const idBase = parentId ? `sub-goal-${parentId}` : 'new-goal';
  const headingId = `${idBase}-heading`;
  const textId = `${idBase}-text`;
  const [text, setText] = useState('');
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const form = useFormErrors(GOAL_FIELDS, () => textId);
  const input = useFocusRequest<HTMLTextAreaElement>();
  const result = useFocusRequest<HTMLDivElement>();
  const focusInput = input.focus;
  useEffect(() => focusInput(), [focusInput]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    addGoal.reset();
    setOtherErrors([]);
    const errors = validateGoalForm(t, { text });
    form.showErrors(errors);
    if (hasFieldErrors(errors)) return;
    const body = { text: text.trim(), parentId };
    addGoal.mutate(body, {
      onSuccess: () => onSaved(body.text),
      onError: (error) => {
        const mapped = mapPlanServerErrors(t, error, GOAL_FIELDS);
        setOtherErrors(mapped.other);
        form.showErrors(mapped.fields);
        if (!hasFieldErrors(mapped.fields)) result.focus();
      },
    });
  };

  const serverProblem =
    addGoal.isError && !hasFieldErrors(form.errors) && otherErrors.length === 0
      ? problemMessage(t, addGoal.error)
      : null;

  return (
    <section
      className="form-panel"
      aria-labelledby={headingId}
      data-testid={parentId ? 'sub-goal-form' : 'goal-form'}
    >
      <VStack gap="space-16">
        <Heading level="4" size="xsmall" id={headingId}>
          {parentId
            ? t('plan.goalForm.subGoalHeading', { goal: parentText ?? '' })
            : t('plan.goalForm.heading')}
        </Heading>
        <FormErrorSummary ref={form.summaryRef} entries={form.summaryEntries} />
        {serverProblem || otherErrors.length > 0 ? (
          <Alert variant="error" role="alert" ref={result.ref} tabIndex={-1}>
            {[serverProblem, ...otherErrors].filter(Boolean).join(' ')}
          </Alert>
        ) : null}
        <form onSubmit={submit} noValidate aria-labelledby={headingId}>
          <VStack gap="space-16">
            <Textarea
              ref={input.ref}
              id={textId}
              name="text"
              label={parentId ? t('plan.goalForm.subGoalText') : t('plan.goalForm.text')}
              description={t('plan.goalForm.textDescription')}
              minRows={2}
              value={text}
              onChange={(event) => {
                setText(event.target.value);
                form.clearField('text');
              }}
              error={form.errors.text}
            />
            <HStack gap="space-12" wrap>
              <Button type="submit" size="small" loading={addGoal.isPending}>
                {parentId ? t('plan.goalForm.submitSubGoal') : t('plan.goalForm.submit')}
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
