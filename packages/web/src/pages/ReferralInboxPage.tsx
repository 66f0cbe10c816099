import { PlusIcon } from '@navikt/aksel-icons';
import { Alert, BodyLong, BodyShort, Box, Button, Heading, HStack, Select, VStack } from '@navikt/ds-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { isReferralFilter, REFERRAL_FILTERS, type ReferralFilter, useReferrals } from '../api/referrals.ts';
import type { Referral } from '../api/types.ts';
import { useMe } from '../auth/MeContext.tsx';
import { ErrorState } from '../components/ErrorState.tsx';
import { LoadingState } from '../components/LoadingState.tsx';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';
import { useFocusRequest } from '../hooks/useFocusRequest.ts';
import type { CloseReason } from './referrals/CloseReferralForm.tsx';
import { REFERRAL_WAIT_TARGET_DAYS, ReferralCard } from './referrals/ReferralCard.tsx';
import './referrals/referrals.css';

const LIST_HEADING_ID = 'referral-inbox-list-heading';

/** New referrals longest-waiting first, so the oldest is handled first; closed ones as the server lists them. */
function ordered(referrals: readonly Referral[], filter: ReferralFilter): Referral[] {
  if (filter !== 'new') return [...referrals];
  return [...referrals].sort((a, b) => b.daysWaiting - a.daysWaiting);
}

/**
 * The team's referral inbox for employment specialists and supervisors: new referrals with how long they have
 * waited (over a week is said in words), who referred, and the message. Accept makes the person a participant;
 * close marks a duplicate or a withdrawn referral. A filter shows the closed ones.
 */
export function ReferralInboxPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('referrals.inbox.heading'));
  const me = useMe();
  const [searchParams, setSearchParams] = useSearchParams();
  const param = searchParams.get('status');
  const filter: ReferralFilter = isReferralFilter(param) ? param : 'new';
  const referrals = useReferrals(filter);
  const [notice, setNotice] = useState<{ variant: 'success' | 'info'; text: string } | null>(null);
  const noticeMessage = useFocusRequest<HTMLDivElement>();

  const show = (next: { variant: 'success' | 'info'; text: string }) => {
    setNotice(next);
    noticeMessage.focus();
  };

  const changeFilter = (value: string) => {
    setNotice(null);
    setSearchParams(value === 'new' ? {} : { status: value }, { replace: true });
  };

  let content: ReactNode;
  if (referrals.isPending) {
    content = <LoadingState label={t('referrals.inbox.loading')} />;
  } else if (referrals.isError) {
    content = (
      <ErrorState
        heading={t('referrals.inbox.loadError')}
        error={referrals.error}
        onRetry={() => void referrals.refetch()}
        retrying={referrals.isFetching}
      />
    );
  } else if (referrals.data.length === 0) {
    content = (
      <Box padding="space-24" background="neutral-soft" borderRadius="8" data-testid="referral-inbox-empty">
        <BodyLong>{t(`referrals.inbox.empty.${filter}`)}</BodyLong>
      </Box>
    );
  } else {
    content = (
      <ul className="card-list" aria-labelledby={LIST_HEADING_ID} data-testid="referral-inbox">
        {ordered(referrals.data, filter).map((referral) => (
          <ReferralCard
            key={referral.id}
            referral={referral}
            filter={filter}
            onClosed={(closed: Referral, reason: CloseReason) =>
              show({
                variant: 'success',
                text: t(`referrals.close.done.${reason}`, {
                  name: `${closed.givenName} ${closed.familyName}`,
                }),
              })
            }
            onGone={() => show({ variant: 'info', text: t('referrals.stale.gone') })}
          />
        ))}
      </ul>
    );
  }

  return (
    <VStack gap="space-24">
      <VStack gap="space-8">
        <Heading level="1" size="large">
          {t('referrals.inbox.heading')}
        </Heading>
        <BodyLong>
          {me.team
            ? t('referrals.inbox.intro', { team: me.team.name, target: REFERRAL_WAIT_TARGET_DAYS })
            : t('referrals.inbox.introNoTeam', { target: REFERRAL_WAIT_TARGET_DAYS })}
        </BodyLong>
      </VStack>
      <HStack gap="space-16" align="end" justify="space-between" wrap>
        <Select
          className="referral-filter"
          label={t('referrals.inbox.filter')}
          value={filter}
          onChange={(event) => changeFilter(event.target.value)}
          data-testid="referral-filter"
        >
          {REFERRAL_FILTERS.map((option) => (
            <option key={option} value={option}>
              {t(`referrals.inbox.filters.${option}`)}
            </option>
          ))}
        </Select>
        <Button as={RouterLink} to="/refer" variant="secondary" size="small" icon={<PlusIcon aria-hidden />}>
          {t('referrals.inbox.referSomeone')}
        </Button>
      </HStack>
      {notice ? (
        <Alert
          variant={notice.variant}
          size="small"
          role="status"
          ref={noticeMessage.ref}
          tabIndex={-1}
          data-testid="referral-inbox-notice"
        >
          {notice.text}
        </Alert>
      ) : null}
      <section aria-labelledby={LIST_HEADING_ID}>
        <VStack gap="space-12">
          <VStack gap="space-2">
            <Heading level="2" size="medium" id={LIST_HEADING_ID}>
              {t(`referrals.inbox.filters.${filter}`)}
            </Heading>
            {referrals.data ? (
              <BodyShort aria-live="polite" data-testid="referral-count">
                {t('referrals.inbox.count', { count: referrals.data.length })}
              </BodyShort>
            ) : null}
          </VStack>
          {content}
        </VStack>
      </section>
    </VStack>
  );
}
