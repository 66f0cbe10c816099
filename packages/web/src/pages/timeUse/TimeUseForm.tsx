import { communitySharePercent } from '@ips-bridge/domain';
import { Alert, BodyShort, Button, Heading, HStack, TextField, VStack } from '@navikt/ds-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReloadTimeUse, useSaveTimeUse } from '../../api/timeUse.ts';
import { FormErrorSummary } from '../../components/FormErrorSummary.tsx';
import { hasFieldErrors } from '../../forms/fieldErrors.ts';
import { parseDecimal } from '../../forms/numbers.ts';
import {
  mapTimeUseServerErrors,
  TIME_USE_FIELDS,
  type TimeUseField,
  type TimeUseValues,
  type TimeUseWeek,
  timeUseFormValues,
  toTimeUse,
  validateTimeUse,
} from '../../forms/timeUseForm.ts';
import { useFormErrors } from '../../forms/useFormErrors.ts';
import { useFocusRequest } from '../../hooks/useFocusRequest.ts';
import { problemMessage } from '../../i18n/problemMessage.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { StaleVersionNotice } from '../participant/StaleVersionNotice.tsx';
import { isStaleVersion, useStaleVersionOf } from '../participant/staleVersion.ts';

/** The share the typed hours would give, said as they are typed; nothing while a field is empty or not a number. */
function previewShare(values: TimeUseValues): number | null {
  const community = parseDecimal(values.communityHours);
  const office = parseDecimal(values.officeHours);
  if (community === null || office === null || Number.isNaN(community) || Number.isNaN(office)) return null;
  if (community < 0 || office < 0) return null;
  return communitySharePercent(community, office);
}

/**
 * Records or changes a week's hours in the community and in the office. Saved with the week's version as shown
 * (0 for a new week), so a change from another tab comes back as "changed since you opened it".
 */
export function TimeUseForm({
  week,
  target,
  onSaved,
  onCancel,
}: {
  week: TimeUseWeek;
  target: number;
  onSaved: (share: number | null) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const save = useSaveTimeUse();
  const [baseVersion, setBaseVersion] = useState(week.version);
  const stale = useStaleVersionOf(useReloadTimeUse(), (latest) => {
    const current = latest.weeks.find((candidate) => candidate.weekStart === week.weekStart);
    setBaseVersion(current?.version ?? 0);
  });
  const [values, setValues] = useState<TimeUseValues>(() => timeUseFormValues(week.recorded, language));
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const ids: Record<TimeUseField, string> = {
    communityHours: `time-use-${week.weekStart}-community`,
    officeHours: `time-use-${week.weekStart}-office`,
  };
  const headingId = `time-use-${week.weekStart}-form-heading`;
  const form = useFormErrors(TIME_USE_FIELDS, (field) => ids[field]);
  const input = useFocusRequest<HTMLInputElement>();
  const result = useFocusRequest<HTMLDivElement>();
  const focusInput = input.focus;
  useEffect(() => focusInput(), [focusInput]);

  const set = (field: TimeUseField, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    form.clearField(field);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.reset();
    stale.clear();
    setOtherErrors([]);
    const errors = validateTimeUse(t, values);
    form.showErrors(errors);
    if (hasFieldErrors(errors)) return;
    const body = toTimeUse(values);
    save.mutate(
      { weekStart: week.weekStart, version: baseVersion, body },
      {
        onSuccess: () => onSaved(communitySharePercent(body.communityHours, body.officeHours)),
        onError: (error) => {
          if (isStaleVersion(error)) {
            stale.conflict();
            return;
          }
          const mapped = mapTimeUseServerErrors(t, error);
          setOtherErrors(mapped.other);
          form.showErrors(mapped.fields);
          if (!hasFieldErrors(mapped.fields)) result.focus();
        },
      },
    );
  };

  const serverProblem =
    save.isError && !isStaleVersion(save.error) && !hasFieldErrors(form.errors) && otherErrors.length === 0
      ? problemMessage(t, save.error)
      : null;
  const share = previewShare(values);

  return (
    <section className="form-panel" aria-labelledby={headingId} data-testid="time-use-form">
      <VStack gap="space-16">
        <Heading level="4" size="xsmall" id={headingId}>
          {t('timeUse.form.heading')}
        </Heading>
        <FormErrorSummary ref={form.summaryRef} entries={form.summaryEntries} />
        <StaleVersionNotice
          stale={stale}
          heading={t('timeUse.stale.heading')}
          text={t('timeUse.stale.text')}
        />
        {serverProblem || otherErrors.length > 0 ? (
          <Alert variant="error" role="alert" ref={result.ref} tabIndex={-1}>
            {[serverProblem, ...otherErrors].filter(Boolean).join(' ')}
          </Alert>
        ) : null}
        <form onSubmit={submit} noValidate aria-labelledby={headingId}>
          <VStack gap="space-16">
            <TextField
              ref={input.ref}
              id={ids.communityHours}
              name="communityHours"
              label={t('timeUse.form.community')}
              description={t('timeUse.form.communityDescription')}
              inputMode="decimal"
              autoComplete="off"
              htmlSize={8}
              value={values.communityHours}
              onChange={(event) => set('communityHours', event.target.value)}
              error={form.errors.communityHours}
            />
            <TextField
              id={ids.officeHours}
              name="officeHours"
              label={t('timeUse.form.office')}
              description={t('timeUse.form.officeDescription')}
              inputMode="decimal"
              autoComplete="off"
              htmlSize={8}
              value={values.officeHours}
              onChange={(event) => set('officeHours', event.target.value)}
              error={form.errors.officeHours}
            />
            <BodyShort aria-live="polite" data-testid="time-use-preview">
              {share === null
                ? t('timeUse.form.previewEmpty')
                : t(share >= target ? 'timeUse.form.previewMeets' : 'timeUse.form.previewBelow', {
                    percent: share,
                    target,
                  })}
            </BodyShort>
            <HStack gap="space-12" wrap>
              <Button type="submit" size="small" loading={save.isPending}>
                {t('timeUse.form.submit')}
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
