import { ShieldLockIcon } from '@navikt/aksel-icons';
import { BodyLong, Box, Heading, HStack, Link, VStack } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';

/**
 * The way from My page to "who sees what" and "who has seen my information". Kept apart from those pages so they
 * load only when opened.
 */
export function MyPrivacyEntry() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="my-privacy-entry-heading" data-testid="privacy-entry">
      <Box
        padding="space-16"
        borderWidth="1"
        borderColor="neutral-subtle"
        borderRadius="8"
        background="raised"
      >
        <HStack gap="space-12" wrap={false} align="start">
          <ShieldLockIcon aria-hidden fontSize="2rem" />
          <VStack gap="space-4">
            <Heading level="2" size="small" id="my-privacy-entry-heading">
              {t('consent.entry.heading')}
            </Heading>
            <BodyLong>{t('consent.entry.text')}</BodyLong>
            <ul className="inline-list">
              <li>
                <Link as={RouterLink} to="/my-page/sharing">
                  {t('consent.entry.sharingLink')}
                </Link>
              </li>
              <li>
                <Link as={RouterLink} to="/my-page/access-log">
                  {t('consent.entry.accessLogLink')}
                </Link>
              </li>
              <li>
                <Link as={RouterLink} to="/my-page/data" data-testid="my-data-link">
                  {t('privacy.entryLink')}
                </Link>
              </li>
              <li>
                <Link as={RouterLink} to="/notifications#contact-preferences">
                  {t('notifications.contact.entryLink')}
                </Link>
              </li>
            </ul>
          </VStack>
        </HStack>
      </Box>
    </section>
  );
}
