import { NAV_REPORT_KINDS } from '@ips-bridge/domain';
import { Alert, Button, Heading, HStack, Radio, RadioGroup, VStack } from '@navikt/ds-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateNavReport } from '../../api/navReports.ts';
import type { NavReport } from '../../api/types.ts';
import { DateField } from '../../components/DateField.tsx';
import { FormErrorSummary } from '../../components/FormErrorSummary.tsx';
import { hasFieldErrors } from '../../forms/fieldErrors.ts';
import {
  mapNavReportServerErrors,
  NEW_REPORT_FIELDS,
  type NewReportField,
  type NewReportValues,
  toNewReport,
  validateNewReport,
} from '../../forms/navReportForms.ts';
import { useFormErrors } from '../../forms/useFormErrors.ts';
import { useFocusRequest } from '../../hooks/useFocusRequest.ts';
import { problemMessage } from '../../i18n/problemMessage.ts';

const IDS: Record<NewReportField, string> = {
  kind: 'new-nav-report-kind',
  periodFrom: 'new-nav-report-from',
  periodTo: 'new-nav-report-to',
};

/**
 * Drafts a report to NAV for a period. The facts are generated from the journey's records on the server; the form
 * only asks for the kind of report and the period, with sensible defaults filled in.
 */
export function NewNavReportForm({
  participantId,
  defaults,
  today,
  onCreated,
  onCancel,
}: {
  participantId: string;
  defaults: NewReportValues;
  today: string;
  onCreated: (report: NavReport) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const create = useCreateNavReport(participantId);
  const [values, setValues] = useState<NewReportValues>(defaults);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const form = useFormErrors(NEW_REPORT_FIELDS, (field) => IDS[field]);
  const heading = useFocusRequest<HTMLHeadingElement>();
  const result = useFocusRequest<HTMLDivElement>();
  const focusHeading = heading.focus;
  useEffect(() => focusHeading(), [focusHeading]);

  const set = (field: NewReportField, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    form.clearField(field);
    // The period's problems belong to both dates: a corrected date clears the other's message as well.
    if (field === 'periodFrom') form.clearField('periodTo');
    if (field === 'periodTo') form.clearField('periodFrom');
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    create.reset();
    setOtherErrors([]);
    const errors = validateNewReport(t, values, today);
    form.showErrors(errors);
    if (hasFieldErrors(errors)) return;
    create.mutate(toNewReport(values), {
      onSuccess: onCreated,
      onError: (error) => {
        const mapped = mapNavReportServerErrors(t, error, NEW_REPORT_FIELDS);
        setOtherErrors(mapped.other);
        form.showErrors(mapped.fields);
        if (!hasFieldErrors(mapped.fields)) result.focus();
      },
    });
  };

  const serverProblem =
    create.isError && !hasFieldErrors(form.errors) && otherErrors.length === 0
      ? problemMessage(t, create.error)
      : null;

  return (
    <section
      className="form-panel"
      aria-labelledby="new-nav-report-heading"
      data-testid="new-nav-report-form"
    >
      <VStack gap="space-16">
        <Heading
          level="3"
          size="small"
          id="new-nav-report-heading"
          ref={heading.ref}
          tabIndex={-1}
          className="focus-heading"
        >
          {t('navReports.create.heading')}
        </Heading>
        <FormErrorSummary ref={form.summaryRef} entries={form.summaryEntries} />
        {serverProblem || otherErrors.length > 0 ? (
          <Alert variant="error" role="alert" ref={result.ref} tabIndex={-1}>
            {[serverProblem, ...otherErrors].filter(Boolean).join(' ')}
          </Alert>
        ) : null}
        <form onSubmit={submit} noValidate aria-labelledby="new-nav-report-heading">
          <VStack gap="space-16">
            <RadioGroup
              legend={t('navReports.create.kind')}
              value={values.kind}
              onChange={(kind: string) => set('kind', kind)}
              error={form.errors.kind}
            >
              {NAV_REPORT_KINDS.map((kind, index) => (
                <Radio
                  key={kind}
                  value={kind}
                  id={index === 0 ? IDS.kind : undefined}
                  description={t(`navReports.kindDescriptions.${kind}`)}
                >
                  {t(`navReports.kinds.${kind}`)}
                </Radio>
              ))}
            </RadioGroup>
            <HStack gap="space-16" wrap>
              <DateField
                id={IDS.periodFrom}
                name="periodFrom"
                label={t('navReports.create.from')}
                max={today}
                value={values.periodFrom}
                onChange={(event) => set('periodFrom', event.target.value)}
                error={form.errors.periodFrom}
              />
              <DateField
                id={IDS.periodTo}
                name="periodTo"
                label={t('navReports.create.to')}
                max={today}
                value={values.periodTo}
                onChange={(event) => set('periodTo', event.target.value)}
                error={form.errors.periodTo}
              />
            </HStack>
            <Alert variant="info" size="small" inline>
              {t('navReports.create.periodHelp')}
            </Alert>
            <HStack gap="space-12" wrap>
              <Button type="submit" size="small" loading={create.isPending}>
                {t('navReports.create.submit')}
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
