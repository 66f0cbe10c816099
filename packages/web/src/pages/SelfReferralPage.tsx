import {
  Alert,
  BodyLong,
  Box,
  Button,
  Fieldset,
  Heading,
  Link,
  Textarea,
  TextField,
  VStack,
} from '@navikt/ds-react';
import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { isApiError } from '../api/problem.ts';
import { type PublicTeam, usePublicTeams, useSelfReferral } from '../api/referrals.ts';
import { ErrorState } from '../components/ErrorState.tsx';
import { FormErrorSummary } from '../components/FormErrorSummary.tsx';
import { hasFieldErrors } from '../forms/fieldErrors.ts';
import {
  EMPTY_SELF_REFERRAL,
  MAX_REFERRAL_MESSAGE,
  mapReferralServerErrors,
  SELF_REFERRAL_FIELDS,
  type SelfReferralField,
  type SelfReferralValues,
  toSelfReferral,
  validateSelfReferral,
} from '../forms/referralForms.ts';
import { useFormErrors } from '../forms/useFormErrors.ts';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';
import { useFocusRequest } from '../hooks/useFocusRequest.ts';
import { problemMessage } from '../i18n/problemMessage.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { PublicShell } from '../layout/PublicShell.tsx';
import { TeamSelect } from './referrals/TeamSelect.tsx';
import './referrals/referrals.css';

const FIELD_IDS: Record<SelfReferralField, string> = {
  teamId: 'self-referral-team',
  givenName: 'self-referral-given-name',
  familyName: 'self-referral-family-name',
  phone: 'self-referral-phone',
  email: 'self-referral-email',
  message: 'self-referral-message',
};

const fieldId = (field: SelfReferralField): string => FIELD_IDS[field];

/** What happens after the form is sent, in three short steps. */
function WhatHappensNext() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="self-referral-next-heading">
      <Heading level="2" size="small" id="self-referral-next-heading" spacing>
        {t('selfReferral.nextHeading')}
      </Heading>
      <ol className="calm-steps">
        <li>{t('selfReferral.nextSteps.send')}</li>
        <li>{t('selfReferral.nextSteps.call')}</li>
        <li>{t('selfReferral.nextSteps.talk')}</li>
      </ol>
    </section>
  );
}

/** After sending: thanks, and who will get in touch and when. The heading takes focus. */
function Received({ team, byEmailOnly }: { team: PublicTeam; byEmailOnly: boolean }) {
  const { t } = useTranslation();
  const heading = useFocusRequest<HTMLHeadingElement>();
  const focusHeading = heading.focus;
  useEffect(() => focusHeading(), [focusHeading]);
  return (
    <Box padding="space-24" borderRadius="8" background="success-soft" data-testid="self-referral-received">
      <VStack gap="space-12">
        <Heading level="2" size="medium" ref={heading.ref} tabIndex={-1} className="focus-heading">
          {t('selfReferral.received.heading')}
        </Heading>
        <BodyLong>
          {byEmailOnly
            ? t('selfReferral.received.writeWithinWeek', { team: team.name })
            : t('selfReferral.received.callWithinWeek', { team: team.name })}
        </BodyLong>
        <BodyLong>{t('selfReferral.received.nothingMore')}</BodyLong>
      </VStack>
    </Box>
  );
}

/**
 * The public self-referral page: anyone who wants help finding work can ask an IPS team, without an account and
 * without any questions about whether they are "ready". Short sentences, plain words, and what happens next.
 */
