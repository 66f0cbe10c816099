import { Alert, BodyLong, Button, Heading, HStack, Select, TextField, VStack } from '@navikt/ds-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isApiError } from '../../api/problem.ts';
import {
  type ReferralFilter,
  useAcceptReferral,
  useReloadReferrals,
  useTeamSpecialists,
} from '../../api/referrals.ts';
import type { Referral } from '../../api/types.ts';
import { useMe } from '../../auth/MeContext.tsx';
import { FormErrorSummary } from '../../components/FormErrorSummary.tsx';
import { hasFieldErrors } from '../../forms/fieldErrors.ts';
import {
  ACCEPT_FIELDS,
  type AcceptField,
  type AcceptValues,
  mapReferralServerErrors,
  toAcceptReferral,
  validateAccept,
} from '../../forms/referralForms.ts';
import { useFormErrors } from '../../forms/useFormErrors.ts';
import { useFocusRequest } from '../../hooks/useFocusRequest.ts';
import { problemMessage } from '../../i18n/problemMessage.ts';
import { StaleVersionNotice } from '../participant/StaleVersionNotice.tsx';
import { isStaleVersion, useStaleVersionOf } from '../participant/staleVersion.ts';

/**
 * Accepts a referral: the person becomes a participant with their identity number (checked in the browser first)
 * and the employment specialist who will follow them (by default the one accepting). If the number is already
 * registered, the form suggests closing the referral as a duplicate instead.
 */
export function AcceptReferralForm({
  referral,
  filter,
  onCancel,
  onCloseAsDuplicate,
  onGone,
}: {
  referral: Referral;
  filter: ReferralFilter;
  onCancel: () => void;
  onCloseAsDuplicate: () => void;
  /** Called when, after a refused save, the referral turns out to be handled by someone else. */
  onGone: () => void;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const accept = useAcceptReferral();
  const isSpecialist = me.role === 'employment_specialist';
  const specialists = useTeamSpecialists(!isSpecialist);
  const [baseVersion, setBaseVersion] = useState(referral.version);
  const stale = useStaleVersionOf(useReloadReferrals(filter), (referrals) => {
    const latest = referrals.find((candidate) => candidate.id === referral.id);
    if (latest?.status === 'new') setBaseVersion(latest.version);
    else onGone();
  });
  const [values, setValues] = useState<AcceptValues>({
    nationalId: referral.nationalId ?? '',
    specialistId: isSpecialist ? me.id : '',
  });
  const [duplicate, setDuplicate] = useState(false);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const ids: Record<AcceptField, string> = {
    nationalId: `accept-${referral.id}-national-id`,
    specialistId: `accept-${referral.id}-specialist`,
  };
  const headingId = `accept-${referral.id}-heading`;
  const name = `${referral.givenName} ${referral.familyName}`;
  const form = useFormErrors(ACCEPT_FIELDS, (field) => ids[field]);
  const input = useFocusRequest<HTMLInputElement>();
  const result = useFocusRequest<HTMLDivElement>();
  const focusInput = input.focus;
  useEffect(() => focusInput(), [focusInput]);

  const set = (field: AcceptField, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    form.clearField(field);
    if (field === 'nationalId') setDuplicate(false);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    accept.reset();
    stale.clear();
    setDuplicate(false);
    setOtherErrors([]);
    const errors = validateAccept(t, values);
    form.showErrors(errors);
    if (hasFieldErrors(errors)) return;
    accept.mutate(
      { referralId: referral.id, version: baseVersion, body: toAcceptReferral(values) },
      {
        onSuccess: (participant) => {
          navigate(`/participants/${encodeURIComponent(participant.id)}`, { state: { created: true } });
        },
        onError: (error) => {
          if (isStaleVersion(error)) {
            stale.conflict();
            return;
          }
          if (isApiError(error) && error.code === 'national_id_taken') {
            setDuplicate(true);
            form.showErrors({ nationalId: t('referrals.accept.errors.taken') });
            return;
          }
          const mapped = mapReferralServerErrors(t, error, ACCEPT_FIELDS, '', false);
          setOtherErrors(mapped.other);
          form.showErrors(mapped.fields);
          if (!hasFieldErrors(mapped.fields)) result.focus();
        },
      },
    );
  };

  const serverProblem =
    accept.isError &&
    !isStaleVersion(accept.error) &&
    !hasFieldErrors(form.errors) &&
    otherErrors.length === 0
      ? problemMessage(t, accept.error)
      : null;

  const colleagues = (specialists.data ?? []).filter((specialist) => specialist.id !== me.id);

  return (
    <section className="form-panel" aria-labelledby={headingId} data-testid="accept-referral-form">
      <VStack gap="space-16">
        <Heading level="4" size="xsmall" id={headingId}>
          {t('referrals.accept.heading', { name })}
        </Heading>
        <BodyLong size="small">{t('referrals.accept.intro')}</BodyLong>
        <FormErrorSummary ref={form.summaryRef} entries={form.summaryEntries} />
        <StaleVersionNotice
          stale={stale}
          heading={t('referrals.stale.heading')}
          text={t('referrals.stale.text')}
        />
        {duplicate ? (
          <Alert variant="info" size="small" data-testid="accept-duplicate-hint">
            <VStack gap="space-8" align="start">
              <BodyLong size="small">{t('referrals.accept.duplicateHint')}</BodyLong>
              <Button type="button" size="small" variant="secondary" onClick={onCloseAsDuplicate}>
                {t('referrals.accept.closeAsDuplicate')}
              </Button>
            </VStack>
          </Alert>
        ) : null}
        {serverProblem || otherErrors.length > 0 ? (
          <Alert variant="error" role="alert" ref={result.ref} tabIndex={-1}>
            {[serverProblem, ...otherErrors].filter(Boolean).join(' ')}
          </Alert>
        ) : null}
        <form onSubmit={submit} noValidate aria-labelledby={headingId}>
          <VStack gap="space-16">
            <TextField
              ref={input.ref}
              id={ids.nationalId}
              name="nationalId"
              label={t('referrals.accept.nationalId')}
              description={t('referrals.accept.nationalIdDescription')}
              inputMode="numeric"
              autoComplete="off"
              htmlSize={14}
              value={values.nationalId}
              onChange={(event) => set('nationalId', event.target.value)}
              error={form.errors.nationalId}
            />
            <Select
              id={ids.specialistId}
              name="specialistId"
              label={t('referrals.accept.specialist')}
              description={t('referrals.accept.specialistDescription')}
              value={values.specialistId}
              onChange={(event) => set('specialistId', event.target.value)}
              error={form.errors.specialistId}
            >
              {isSpecialist ? (
                <option value={me.id}>{t('referrals.accept.me', { name: me.displayName })}</option>
              ) : null}
              {colleagues.map((specialist) => (
                <option key={specialist.id} value={specialist.id}>
                  {specialist.displayName}
                </option>
              ))}
              <option value="">{t('referrals.accept.later')}</option>
            </Select>
            <HStack gap="space-12" wrap>
              <Button type="submit" size="small" loading={accept.isPending}>
                {t('referrals.accept.submit')}
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
