import {
  Alert,
  BodyLong,
  Button,
  Fieldset,
  Heading,
  HStack,
  Textarea,
  TextField,
  VStack,
} from '@navikt/ds-react';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateReferral, usePublicTeams } from '../api/referrals.ts';
import { ErrorState } from '../components/ErrorState.tsx';
import { FormErrorSummary } from '../components/FormErrorSummary.tsx';
import { LoadingState } from '../components/LoadingState.tsx';
import { hasFieldErrors } from '../forms/fieldErrors.ts';
import {
  EMPTY_STAFF_REFERRAL,
  MAX_REFERRAL_MESSAGE,
  mapReferralServerErrors,
  STAFF_REFERRAL_FIELDS,
  type StaffReferralField,
  type StaffReferralValues,
  toStaffReferral,
  validateStaffReferral,
} from '../forms/referralForms.ts';
import { useFormErrors } from '../forms/useFormErrors.ts';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';
import { useFocusRequest } from '../hooks/useFocusRequest.ts';
import { problemMessage } from '../i18n/problemMessage.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { TeamSelect } from './referrals/TeamSelect.tsx';

const FIELD_IDS: Record<StaffReferralField, string> = {
  teamId: 'referral-team',
  givenName: 'referral-given-name',
  familyName: 'referral-family-name',
  nationalId: 'referral-national-id',
  phone: 'referral-phone',
  email: 'referral-email',
  message: 'referral-message',
};

const fieldId = (field: StaffReferralField): string => FIELD_IDS[field];

/**
 * "Refer someone": a therapist or a NAV counsellor (or IPS staff) sends a person's referral to an IPS team's
 * inbox. Zero exclusion: there are no questions about whether the person is ready; only how to reach them.
 */
