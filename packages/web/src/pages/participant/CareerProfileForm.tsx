import { PlusIcon, TrashIcon } from '@navikt/aksel-icons';
import {
  Alert,
  BodyLong,
  Box,
  Button,
  Checkbox,
  Fieldset,
  Heading,
  HStack,
  Radio,
  RadioGroup,
  Select,
  Textarea,
  TextField,
  VStack,
} from '@navikt/ds-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReloadCareerProfile, useSaveCareerProfile } from '../../api/careerProfile.ts';
import type { CareerProfile } from '../../api/types.ts';
import { FormErrorSummary } from '../../components/FormErrorSummary.tsx';
import {
  addTag,
  type CareerProfileField,
  type CareerProfileFormValues,
  careerProfileFieldId,
  careerProfileFieldOrder,
  careerProfileFormFrom,
  EDUCATION_LEVELS,
  type EducationRowValues,
  educationField,
  emptyCareerProfileForm,
  emptyEducationRow,
  emptyWorkRow,
  MAX_EDUCATION_ROWS,
  MAX_WORK_ROWS,
  mapCareerProfileServerErrors,
  PROFILE_REASONS,
  type TagList,
  tagProblemMessage,
  toCareerProfileInput,
  validateCareerProfileForm,
  type WorkRowValues,
  withDraftsAdded,
  workField,
} from '../../forms/careerProfileForm.ts';
import { hasFieldErrors } from '../../forms/fieldErrors.ts';
import { useFormErrors } from '../../forms/useFormErrors.ts';
import { useFocusById } from '../../hooks/useFocusById.ts';
import { useFocusRequest } from '../../hooks/useFocusRequest.ts';
import { problemMessage } from '../../i18n/problemMessage.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { HealthBox } from './CareerProfileView.tsx';
import { StaleVersionNotice } from './StaleVersionNotice.tsx';
import { isStaleVersion, useStaleVersionOf } from './staleVersion.ts';
import { TagListField } from './TagListField.tsx';

const HEADING_ID = 'career-profile-form-heading';
const ADD_WORK_ID = careerProfileFieldId('workHistory');
const ADD_EDUCATION_ID = careerProfileFieldId('education');
const id = careerProfileFieldId;

interface RowProps<R> {
  row: R;
  index: number;
  errors: Partial<Record<CareerProfileField, string>>;
  onChange: (key: string, patch: Partial<R>) => void;
  onRemove: (key: string) => void;
}

function WorkRow({ row, index, errors, onChange, onRemove }: RowProps<WorkRowValues>) {
  const { t } = useTranslation();
  const field = (name: Parameters<typeof workField>[1]) => workField(row.key, name);
  const text = (name: 'employer' | 'title' | 'from' | 'to' | 'wentWell' | 'wasHard') => ({
    id: id(field(name)),
    value: row[name],
    error: errors[field(name)],
    onChange: (event: { target: { value: string } }) => onChange(row.key, { [name]: event.target.value }),
  });
  const number = index + 1;
  return (
    <li>
      <Box padding="space-16" borderWidth="1" borderColor="neutral-subtle" borderRadius="8">
        <Fieldset legend={t('careerProfile.form.jobLegend', { number })} data-testid="work-history-row">
          <VStack gap="space-16">
            <TextField label={t('careerProfile.fields.employer')} autoComplete="off" {...text('employer')} />
            <TextField label={t('careerProfile.fields.title')} autoComplete="off" {...text('title')} />
            <HStack gap="space-16" wrap>
              <TextField
                label={t('careerProfile.fields.from')}
                description={t('careerProfile.form.monthDescription')}
                htmlSize={10}
                autoComplete="off"
                {...text('from')}
              />
              <TextField
                label={t('careerProfile.fields.to')}
                description={t('careerProfile.form.toDescription')}
                htmlSize={10}
                autoComplete="off"
                {...text('to')}
              />
            </HStack>
            <Textarea label={t('careerProfile.fields.wentWell')} minRows={2} {...text('wentWell')} />
            <Textarea label={t('careerProfile.fields.wasHard')} minRows={2} {...text('wasHard')} />
            <div>
              <Button
                type="button"
                variant="tertiary"
                size="small"
                icon={<TrashIcon aria-hidden />}
                onClick={() => onRemove(row.key)}
              >
                {t('careerProfile.form.removeJob', { number })}
              </Button>
            </div>
          </VStack>
        </Fieldset>
      </Box>
    </li>
  );
}

