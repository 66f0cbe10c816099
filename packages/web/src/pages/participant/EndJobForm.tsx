import { JOB_END_REASONS, osloDate } from '@ips-bridge/domain';
import { Alert, BodyLong, Button, Heading, HStack, Select, Textarea, VStack } from '@navikt/ds-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Job, WorkAndSupport } from '../../api/types.ts';
import { useEndJob, useReloadWork } from '../../api/work.ts';
import { DateField } from '../../components/DateField.tsx';
import { FormErrorSummary } from '../../components/FormErrorSummary.tsx';
import { hasFieldErrors } from '../../forms/fieldErrors.ts';
import { useFormErrors } from '../../forms/useFormErrors.ts';
import {
  END_JOB_FIELDS,
  type EndJobField,
  type EndJobFormValues,
  emptyEndJobForm,
  mapWorkServerErrors,
  toJobEnd,
  validateEndJobForm,
} from '../../forms/workForms.ts';
import { useFocusRequest } from '../../hooks/useFocusRequest.ts';
import { problemMessage } from '../../i18n/problemMessage.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { StaleVersionNotice } from './StaleVersionNotice.tsx';
import { isStaleVersion, useStaleVersionOf } from './staleVersion.ts';

/**
 * Records that a job ended: when, why, and a note. Saved with the job's version as opened (If-Match). The
 * participant then goes back to job search, and a contact is due within 3 days.
 */
export function EndJobForm({
  participantId,
  job,
  onSaved,
  onCancel,
}: {
  participantId: string;
  job: Job;
  onSaved: (overview: WorkAndSupport) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const endJob = useEndJob(participantId);
  const [today] = useState(() => osloDate(new Date()));
  const [baseVersion, setBaseVersion] = useState(job.version);
  const stale = useStaleVersionOf(useReloadWork(participantId), (overview) => {
    const latest = overview.jobs.find((candidate) => candidate.id === job.id);
    if (latest) setBaseVersion(latest.version);
  });
  const [values, setValues] = useState<EndJobFormValues>(() => emptyEndJobForm(today));
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const ids: Record<EndJobField, string> = {
    endDate: `end-job-${job.id}-date`,
    reason: `end-job-${job.id}-reason`,
    note: `end-job-${job.id}-note`,
  };
  const headingId = `end-job-${job.id}-heading`;
  const form = useFormErrors(END_JOB_FIELDS, (field) => ids[field]);
  const input = useFocusRequest<HTMLInputElement>();
  const result = useFocusRequest<HTMLDivElement>();
  const focusInput = input.focus;
  useEffect(() => focusInput(), [focusInput]);

  const edit = (field: EndJobField) => (event: { target: { value: string } }) => {
    const { value } = event.target;
    setValues((before) => ({ ...before, [field]: value }));
    form.clearField(field);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    endJob.reset();
    stale.clear();
    setOtherErrors([]);
    const errors = validateEndJobForm(t, values, job.startDate, today, language);
    form.showErrors(errors);
    if (hasFieldErrors(errors)) return;
    endJob.mutate(
      { jobId: job.id, version: baseVersion, body: toJobEnd(values) },
      {
        onSuccess: onSaved,
        onError: (error) => {
          if (isStaleVersion(error)) {
            stale.conflict();
            return;
          }
          const mapped = mapWorkServerErrors(t, error, END_JOB_FIELDS, language, job.startDate);
          setOtherErrors(mapped.other);
          form.showErrors(mapped.fields);
          if (!hasFieldErrors(mapped.fields)) result.focus();
        },
      },
    );
  };

  const serverProblem =
    endJob.isError &&
    !isStaleVersion(endJob.error) &&
    !hasFieldErrors(form.errors) &&
    otherErrors.length === 0
      ? problemMessage(t, endJob.error)
      : null;

  return (
    <section className="form-panel" aria-labelledby={headingId} data-testid="end-job-form">
      <VStack gap="space-16">
        <VStack gap="space-4">
          <Heading level="4" size="xsmall" id={headingId}>
            {t('work.endJob.heading', { title: job.title, employer: job.employerName })}
          </Heading>
          <BodyLong size="small">{t('work.endJob.intro')}</BodyLong>
        </VStack>
        <FormErrorSummary ref={form.summaryRef} entries={form.summaryEntries} />
        <StaleVersionNotice stale={stale} heading={t('work.stale.heading')} text={t('work.stale.text')} />
        {serverProblem || otherErrors.length > 0 ? (
          <Alert variant="error" role="alert" ref={result.ref} tabIndex={-1}>
            {[serverProblem, ...otherErrors].filter(Boolean).join(' ')}
          </Alert>
        ) : null}
        <form onSubmit={submit} noValidate aria-labelledby={headingId}>
          <VStack gap="space-16">
            <DateField
              ref={input.ref}
              id={ids.endDate}
              name="endDate"
              label={t('work.endJob.endDate')}
              description={t('work.endJob.endDateDescription')}
              min={job.startDate}
              max={today}
              htmlSize={14}
              value={values.endDate}
              onChange={edit('endDate')}
              error={form.errors.endDate}
            />
            <Select
              id={ids.reason}
              name="reason"
              label={t('work.endJob.reason')}
              value={values.reason}
              onChange={edit('reason')}
              error={form.errors.reason}
            >
              <option value="">{t('work.endJob.chooseReason')}</option>
              {JOB_END_REASONS.map((reason) => (
                <option key={reason} value={reason}>
                  {t(`work.endReasons.${reason}`)}
                </option>
              ))}
            </Select>
            <Textarea
              id={ids.note}
              name="note"
              label={t('work.endJob.note')}
              description={t('work.endJob.noteDescription')}
              minRows={2}
              value={values.note}
              onChange={edit('note')}
              error={form.errors.note}
            />
            <HStack gap="space-12" wrap>
              <Button type="submit" size="small" loading={endJob.isPending}>
                {t('work.endJob.submit')}
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
