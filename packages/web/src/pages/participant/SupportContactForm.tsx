import { osloDate } from '@ips-bridge/domain';
import {
  Alert,
  Button,
  Heading,
  HStack,
  Radio,
  RadioGroup,
  Select,
  Textarea,
  VStack,
} from '@navikt/ds-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Job } from '../../api/types.ts';
import { useAddSupportContact } from '../../api/work.ts';
import { DateField } from '../../components/DateField.tsx';
import { FormErrorSummary } from '../../components/FormErrorSummary.tsx';
import { hasFieldErrors } from '../../forms/fieldErrors.ts';
import { useFormErrors } from '../../forms/useFormErrors.ts';
import {
  emptySupportContactForm,
  mapWorkServerErrors,
  SUPPORT_CONTACT_FIELDS,
  SUPPORT_SETTINGS,
  SUPPORT_WITH,
  type SupportContactField,
  type SupportContactFormValues,
  toNewSupportContact,
  validateSupportContactForm,
} from '../../forms/workForms.ts';
import { useFocusRequest } from '../../hooks/useFocusRequest.ts';
import { formatLocalDate } from '../../i18n/format.ts';
import { problemMessage } from '../../i18n/problemMessage.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';

const HEADING_ID = 'support-contact-form-heading';
const FIELD_IDS: Record<SupportContactField, string> = {
  date: 'support-contact-date',
  withWhom: 'support-contact-with-whom',
  setting: 'support-contact-setting',
  jobId: 'support-contact-job',
  note: 'support-contact-note',
};
const fieldId = (field: SupportContactField): string => FIELD_IDS[field];

/**
 * Logs a follow-along support contact: when, with whom, where or how (which says whether it was face to face),
 * which job it was about, and a note. The follow-along rhythm counts from these contacts.
 */
export function SupportContactForm({
  participantId,
  jobs,
  currentJobId,
  onSaved,
  onCancel,
}: {
  participantId: string;
  jobs: readonly Job[];
  currentJobId: string | null;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const addContact = useAddSupportContact(participantId);
  const [today] = useState(() => osloDate(new Date()));
  const [values, setValues] = useState<SupportContactFormValues>(() =>
    emptySupportContactForm(today, currentJobId),
  );
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const form = useFormErrors(SUPPORT_CONTACT_FIELDS, fieldId);
  const input = useFocusRequest<HTMLInputElement>();
  const result = useFocusRequest<HTMLDivElement>();
  const focusInput = input.focus;
  useEffect(() => focusInput(), [focusInput]);

  const set = (field: SupportContactField, value: string) => {
    setValues((before) => ({ ...before, [field]: value }));
    form.clearField(field);
  };
  const edit = (field: SupportContactField) => (event: { target: { value: string } }) =>
    set(field, event.target.value);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    addContact.reset();
    setOtherErrors([]);
    const errors = validateSupportContactForm(t, values, today);
    form.showErrors(errors);
    if (hasFieldErrors(errors)) return;
    addContact.mutate(toNewSupportContact(values), {
      onSuccess: () => onSaved(),
      onError: (error) => {
        const mapped = mapWorkServerErrors(t, error, SUPPORT_CONTACT_FIELDS, language);
        setOtherErrors(mapped.other);
        form.showErrors(mapped.fields);
        if (!hasFieldErrors(mapped.fields)) result.focus();
      },
    });
  };

  const serverProblem =
    addContact.isError && !hasFieldErrors(form.errors) && otherErrors.length === 0
      ? problemMessage(t, addContact.error)
      : null;

  return (
    <section className="form-panel" aria-labelledby={HEADING_ID} data-testid="support-contact-form">
      <VStack gap="space-16">
        <Heading level="4" size="xsmall" id={HEADING_ID}>
          {t('work.contactForm.heading')}
        </Heading>
        <FormErrorSummary ref={form.summaryRef} entries={form.summaryEntries} />
        {serverProblem || otherErrors.length > 0 ? (
          <Alert variant="error" role="alert" ref={result.ref} tabIndex={-1}>
            {[serverProblem, ...otherErrors].filter(Boolean).join(' ')}
          </Alert>
        ) : null}
        <form onSubmit={submit} noValidate aria-labelledby={HEADING_ID}>
          <VStack gap="space-16">
            <DateField
              ref={input.ref}
              id={FIELD_IDS.date}
              label={t('work.contactForm.date')}
              max={today}
              htmlSize={14}
              value={values.date}
              onChange={edit('date')}
              error={form.errors.date}
            />
            <RadioGroup
              legend={t('work.contactForm.withWhom')}
              value={values.withWhom}
              onChange={(value: string) => set('withWhom', value)}
              error={form.errors.withWhom}
            >
              {SUPPORT_WITH.map((who, index) => (
                <Radio key={who} value={who} id={index === 0 ? FIELD_IDS.withWhom : undefined}>
                  {t(`work.withWhom.${who}`)}
                </Radio>
              ))}
            </RadioGroup>
            <Select
              id={FIELD_IDS.setting}
              label={t('work.contactForm.setting')}
              description={t('work.contactForm.settingDescription')}
              value={values.setting}
              onChange={edit('setting')}
              error={form.errors.setting}
            >
              <option value="">{t('work.contactForm.chooseSetting')}</option>
              {SUPPORT_SETTINGS.map((setting) => (
                <option key={setting} value={setting}>
                  {t(`work.settings.${setting}`)}
                </option>
              ))}
            </Select>
            {jobs.length > 0 ? (
              <Select
                id={FIELD_IDS.jobId}
                label={t('work.contactForm.job')}
                value={values.jobId}
                onChange={edit('jobId')}
                error={form.errors.jobId}
              >
                <option value="">{t('work.contactForm.noJob')}</option>
                {jobs.map((job) => (
                  <option key={job.id} value={job.id}>
                    {t('work.contactForm.jobOption', {
                      title: job.title,
                      employer: job.employerName,
                      date: formatLocalDate(job.startDate, language),
                    })}
                  </option>
                ))}
              </Select>
            ) : null}
            <Textarea
              id={FIELD_IDS.note}
              label={t('work.contactForm.note')}
              description={t('work.contactForm.noteDescription')}
              minRows={2}
              value={values.note}
              onChange={edit('note')}
              error={form.errors.note}
            />
            <HStack gap="space-12" wrap>
              <Button type="submit" size="small" loading={addContact.isPending}>
                {t('work.contactForm.submit')}
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
