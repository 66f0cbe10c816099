import { osloDate } from '@ips-bridge/domain';
import { Alert, Button, Heading, HStack, VStack } from '@navikt/ds-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRecordFirstContact } from '../../api/journey.ts';
import type { Participant } from '../../api/types.ts';
import { DateField } from '../../components/DateField.tsx';
import { FormErrorSummary } from '../../components/FormErrorSummary.tsx';
import { hasFieldErrors } from '../../forms/fieldErrors.ts';
import { firstContactServerError, validateFirstContactDate } from '../../forms/phaseChangeForm.ts';
import { useFormErrors } from '../../forms/useFormErrors.ts';
import { useFocusRequest } from '../../hooks/useFocusRequest.ts';
import { formatLocalDate } from '../../i18n/format.ts';
import { problemMessage } from '../../i18n/problemMessage.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { StaleVersionNotice } from './StaleVersionNotice.tsx';
import { isStaleVersion, useStaleVersion } from './staleVersion.ts';

const FIELDS = ['date'] as const;
const DATE_ID = 'first-contact-date';
const HEADING_ID = 'first-contact-form-heading';

/**
 * "Record first contact": a button that opens a small form with one date (today unless a date is already
 * recorded). Focus goes into the form when it opens, to the confirmation after a save, and back to the button
 * when the form is closed without saving.
 */
export function FirstContactAction({ participant }: { participant: Participant }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const record = useRecordFirstContact(participant.id);
  const stale = useStaleVersion(participant.id);
  const [today] = useState(() => osloDate(new Date()));
  const [open, setOpen] = useState(false);
  const [date, setDate] = useState(today);
  const [savedDate, setSavedDate] = useState<string | null>(null);
  const form = useFormErrors(FIELDS, () => DATE_ID);
  const dateInput = useFocusRequest<HTMLInputElement>();
  const toggle = useFocusRequest<HTMLButtonElement>();
  const result = useFocusRequest<HTMLDivElement>();
  const recorded = participant.firstContactDate;

  const openForm = () => {
    record.reset();
    stale.clear();
    form.clearAll();
    setSavedDate(null);
    setDate(recorded ?? today);
    setOpen(true);
    dateInput.focus();
  };

  const closeForm = () => {
    setOpen(false);
    stale.clear();
    form.clearAll();
    toggle.focus();
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    record.reset();
    stale.clear();
    const problem = validateFirstContactDate(t, date, participant.referralDate, today, language);
    form.showErrors(problem ? { date: problem } : {});
    if (problem) return;
    const body = { date: date.trim() };
    record.mutate(
      { version: participant.version, body },
      {
        onSuccess: (updated) => {
          setSavedDate(updated.firstContactDate ?? body.date);
          setOpen(false);
          result.focus();
        },
        onError: (error) => {
          if (isStaleVersion(error)) {
            stale.conflict();
            return;
          }
          const message = firstContactServerError(t, error, participant.referralDate, language);
          if (message) form.showErrors({ date: message });
          else result.focus();
        },
      },
    );
  };

  const serverProblem =
    record.isError && !isStaleVersion(record.error) && !hasFieldErrors(form.errors)
      ? problemMessage(t, record.error)
      : null;

  return (
    <VStack gap="space-12" align="start">
      {savedDate ? (
        <Alert
          variant="success"
          size="small"
          role="status"
          ref={result.ref}
          tabIndex={-1}
          data-testid="first-contact-saved"
        >
          {t('journey.firstContactSaved', { date: formatLocalDate(savedDate, language) })}
        </Alert>
      ) : null}
      {open ? (
        <section className="form-panel" aria-labelledby={HEADING_ID} data-testid="first-contact-form">
          <VStack gap="space-16">
            <Heading level="3" size="small" id={HEADING_ID}>
              {recorded ? t('journey.editFirstContact') : t('journey.recordFirstContact')}
            </Heading>
            <FormErrorSummary ref={form.summaryRef} entries={form.summaryEntries} />
            <StaleVersionNotice stale={stale} />
            {serverProblem ? (
              <Alert variant="error" role="alert" ref={result.ref} tabIndex={-1}>
                {serverProblem}
              </Alert>
            ) : null}
            <form onSubmit={submit} noValidate aria-labelledby={HEADING_ID}>
              <VStack gap="space-16">
                <DateField
                  ref={dateInput.ref}
                  id={DATE_ID}
                  name="date"
                  label={t('journey.firstContactDate')}
                  description={t('journey.firstContactDateDescription')}
                  min={participant.referralDate}
                  max={today}
                  htmlSize={14}
                  value={date}
                  onChange={(event) => {
                    setDate(event.target.value);
                    form.clearField('date');
                  }}
                  error={form.errors.date}
                />
                <HStack gap="space-12" wrap>
                  <Button type="submit" size="small" loading={record.isPending}>
                    {t('journey.saveFirstContact')}
                  </Button>
                  <Button type="button" size="small" variant="tertiary" onClick={closeForm}>
                    {t('common.cancel')}
                  </Button>
                </HStack>
              </VStack>
            </form>
          </VStack>
        </section>
      ) : (
        <Button
          ref={toggle.ref}
          type="button"
          size="small"
          variant={recorded ? 'tertiary' : 'secondary'}
          onClick={openForm}
          data-testid="record-first-contact"
        >
          {recorded ? t('journey.editFirstContact') : t('journey.recordFirstContact')}
        </Button>
      )}
    </VStack>
  );
}
