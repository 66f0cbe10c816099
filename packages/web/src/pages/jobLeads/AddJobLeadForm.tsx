import { PlusIcon } from '@navikt/aksel-icons';
import {
  Alert,
  BodyShort,
  Button,
  Heading,
  HStack,
  Link,
  Select,
  Textarea,
  TextField,
  VStack,
} from '@navikt/ds-react';
import { type FormEvent, type ReactNode, type Ref, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useEmployers } from '../../api/employers.ts';
import { type JobLead, useCreateJobLead } from '../../api/jobLeads.ts';
import { FormErrorSummary } from '../../components/FormErrorSummary.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { hasFieldErrors } from '../../forms/fieldErrors.ts';
import {
  emptyJobLeadForm,
  JOB_LEAD_FIELDS,
  JOB_LEAD_MAX_LENGTH,
  type JobLeadField,
  type JobLeadFormValues,
  mapJobLeadServerErrors,
  toJobLeadInput,
  validateJobLeadForm,
} from '../../forms/jobLeadForm.ts';
import { useFormErrors } from '../../forms/useFormErrors.ts';
import { useFocusRequest } from '../../hooks/useFocusRequest.ts';
import { problemMessage } from '../../i18n/problemMessage.ts';

const HEADING_ID = 'add-job-lead-heading';
const fieldId = (field: JobLeadField): string => `new-job-lead-${field}`;

/** The employers one can choose: the team's register, by name. */
function EmployerSelect({
  employers,
  selectRef,
  value,
  onChange,
  error,
}: {
  employers: ReturnType<typeof useEmployers>;
  selectRef: Ref<HTMLSelectElement>;
  value: string;
  onChange: (employerId: string) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  if (employers.isPending) return <LoadingState label={t('jobLeads.form.employersLoading')} />;
  if (employers.isError) {
    return (
      <Alert variant="warning" size="small">
        <VStack gap="space-8" align="start">
          <BodyShort>{t('jobLeads.form.employersLoadError')}</BodyShort>
          <Button
            type="button"
            variant="secondary"
            size="small"
            loading={employers.isFetching}
            onClick={() => void employers.refetch()}
          >
            {t('common.retry')}
          </Button>
        </VStack>
      </Alert>
    );
  }
  return (
    <Select
      ref={selectRef}
      id={fieldId('employerId')}
      name="employerId"
      label={t('jobLeads.form.employer')}
      description={
        employers.data.length === 0 ? (
          <>
            {t('jobLeads.form.noEmployers')}{' '}
            <Link as={RouterLink} to="/employers">
              {t('jobLeads.employersLink')}
            </Link>
          </>
        ) : (
          t('jobLeads.form.employerDescription')
        )
      }
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error}
    >
      <option value="">{t('jobLeads.form.chooseEmployer')}</option>
      {employers.data.map((employer) => (
        <option key={employer.id} value={employer.id}>
          {employer.name}
        </option>
      ))}
    </Select>
  );
}

/**
 * "Add job lead": a button that opens the form (focus to its first field, and back to the button when it closes).
 * After saving, the form closes and a message says how many of the caller's participants the lead fits; the new
 * lead is at the top of the list. `employerId` chooses the employer in advance, e.g. on the employer's page.
 */
