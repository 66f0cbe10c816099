import { osloDate, PHASES, type Phase } from '@ips-bridge/domain';
import { Alert, BodyLong, Button, Heading, Select, VStack } from '@navikt/ds-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChangePhase } from '../../api/journey.ts';
import type { Participant } from '../../api/types.ts';
import { DateField } from '../../components/DateField.tsx';
import { FormErrorSummary } from '../../components/FormErrorSummary.tsx';
import { hasFieldErrors } from '../../forms/fieldErrors.ts';
import {
  type CurrentPhase,
  emptyPhaseChangeForm,
  mapPhaseChangeServerErrors,
  needsPlannedRecontact,
  PHASE_CHANGE_FIELDS,
  type PhaseChangeField,
  type PhaseChangeFormValues,
  reasonsFor,
  toPhaseChange,
  validatePhaseChangeForm,
  withPhase,
} from '../../forms/phaseChangeForm.ts';
import { useFormErrors } from '../../forms/useFormErrors.ts';
import { useFocusRequest } from '../../hooks/useFocusRequest.ts';
import { formatLocalDate } from '../../i18n/format.ts';
import { phaseLabel, reasonLabel } from '../../i18n/journeyLabels.ts';
import { problemMessage } from '../../i18n/problemMessage.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { StaleVersionNotice } from './StaleVersionNotice.tsx';
import { isStaleVersion, useStaleVersion } from './staleVersion.ts';

const HEADING_ID = 'change-phase-heading';
const FIELD_IDS: Record<PhaseChangeField, string> = {
  phase: 'phase-change-phase',
  date: 'phase-change-date',
  reason: 'phase-change-reason',
  plannedRecontact: 'phase-change-planned-recontact',
};
const fieldId = (field: PhaseChangeField): string => FIELD_IDS[field];

function dayAfter(date: string): string | undefined {
  const time = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(time) ? undefined : new Date(time + 86_400_000).toISOString().slice(0, 10);
}

/** Moves the participant to another phase, checked in the browser with the same rule as the server. */
export function ChangePhaseForm({ participant }: { participant: Participant }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const changePhase = useChangePhase(participant.id);
  const stale = useStaleVersion(participant.id);
  const [today] = useState(() => osloDate(new Date()));
  const [values, setValues] = useState<PhaseChangeFormValues>(() => emptyPhaseChangeForm(today));
  const [saved, setSaved] = useState<{ phase: Phase; date: string } | null>(null);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const form = useFormErrors(PHASE_CHANGE_FIELDS, fieldId);
  const result = useFocusRequest<HTMLDivElement>();

  const current: CurrentPhase = { phase: participant.phase, since: participant.phaseSince };
  const reasons = reasonsFor(values.phase);

  const edit = (field: PhaseChangeField) => (event: { target: { value: string } }) => {
    const { value } = event.target;
    setValues((before) => (field === 'phase' ? withPhase(before, value) : { ...before, [field]: value }));
    form.clearField(field);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    changePhase.reset();
    setSaved(null);
    setOtherErrors([]);
    stale.clear();
    const errors = validatePhaseChangeForm(t, values, current, today, language);
    form.showErrors(errors);
    if (hasFieldErrors(errors)) return;

    const body = toPhaseChange(values);
    changePhase.mutate(
      { version: participant.version, body },
      {
        onSuccess: (updated) => {
          setSaved({ phase: updated.phase, date: updated.phaseSince });
          setValues(emptyPhaseChangeForm(today));
          result.focus();
        },
        onError: (error) => {
          if (isStaleVersion(error)) {
            stale.conflict();
            return;
          }
          const mapped = mapPhaseChangeServerErrors(t, error, current, language);
          setOtherErrors(mapped.other);
          form.showErrors(mapped.fields);
          if (!hasFieldErrors(mapped.fields)) result.focus();
        },
      },
    );
  };

  const serverProblem =
    changePhase.isError && !isStaleVersion(changePhase.error) && !hasFieldErrors(form.errors)
      ? problemMessage(t, changePhase.error)
      : null;

  return (
    <section className="form-panel" aria-labelledby={HEADING_ID} data-testid="change-phase">
      <VStack gap="space-16">
        <VStack gap="space-4">
          <Heading level="3" size="small" id={HEADING_ID}>
            {t('journey.changePhase.heading')}
          </Heading>
          <BodyLong size="small">{t('journey.changePhase.intro')}</BodyLong>
        </VStack>
        <FormErrorSummary ref={form.summaryRef} entries={form.summaryEntries} />
        <StaleVersionNotice stale={stale} />
        {serverProblem || otherErrors.length > 0 ? (
          <Alert variant="error" role="alert" ref={result.ref} tabIndex={-1}>
            {[serverProblem, ...otherErrors].filter(Boolean).join(' ')}
          </Alert>
        ) : null}
        {saved ? (
          <Alert
            variant="success"
            size="small"
            role="status"
            ref={result.ref}
            tabIndex={-1}
            data-testid="phase-saved"
          >
            {t('journey.changePhase.saved', {
              phase: phaseLabel(t, saved.phase),
              date: formatLocalDate(saved.date, language),
            })}
          </Alert>
        ) : null}
        <form onSubmit={submit} noValidate aria-labelledby={HEADING_ID}>
          <VStack gap="space-16">
            <Select
              id={FIELD_IDS.phase}
              name="phase"
              label={t('journey.changePhase.phase')}
              value={values.phase}
              onChange={edit('phase')}
              error={form.errors.phase}
            >
              <option value="">{t('journey.changePhase.choosePhase')}</option>
              {PHASES.map((phase) => (
                <option key={phase} value={phase}>
                  {phase === participant.phase
                    ? t('journey.changePhase.currentPhaseOption', { phase: phaseLabel(t, phase) })
                    : phaseLabel(t, phase)}
                </option>
              ))}
            </Select>
            <DateField
              id={FIELD_IDS.date}
              name="date"
              label={t('journey.changePhase.date')}
              description={t('journey.changePhase.dateDescription')}
              min={participant.phaseSince}
              max={today}
              htmlSize={14}
              value={values.date}
              onChange={edit('date')}
              error={form.errors.date}
            />
            {reasons.length > 0 ? (
              <Select
                id={FIELD_IDS.reason}
                name="reason"
                label={t('journey.changePhase.reason')}
                value={values.reason}
                onChange={edit('reason')}
                error={form.errors.reason}
              >
                <option value="">{t('journey.changePhase.chooseReason')}</option>
                {reasons.map((reason) => (
                  <option key={reason} value={reason}>
                    {reasonLabel(t, values.phase, reason)}
                  </option>
                ))}
              </Select>
            ) : null}
            {needsPlannedRecontact(values.phase) ? (
              <DateField
                id={FIELD_IDS.plannedRecontact}
                name="plannedRecontact"
                label={t('journey.changePhase.plannedRecontact')}
                description={t('journey.changePhase.plannedRecontactDescription')}
                min={dayAfter(values.date)}
                htmlSize={14}
                value={values.plannedRecontact}
                onChange={edit('plannedRecontact')}
                error={form.errors.plannedRecontact}
              />
            ) : null}
            <div>
              <Button type="submit" loading={changePhase.isPending}>
                {t('journey.changePhase.submit')}
              </Button>
            </div>
          </VStack>
        </form>
      </VStack>
    </section>
  );
}
