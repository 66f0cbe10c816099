import { osloDate } from '@ips-bridge/domain';
import {
  Alert,
  BodyShort,
  Button,
  Heading,
  HStack,
  Loader,
  Radio,
  RadioGroup,
  TextField,
  VStack,
} from '@navikt/ds-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEmployers } from '../../api/employers.ts';
import type { Employer, WorkAndSupport } from '../../api/types.ts';
import { useStartJob } from '../../api/work.ts';
import { DateField } from '../../components/DateField.tsx';
import { FormErrorSummary } from '../../components/FormErrorSummary.tsx';
import { hasFieldErrors } from '../../forms/fieldErrors.ts';
import { useFormErrors } from '../../forms/useFormErrors.ts';
import {
  EMPLOYER_NOT_IN_REGISTER,
  type EmployerMode,
  emptyJobForm,
  JOB_FIELDS,
  type JobField,
  type JobFormValues,
  mapWorkServerErrors,
  toNewJob,
  validateJobForm,
} from '../../forms/workForms.ts';
import { useDebouncedValue } from '../../hooks/useDebouncedValue.ts';
import { useFocusRequest } from '../../hooks/useFocusRequest.ts';
import { problemMessage } from '../../i18n/problemMessage.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';

const HEADING_ID = 'start-job-heading';
const FIELD_IDS: Record<JobField, string> = {
  employerId: 'start-job-employer',
  employerName: 'start-job-employer-name',
  title: 'start-job-title',
  competitive: 'start-job-competitive',
  hoursPerWeek: 'start-job-hours',
  hourlyWage: 'start-job-wage',
  startDate: 'start-job-start',
  foundWithIps: 'start-job-found-with-ips',
};
const fieldId = (field: JobField): string => FIELD_IDS[field];
const MAX_RESULTS = 8;

