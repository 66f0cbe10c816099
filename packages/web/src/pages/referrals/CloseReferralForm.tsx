import { Alert, BodyLong, Button, Heading, HStack, Radio, RadioGroup, VStack } from '@navikt/ds-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ReferralFilter, useCloseReferral, useReloadReferrals } from '../../api/referrals.ts';
import type { Referral } from '../../api/types.ts';
import { FormErrorSummary } from '../../components/FormErrorSummary.tsx';
import { useFormErrors } from '../../forms/useFormErrors.ts';
import { useFocusRequest } from '../../hooks/useFocusRequest.ts';
import { problemMessage } from '../../i18n/problemMessage.ts';
import { StaleVersionNotice } from '../participant/StaleVersionNotice.tsx';
import { isStaleVersion, useStaleVersionOf } from '../participant/staleVersion.ts';

export const CLOSE_REASONS = ['duplicate', 'withdrawn'] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

function isCloseReason(value: string): value is CloseReason {
  return (CLOSE_REASONS as readonly string[]).includes(value);
}

const CLOSE_FIELDS = ['status'] as const;

/**
 * Closes a referral without making the person a participant: a duplicate, or withdrawn. Choosing the reason and
 * pressing "Close the referral" is the confirmation; nothing happens before that.
 */
export function CloseReferralForm({
  referral,
  filter,
  initialReason,
  onClosed,
  onCancel,
  onGone,
}: {
  referral: Referral;
  filter: ReferralFilter;
  initialReason: CloseReason | null;
  onClosed: (reason: CloseReason) => void;
  onCancel: () => void;
  onGone: () => void;
}) {
  const { t } = useTranslation();
  const close = useCloseReferral();
  const [baseVersion, setBaseVersion] = useState(referral.version);
  const stale = useStaleVersionOf(useReloadReferrals(filter), (referrals) => {
    const latest = referrals.find((candidate) => candidate.id === referral.id);
    if (latest?.status === 'new') setBaseVersion(latest.version);
    else onGone();
  });
  const [reason, setReason] = useState<string>(initialReason ?? '');
  const headingId = `close-${referral.id}-heading`;
  const reasonId = `close-${referral.id}-reason`;
  const name = `${referral.givenName} ${referral.familyName}`;
  const form = useFormErrors(CLOSE_FIELDS, () => reasonId);
  const heading = useFocusRequest<HTMLHeadingElement>();
  const result = useFocusRequest<HTMLDivElement>();
  const focusHeading = heading.focus;
  useEffect(() => focusHeading(), [focusHeading]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    close.reset();
    stale.clear();
    if (!isCloseReason(reason)) {
      form.showErrors({ status: t('referrals.close.errors.reason') });
      return;
    }
    form.clearAll();
    close.mutate(
      { referralId: referral.id, version: baseVersion, body: { status: reason } },
      {
        onSuccess: () => onClosed(reason),
        onError: (error) => {
          if (isStaleVersion(error)) stale.conflict();
          else result.focus();
        },
      },
    );
  };

  const serverProblem = close.isError && !isStaleVersion(close.error) ? problemMessage(t, close.error) : null;

  return (
    <section className="form-panel" aria-labelledby={headingId} data-testid="close-referral-form">
      <VStack gap="space-16">
        <Heading
          level="4"
          size="xsmall"
          id={headingId}
          ref={heading.ref}
          tabIndex={-1}
          className="focus-heading"
        >
          {t('referrals.close.heading', { name })}
        </Heading>
        <BodyLong size="small">{t('referrals.close.intro')}</BodyLong>
        <FormErrorSummary ref={form.summaryRef} entries={form.summaryEntries} />
        <StaleVersionNotice
          stale={stale}
          heading={t('referrals.stale.heading')}
          text={t('referrals.stale.text')}
        />
        {serverProblem ? (
          <Alert variant="error" role="alert" ref={result.ref} tabIndex={-1}>
            {serverProblem}
          </Alert>
        ) : null}
        <form onSubmit={submit} noValidate aria-labelledby={headingId}>
          <VStack gap="space-16">
            <RadioGroup
              legend={t('referrals.close.reason')}
              value={reason}
              onChange={(value: string) => {
                setReason(value);
                form.clearField('status');
              }}
              error={form.errors.status}
            >
              {CLOSE_REASONS.map((option, index) => (
                <Radio
                  key={option}
                  value={option}
                  id={index === 0 ? reasonId : undefined}
                  description={t(`referrals.close.reasonDescriptions.${option}`)}
                >
                  {t(`referrals.close.reasons.${option}`)}
                </Radio>
              ))}
            </RadioGroup>
            <HStack gap="space-12" wrap>
              <Button type="submit" size="small" variant="danger" loading={close.isPending}>
                {t('referrals.close.submit')}
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
