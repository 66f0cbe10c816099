import { osloDate, STEP_OWNER_ROLES } from '@ips-bridge/domain';
import { Alert, Button, Heading, HStack, Select, Textarea, VStack } from '@navikt/ds-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAddStep } from '../../api/plan.ts';
import { DateField } from '../../components/DateField.tsx';
import { FormErrorSummary } from '../../components/FormErrorSummary.tsx';
import { hasFieldErrors } from '../../forms/fieldErrors.ts';
import {
  EMPTY_STEP_FORM,
  mapPlanServerErrors,
  STEP_FIELDS,
  type StepField,
  type StepFormValues,
  toNewStep,
  validateStepForm,
} from '../../forms/planForms.ts';
import { useFormErrors } from '../../forms/useFormErrors.ts';
import { useFocusRequest } from '../../hooks/useFocusRequest.ts';
import { problemMessage } from '../../i18n/problemMessage.ts';

/** Adds a step to a goal: what is to be done, by whom (one owner), and by when (optional, not in the past). */
export function StepForm({
  participantId,
  goalId,
  goalText,
  onSaved,
  onCancel,
}: {
  participantId: string;
  goalId: string;
  goalText: string;
  onSaved: (text: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const addStep = useAddStep(participantId);
  const [today] = useState(() => osloDate(new Date()));
  const [values, setValues] = useState<StepFormValues>(EMPTY_STEP_FORM);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const ids: Record<StepField, string> = {
    text: `new-step-${goalId}-text`,
    ownerRole: `new-step-${goalId}-owner`,
    dueDate: `new-step-${goalId}-due`,
  };
  const headingId = `new-step-${goalId}-heading`;
  const form = useFormErrors(STEP_FIELDS, (field) => ids[field]);
  const input = useFocusRequest<HTMLTextAreaElement>();
  const result = useFocusRequest<HTMLDivElement>();
  const focusInput = input.focus;
  useEffect(() => focusInput(), [focusInput]);

  const edit = (field: StepField) => (event: { target: { value: string } }) => {
    const { value } = event.target;
    setValues((before) => ({ ...before, [field]: value }));
    form.clearField(field);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    addStep.reset();
    setOtherErrors([]);
    const errors = validateStepForm(t, values, today);
    form.showErrors(errors);
    if (hasFieldErrors(errors)) return;
    const body = toNewStep(values, goalId);
    addStep.mutate(body, {
      onSuccess: () => onSaved(body.text),
      onError: (error) => {
        const mapped = mapPlanServerErrors(t, error, STEP_FIELDS);
        setOtherErrors(mapped.other);
        form.showErrors(mapped.fields);
        if (!hasFieldErrors(mapped.fields)) result.focus();
      },
    });
  };

  const serverProblem =
    addStep.isError && !hasFieldErrors(form.errors) && otherErrors.length === 0
      ? problemMessage(t, addStep.error)
      : null;

  return (
    <section className="form-panel" aria-labelledby={headingId} data-testid="step-form">
      <VStack gap="space-16">
        <Heading level="4" size="xsmall" id={headingId}>
          {t('plan.stepForm.heading', { goal: goalText })}
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
              id={ids.text}
              name="text"
              label={t('plan.stepForm.text')}
              description={t('plan.stepForm.textDescription')}
              minRows={2}
              value={values.text}
              onChange={edit('text')}
              error={form.errors.text}
            />
            <Select
              id={ids.ownerRole}
              name="ownerRole"
              label={t('plan.stepForm.owner')}
              description={t('plan.stepForm.ownerDescription')}
              value={values.ownerRole}
              onChange={edit('ownerRole')}
              error={form.errors.ownerRole}
            >
              <option value="">{t('plan.stepForm.chooseOwner')}</option>
              {STEP_OWNER_ROLES.map((role) => (
                <option key={role} value={role}>
                  {t(`roles.${role}`)}
                </option>
              ))}
            </Select>
            <DateField
              id={ids.dueDate}
              name="dueDate"
              label={t('plan.stepForm.dueDate')}
              description={t('plan.stepForm.dueDateDescription')}
              min={today}
              htmlSize={14}
              value={values.dueDate}
              onChange={edit('dueDate')}
              error={form.errors.dueDate}
            />
            <HStack gap="space-12" wrap>
              <Button type="submit" size="small" loading={addStep.isPending}>
                {t('plan.stepForm.submit')}
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