function RegisterPicker({
  values,
  errors,
  selected,
  onChoose,
  onName,
}: {
  values: JobFormValues;
  errors: Partial<Record<JobField, string>>;
  selected: Employer | null;
  onChoose: (value: string, employer: Employer | null) => void;
  onName: (value: string) => void;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const query = useDebouncedValue(search, 300);
  const results = useEmployers(query);
  const found = results.data ?? [];
  const shown = found.slice(0, MAX_RESULTS);
  const options =
    selected && !shown.some((employer) => employer.id === selected.id) ? [selected, ...shown] : shown;
  const firstId = options[0]?.id ?? EMPLOYER_NOT_IN_REGISTER;

  return (
    <VStack gap="space-16">
      <TextField
        label={t('work.startJob.searchRegister')}
        description={t('work.startJob.searchRegisterDescription')}
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        onKeyDown={(event) => {
          // The results update as one types; Enter here should not submit the whole form.
          if (event.key === 'Enter') event.preventDefault();
        }}
        enterKeyHint="search"
        autoComplete="off"
      />
      <BodyShort size="small" aria-live="polite" textColor="subtle">
        {results.isFetching ? (
          <HStack gap="space-8" align="center" as="span">
            <Loader size="xsmall" title={t('work.startJob.searching')} />
            {t('work.startJob.searching')}
          </HStack>
        ) : (
          t('work.startJob.found', { count: found.length })
        )}
      </BodyShort>
      <RadioGroup
        legend={t('work.startJob.employer')}
        value={values.employerId}
        onChange={(value: string) =>
          onChoose(value, options.find((employer) => employer.id === value) ?? null)
        }
        error={errors.employerId}
      >
        {options.map((employer) => (
          <Radio
            key={employer.id}
            value={employer.id}
            id={employer.id === firstId ? FIELD_IDS.employerId : undefined}
            description={
              employer.organisationNumber
                ? t('work.startJob.organisationNumber', { number: employer.organisationNumber })
                : undefined
            }
          >
            {employer.name}
          </Radio>
        ))}
        <Radio
          value={EMPLOYER_NOT_IN_REGISTER}
          id={firstId === EMPLOYER_NOT_IN_REGISTER ? FIELD_IDS.employerId : undefined}
        >
          {t('work.startJob.notInRegister')}
        </Radio>
      </RadioGroup>
      {values.employerId === EMPLOYER_NOT_IN_REGISTER ? (
        <TextField
          id={FIELD_IDS.employerName}
          label={t('work.startJob.employerName')}
          autoComplete="off"
          value={values.employerName}
          onChange={(event) => onName(event.target.value)}
          error={errors.employerName}
        />
      ) : null}
    </VStack>
  );
}

interface StartJobFormProps {
  participantId: string;
  /** Whether the user may read the team's employer register (specialists and supervisors). */
  canUseRegister: boolean;
  onSaved: (overview: WorkAndSupport, job: { title: string; employer: string; startDate: string }) => void;
  onCancel: () => void;
}

interface RegisterState {
  /** The register has employers to choose from. */
  available: boolean;
  pending: boolean;
}

function StartJobWithRegister(props: StartJobFormProps) {
  const all = useEmployers('');
  return (
    <StartJobFields
      {...props}
      register={{ available: (all.data?.length ?? 0) > 0, pending: all.isPending }}
    />
  );
}

/**
 * Records a job start. Specialists and supervisors pick the employer from the team's register (or type it when it
 * is not there); others, who may not read the register, type the name. A job that has started moves the
 * participant to "working".
 */
export function StartJobForm(props: StartJobFormProps) {
  return props.canUseRegister ? (
    <StartJobWithRegister {...props} />
  ) : (
    <StartJobFields {...props} register={{ available: false, pending: false }} />
  );
}

function StartJobFields({
  participantId,
  canUseRegister,
  onSaved,
  onCancel,
  register,
}: StartJobFormProps & { register: RegisterState }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const startJob = useStartJob(participantId);
  const [today] = useState(() => osloDate(new Date()));
  const [values, setValues] = useState<JobFormValues>(() => emptyJobForm(today));
  const [selected, setSelected] = useState<Employer | null>(null);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const mode: EmployerMode = register.available ? 'register' : 'name';
  const form = useFormErrors(JOB_FIELDS, fieldId);
  const heading = useFocusRequest<HTMLHeadingElement>();
  const result = useFocusRequest<HTMLDivElement>();
  const focusHeading = heading.focus;
  useEffect(() => focusHeading(), [focusHeading]);

  const set = (field: JobField, value: string) => {
    setValues((before) => ({ ...before, [field]: value }));
    form.clearField(field);
  };
  const edit = (field: JobField) => (event: { target: { value: string } }) => set(field, event.target.value);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    startJob.reset();
    setOtherErrors([]);
    const errors = validateJobForm(t, values, mode);
    form.showErrors(errors);
    if (hasFieldErrors(errors)) return;
    const body = toNewJob(values, mode);
    const employer = body.employerName ?? selected?.name ?? '';
    startJob.mutate(body, {
      onSuccess: (overview) => onSaved(overview, { title: body.title, employer, startDate: body.startDate }),
      onError: (error) => {
        const mapped = mapWorkServerErrors(t, error, JOB_FIELDS, language);
        setOtherErrors(mapped.other);
        form.showErrors(mapped.fields);
        if (!hasFieldErrors(mapped.fields)) result.focus();
      },
    });
  };

  const serverProblem =
    startJob.isError && !hasFieldErrors(form.errors) && otherErrors.length === 0
      ? problemMessage(t, startJob.error)
      : null;

  const yesNo = (field: 'competitive' | 'foundWithIps', legend: string, description: string) => (
    <RadioGroup
      legend={legend}
      description={description}
      value={values[field]}
      onChange={(value: string) => set(field, value)}
      error={form.errors[field]}
    >
      <HStack gap="space-24" wrap>
        <Radio value="yes" id={FIELD_IDS[field]}>
          {t('work.yes')}
        </Radio>
        <Radio value="no">{t('work.no')}</Radio>
      </HStack>
    </RadioGroup>
  );

  return (
    <section className="form-panel" aria-labelledby={HEADING_ID} data-testid="start-job-form">
      <VStack gap="space-16">
        <Heading
          level="4"
          size="small"
          id={HEADING_ID}
          ref={heading.ref}
          tabIndex={-1}
          className="focus-heading"
        >
          {t('work.startJob.heading')}
        </Heading>
        <FormErrorSummary ref={form.summaryRef} entries={form.summaryEntries} />
        {serverProblem || otherErrors.length > 0 ? (
          <Alert variant="error" role="alert" ref={result.ref} tabIndex={-1}>
            {[serverProblem, ...otherErrors].filter(Boolean).join(' ')}
          </Alert>
        ) : null}
        <form onSubmit={submit} noValidate aria-labelledby={HEADING_ID}>
          <VStack gap="space-20">
            {register.pending ? (
              <LoaderLine label={t('work.startJob.loadingRegister')} />
            ) : mode === 'register' ? (
              <RegisterPicker
                values={values}
                errors={form.errors}
                selected={selected}
                onChoose={(value, employer) => {
                  set('employerId', value);
                  setSelected(employer);
                  form.clearField('employerName');
                }}
                onName={(value) => set('employerName', value)}
              />
            ) : (
              <TextField
                id={FIELD_IDS.employerName}
                label={t('work.startJob.employer')}
                description={canUseRegister ? t('work.startJob.registerEmpty') : undefined}
                autoComplete="off"
                value={values.employerName}
                onChange={edit('employerName')}
                error={form.errors.employerName}
              />
            )}
            <TextField
              id={FIELD_IDS.title}
              label={t('work.startJob.title')}
              autoComplete="off"
              value={values.title}
              onChange={edit('title')}
              error={form.errors.title}
            />
            {yesNo('competitive', t('work.startJob.competitive'), t('work.startJob.competitiveDescription'))}
            <HStack gap="space-16" wrap>
              <TextField
                id={FIELD_IDS.hoursPerWeek}
                label={t('work.startJob.hoursPerWeek')}
                inputMode="decimal"
                htmlSize={8}
                autoComplete="off"
                value={values.hoursPerWeek}
                onChange={edit('hoursPerWeek')}
                error={form.errors.hoursPerWeek}
              />
              <TextField
                id={FIELD_IDS.hourlyWage}
                label={t('work.startJob.hourlyWage')}
                description={t('work.startJob.hourlyWageDescription')}
                inputMode="decimal"
                htmlSize={10}
                autoComplete="off"
                value={values.hourlyWage}
                onChange={edit('hourlyWage')}
                error={form.errors.hourlyWage}
              />
            </HStack>
            <DateField
              id={FIELD_IDS.startDate}
              label={t('work.startJob.startDate')}
              description={t('work.startJob.startDateDescription')}
              htmlSize={14}
              value={values.startDate}
              onChange={edit('startDate')}
              error={form.errors.startDate}
            />
            {yesNo(
              'foundWithIps',
              t('work.startJob.foundWithIps'),
              t('work.startJob.foundWithIpsDescription'),
            )}
            <HStack gap="space-12" wrap>
              <Button type="submit" size="small" loading={startJob.isPending}>
                {t('work.startJob.submit')}
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

function LoaderLine({ label }: { label: string }) {
  return (
    <HStack gap="space-8" align="center" role="status">
      <Loader size="small" title={label} />
      <BodyShort size="small">{label}</BodyShort>
    </HStack>
  );
}
