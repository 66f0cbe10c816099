import { ACTIVE_PHASES, CONTACT_PURPOSES, osloDate } from '@ips-bridge/domain';
import {
  Alert,
  BodyLong,
  BodyShort,
  Button,
  Checkbox,
  CheckboxGroup,
  Heading,
  Radio,
  RadioGroup,
  Select,
  Textarea,
  VStack,
} from '@navikt/ds-react';
import { type FormEvent, type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLogEmployerContact } from '../../api/employers.ts';
import { useCaseload } from '../../api/participants.ts';
import type { CaseloadItem, EmployerContactInput } from '../../api/types.ts';
import { DateField } from '../../components/DateField.tsx';
import { FormErrorSummary } from '../../components/FormErrorSummary.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import {
  EMPLOYER_CONTACT_FIELDS,
  type EmployerContactField,
  type EmployerContactFormValues,
  emptyEmployerContactForm,
  isFaceToFaceAnswer,
  MAX_OUTCOME_LENGTH,
  mapEmployerContactServerErrors,
  toEmployerContactInput,
  validateEmployerContactForm,
} from '../../forms/employerContactForm.ts';
import { hasFieldErrors } from '../../forms/fieldErrors.ts';
import { useFormErrors } from '../../forms/useFormErrors.ts';
import { useFocusRequest } from '../../hooks/useFocusRequest.ts';
import { formatLocalDate } from '../../i18n/format.ts';
import { phaseLabel } from '../../i18n/journeyLabels.ts';
import { problemMessage } from '../../i18n/problemMessage.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';

const HEADING_ID = 'log-contact-heading';
// Radio and checkbox groups are reached from the error summary through their first option.
const FIELD_IDS: Record<EmployerContactField, string> = {
  date: 'log-contact-date',
  faceToFace: 'log-contact-face-to-face-yes',
  purpose: 'log-contact-purpose',
  outcome: 'log-contact-outcome',
  participantIds: 'log-contact-participant-first',
};
const fieldId = (field: EmployerContactField): string => FIELD_IDS[field];

function fullName(item: CaseloadItem): string {
  return `${item.givenName} ${item.familyName}`;
}

/** The participants one can pick: the caller's caseload, people still in the IPS journey, by name. */
function useChoosableParticipants() {
  const caseload = useCaseload();
  const items = useMemo(
    () =>
      (caseload.data ?? [])
        .filter((item) => (ACTIVE_PHASES as readonly string[]).includes(item.phase))
        .sort((a, b) => fullName(a).localeCompare(fullName(b), 'nb')),
    [caseload.data],
  );
  return { caseload, items };
}

/**
 * "Log contact" on the employer page: date (today unless changed), face to face or not, purpose, outcome and the
 * participants it was for. After saving, the form is emptied and focus goes to the confirmation.
 */
