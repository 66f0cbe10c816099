import { Alert, Button, Heading, HStack, Textarea, VStack } from '@navikt/ds-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReloadDisclosurePlan, useSaveDisclosurePlan } from '../../api/disclosure.ts';
import type { DisclosurePlan } from '../../api/types.ts';
import { DateField } from '../../components/DateField.tsx';
import { FormErrorSummary } from '../../components/FormErrorSummary.tsx';
import {
  DISCLOSURE_FIELDS,
  DISCLOSURE_TEXT_FIELDS,
  type DisclosureField,
  type DisclosureValues,
  disclosureFormValues,
  MAX_DISCLOSURE_TEXT,
  mapDisclosureServerErrors,
  toDisclosurePlan,
  validateDisclosure,
} from '../../forms/disclosureForm.ts';
import { hasFieldErrors } from '../../forms/fieldErrors.ts';
import { useFormErrors } from '../../forms/useFormErrors.ts';
import { useFocusRequest } from '../../hooks/useFocusRequest.ts';
import { problemMessage } from '../../i18n/problemMessage.ts';
import { StaleVersionNotice } from './StaleVersionNotice.tsx';
import { isStaleVersion, useStaleVersionOf } from './staleVersion.ts';

const IDS: Record<DisclosureField, string> = {
  mayKnow: 'disclosure-may-know',
  mustNotKnow: 'disclosure-must-not-know',
  pros: 'disclosure-pros',
  cons: 'disclosure-cons',
  discussedOn: 'disclosure-discussed-on',
};

/**
 * Writes or changes the disclosure plan, with the questions in plain words. Saved with the version as opened ("0"
 * for a new plan), so someone else's change in the meantime comes back as "changed since you opened it".
 */
export function DisclosureForm({
  participantId,
  plan,
  today,
  onSaved,
  onCancel,
}: {
  participantId: string;
  plan: DisclosurePlan;
  today: string;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveDisclosurePlan(participantId);
  const [baseVersion, setBaseVersion] = useState(plan.version);
  const stale = useStaleVersionOf(useReloadDisclosurePlan(participantId), (latest) =>
    setBaseVersion(latest.version),
  );
  const [values, setValues] = useState<DisclosureValues>(() => disclosureFormValues(plan.plan, today));
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const form = useFormErrors(DISCLOSURE_FIELDS, (field) => IDS[field]);
  const input = useFocusRequest<HTMLTextAreaElement>();
  const result = useFocusRequest<HTMLDivElement>();
  const focusInput = input.focus;
  useEffect(() => focusInput(), [focusInput]);

  const set = (field: DisclosureField, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    form.clearField(field);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.reset();
    stale.clear();
    setOtherErrors([]);
    const errors = validateDisclosure(t, values, today);
    form.showErrors(errors);
    if (hasFieldErrors(errors)) return;
    save.mutate(
      { version: baseVersion, body: toDisclosurePlan(values) },
      {
        onSuccess: onSaved,
        onError: (error) => {
          if (isStaleVersion(error)) {
            stale.conflict();
            return;
          }
          const mapped = mapDisclosureServerErrors(t, error);
          setOtherErrors(mapped.other);
          form.showErrors(mapped.fields);
          if (!hasFieldErrors(mapped.fields)) result.focus();
        },
      },
    );
  };

  const serverProblem =
    save.isError && !isStaleVersion(save.error) && !hasFieldErrors(form.errors) && otherErrors.length === 0
      ? problemMessage(t, save.error)
      : null;

  return (
    <section
      className="form-panel form-panel--wide"
      aria-labelledby="disclosure-form-heading"
      data-testid="disclosure-form"
    >
      <VStack gap="space-16">
        <Heading level="3" size="small" id="disclosure-form-heading">
          {plan.plan ? t('disclosure.form.editHeading') : t('disclosure.form.newHeading')}
        </Heading>
        <FormErrorSummary ref={form.summaryRef} entries={form.summaryEntries} />
        <StaleVersionNotice
          stale={stale}
          heading={t('disclosure.stale.heading')}
          text={t('disclosure.stale.text')}
        />
        {serverProblem || otherErrors.length > 0 ? (
          <Alert variant="error" role="alert" ref={result.ref} tabIndex={-1}>
            {[serverProblem, ...otherErrors].filter(Boolean).join(' ')}
          </Alert>
        ) : null}
        <form onSubmit={submit} noValidate aria-labelledby="disclosure-form-heading">
          <VStack gap="space-20">
            {DISCLOSURE_TEXT_FIELDS.map((field, index) => (
              <Textarea
                key={field}
                ref={index === 0 ? input.ref : undefined}
                id={IDS[field]}
                name={field}
                label={t(`disclosure.questions.${field}`)}
                description={t(`disclosure.hints.${field}`)}
                minRows={2}
                maxLength={MAX_DISCLOSURE_TEXT}
                value={values[field]}
                onChange={(event) => set(field, event.target.value)}
                error={form.errors[field]}
              />
            ))}
            <DateField
              id={IDS.discussedOn}
              name="discussedOn"
              label={t('disclosure.discussedOn')}
              description={t('disclosure.discussedOnDescription')}
              max={today}
              value={values.discussedOn}
              onChange={(event) => set('discussedOn', event.target.value)}
              error={form.errors.discussedOn}
            />
            <HStack gap="space-12" wrap>
              <Button type="submit" size="small" loading={save.isPending}>
                {t('disclosure.form.submit')}
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
