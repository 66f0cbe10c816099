import { WalletIcon } from '@navikt/aksel-icons';
import { BodyLong, Box, Heading, HStack, Link, VStack } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';

/**
 * The way into the calculator: on My page in the jobseeker's own words, on the participant page for staff. Kept
 * apart from the money pages so those pages load only when opened.
 */
function MoneyEntry({
  heading,
  text,
  link,
  to,
  headingId,
}: {
  heading: string;
  text: string;
  link: string;
  to: string;
  headingId: string;
}) {
  return (
    <section aria-labelledby={headingId} data-testid="money-entry">
      <Box
        padding="space-16"
        borderWidth="1"
        borderColor="neutral-subtle"
        borderRadius="8"
        background="raised"
      >
        <HStack gap="space-12" wrap={false} align="start">
          <WalletIcon aria-hidden fontSize="2rem" />
          <VStack gap="space-4">
            <Heading level="2" size="small" id={headingId}>
              {heading}
            </Heading>
            <BodyLong>{text}</BodyLong>
            <Link as={RouterLink} to={to}>
              {link}
            </Link>
          </VStack>
        </HStack>
      </Box>
    </section>
  );
}

export function MyMoneyEntry() {
  const { t } = useTranslation();
  return (
    <MoneyEntry
      headingId="my-money-entry-heading"
      heading={t('moneyEntry.myPageHeading')}
      text={t('moneyEntry.myPageText')}
      link={t('moneyEntry.myPageLink')}
      to="/my-page/money"
    />
  );
}

export function ParticipantMoneyEntry({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  return (
    <MoneyEntry
      headingId="participant-money-entry-heading"
      heading={t('moneyEntry.participantHeading')}
      text={t('moneyEntry.participantText')}
      link={t('moneyEntry.participantLink')}
      to={`/participants/${encodeURIComponent(participantId)}/money`}
    />
  );
}
