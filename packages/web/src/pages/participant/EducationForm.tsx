import { osloDate } from '@ips-bridge/domain';
import { Alert, Button, Heading, HStack, Radio, RadioGroup, TextField, VStack } from '@navikt/ds-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAddEducation } from '../../api/work.ts';
import { DateField } from '../../components/DateField.tsx';
import { FormErrorSummary } from '../../components/FormErrorSummary.tsx';
import { hasFieldErrors } from '../../forms/fieldErrors.ts';
import { useFormErrors } from '../../forms/useFormErrors.ts';
import {
  EDUCATION_FIELDS,
  type EducationField,
  type EducationFormValues,
  emptyEducationForm,
  mapWorkServerErrors,
  toNewEducation,
  validateEducationForm,
} from '../../forms/workForms.ts';
import { useFocusRequest } from '../../hooks/useFocusRequest.ts';
import { problemMessage } from '../../i18n/problemMessage.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';

const HEADING_ID = 'education-form-heading';
const FIELD_IDS: Record<EducationField, string> = {
  institution: 'education-institution',
  programme: 'education-programme',
  startDate: 'education-start',
  endDate: 'education-end',
  completed: 'education-completed',
};
const fieldId = (field: EducationField): string => FIELD_IDS[field];

/**
 * Records an education: where, what, and when. One that has started and has no end moves the participant to "in
 * education" (unless they are working).
 */
export function EducationForm({
  participantId,
  onSaved,
  onCancel,
}: {
  participantId: string;
  onSaved: (programme: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const addEducation = useAddEducation(participantId);
  const [today] = useState(() => osloDate(new Date()));
  const [values, setValues] = useState<EducationFormValues>(() => emptyEducationForm(today));
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const form = useFormErrors(EDUCATION_FIELDS, fieldId);
  const input = useFocusRequest<HTMLInputElement>();
  const result = useFocusRequest<HTMLDivElement>();
  const focusInput = input.focus;
  useEffect(() => focusInput(), [focusInput]);

  const set = (field: EducationField, value: string) => {
    setValues((before) => ({ ...before, [field]: value }));
    form.clearField(field);
  };
  const edit = (field: EducationField) => (event: { target: { value: string } }) =>
    set(field, event.target.value);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    addEducation.reset();
    setOtherErrors([]);
    const errors = validateEducationForm(t, values, language);
    form.showErrors(errors);
    if (hasFieldErrors(errors)) return;
    const body = toNewEducation(values);
    addEducation.mutate(body, {
      onSuccess: () => onSaved(body.programme),
      onError: (error) => {
        const mapped = mapWorkServerErrors(t, error, EDUCATION_FIELDS, language, body.startDate);
        setOtherErrors(mapped.other);
        form.showErrors(mapped.fields);
        if (!hasFieldErrors(mapped.fields)) result.focus();
      },
    });
  };

  const serverProblem =
    addEducation.isError && !hasFieldErrors(form.errors) && otherErrors.length === 0
      ? problemMessage(t, addEducation.error)
      : null;

  return (
    <section className="form-panel" aria-labelledby={HEADING_ID} data-testid="education-form">
      <VStack gap="space-16">
        <Heading level="4" size="xsmall" id={HEADING_ID}>
          {t('work.educationForm.heading')}
        </Heading>
        <FormErrorSummary ref={form.summaryRef} entries={form.summaryEntries} />
        {serverProblem || otherErrors.length > 0 ? (
          <Alert variant="error" role="alert" ref={result.ref} tabIndex={-1}>
            {[serverProblem, ...otherErrors].filter(Boolean).join(' ')}
          </Alert>
        ) : null}
        <form onSubmit={submit} noValidate aria-labelledby={HEADING_ID}>
          <VStack gap="space-16">
            <TextField
              ref={input.ref}
              id={FIELD_IDS.institution}
              label={t('work.educationForm.institution')}
              autoComplete="off"
              value={values.institution}
              onChange={edit('institution')}
              error={form.errors.institution}
            />
            <TextField
              id={FIELD_IDS.programme}
              label={t('work.educationForm.programme')}
              autoComplete="off"
              value={values.programme}
              onChange={edit('programme')}
              error={form.errors.programme}
            />
            <DateField
              id={FIELD_IDS.startDate}
              label={t('work.educationForm.startDate')}
              htmlSize={14}
              value={values.startDate}
              onChange={edit('startDate')}
              error={form.errors.startDate}
            />
            <DateField
              id={FIELD_IDS.endDate}
              label={t('work.educationForm.endDate')}
              description={t('work.educationForm.endDateDescription')}
              min={values.startDate || undefined}
              htmlSize={14}
              value={values.endDate}
              onChange={edit('endDate')}
              error={form.errors.endDate}
            />
            {values.endDate.trim() !== '' ? (
              <RadioGroup
                legend={t('work.educationForm.completed')}
                value={values.completed}
                onChange={(value: string) => set('completed', value)}
                error={form.errors.completed}
              >
                <HStack gap="space-24" wrap>
                  <Radio value="yes" id={FIELD_IDS.completed}>
                    {t('work.yes')}
                  </Radio>
                  <Radio value="no">{t('work.no')}</Radio>
                </HStack>
              </RadioGroup>
            ) : null}
            <HStack gap="space-12" wrap>
              <Button type="submit" size="small" loading={addEducation.isPending}>
                {t('work.educationForm.submit')}
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
