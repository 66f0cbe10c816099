import { EARLIEST_REFERRAL_DATE, osloDate, REFERRAL_SOURCES } from '@ips-bridge/domain';
import {
  Alert,
  BodyLong,
  Button,
  Fieldset,
  Heading,
  HStack,
  Select,
  TextField,
  VStack,
} from '@navikt/ds-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { useRegisterParticipant } from '../api/participants.ts';
import { isApiError } from '../api/problem.ts';
import { DateField } from '../components/DateField.tsx';
import { FormErrorSummary } from '../components/FormErrorSummary.tsx';
import { hasFieldErrors, mapServerFieldErrors } from '../forms/fieldErrors.ts';
import {
  emptyParticipantForm,
  PARTICIPANT_FIELDS,
  type ParticipantField,
  type ParticipantFormValues,
  toNewParticipant,
  validateParticipantForm,
} from '../forms/participantForm.ts';
import { useFormErrors } from '../forms/useFormErrors.ts';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';
import { problemMessage } from '../i18n/problemMessage.ts';
import { useLanguage } from '../i18n/useLanguage.ts';

const FIELD_IDS: Record<ParticipantField, string> = {
  givenName: 'participant-given-name',
  familyName: 'participant-family-name',
  nationalId: 'participant-national-id',
  phone: 'participant-phone',
  email: 'participant-email',
  referralSource: 'participant-referral-source',
  referralDate: 'participant-referral-date',
};

const fieldId = (field: ParticipantField): string => FIELD_IDS[field];

export function RegisterParticipantPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('register.heading'));
  const navigate = useNavigate();
  const language = useLanguage();
  const register = useRegisterParticipant();
  const [today] = useState(() => osloDate(new Date()));
  const [values, setValues] = useState<ParticipantFormValues>(() => emptyParticipantForm(today));
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const form = useFormErrors(PARTICIPANT_FIELDS, fieldId);

  const change = (field: ParticipantField) => (event: { target: { value: string } }) => {
    const { value } = event.target;
    setValues((current) => ({ ...current, [field]: value }));
    form.clearField(field);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    register.reset();
    setOtherErrors([]);
    const errors = validateParticipantForm(t, values, today, language);
    form.showErrors(errors);
    if (hasFieldErrors(errors)) return;

    register.mutate(toNewParticipant(values), {
      onSuccess: (participant) => {
        navigate(`/participants/${encodeURIComponent(participant.id)}`, { state: { created: true } });
      },
      onError: (error) => {
        const mapped = mapServerFieldErrors(t, error, PARTICIPANT_FIELDS);
        if (
          isApiError(error) &&
          error.code === 'national_id_taken' &&
          mapped.fields.nationalId === undefined
        ) {
          mapped.fields.nationalId = t('problems.national_id_taken');
        }
        setOtherErrors(mapped.other);
        form.showErrors(mapped.fields);
      },
    });
  };

  const serverProblem =
    register.isError && !hasFieldErrors(form.errors) ? problemMessage(t, register.error) : null;

  return (
    <VStack gap="space-24" maxWidth="40rem">
      <VStack gap="space-8">
        <Heading level="1" size="large">
          {t('register.heading')}
        </Heading>
        <BodyLong>{t('register.intro')}</BodyLong>
      </VStack>

      <FormErrorSummary ref={form.summaryRef} entries={form.summaryEntries} />
      {serverProblem ? (
        <Alert variant="error" role="alert">
          {serverProblem}
        </Alert>
      ) : null}
      {otherErrors.length > 0 ? (
        <Alert variant="error" role="alert">
          {otherErrors.join(' ')}
        </Alert>
      ) : null}

      <form onSubmit={submit} noValidate aria-label={t('register.heading')}>
        <VStack gap="space-32">
          <Fieldset legend={t('register.personHeading')}>
            <VStack gap="space-20">
              <TextField
                id={FIELD_IDS.givenName}
                name="givenName"
                label={t('register.givenName')}
                autoComplete="off"
                value={values.givenName}
                onChange={change('givenName')}
                error={form.errors.givenName}
              />
              <TextField
                id={FIELD_IDS.familyName}
                name="familyName"
                label={t('register.familyName')}
                autoComplete="off"
                value={values.familyName}
                onChange={change('familyName')}
                error={form.errors.familyName}
              />
              <TextField
                id={FIELD_IDS.nationalId}
                name="nationalId"
                label={t('register.nationalId')}
                description={t('register.nationalIdDescription')}
                inputMode="numeric"
                autoComplete="off"
                htmlSize={14}
                value={values.nationalId}
                onChange={change('nationalId')}
                error={form.errors.nationalId}
              />
              <TextField
                id={FIELD_IDS.phone}
                name="phone"
                type="tel"
                label={t('register.phone')}
                autoComplete="off"
                htmlSize={20}
                value={values.phone}
                onChange={change('phone')}
                error={form.errors.phone}
              />
              <TextField
                id={FIELD_IDS.email}
                name="email"
                type="email"
                label={t('register.email')}
                autoComplete="off"
                value={values.email}
                onChange={change('email')}
                error={form.errors.email}
              />
            </VStack>
          </Fieldset>

          <Fieldset legend={t('register.referralHeading')}>
            <VStack gap="space-20">
              <Select
                id={FIELD_IDS.referralSource}
                name="referralSource"
                label={t('register.referralSource')}
                value={values.referralSource}
                onChange={change('referralSource')}
                error={form.errors.referralSource}
              >
                <option value="">{t('register.chooseReferralSource')}</option>
                {REFERRAL_SOURCES.map((source) => (
                  <option key={source} value={source}>
                    {t(`referralSources.${source}`)}
                  </option>
                ))}
              </Select>
              <DateField
                id={FIELD_IDS.referralDate}
                name="referralDate"
                label={t('register.referralDate')}
                description={t('register.referralDateDescription')}
                min={EARLIEST_REFERRAL_DATE}
                max={today}
                htmlSize={14}
                value={values.referralDate}
                onChange={change('referralDate')}
                error={form.errors.referralDate}
              />
            </VStack>
          </Fieldset>

          <HStack gap="space-16" wrap>
            <Button type="submit" loading={register.isPending}>
              {t('register.submit')}
            </Button>
            <Button as={RouterLink} to="/caseload" variant="tertiary">
              {t('common.cancel')}
            </Button>
          </HStack>
        </VStack>
      </form>
    </VStack>
  );
}
