import { maskNationalId, ROLES, type Role } from '@ips-bridge/domain';
import { CheckmarkIcon, ExclamationmarkTriangleIcon, XMarkIcon } from '@navikt/aksel-icons';
import { BodyShort, Box, Button, Heading, HStack, Link, Tag, VStack } from '@navikt/ds-react';
import type { TFunction } from 'i18next';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { ReferralFilter } from '../../api/referrals.ts';
import type { Referral } from '../../api/types.ts';
import { useFocusRequest } from '../../hooks/useFocusRequest.ts';
import { formatLocalDate } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { AcceptReferralForm } from './AcceptReferralForm.tsx';
import { type CloseReason, CloseReferralForm } from './CloseReferralForm.tsx';

/** IPS aims to contact a referred person within a week; a referral waiting longer says so in words. */
export const REFERRAL_WAIT_TARGET_DAYS = 7;

type Open = { form: 'accept' } | { form: 'close'; reason: CloseReason | null } | null;

const STATUS_COLOURS = {
  new: 'info',
  accepted: 'success',
  duplicate: 'neutral',
  withdrawn: 'neutral',
} as const;

function WaitingTag({ days }: { days: number }) {
  const { t } = useTranslation();
  return (
    <Tag
      variant="moderate"
      data-color="warning"
      size="small"
      icon={<ExclamationmarkTriangleIcon aria-hidden />}
      data-testid="referral-waiting-long"
    >
      {t('referrals.inbox.waitingLong', { count: days, target: REFERRAL_WAIT_TARGET_DAYS })}
    </Tag>
  );
}

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Who sent the referral: the person themself, or a professional with their role. */
function referredByText(t: TFunction, referral: Referral): string {
  if (referral.source === 'self') return t('referrals.inbox.referredThemself');
  if (!referral.referredBy) return t(`referralSources.${referral.source}`);
  const { displayName, role } = referral.referredBy;
  return isRole(role)
    ? t('referrals.inbox.referredByWithRole', { name: displayName, role: t(`roles.${role}`) })
    : displayName;
}

/**
 * One referral in the inbox: who, since when and from whom, how to reach them and their message. New referrals
 * can be accepted or closed; each opens a small form in the card.
 */
export function ReferralCard({
  referral,
  filter,
  onClosed,
  onGone,
}: {
  referral: Referral;
  filter: ReferralFilter;
  onClosed: (referral: Referral, reason: CloseReason) => void;
  onGone: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [open, setOpen] = useState<Open>(null);
  const acceptButton = useFocusRequest<HTMLButtonElement>();
  const closeButton = useFocusRequest<HTMLButtonElement>();
  const name = `${referral.givenName} ${referral.familyName}`;
  const headingId = `referral-${referral.id}-heading`;
  const isNew = referral.status === 'new';
  const notGiven = <span className="text-subtle">{t('referrals.inbox.notGiven')}</span>;

  const details: Array<{ label: string; value: ReactNode }> = [
    { label: t('referrals.inbox.referredBy'), value: referredByText(t, referral) },
    { label: t('referrals.inbox.phone'), value: referral.phone ?? notGiven },
    { label: t('referrals.inbox.email'), value: referral.email ?? notGiven },
    {
      label: t('referrals.inbox.nationalId'),
      value: referral.nationalId ? maskNationalId(referral.nationalId) : notGiven,
    },
    {
      label: t('referrals.inbox.message'),
      value:
        referral.message.trim() === '' ? (
          <span className="text-subtle">{t('referrals.inbox.noMessage')}</span>
        ) : (
          <span className="preserve-lines">{referral.message}</span>
        ),
    },
  ];

  return (
    <li data-testid="referral" data-status={referral.status} data-referral-name={name}>
      <Box
        padding="space-16"
        borderWidth="1"
        borderColor="neutral-subtle"
        borderRadius="8"
        background="raised"
      >
        <section aria-labelledby={headingId}>
          <VStack gap="space-16">
            <VStack gap="space-8" align="start">
              <Heading level="3" size="small" id={headingId}>
                {name}
              </Heading>
              <BodyShort data-testid="referral-received">
                {isNew
                  ? t('referrals.inbox.receivedWaiting', {
                      date: formatLocalDate(referral.receivedOn, language),
                      count: referral.daysWaiting,
                    })
                  : t('referrals.inbox.received', { date: formatLocalDate(referral.receivedOn, language) })}
              </BodyShort>
              <HStack gap="space-8" wrap>
                <Tag variant="moderate" size="small" data-color={STATUS_COLOURS[referral.status]}>
                  {t(`referrals.statuses.${referral.status}`)}
                </Tag>
                {isNew && referral.daysWaiting > REFERRAL_WAIT_TARGET_DAYS ? (
                  <WaitingTag days={referral.daysWaiting} />
                ) : null}
              </HStack>
            </VStack>
            <dl className="card-details card-details--inline">
              {details.map((detail) => (
                <div key={detail.label}>
                  <dt>{detail.label}</dt>
                  <dd>{detail.value}</dd>
                </div>
              ))}
            </dl>
            {referral.status === 'accepted' && referral.participantId ? (
              <div>
                <Link as={RouterLink} to={`/participants/${encodeURIComponent(referral.participantId)}`}>
                  {t('referrals.inbox.openParticipant', { name })}
                </Link>
              </div>
            ) : null}
            {isNew && open === null ? (
              <HStack gap="space-12" wrap>
                <Button
                  ref={acceptButton.ref}
                  type="button"
                  size="small"
                  icon={<CheckmarkIcon aria-hidden />}
                  onClick={() => setOpen({ form: 'accept' })}
                  data-testid="accept-referral"
                >
                  {t('referrals.inbox.accept')}
                </Button>
                <Button
                  ref={closeButton.ref}
                  type="button"
                  size="small"
                  variant="secondary"
                  icon={<XMarkIcon aria-hidden />}
                  onClick={() => setOpen({ form: 'close', reason: null })}
                  data-testid="close-referral"
                >
                  {t('referrals.inbox.close')}
                </Button>
              </HStack>
            ) : null}
            {isNew && open?.form === 'accept' ? (
              <AcceptReferralForm
                referral={referral}
                filter={filter}
                onCancel={() => {
                  setOpen(null);
                  acceptButton.focus();
                }}
                onCloseAsDuplicate={() => setOpen({ form: 'close', reason: 'duplicate' })}
                onGone={onGone}
              />
            ) : null}
            {isNew && open?.form === 'close' ? (
              <CloseReferralForm
                referral={referral}
                filter={filter}
                initialReason={open.reason}
                onClosed={(reason) => onClosed(referral, reason)}
                onCancel={() => {
                  setOpen(null);
                  closeButton.focus();
                }}
                onGone={onGone}
              />
            ) : null}
          </VStack>
        </section>
      </Box>
    </li>
  );
}
