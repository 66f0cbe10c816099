import { BodyLong, Heading, Link, VStack } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { homePathFor } from '../auth/homePath.ts';
import { useMe } from '../auth/MeContext.tsx';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';

/** Shown instead of a page the user's role cannot use. */
export function NotAvailablePage() {
  const { t } = useTranslation();
  const me = useMe();
  useDocumentTitle(t('notAvailable.heading'));
  return (
    <VStack gap="space-16" align="start">
      <Heading level="1" size="large">
        {t('notAvailable.heading')}
      </Heading>
      <BodyLong>{t('notAvailable.text', { role: t(`roles.${me.role}`) })}</BodyLong>
      <Link as={RouterLink} to={homePathFor(me.role)}>
        {t('notAvailable.home')}
      </Link>
    </VStack>
  );
}