function EducationRow({ row, index, errors, onChange, onRemove }: RowProps<EducationRowValues>) {
  const { t } = useTranslation();
  const field = (name: Parameters<typeof educationField>[1]) => educationField(row.key, name);
  const text = (name: 'subject' | 'institution' | 'year' | 'level') => ({
    id: id(field(name)),
    value: row[name],
    error: errors[field(name)],
    onChange: (event: { target: { value: string } }) => onChange(row.key, { [name]: event.target.value }),
  });
  const number = index + 1;
  return (
    <li>
      <Box padding="space-16" borderWidth="1" borderColor="neutral-subtle" borderRadius="8">
        <Fieldset legend={t('careerProfile.form.educationLegend', { number })} data-testid="education-row">
          <VStack gap="space-16">
            <TextField
              label={t('careerProfile.fields.subject')}
              description={t('careerProfile.form.subjectDescription')}
              autoComplete="off"
              {...text('subject')}
            />
            <Select label={t('careerProfile.fields.level')} {...text('level')}>
              <option value="">{t('careerProfile.form.chooseLevel')}</option>
              {EDUCATION_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {t(`careerProfile.levels.${level}`)}
                </option>
              ))}
            </Select>
            <TextField
              label={t('careerProfile.form.institutionOptional')}
              autoComplete="off"
              {...text('institution')}
            />
            <Checkbox
              id={id(field('completed'))}
              checked={row.completed}
              onChange={(event) => onChange(row.key, { completed: event.target.checked })}
            >
              {t('careerProfile.fields.completed')}
            </Checkbox>
            <TextField
              label={t('careerProfile.form.yearOptional')}
              description={t('careerProfile.form.yearDescription')}
              inputMode="numeric"
              htmlSize={6}
              autoComplete="off"
              {...text('year')}
            />
            <div>
              <Button
                type="button"
                variant="tertiary"
                size="small"
                icon={<TrashIcon aria-hidden />}
                onClick={() => onRemove(row.key)}
              >
                {t('careerProfile.form.removeEducation', { number })}
              </Button>
            </div>
          </VStack>
        </Fieldset>
      </Box>
    </li>
  );
}

/**
 * Writes the career profile, or a new version of it. The form starts from the version the user opened, and saves
 * with that version (If-Match), so a change someone else saved in the meantime is never overwritten unseen.
 */
