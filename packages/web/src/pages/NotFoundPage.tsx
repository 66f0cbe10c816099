import { BodyLong, Heading, Link, VStack } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { homePathFor } from '../auth/homePath.ts';
import { useOptionalMe } from '../auth/MeContext.tsx';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';

/** The page for addresses that do not exist. */
export function NotFoundPage() {
  const { t } = useTranslation();
  const me = useOptionalMe();
  useDocumentTitle(t('notFound.heading'));
  return (
    <VStack gap="space-16" align="start" data-testid="not-found">
      <Heading level="1" size="large">
        {t('notFound.heading')}
      </Heading>
      <BodyLong>{t('notFound.text')}</BodyLong>
      <Link as={RouterLink} to={me ? homePathFor(me.role) : '/login'}>
        {t('notFound.home')}
      </Link>
    </VStack>
  );
}
