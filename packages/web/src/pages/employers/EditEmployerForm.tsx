import { PencilIcon } from '@navikt/aksel-icons';
import { Alert, Button, Heading, HStack, VStack } from '@navikt/ds-react';
import { type FormEvent, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReloadEmployer, useUpdateEmployer } from '../../api/employers.ts';
import type { EmployerDetail } from '../../api/types.ts';
import { FormErrorSummary } from '../../components/FormErrorSummary.tsx';
import {
  type EmployerField,
  type EmployerFormValues,
  employerFields,
  employerFormFrom,
  mapEmployerServerErrors,
  toEmployerInput,
  validateEmployerForm,
} from '../../forms/employerForm.ts';
import { hasFieldErrors } from '../../forms/fieldErrors.ts';
import { useFormErrors } from '../../forms/useFormErrors.ts';
import { useFocusRequest } from '../../hooks/useFocusRequest.ts';
import { problemMessage } from '../../i18n/problemMessage.ts';
import { StaleVersionNotice } from '../participant/StaleVersionNotice.tsx';
import { isStaleVersion, useStaleVersionOf } from '../participant/staleVersion.ts';
import { EmployerFormFields, employerFieldId, useEmployerSummaryEntries } from './EmployerFormFields.tsx';

const ID_PREFIX = 'edit-employer';
const HEADING_ID = 'edit-employer-heading';

/**
 * "Edit details": a button that opens the employer's details in a form. The change is sent with the version the
 * page showed (If-Match); when someone else saved in the meantime, the form says so, keeps what was typed, and
 * offers to fetch the latest version, which the next save is then based on.
 */
export function EditEmployerForm({ employer }: { employer: EmployerDetail }) {
  const { t } = useTranslation();
  const update = useUpdateEmployer(employer.id);
  // The version the form is based on: the one shown when it opened, or the latest the user chose to fetch. A
  // refresh in the background (e.g. after logging a contact) does not move it, so a colleague's change in the
  // meantime is never overwritten without the "changed since you opened it" notice.
  const [baseVersion, setBaseVersion] = useState(employer.version);
  const onReloaded = useCallback((latest: EmployerDetail) => setBaseVersion(latest.version), []);
  const stale = useStaleVersionOf(useReloadEmployer(employer.id), onReloaded);
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<EmployerFormValues>(() => employerFormFrom(employer));
  const [saved, setSaved] = useState(false);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const fieldId = (field: EmployerField) => employerFieldId(ID_PREFIX, field);
  const form = useFormErrors(employerFields(values), fieldId);
  const summaryEntries = useEmployerSummaryEntries(ID_PREFIX, values, form.errors);
  const nameInput = useFocusRequest<HTMLInputElement>();
  const toggle = useFocusRequest<HTMLButtonElement>();
  const result = useFocusRequest<HTMLDivElement>();

  const openForm = () => {
    update.reset();
    stale.clear();
    form.clearAll();
    setOtherErrors([]);
    setSaved(false);
    setValues(employerFormFrom(employer));
    setBaseVersion(employer.version);
    setOpen(true);
    nameInput.focus();
  };

  const closeForm = () => {
    setOpen(false);
    stale.clear();
    form.clearAll();
    toggle.focus();
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    update.reset();
    stale.clear();
    setOtherErrors([]);
    const errors = validateEmployerForm(t, values);
    form.showErrors(errors);
    if (hasFieldErrors(errors)) return;

    update.mutate(
      { version: baseVersion, body: toEmployerInput(values) },
      {
        onSuccess: () => {
          setOpen(false);
          setSaved(true);
          result.focus();
        },
        onError: (error) => {
          if (isStaleVersion(error)) {
            stale.conflict();
            return;
          }
          const mapped = mapEmployerServerErrors(t, error, values);
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
    <VStack gap="space-12" align="start">
      {saved ? (
        <Alert
          variant="success"
          size="small"
          role="status"
          ref={result.ref}
          tabIndex={-1}
          data-testid="employer-saved"
        >
          {t('employers.employer.saved')}
        </Alert>
      ) : null}
      {open ? (
        <section
          className="form-panel form-panel--wide"
          aria-labelledby={HEADING_ID}
          data-testid="edit-employer-form"
        >
          <VStack gap="space-16">
            <Heading level="3" size="small" id={HEADING_ID}>
              {t('employers.employer.editHeading')}
            </Heading>
            <FormErrorSummary ref={form.summaryRef} entries={summaryEntries} />
            <StaleVersionNotice
              stale={stale}
              heading={t('employers.employer.stale.heading')}
              text={t('employers.employer.stale.text')}
            />
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
                  <Button type="submit" loading={update.isPending}>
                    {t('employers.employer.save')}
                  </Button>
                  <Button type="button" variant="tertiary" onClick={closeForm}>
                    {t('common.cancel')}
                  </Button>
                </HStack>
              </VStack>
            </form>
          </VStack>
        </section>
      ) : (
        <Button
          ref={toggle.ref}
          type="button"
          variant="secondary"
          size="small"
          icon={<PencilIcon aria-hidden />}
          onClick={openForm}
          data-testid="edit-employer"
        >
          {t('employers.employer.edit')}
        </Button>
      )}
    </VStack>
  );
}