export function CareerProfileForm({
  participantId,
  profile,
  onSaved,
  onCancel,
}: {
  participantId: string;
  profile: CareerProfile;
  onSaved: (profile: CareerProfile) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const save = useSaveCareerProfile(participantId);
  const [baseVersion, setBaseVersion] = useState(profile.version);
  const stale = useStaleVersionOf(useReloadCareerProfile(participantId), (latest) =>
    setBaseVersion(latest.version),
  );
  const [values, setValues] = useState<CareerProfileFormValues>(() =>
    profile.content
      ? careerProfileFormFrom(profile.content, profile.health, language)
      : emptyCareerProfileForm(),
  );
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const form = useFormErrors(careerProfileFieldOrder(values), careerProfileFieldId);
  const result = useFocusRequest<HTMLDivElement>();
  const heading = useFocusRequest<HTMLHeadingElement>();
  const focusById = useFocusById();
  const isFirstVersion = baseVersion === 0;

  // Focus goes to the form's heading when it opens, so the user lands at its start.
  const focusHeading = heading.focus;
  useEffect(() => focusHeading(), [focusHeading]);

  const set = <K extends keyof CareerProfileFormValues>(field: K, value: CareerProfileFormValues[K]) => {
    setValues((before) => ({ ...before, [field]: value }));
    form.clearField(field);
  };

  const changeWork = (key: string, patch: Partial<WorkRowValues>) => {
    setValues((before) => ({
      ...before,
      workHistory: before.workHistory.map((row) => (row.key === key ? { ...row, ...patch } : row)),
    }));
    for (const name of Object.keys(patch)) form.clearField(`work.${key}.${name}`);
  };

  const changeEducation = (key: string, patch: Partial<EducationRowValues>) => {
    setValues((before) => ({
      ...before,
      education: before.education.map((row) => (row.key === key ? { ...row, ...patch } : row)),
    }));
    for (const name of Object.keys(patch)) form.clearField(`education.${key}.${name}`);
  };

  const addWork = () => {
    const row = emptyWorkRow();
    setValues((before) => ({ ...before, workHistory: [...before.workHistory, row] }));
    form.clearField('workHistory');
    focusById(id(workField(row.key, 'employer')));
  };

  const addEducation = () => {
    const row = emptyEducationRow();
    setValues((before) => ({ ...before, education: [...before.education, row] }));
    form.clearField('education');
    focusById(id(educationField(row.key, 'subject')));
  };

  const removeWork = (key: string) => {
    setValues((before) => ({ ...before, workHistory: before.workHistory.filter((row) => row.key !== key) }));
    focusById(ADD_WORK_ID);
  };

  const removeEducation = (key: string) => {
    setValues((before) => ({ ...before, education: before.education.filter((row) => row.key !== key) }));
    focusById(ADD_EDUCATION_ID);
  };

  const tagProps = (list: TagList) => {
    const draft = list === 'jobTypes' ? 'jobTypesDraft' : 'placesDraft';
    return {
      id: id(list),
      values: values[list],
      draft: values[draft],
      error: form.errors[list],
      onDraftChange: (value: string) => set(draft, value),
      onAdd: () => {
        const added = addTag(values[list], values[draft]);
        if (added.problem) return tagProblemMessage(t, added.problem);
        setValues((before) => ({ ...before, [list]: added.list, [draft]: '' }));
        form.clearField(list);
        return undefined;
      },
      onRemove: (index: number) => {
        setValues((before) => ({ ...before, [list]: before[list].filter((_, i) => i !== index) }));
        form.clearField(list);
      },
    };
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.reset();
    stale.clear();
    setOtherErrors([]);
    const errors = validateCareerProfileForm(t, values);
    form.showErrors(errors);
    if (hasFieldErrors(errors)) return;
    const body = toCareerProfileInput(values);
    // What was still typed in the job-type and place fields is saved too; show it in the lists.
    setValues(withDraftsAdded(values).values);
    save.mutate(
      { version: baseVersion, body },
      {
        onSuccess: onSaved,
        onError: (error) => {
          if (isStaleVersion(error)) {
            stale.conflict();
            return;
          }
          const mapped = mapCareerProfileServerErrors(t, error, values);
          setOtherErrors(mapped.other);
          form.showErrors(mapped.fields);
          if (!hasFieldErrors(mapped.fields)) result.focus();
        },
      },
    );
  };

  const serverProblem =
    save.isError && !isStaleVersion(save.error) && !hasFieldErrors(form.errors)
      ? problemMessage(t, save.error)
      : null;

  const textarea = (
    field:
      | 'conditions'
      | 'strengths'
      | 'whatHelps'
      | 'whatGetsInTheWay'
      | 'earlyWarningSigns'
      | 'copingStrategies',
    description?: string,
  ) => (
    <Textarea
      id={id(field)}
      label={t(`careerProfile.fields.${field}`)}
      description={description}
      minRows={3}
      value={values[field]}
      onChange={(event) => set(field, event.target.value)}
      error={form.errors[field]}
    />
  );

  return (
    <section
      className="form-panel form-panel--wide"
      aria-labelledby={HEADING_ID}
      data-testid="career-profile-form"
    >
      <VStack gap="space-24">
        <VStack gap="space-4">
          <Heading
            level="3"
            size="small"
            id={HEADING_ID}
            ref={heading.ref}
            tabIndex={-1}
            className="focus-heading"
          >
            {isFirstVersion ? t('careerProfile.form.headingNew') : t('careerProfile.form.headingEdit')}
          </Heading>
          <BodyLong size="small">{t('careerProfile.form.intro')}</BodyLong>
        </VStack>
        <FormErrorSummary ref={form.summaryRef} entries={form.summaryEntries} />
        <StaleVersionNotice
          stale={stale}
          heading={t('careerProfile.stale.heading')}
          text={t('careerProfile.stale.text')}
        />
        {serverProblem || otherErrors.length > 0 ? (
          <Alert variant="error" role="alert" ref={result.ref} tabIndex={-1}>
            {[serverProblem, ...otherErrors].filter(Boolean).join(' ')}
          </Alert>
        ) : null}
        <form onSubmit={submit} noValidate aria-labelledby={HEADING_ID}>
          <VStack gap="space-32">
            <Fieldset
              legend={t('careerProfile.sections.workHistory')}
              description={t('careerProfile.form.workHistoryDescription')}
            >
              <VStack gap="space-16">
                {values.workHistory.length > 0 ? (
                  <ul className="card-list">
                    {values.workHistory.map((row, index) => (
                      <WorkRow
                        key={row.key}
                        row={row}
                        index={index}
                        errors={form.errors}
                        onChange={changeWork}
                        onRemove={removeWork}
                      />
                    ))}
                  </ul>
                ) : null}
                <div>
                  <Button
                    id={ADD_WORK_ID}
                    type="button"
                    variant="secondary"
                    size="small"
                    icon={<PlusIcon aria-hidden />}
                    onClick={addWork}
                    disabled={values.workHistory.length >= MAX_WORK_ROWS}
                  >
                    {t('careerProfile.form.addJob')}
                  </Button>
                </div>
              </VStack>
            </Fieldset>

            <Fieldset legend={t('careerProfile.sections.education')}>
              <VStack gap="space-16">
                {values.education.length > 0 ? (
                  <ul className="card-list">
                    {values.education.map((row, index) => (
                      <EducationRow
                        key={row.key}
                        row={row}
                        index={index}
                        errors={form.errors}
                        onChange={changeEducation}
                        onRemove={removeEducation}
                      />
                    ))}
                  </ul>
                ) : null}
                <div>
                  <Button
                    id={ADD_EDUCATION_ID}
                    type="button"
                    variant="secondary"
                    size="small"
                    icon={<PlusIcon aria-hidden />}
                    onClick={addEducation}
                    disabled={values.education.length >= MAX_EDUCATION_ROWS}
                  >
                    {t('careerProfile.form.addEducation')}
                  </Button>
                </div>
              </VStack>
            </Fieldset>

            <Fieldset
              legend={t('careerProfile.sections.preferences')}
              description={t('careerProfile.form.preferencesDescription')}
            >
              <VStack gap="space-20">
                <TagListField
                  label={t('careerProfile.fields.jobTypes')}
                  description={t('careerProfile.form.jobTypesDescription')}
                  addLabel={t('careerProfile.form.addJobType')}
                  listLabel={t('careerProfile.form.jobTypesAdded')}
                  {...tagProps('jobTypes')}
                />
                <HStack gap="space-16" wrap>
                  <TextField
                    id={id('hoursMin')}
                    label={t('careerProfile.fields.hoursMin')}
                    inputMode="decimal"
                    htmlSize={6}
                    autoComplete="off"
                    value={values.hoursMin}
                    onChange={(event) => set('hoursMin', event.target.value)}
                    error={form.errors.hoursMin}
                  />
                  <TextField
                    id={id('hoursMax')}
                    label={t('careerProfile.fields.hoursMax')}
                    inputMode="decimal"
                    htmlSize={6}
                    autoComplete="off"
                    value={values.hoursMax}
                    onChange={(event) => set('hoursMax', event.target.value)}
                    error={form.errors.hoursMax}
                  />
                </HStack>
                <TagListField
                  label={t('careerProfile.fields.places')}
                  description={t('careerProfile.form.placesDescription')}
                  addLabel={t('careerProfile.form.addPlace')}
                  listLabel={t('careerProfile.form.placesAdded')}
                  {...tagProps('places')}
                />
                {textarea('conditions', t('careerProfile.form.conditionsDescription'))}
              </VStack>
            </Fieldset>

            <Fieldset legend={t('careerProfile.sections.aboutThePerson')}>
              <VStack gap="space-20">
                {textarea('strengths', t('careerProfile.form.strengthsDescription'))}
                {textarea('whatHelps', t('careerProfile.form.whatHelpsDescription'))}
                {textarea('whatGetsInTheWay', t('careerProfile.form.whatGetsInTheWayDescription'))}
              </VStack>
            </Fieldset>

            <HealthBox headingId="career-profile-form-health-heading" level="4">
              {profile.healthWithheld ? (
                <BodyLong data-testid="career-profile-health-withheld">
                  {t('careerProfile.health.withheld')}
                </BodyLong>
              ) : (
                <VStack gap="space-20">
                  {textarea('earlyWarningSigns', t('careerProfile.form.earlyWarningSignsDescription'))}
                  {textarea('copingStrategies', t('careerProfile.form.copingStrategiesDescription'))}
                </VStack>
              )}
            </HealthBox>

            {isFirstVersion ? null : (
              <RadioGroup
                legend={t('careerProfile.form.reason')}
                value={values.reason}
                onChange={(value: CareerProfileFormValues['reason']) => set('reason', value)}
              >
                {PROFILE_REASONS.map((reason) => (
                  <Radio key={reason} value={reason}>
                    {t(`careerProfile.reasons.${reason}`)}
                  </Radio>
                ))}
              </RadioGroup>
            )}

            <HStack gap="space-12" wrap>
              <Button type="submit" loading={save.isPending}>
                {t('careerProfile.form.submit')}
              </Button>
              <Button type="button" variant="tertiary" onClick={onCancel}>
                {t('common.cancel')}
              </Button>
            </HStack>
          </VStack>
        </form>
      </VStack>
    </section>
  );
}
