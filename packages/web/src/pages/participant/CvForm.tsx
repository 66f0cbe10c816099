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
  Textarea,
  TextField,
  VStack,
} from '@navikt/ds-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CvResponse, useReloadCv, useSaveCv } from '../../api/cv.ts';
import { FormErrorSummary } from '../../components/FormErrorSummary.tsx';
import {
  addInterest,
  CV_LIMITS,
  type CvField,
  type CvFormValues,
  cvFieldId,
  cvFieldOrder,
  cvFormFrom,
  type EducationRowValues,
  type ExperienceRowValues,
  educationField,
  emptyEducationRow,
  emptyExperienceRow,
  experienceField,
  interestProblemMessage,
  mapCvServerErrors,
  toCvContent,
  validateCvForm,
  withInterestDraftAdded,
} from '../../forms/cvForm.ts';
import { hasFieldErrors } from '../../forms/fieldErrors.ts';
import { useFormErrors } from '../../forms/useFormErrors.ts';
import { useFocusById } from '../../hooks/useFocusById.ts';
import { useFocusRequest } from '../../hooks/useFocusRequest.ts';
import { problemMessage } from '../../i18n/problemMessage.ts';
import { StaleVersionNotice } from './StaleVersionNotice.tsx';
import { isStaleVersion, useStaleVersionOf } from './staleVersion.ts';
import { TagListField } from './TagListField.tsx';

const HEADING_ID = 'cv-form-heading';
const ADD_EXPERIENCE_ID = cvFieldId('experience');
const ADD_EDUCATION_ID = cvFieldId('education');
const id = cvFieldId;

interface RowProps<R> {
  row: R;
  index: number;
  errors: Partial<Record<CvField, string>>;
  onChange: (key: string, patch: Partial<R>) => void;
  onRemove: (key: string) => void;
}

