import { PlusIcon } from '@navikt/aksel-icons';
import { Alert, BodyShort, Button, Heading, HStack, VStack } from '@navikt/ds-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCreateEmployer } from '../../api/employers.ts';
import { FormErrorSummary } from '../../components/FormErrorSummary.tsx';
import {
  type EmployerField,
  type EmployerFormValues,
  employerFields,
  emptyEmployerForm,
  mapEmployerServerErrors,
  toEmployerInput,
  validateEmployerForm,
} from '../../forms/employerForm.ts';
import { hasFieldErrors } from '../../forms/fieldErrors.ts';
import { useFormErrors } from '../../forms/useFormErrors.ts';
import { useFocusRequest } from '../../hooks/useFocusRequest.ts';
import { problemMessage } from '../../i18n/problemMessage.ts';
import { EmployerFormFields, employerFieldId, useEmployerSummaryEntries } from './EmployerFormFields.tsx';

const ID_PREFIX = 'new-employer';
const HEADING_ID = 'add-employer-heading';

/**
 * "Add employer": a button that opens the form. Focus goes to the form's first field when it opens and back to
 * the button when it is closed; after saving, the new employer's page opens.
 */
export function AddEmployerForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateEmployer();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<EmployerFormValues>(emptyEmployerForm);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const fieldId = (field: EmployerField) => employerFieldId(ID_PREFIX, field);
  const form = useFormErrors(employerFields(values), fieldId);
  const summaryEntries = useEmployerSummaryEntries(ID_PREFIX, values, form.errors);
  const nameInput = useFocusRequest<HTMLInputElement>();
  const toggle = useFocusRequest<HTMLButtonElement>();
  const result = useFocusRequest<HTMLDivElement>();

  const openForm = () => {
    create.reset();
    form.clearAll();
    setOtherErrors([]);
    setValues(emptyEmployerForm());
    setOpen(true);
    nameInput.focus();
  };

  const closeForm = () => {
    setOpen(false);
    form.clearAll();
    toggle.focus();
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    create.reset();
    setOtherErrors([]);
    const errors = validateEmployerForm(t, values);
    form.showErrors(errors);
    if (hasFieldErrors(errors)) return;

    create.mutate(toEmployerInput(values), {
      onSuccess: (employer) => {
        navigate(`/employers/${encodeURIComponent(employer.id)}`, { state: { created: true } });
      },
      onError: (error) => {
        const mapped = mapEmployerServerErrors(t, error, values);
        setOtherErrors(mapped.other);
        form.showErrors(mapped.fields);
        if (!hasFieldErrors(mapped.fields)) result.focus();
      },
    });
  };

  const serverProblem =
    create.isError && !hasFieldErrors(form.errors) ? problemMessage(t, create.error) : null;

  if (!open) {
    return (
      <Button
        ref={toggle.ref}
        type="button"
        icon={<PlusIcon aria-hidden />}
        onClick={openForm}
        data-testid="add-employer"
      >
        {t('employers.add')}
      </Button>
    );
  }

  return (
    <section
      className="form-panel form-panel--wide"
      aria-labelledby={HEADING_ID}
      data-testid="add-employer-form"
    >
      <VStack gap="space-16">
        <VStack gap="space-4">
          <Heading level="2" size="small" id={HEADING_ID}>
            {t('employers.addHeading')}
          </Heading>
          <BodyShort size="small">{t('employers.addIntro')}</BodyShort>
        </VStack>
        <FormErrorSummary ref={form.summaryRef} entries={summaryEntries} />
        {serverProblem || otherErrors.length > 0 ? (
          <Alert variant="error" role="alert" ref={result.ref} tabIndex={-1}>
            {[serverProblem, ...otherErrors].filter(Boolean).join(' ')}
          </Alert>
        ) : null}
        <form onSubmit={submit} noValidate aria-labelledby={HEADING_ID}>
          <VStack gap="space-24">
            <EmployerFormFields
              idPrefix={ID_PREFIX}
              nameRef={nameInput.ref}
              values={values}
              onChange={setValues}
              errors={form.errors}
              clearField={form.clearField}
            />
            <HStack gap="space-16" wrap>
              <Button type="submit" loading={create.isPending}>
                {t('employers.add')}
              </Button>
              <Button type="button" variant="tertiary" onClick={closeForm}>
                {t('common.cancel')}
              </Button>
            </HStack>
          </VStack>
        </form>
      </VStack>
    </section>
  );
}