export function ReferPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('referrals.form.heading'));
  const language = useLanguage();
  const teams = usePublicTeams();
  const create = useCreateReferral();
  const [values, setValues] = useState<StaffReferralValues>(EMPTY_STAFF_REFERRAL);
  const [sent, setSent] = useState<{ name: string; team: string } | null>(null);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const form = useFormErrors(STAFF_REFERRAL_FIELDS, fieldId);
  const sentMessage = useFocusRequest<HTMLDivElement>();
  const problem = useFocusRequest<HTMLDivElement>();
  const firstField = useFocusRequest<HTMLInputElement>();

  const set = (field: StaffReferralField, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    form.clearField(field);
    if (field === 'email' || field === 'nationalId') form.clearField('phone');
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    create.reset();
    setOtherErrors([]);
    setSent(null);
    const errors = validateStaffReferral(t, values);
    form.showErrors(errors);
    if (hasFieldErrors(errors)) return;
    create.mutate(toStaffReferral(values), {
      onSuccess: (referral) => {
        const team = teams.data?.find((candidate) => candidate.id === values.teamId);
        setSent({ name: `${referral.givenName} ${referral.familyName}`, team: team?.name ?? '' });
        // The team stays chosen: people often refer several to the same team.
        setValues({ ...EMPTY_STAFF_REFERRAL, teamId: values.teamId });
        sentMessage.focus();
      },
      onError: (error) => {
        const mapped = mapReferralServerErrors(
          t,
          error,
          STAFF_REFERRAL_FIELDS,
          t('referrals.form.errors.contact'),
          values.phone.trim() !== '',
        );
        setOtherErrors(mapped.other);
        form.showErrors(mapped.fields);
        if (!hasFieldErrors(mapped.fields)) problem.focus();
      },
    });
  };

  const serverProblem =
    create.isError && !hasFieldErrors(form.errors) && otherErrors.length === 0
      ? problemMessage(t, create.error)
      : null;

  let content: ReactNode;
  if (teams.isPending) {
    content = <LoadingState label={t('referrals.form.loadingTeams')} />;
  } else if (teams.isError) {
    content = (
      <ErrorState
        heading={t('referrals.form.teamsError')}
        error={teams.error}
        onRetry={() => void teams.refetch()}
        retrying={teams.isFetching}
      />
    );
  } else {
    content = (
      <form onSubmit={submit} noValidate aria-label={t('referrals.form.heading')} data-testid="referral-form">
        <VStack gap="space-32">
          <TeamSelect
            id={FIELD_IDS.teamId}
            label={t('referrals.form.team')}
            description={t('referrals.form.teamDescription')}
            placeholder={t('referrals.form.chooseTeam')}
            otherRegion={t('referrals.form.otherRegion')}
            teams={teams.data}
            locale={language}
            value={values.teamId}
            onChange={(teamId) => set('teamId', teamId)}
            error={form.errors.teamId}
          />
          <Fieldset legend={t('referrals.form.personLegend')}>
            <VStack gap="space-20">
              <TextField
                ref={firstField.ref}
                id={FIELD_IDS.givenName}
                name="givenName"
                label={t('referrals.form.givenName')}
                autoComplete="off"
                value={values.givenName}
                onChange={(event) => set('givenName', event.target.value)}
                error={form.errors.givenName}
              />
              <TextField
                id={FIELD_IDS.familyName}
                name="familyName"
                label={t('referrals.form.familyName')}
                autoComplete="off"
                value={values.familyName}
                onChange={(event) => set('familyName', event.target.value)}
                error={form.errors.familyName}
              />
              <TextField
                id={FIELD_IDS.nationalId}
                name="nationalId"
                label={t('referrals.form.nationalId')}
                description={t('referrals.form.nationalIdDescription')}
                inputMode="numeric"
                autoComplete="off"
                htmlSize={14}
                value={values.nationalId}
                onChange={(event) => set('nationalId', event.target.value)}
                error={form.errors.nationalId}
              />
            </VStack>
          </Fieldset>
          <Fieldset
            legend={t('referrals.form.contactLegend')}
            description={t('referrals.form.contactDescription')}
          >
            <VStack gap="space-20">
              <TextField
                id={FIELD_IDS.phone}
                name="phone"
                type="tel"
                label={t('referrals.form.phone')}
                autoComplete="off"
                htmlSize={20}
                value={values.phone}
                onChange={(event) => set('phone', event.target.value)}
                error={form.errors.phone}
              />
              <TextField
                id={FIELD_IDS.email}
                name="email"
                type="email"
                label={t('referrals.form.email')}
                autoComplete="off"
                value={values.email}
                onChange={(event) => set('email', event.target.value)}
                error={form.errors.email}
              />
            </VStack>
          </Fieldset>
          <Textarea
            id={FIELD_IDS.message}
            name="message"
            label={t('referrals.form.message')}
            description={t('referrals.form.messageDescription')}
            minRows={3}
            maxLength={MAX_REFERRAL_MESSAGE}
            value={values.message}
            onChange={(event) => set('message', event.target.value)}
            error={form.errors.message}
          />
          <HStack gap="space-16" wrap>
            <Button type="submit" loading={create.isPending}>
              {t('referrals.form.submit')}
            </Button>
          </HStack>
        </VStack>
      </form>
    );
  }

  return (
    <VStack gap="space-24" maxWidth="40rem">
      <VStack gap="space-8">
        <Heading level="1" size="large">
          {t('referrals.form.heading')}
        </Heading>
        <BodyLong>{t('referrals.form.intro')}</BodyLong>
        <BodyLong>{t('referrals.form.consent')}</BodyLong>
      </VStack>
      {sent ? (
        <Alert
          variant="success"
          role="status"
          ref={sentMessage.ref}
          tabIndex={-1}
          data-testid="referral-sent"
        >
          <VStack gap="space-8" align="start">
            <BodyLong>
              {sent.team
                ? t('referrals.form.sent', { name: sent.name, team: sent.team })
                : t('referrals.form.sentNoTeam', { name: sent.name })}
            </BodyLong>
            <Button type="button" size="small" variant="secondary" onClick={() => firstField.focus()}>
              {t('referrals.form.referAnother')}
            </Button>
          </VStack>
        </Alert>
      ) : null}
      <FormErrorSummary ref={form.summaryRef} entries={form.summaryEntries} />
      {serverProblem || otherErrors.length > 0 ? (
        <Alert variant="error" role="alert" ref={problem.ref} tabIndex={-1}>
          {[serverProblem, ...otherErrors].filter(Boolean).join(' ')}
        </Alert>
      ) : null}
      {content}
    </VStack>
  );
}