function ExperienceRow({ row, index, errors, onChange, onRemove }: RowProps<ExperienceRowValues>) {
  const { t } = useTranslation();
  const text = (name: 'title' | 'employer' | 'from' | 'to' | 'description') => ({
    id: id(experienceField(row.key, name)),
    value: row[name],
    error: errors[experienceField(row.key, name)],
    onChange: (event: { target: { value: string } }) => onChange(row.key, { [name]: event.target.value }),
  });
  const number = index + 1;
  return (
    <li>
      <Box padding="space-16" borderWidth="1" borderColor="neutral-subtle" borderRadius="8">
        <Fieldset legend={t('cv.form.experienceRow', { number })} data-testid="cv-experience-row">
          <VStack gap="space-16">
            <TextField label={t('cv.form.title')} autoComplete="off" {...text('title')} />
            <TextField label={t('cv.form.employer')} autoComplete="off" {...text('employer')} />
            <HStack gap="space-16" wrap>
              <TextField
                label={t('cv.form.from')}
                description={t('cv.form.monthDescription')}
                htmlSize={10}
                autoComplete="off"
                {...text('from')}
              />
              <TextField
                label={t('cv.form.to')}
                description={t('cv.form.toDescription')}
                htmlSize={10}
                autoComplete="off"
                {...text('to')}
              />
            </HStack>
            <Textarea
              label={t('cv.form.description')}
              description={t('cv.form.descriptionDescription')}
              minRows={2}
              maxLength={CV_LIMITS.description}
              {...text('description')}
            />
            <div>
              <Button
                type="button"
                variant="tertiary"
                size="small"
                icon={<TrashIcon aria-hidden />}
                onClick={() => onRemove(row.key)}
              >
                {t('cv.form.removeExperience', { number })}
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
  const text = (name: 'subject' | 'institution' | 'year') => ({
    id: id(educationField(row.key, name)),
    value: row[name],
    error: errors[educationField(row.key, name)],
    onChange: (event: { target: { value: string } }) => onChange(row.key, { [name]: event.target.value }),
  });
  const number = index + 1;
  return (
    <li>
      <Box padding="space-16" borderWidth="1" borderColor="neutral-subtle" borderRadius="8">
        <Fieldset legend={t('cv.form.educationRow', { number })} data-testid="cv-education-row">
          <VStack gap="space-16">
            <TextField label={t('cv.form.subject')} autoComplete="off" {...text('subject')} />
            <TextField label={t('cv.form.institution')} autoComplete="off" {...text('institution')} />
            <TextField
              label={t('cv.form.year')}
              description={t('cv.form.yearDescription')}
              inputMode="numeric"
              htmlSize={6}
              autoComplete="off"
              {...text('year')}
            />
            <Checkbox
              id={id(educationField(row.key, 'completed'))}
              checked={row.completed}
              onChange={(event) => onChange(row.key, { completed: event.target.checked })}
            >
              {t('cv.form.completed')}
            </Checkbox>
            <div>
              <Button
                type="button"
                variant="tertiary"
                size="small"
                icon={<TrashIcon aria-hidden />}
                onClick={() => onRemove(row.key)}
              >
                {t('cv.form.removeEducation', { number })}
              </Button>
            </div>
          </VStack>
        </Fieldset>
      </Box>
    </li>
  );
}

/**
 * Edits the CV, starting from what is shown: the saved CV, or the draft from the career profile and jobs. Saves
 * with the version the user opened (If-Match; "0" for the first save), so a CV someone else saved in the meantime
 * is never overwritten unseen: the form says so, keeps what was typed and offers to fetch the latest version.
 */
export function CvForm({
  participantId,
  cv,
  self,
  onSaved,
  onCancel,
}: {
  participantId: string;
  cv: CvResponse;
  /** The jobseeker edits their own CV: the words speak to them. */
  self: boolean;
  onSaved: (cv: CvResponse) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveCv(participantId);
  const [baseVersion, setBaseVersion] = useState(cv.version);
  const stale = useStaleVersionOf(useReloadCv(participantId), (latest) => setBaseVersion(latest.version));
  const [values, setValues] = useState<CvFormValues>(() => cvFormFrom(cv.content));
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const form = useFormErrors(cvFieldOrder(values), cvFieldId);
  const result = useFocusRequest<HTMLDivElement>();
  const heading = useFocusRequest<HTMLHeadingElement>();
  const focusById = useFocusById();

  // Focus goes to the form's heading when it opens, so the user lands at its start.
  const focusHeading = heading.focus;
  useEffect(() => focusHeading(), [focusHeading]);

  const set = <K extends 'headline' | 'summary' | 'interestDraft'>(field: K, value: string) => {
    setValues((before) => ({ ...before, [field]: value }));
    form.clearField(field === 'interestDraft' ? 'interests' : field);
  };

  const changeExperience = (key: string, patch: Partial<ExperienceRowValues>) => {
    setValues((before) => ({
      ...before,
      experience: before.experience.map((row) => (row.key === key ? { ...row, ...patch } : row)),
    }));
    for (const name of Object.keys(patch)) form.clearField(`experience.${key}.${name}`);
  };

  const changeEducation = (key: string, patch: Partial<EducationRowValues>) => {
    setValues((before) => ({
      ...before,
      education: before.education.map((row) => (row.key === key ? { ...row, ...patch } : row)),
    }));
    for (const name of Object.keys(patch)) form.clearField(`education.${key}.${name}`);
  };

  // A new row goes first: on a CV the newest comes first.
  const addExperience = () => {
    const row = emptyExperienceRow();
    setValues((before) => ({ ...before, experience: [row, ...before.experience] }));
    form.clearField('experience');
    focusById(id(experienceField(row.key, 'title')));
  };

  const addEducation = () => {
    const row = emptyEducationRow();
    setValues((before) => ({ ...before, education: [row, ...before.education] }));
    form.clearField('education');
    focusById(id(educationField(row.key, 'subject')));
  };

  const removeExperience = (key: string) => {
    setValues((before) => ({ ...before, experience: before.experience.filter((row) => row.key !== key) }));
    focusById(ADD_EXPERIENCE_ID);
  };

  const removeEducation = (key: string) => {
    setValues((before) => ({ ...before, education: before.education.filter((row) => row.key !== key) }));
    focusById(ADD_EDUCATION_ID);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.reset();
    stale.clear();
    setOtherErrors([]);
    const errors = validateCvForm(t, values);
    form.showErrors(errors);
    if (hasFieldErrors(errors)) return;
    const body = toCvContent(values);
    // What was still typed in the interest field is saved too; show it in the list.
    setValues(withInterestDraftAdded(values).values);
    save.mutate(
      { version: baseVersion, body },
      {
        onSuccess: onSaved,
        onError: (error) => {
          if (isStaleVersion(error)) {
            stale.conflict();
            return;
          }
          const mapped = mapCvServerErrors(t, error, values);
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

  return (
    <section className="form-panel form-panel--wide" aria-labelledby={HEADING_ID} data-testid="cv-form">
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
            {t('cv.form.heading')}
          </Heading>
          <BodyLong size="small">{self ? t('cv.form.introSelf') : t('cv.form.introStaff')}</BodyLong>
        </VStack>
        <FormErrorSummary ref={form.summaryRef} entries={form.summaryEntries} />
        <StaleVersionNotice stale={stale} heading={t('cv.stale.heading')} text={t('cv.stale.text')} />
        {serverProblem || otherErrors.length > 0 ? (
          <Alert variant="error" role="alert" ref={result.ref} tabIndex={-1}>
            {[serverProblem, ...otherErrors].filter(Boolean).join(' ')}
          </Alert>
        ) : null}
        <form onSubmit={submit} noValidate aria-labelledby={HEADING_ID}>
          <VStack gap="space-32">
            <VStack gap="space-20">
              <TextField
                id={id('headline')}
                label={t('cv.form.headline')}
                description={t('cv.form.headlineDescription')}
                autoComplete="off"
                value={values.headline}
                onChange={(event) => set('headline', event.target.value)}
                error={form.errors.headline}
              />
              <Textarea
                id={id('summary')}
                label={t('cv.form.summary')}
                description={t('cv.form.summaryDescription')}
                minRows={4}
                maxLength={CV_LIMITS.summary}
                value={values.summary}
                onChange={(event) => set('summary', event.target.value)}
                error={form.errors.summary}
              />
            </VStack>

            <Fieldset legend={t('cv.sections.experience')} description={t('cv.form.experienceDescription')}>
              <VStack gap="space-16">
                <div>
                  <Button
                    id={ADD_EXPERIENCE_ID}
                    type="button"
                    variant="secondary"
                    size="small"
                    icon={<PlusIcon aria-hidden />}
                    onClick={addExperience}
                    disabled={values.experience.length >= CV_LIMITS.experienceRows}
                  >
                    {t('cv.form.addExperience')}
                  </Button>
                </div>
                {form.errors.experience ? (
                  <Alert variant="error" size="small" inline>
                    {form.errors.experience}
                  </Alert>
                ) : null}
                {values.experience.length > 0 ? (
                  <ul className="card-list">
                    {values.experience.map((row, index) => (
                      <ExperienceRow
                        key={row.key}
                        row={row}
                        index={index}
                        errors={form.errors}
                        onChange={changeExperience}
                        onRemove={removeExperience}
                      />
                    ))}
                  </ul>
                ) : null}
              </VStack>
            </Fieldset>

            <Fieldset legend={t('cv.sections.education')} description={t('cv.form.educationDescription')}>
              <VStack gap="space-16">
                <div>
                  <Button
                    id={ADD_EDUCATION_ID}
                    type="button"
                    variant="secondary"
                    size="small"
                    icon={<PlusIcon aria-hidden />}
                    onClick={addEducation}
                    disabled={values.education.length >= CV_LIMITS.educationRows}
                  >
                    {t('cv.form.addEducation')}
                  </Button>
                </div>
                {form.errors.education ? (
                  <Alert variant="error" size="small" inline>
                    {form.errors.education}
                  </Alert>
                ) : null}
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
              </VStack>
            </Fieldset>

            <TagListField
              id={id('interests')}
              label={t('cv.sections.interests')}
              description={t('cv.form.interestsDescription')}
              addLabel={t('cv.form.addInterest')}
              listLabel={t('cv.form.interestsAdded')}
              values={values.interests}
              draft={values.interestDraft}
              error={form.errors.interests}
              onDraftChange={(value) => set('interestDraft', value)}
              onAdd={() => {
                const added = addInterest(values.interests, values.interestDraft);
                if (added.problem) return interestProblemMessage(t, added.problem);
                setValues((before) => ({ ...before, interests: added.list, interestDraft: '' }));
                form.clearField('interests');
                return undefined;
              }}
              onRemove={(index) => {
                setValues((before) => ({
                  ...before,
                  interests: before.interests.filter((_, i) => i !== index),
                }));
                form.clearField('interests');
              }}
            />

            <HStack gap="space-12" wrap>
              <Button type="submit" loading={save.isPending} data-testid="cv-save">
                {t('cv.form.submit')}
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
