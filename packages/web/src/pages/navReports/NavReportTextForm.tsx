import { Alert, Button, Heading, HStack, Textarea, VStack } from '@navikt/ds-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReloadNavReports, useUpdateNavReportTexts } from '../../api/navReports.ts';
import { isApiError } from '../../api/problem.ts';
import type { NavReport } from '../../api/types.ts';
import { FormErrorSummary } from '../../components/FormErrorSummary.tsx';
import { hasFieldErrors } from '../../forms/fieldErrors.ts';
import {
  MAX_NEXT_STEPS,
  MAX_SUMMARY,
  mapNavReportServerErrors,
  REPORT_TEXT_FIELDS,
  type ReportTextField,
  type ReportTextValues,
  toReportTexts,
  validateReportTexts,
} from '../../forms/navReportForms.ts';
import { useFormErrors } from '../../forms/useFormErrors.ts';
import { useFocusRequest } from '../../hooks/useFocusRequest.ts';
import { problemMessage } from '../../i18n/problemMessage.ts';
import { StaleVersionNotice } from '../participant/StaleVersionNotice.tsx';
import { isStaleVersion, useStaleVersionOf } from '../participant/staleVersion.ts';

/** A refused change because the report moved on (shared, commented on or sent) is handled like a stale version. */
export function isReportConflict(error: unknown): boolean {
  return isStaleVersion(error) || (isApiError(error) && error.status === 409);
}

/**
 * The specialist's own words in a report: the summary of the period and the next steps. Changing a report the
 * jobseeker already has sends it back to them to read again, and the form says so before saving.
 */
export function NavReportTextForm({
  participantId,
  participantName,
  report,
  onSaved,
  onCancel,
}: {
  participantId: string;
  participantName: string;
  report: NavReport;
  onSaved: (saved: NavReport) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateNavReportTexts(participantId);
  const [baseVersion, setBaseVersion] = useState(report.version);
  const stale = useStaleVersionOf(useReloadNavReports(participantId), (reports) => {
    const latest = reports.find((candidate) => candidate.id === report.id);
    if (latest) setBaseVersion(latest.version);
  });
  const [values, setValues] = useState<ReportTextValues>({
    summaryText: report.summaryText,
    nextStepsText: report.nextStepsText,
  });
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const ids: Record<ReportTextField, string> = {
    summaryText: `nav-report-${report.id}-summary-text`,
    nextStepsText: `nav-report-${report.id}-next-steps-text`,
  };
  const headingId = `nav-report-${report.id}-text-form-heading`;
  const form = useFormErrors(REPORT_TEXT_FIELDS, (field) => ids[field]);
  const input = useFocusRequest<HTMLTextAreaElement>();
  const result = useFocusRequest<HTMLDivElement>();
  const focusInput = input.focus;
  useEffect(() => focusInput(), [focusInput]);
  const shared = report.status === 'with_jobseeker' || report.status === 'ready';

  const set = (field: ReportTextField, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    form.clearField(field);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    update.reset();
    stale.clear();
    setOtherErrors([]);
    const errors = validateReportTexts(t, values);
    form.showErrors(errors);
    if (hasFieldErrors(errors)) return;
    update.mutate(
      { reportId: report.id, version: baseVersion, body: toReportTexts(values) },
      {
        onSuccess: onSaved,
        onError: (error) => {
          if (isReportConflict(error)) {
            stale.conflict();
            return;
          }
          const mapped = mapNavReportServerErrors(t, error, REPORT_TEXT_FIELDS);
          setOtherErrors(mapped.other);
          form.showErrors(mapped.fields);
          if (!hasFieldErrors(mapped.fields)) result.focus();
        },
      },
    );
  };

  const serverProblem =
    update.isError &&
    !isReportConflict(update.error) &&
    !hasFieldErrors(form.errors) &&
    otherErrors.length === 0
      ? problemMessage(t, update.error)
      : null;

  return (
    <section
      className="form-panel form-panel--wide"
      aria-labelledby={headingId}
      data-testid="nav-report-text-form"
    >
      <VStack gap="space-16">
        <Heading level="4" size="xsmall" id={headingId}>
          {t('navReports.texts.heading')}
        </Heading>
        {shared ? (
          <Alert variant="info" size="small">
            {t('navReports.texts.sharedWarning', { name: participantName })}
          </Alert>
        ) : null}
        <FormErrorSummary ref={form.summaryRef} entries={form.summaryEntries} />
        <StaleVersionNotice
          stale={stale}
          heading={t('navReports.stale.heading')}
          text={t('navReports.stale.text')}
        />
        {serverProblem || otherErrors.length > 0 ? (
          <Alert variant="error" role="alert" ref={result.ref} tabIndex={-1}>
            {[serverProblem, ...otherErrors].filter(Boolean).join(' ')}
          </Alert>
        ) : null}
        <form onSubmit={submit} noValidate aria-labelledby={headingId}>
          <VStack gap="space-16">
            <Textarea
              ref={input.ref}
              id={ids.summaryText}
              name="summaryText"
              label={t('navReports.texts.summary')}
              description={t('navReports.texts.summaryDescription')}
              minRows={4}
              maxLength={MAX_SUMMARY}
              value={values.summaryText}
              onChange={(event) => set('summaryText', event.target.value)}
              error={form.errors.summaryText}
            />
            <Textarea
              id={ids.nextStepsText}
              name="nextStepsText"
              label={t('navReports.texts.nextSteps')}
              description={t('navReports.texts.nextStepsDescription')}
              minRows={3}
              maxLength={MAX_NEXT_STEPS}
              value={values.nextStepsText}
              onChange={(event) => set('nextStepsText', event.target.value)}
              error={form.errors.nextStepsText}
            />
            <HStack gap="space-12" wrap>
              <Button type="submit" size="small" loading={update.isPending}>
                {t('navReports.texts.submit')}
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
