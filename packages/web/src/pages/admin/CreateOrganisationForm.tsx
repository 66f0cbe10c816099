import { ORGANISATION_KINDS } from '@ips-bridge/domain';
import { Alert, Button, Heading, Select, TextField, VStack } from '@navikt/ds-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateOrganisation } from '../../api/admin.ts';
import { FormErrorSummary } from '../../components/FormErrorSummary.tsx';
import { hasFieldErrors, mapServerFieldErrors } from '../../forms/fieldErrors.ts';
import {
  EMPTY_ORGANISATION_FORM,
  ORGANISATION_FIELDS,
  type OrganisationField,
  type OrganisationFormValues,
  toNewOrganisation,
  validateOrganisationForm,
} from '../../forms/organisationForm.ts';
import { useFormErrors } from '../../forms/useFormErrors.ts';
import { problemMessage } from '../../i18n/problemMessage.ts';

const fieldId = (field: OrganisationField): string => `organisation-${field}`;

export function CreateOrganisationForm() {
  const { t } = useTranslation();
  const create = useCreateOrganisation();
  const [values, setValues] = useState<OrganisationFormValues>(EMPTY_ORGANISATION_FORM);
  const [created, setCreated] = useState<string | null>(null);
  const form = useFormErrors(ORGANISATION_FIELDS, fieldId);

  const change = (field: OrganisationField) => (event: { target: { value: string } }) => {
    const { value } = event.target;
    setValues((current) => ({ ...current, [field]: value }));
    form.clearField(field);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    create.reset();
    setCreated(null);
    const errors = validateOrganisationForm(t, values);
    form.showErrors(errors);
    if (hasFieldErrors(errors)) return;
    const body = toNewOrganisation(values);
    create.mutate(body, {
      onSuccess: () => {
        setCreated(body.name);
        setValues(EMPTY_ORGANISATION_FORM);
      },
      onError: (error) => form.showErrors(mapServerFieldErrors(t, error, ORGANISATION_FIELDS).fields),
    });
  };

  return (
    <div className="form-panel">
      <VStack gap="space-16">
        <Heading level="3" size="small" id="create-organisation-heading">
          {t('admin.organisations.createHeading')}
        </Heading>
        <FormErrorSummary ref={form.summaryRef} entries={form.summaryEntries} />
        {create.isError && !hasFieldErrors(form.errors) ? (
          <Alert variant="error" role="alert">
            {problemMessage(t, create.error)}
          </Alert>
        ) : null}
        {created ? (
          <Alert variant="success" size="small" role="status">
            {t('admin.organisations.created', { name: created })}
          </Alert>
        ) : null}
        <form onSubmit={submit} noValidate aria-labelledby="create-organisation-heading">
          <VStack gap="space-16">
            <TextField
              id={fieldId('name')}
              label={t('admin.organisations.name')}
              value={values.name}
              onChange={change('name')}
              error={form.errors.name}
              autoComplete="off"
            />
            <Select
              id={fieldId('kind')}
              label={t('admin.organisations.kind')}
              value={values.kind}
              onChange={change('kind')}
              error={form.errors.kind}
            >
              <option value="">{t('admin.organisations.chooseKind')}</option>
              {ORGANISATION_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`organisationKinds.${kind}`)}
                </option>
              ))}
            </Select>
            <TextField
              id={fieldId('region')}
              label={t('admin.organisations.regionOptional')}
              value={values.region}
              onChange={change('region')}
              error={form.errors.region}
              autoComplete="off"
            />
            <div>
              <Button type="submit" variant="secondary" loading={create.isPending}>
                {t('admin.organisations.submit')}
              </Button>
            </div>
          </VStack>
        </form>
      </VStack>
    </div>
  );
}