export function SelfReferralPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('selfReferral.title'));
  const language = useLanguage();
  const teams = usePublicTeams();
  const send = useSelfReferral();
  const [values, setValues] = useState<SelfReferralValues>(EMPTY_SELF_REFERRAL);
  const [received, setReceived] = useState<{ team: PublicTeam; byEmailOnly: boolean } | null>(null);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const form = useFormErrors(SELF_REFERRAL_FIELDS, fieldId);
  const problem = useFocusRequest<HTMLDivElement>();

  const set = (field: SelfReferralField, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    form.clearField(field);
    // Either way of getting in touch is enough, so typing an e-mail address answers the phone field's message.
    if (field === 'email') form.clearField('phone');
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    send.reset();
    setOtherErrors([]);
    const errors = validateSelfReferral(t, values);
    form.showErrors(errors);
    if (hasFieldErrors(errors)) return;
    const body = toSelfReferral(values);
    send.mutate(body, {
      onSuccess: () => {
        const team = teams.data?.find((candidate) => candidate.id === body.teamId);
        if (team) setReceived({ team, byEmailOnly: body.phone === null });
      },
      onError: (error) => {
        const mapped = mapReferralServerErrors(
          t,
          error,
          SELF_REFERRAL_FIELDS,
          t('selfReferral.errors.contact'),
          values.phone.trim() !== '',
        );
        setOtherErrors(mapped.other);
        form.showErrors(mapped.fields);
        if (!hasFieldErrors(mapped.fields)) problem.focus();
      },
    });
  };

  const tooMany = send.isError && isApiError(send.error) && send.error.status === 429;
  const serverProblem =
    send.isError && !tooMany && !hasFieldErrors(form.errors) && otherErrors.length === 0
      ? problemMessage(t, send.error)
      : null;

  let content: ReactNode;
  if (received) {
    content = <Received team={received.team} byEmailOnly={received.byEmailOnly} />;
  } else if (teams.isPending) {
    content = <BodyLong role="status">{t('selfReferral.loadingTeams')}</BodyLong>;
  } else if (teams.isError) {
    content = (
      <ErrorState
        heading={t('selfReferral.teamsError')}
        error={teams.error}
        onRetry={() => void teams.refetch()}
        retrying={teams.isFetching}
      />
    );
  } else {
    content = (
      <VStack gap="space-24">
        <FormErrorSummary ref={form.summaryRef} entries={form.summaryEntries} />
        {tooMany ? (
          <Alert
            variant="warning"
            role="alert"
            ref={problem.ref}
            tabIndex={-1}
            data-testid="self-referral-too-many"
          >
            <Heading level="2" size="xsmall" spacing>
              {t('selfReferral.tooMany.heading')}
            </Heading>
            <BodyLong>{t('selfReferral.tooMany.text')}</BodyLong>
          </Alert>
        ) : null}
        {serverProblem || otherErrors.length > 0 ? (
          <Alert variant="error" role="alert" ref={problem.ref} tabIndex={-1}>
            {[serverProblem, ...otherErrors].filter(Boolean).join(' ')}
          </Alert>
        ) : null}
        <form
          onSubmit={submit}
          noValidate
          aria-labelledby="self-referral-form-heading"
          data-testid="self-referral-form"
        >
          <VStack gap="space-24">
            <Heading level="2" size="small" id="self-referral-form-heading">
              {t('selfReferral.formHeading')}
            </Heading>
            <TeamSelect
              id={FIELD_IDS.teamId}
              label={t('selfReferral.team')}
              description={t('selfReferral.teamDescription')}
              placeholder={t('selfReferral.chooseTeam')}
              otherRegion={t('selfReferral.otherRegion')}
              teams={teams.data}
              locale={language}
              value={values.teamId}
              onChange={(teamId) => set('teamId', teamId)}
              error={form.errors.teamId}
            />
            <TextField
              id={FIELD_IDS.givenName}
              name="givenName"
              label={t('selfReferral.givenName')}
              autoComplete="given-name"
              value={values.givenName}
              onChange={(event) => set('givenName', event.target.value)}
              error={form.errors.givenName}
            />
            <TextField
              id={FIELD_IDS.familyName}
              name="familyName"
              label={t('selfReferral.familyName')}
              autoComplete="family-name"
              value={values.familyName}
              onChange={(event) => set('familyName', event.target.value)}
              error={form.errors.familyName}
            />
            <Fieldset
              legend={t('selfReferral.contactLegend')}
              description={t('selfReferral.contactDescription')}
            >
              <VStack gap="space-16">
                <TextField
                  id={FIELD_IDS.phone}
                  name="phone"
                  type="tel"
                  label={t('selfReferral.phone')}
                  autoComplete="tel"
                  htmlSize={20}
                  value={values.phone}
                  onChange={(event) => set('phone', event.target.value)}
                  error={form.errors.phone}
                />
                <TextField
                  id={FIELD_IDS.email}
                  name="email"
                  type="email"
                  label={t('selfReferral.email')}
                  autoComplete="email"
                  value={values.email}
                  onChange={(event) => set('email', event.target.value)}
                  error={form.errors.email}
                />
              </VStack>
            </Fieldset>
            <Textarea
              id={FIELD_IDS.message}
              name="message"
              label={t('selfReferral.message')}
              description={t('selfReferral.messageDescription')}
              minRows={3}
              maxLength={MAX_REFERRAL_MESSAGE}
              value={values.message}
              onChange={(event) => set('message', event.target.value)}
              error={form.errors.message}
            />
            <BodyLong size="small">{t('selfReferral.privacy')}</BodyLong>
            <div>
              <Button type="submit" loading={send.isPending}>
                {t('selfReferral.submit')}
              </Button>
            </div>
          </VStack>
        </form>
      </VStack>
    );
  }

  return (
    <PublicShell>
      <Box maxWidth="36rem" marginInline="auto" paddingBlock="space-8">
        <VStack gap="space-32">
          <VStack gap="space-12">
            <Heading level="1" size="large">
              {t('selfReferral.heading')}
            </Heading>
            <BodyLong size="large">{t('selfReferral.lead')}</BodyLong>
            <BodyLong>{t('selfReferral.everyone')}</BodyLong>
          </VStack>
          {received ? null : <WhatHappensNext />}
          {content}
          <BodyLong size="small">
            {t('selfReferral.haveAccount')}{' '}
            <Link as={RouterLink} to="/login">
              {t('selfReferral.logIn')}
            </Link>
          </BodyLong>
        </VStack>
      </Box>
    </PublicShell>
  );
}