export function AddJobLeadForm({
  employerId = '',
  onCreated,
}: {
  employerId?: string;
  onCreated?: (lead: JobLead) => void;
}) {
  const { t } = useTranslation();
  const create = useCreateJobLead();
  // Fetched with the page, so the register is there by the time the form opens and its first field takes focus.
  const employers = useEmployers('');
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<JobLeadFormValues>(() => emptyJobLeadForm(employerId));
  const [saved, setSaved] = useState<JobLead | null>(null);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const form = useFormErrors(JOB_LEAD_FIELDS, fieldId);
  const firstField = useFocusRequest<HTMLSelectElement>();
  const toggle = useFocusRequest<HTMLButtonElement>();
  const result = useFocusRequest<HTMLDivElement>();

  const set = (field: JobLeadField, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    form.clearField(field);
  };

  const openForm = () => {
    create.reset();
    form.clearAll();
    setOtherErrors([]);
    setSaved(null);
    setValues(emptyJobLeadForm(employerId));
    setOpen(true);
    firstField.focus();
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
    const errors = validateJobLeadForm(t, values);
    form.showErrors(errors);
    if (hasFieldErrors(errors)) return;

    create.mutate(toJobLeadInput(values), {
      onSuccess: (lead) => {
        setSaved(lead);
        setOpen(false);
        form.clearAll();
        result.focus();
        onCreated?.(lead);
      },
      onError: (error) => {
        const mapped = mapJobLeadServerErrors(t, error);
        setOtherErrors(mapped.other);
        form.showErrors(mapped.fields);
        if (!hasFieldErrors(mapped.fields)) result.focus();
      },
    });
  };

  const serverProblem =
    create.isError && !hasFieldErrors(form.errors) ? problemMessage(t, create.error) : null;

  let savedMessage: ReactNode = null;
  if (saved) {
    savedMessage = (
      <Alert
        variant="success"
        size="small"
        role="status"
        ref={result.ref}
        tabIndex={-1}
        data-testid="job-lead-saved"
      >
        {saved.matches.length === 0
          ? t('jobLeads.form.savedNoMatches', { title: saved.title })
          : t('jobLeads.form.saved', { title: saved.title, count: saved.matches.length })}
      </Alert>
    );
  }

  if (!open) {
    return (
      <VStack gap="space-12" align="start">
        {savedMessage}
        <Button
          ref={toggle.ref}
          type="button"
          icon={<PlusIcon aria-hidden />}
          onClick={openForm}
          data-testid="add-job-lead"
        >
          {t('jobLeads.form.add')}
        </Button>
      </VStack>
    );
  }

  return (
    <section className="form-panel" aria-labelledby={HEADING_ID} data-testid="add-job-lead-form">
      <VStack gap="space-16">
        <VStack gap="space-4">
          <Heading level="2" size="small" id={HEADING_ID}>
            {t('jobLeads.form.heading')}
          </Heading>
          <BodyShort size="small">{t('jobLeads.form.intro')}</BodyShort>
        </VStack>
        <FormErrorSummary ref={form.summaryRef} entries={form.summaryEntries} />
        {serverProblem || otherErrors.length > 0 ? (
          <Alert variant="error" role="alert" ref={result.ref} tabIndex={-1}>
            {[serverProblem, ...otherErrors].filter(Boolean).join(' ')}
          </Alert>
        ) : null}
        <form onSubmit={submit} noValidate aria-labelledby={HEADING_ID}>
          <VStack gap="space-20">
            <EmployerSelect
              employers={employers}
              selectRef={firstField.ref}
              value={values.employerId}
              onChange={(id) => set('employerId', id)}
              error={form.errors.employerId}
            />
            <TextField
              id={fieldId('title')}
              name="title"
              label={t('jobLeads.form.title')}
              description={t('jobLeads.form.titleDescription')}
              autoComplete="off"
              value={values.title}
              onChange={(event) => set('title', event.target.value)}
              error={form.errors.title}
            />
            <TextField
              id={fieldId('jobType')}
              name="jobType"
              label={t('jobLeads.form.jobType')}
              description={t('jobLeads.form.jobTypeDescription')}
              autoComplete="off"
              value={values.jobType}
              onChange={(event) => set('jobType', event.target.value)}
              error={form.errors.jobType}
            />
            <TextField
              id={fieldId('place')}
              name="place"
              label={t('jobLeads.form.place')}
              description={t('jobLeads.form.placeDescription')}
              autoComplete="off"
              value={values.place}
              onChange={(event) => set('place', event.target.value)}
              error={form.errors.place}
            />
            <TextField
              id={fieldId('hoursPerWeek')}
              name="hoursPerWeek"
              label={t('jobLeads.form.hours')}
              description={t('jobLeads.form.hoursDescription')}
              inputMode="decimal"
              autoComplete="off"
              htmlSize={8}
              value={values.hoursPerWeek}
              onChange={(event) => set('hoursPerWeek', event.target.value)}
              error={form.errors.hoursPerWeek}
            />
            <Textarea
              id={fieldId('description')}
              name="description"
              label={t('jobLeads.form.description')}
              minRows={3}
              maxLength={JOB_LEAD_MAX_LENGTH.description}
              value={values.description}
              onChange={(event) => set('description', event.target.value)}
              error={form.errors.description}
            />
            <HStack gap="space-16" wrap>
              <Button type="submit" loading={create.isPending}>
                {t('jobLeads.form.submit')}
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