export function LogContactForm({ employerId }: { employerId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const log = useLogEmployerContact(employerId);
  const { caseload, items: participants } = useChoosableParticipants();
  const [today] = useState(() => osloDate(new Date()));
  const [values, setValues] = useState<EmployerContactFormValues>(() => emptyEmployerContactForm(today));
  const [savedDate, setSavedDate] = useState<string | null>(null);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const form = useFormErrors(EMPLOYER_CONTACT_FIELDS, fieldId);
  const result = useFocusRequest<HTMLDivElement>();

  const participantName = (id: string) => {
    const item = caseload.data?.find((candidate) => candidate.id === id);
    return item ? fullName(item) : undefined;
  };

  const set = <F extends EmployerContactField>(field: F, value: EmployerContactFormValues[F]) => {
    setValues((current) => ({ ...current, [field]: value }));
    form.clearField(field);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    log.reset();
    setSavedDate(null);
    setOtherErrors([]);
    const errors = validateEmployerContactForm(t, values, today);
    form.showErrors(errors);
    if (hasFieldErrors(errors)) return;

    const body: EmployerContactInput = toEmployerContactInput(values);
    log.mutate(body, {
      onSuccess: (contact) => {
        setSavedDate(contact.date);
        setValues(emptyEmployerContactForm(today));
        result.focus();
      },
      onError: (error) => {
        const mapped = mapEmployerContactServerErrors(t, error, body, participantName);
        setOtherErrors(mapped.other);
        form.showErrors(mapped.fields);
        if (!hasFieldErrors(mapped.fields)) result.focus();
      },
    });
  };

  const serverProblem = log.isError && !hasFieldErrors(form.errors) ? problemMessage(t, log.error) : null;

  let participantChoice: ReactNode;
  if (caseload.isPending) {
    participantChoice = <LoadingState label={t('jobDevelopment.contactForm.participantsLoading')} />;
  } else if (caseload.isError) {
    participantChoice = (
      <Alert variant="warning" size="small">
        <VStack gap="space-8" align="start">
          <BodyShort>{t('jobDevelopment.contactForm.participantsLoadError')}</BodyShort>
          <Button
            type="button"
            variant="secondary"
            size="small"
            loading={caseload.isFetching}
            onClick={() => void caseload.refetch()}
          >
            {t('common.retry')}
          </Button>
        </VStack>
      </Alert>
    );
  } else {
    participantChoice = (
      <CheckboxGroup
        legend={t('jobDevelopment.contactForm.participants')}
        description={
          participants.length === 0
            ? t('jobDevelopment.contactForm.noParticipants')
            : t('jobDevelopment.contactForm.participantsDescription')
        }
        value={values.participantIds}
        onChange={(ids: string[]) => set('participantIds', ids)}
        error={form.errors.participantIds}
        data-testid="log-contact-participants"
      >
        {participants.map((participant, index) => (
          <Checkbox
            key={participant.id}
            id={index === 0 ? FIELD_IDS.participantIds : undefined}
            value={participant.id}
            description={phaseLabel(t, participant.phase)}
          >
            {fullName(participant)}
          </Checkbox>
        ))}
      </CheckboxGroup>
    );
  }

  return (
    <section className="form-panel" aria-labelledby={HEADING_ID} data-testid="log-contact">
      <VStack gap="space-16">
        <VStack gap="space-4">
          <Heading level="2" size="medium" id={HEADING_ID}>
            {t('jobDevelopment.contactForm.heading')}
          </Heading>
          <BodyLong size="small">{t('jobDevelopment.contactForm.intro')}</BodyLong>
        </VStack>
        <FormErrorSummary ref={form.summaryRef} entries={form.summaryEntries} />
        {serverProblem || otherErrors.length > 0 ? (
          <Alert variant="error" role="alert" ref={result.ref} tabIndex={-1}>
            {[serverProblem, ...otherErrors].filter(Boolean).join(' ')}
          </Alert>
        ) : null}
        {savedDate ? (
          <Alert
            variant="success"
            size="small"
            role="status"
            ref={result.ref}
            tabIndex={-1}
            data-testid="contact-logged"
          >
            {t('jobDevelopment.contactForm.saved', { date: formatLocalDate(savedDate, language) })}
          </Alert>
        ) : null}
        <form onSubmit={submit} noValidate aria-labelledby={HEADING_ID}>
          <VStack gap="space-20">
            <DateField
              id={FIELD_IDS.date}
              name="date"
              label={t('jobDevelopment.contactForm.date')}
              description={t('jobDevelopment.contactForm.dateDescription')}
              max={today}
              htmlSize={14}
              value={values.date}
              onChange={(event) => set('date', event.target.value)}
              error={form.errors.date}
            />
            <RadioGroup
              legend={t('jobDevelopment.contactForm.faceToFace')}
              name="faceToFace"
              value={values.faceToFace}
              onChange={(value: unknown) => set('faceToFace', isFaceToFaceAnswer(value) ? value : '')}
              error={form.errors.faceToFace}
            >
              <Radio id={FIELD_IDS.faceToFace} value="yes">
                {t('jobDevelopment.contactForm.yes')}
              </Radio>
              <Radio value="no">{t('jobDevelopment.contactForm.no')}</Radio>
            </RadioGroup>
            <Select
              id={FIELD_IDS.purpose}
              name="purpose"
              label={t('jobDevelopment.contactForm.purpose')}
              value={values.purpose}
              onChange={(event) => set('purpose', event.target.value)}
              error={form.errors.purpose}
            >
              <option value="">{t('jobDevelopment.contactForm.choosePurpose')}</option>
              {CONTACT_PURPOSES.map((purpose) => (
                <option key={purpose} value={purpose}>
                  {t(`jobDevelopment.purposes.${purpose}`)}
                </option>
              ))}
            </Select>
            <Textarea
              id={FIELD_IDS.outcome}
              name="outcome"
              label={t('jobDevelopment.contactForm.outcome')}
              description={t('jobDevelopment.contactForm.outcomeDescription')}
              minRows={3}
              maxLength={MAX_OUTCOME_LENGTH}
              value={values.outcome}
              onChange={(event) => set('outcome', event.target.value)}
              error={form.errors.outcome}
            />
            {participantChoice}
            <div>
              <Button type="submit" loading={log.isPending}>
                {t('jobDevelopment.contactForm.submit')}
              </Button>
            </div>
          </VStack>
        </form>
      </VStack>
    </section>
  );
}
