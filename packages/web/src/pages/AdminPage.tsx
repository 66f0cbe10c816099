import { BodyLong, BodyShort, Heading, VStack } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { useOrganisations, useUsers } from '../api/admin.ts';
import { ErrorState } from '../components/ErrorState.tsx';
import { LoadingState } from '../components/LoadingState.tsx';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';
import { CreateOrganisationForm } from './admin/CreateOrganisationForm.tsx';
import { CreateUserForm } from './admin/CreateUserForm.tsx';
import { ExternalLoginsSection } from './admin/ExternalLoginsSection.tsx';
import { OrganisationsTable } from './admin/OrganisationsTable.tsx';
import { PrivacyRightsSection } from './admin/PrivacyRightsSection.tsx';
import { UsersTable } from './admin/UsersTable.tsx';

const ORGANISATIONS_HEADING = 'admin-organisations-heading';
const USERS_HEADING = 'admin-users-heading';

function OrganisationsSection() {
  const { t } = useTranslation();
  const organisations = useOrganisations();
  return (
    <div>
      <VStack gap="space-16">
        <Heading level="2" size="medium" id={ORGANISATIONS_HEADING}>
          {t('admin.organisations.heading')}
        </Heading>
        {organisations.isPending ? (
          <LoadingState label={t('admin.organisations.loading')} />
        ) : organisations.isError ? (
          <ErrorState
            heading={t('admin.organisations.loadError')}
            headingLevel="3"
            error={organisations.error}
            onRetry={() => void organisations.refetch()}
            retrying={organisations.isFetching}
          />
        ) : organisations.data.length === 0 ? (
          <BodyShort>{t('admin.organisations.empty')}</BodyShort>
        ) : (
          <OrganisationsTable organisations={organisations.data} labelledBy={ORGANISATIONS_HEADING} />
        )}
        <CreateOrganisationForm />
      </VStack>
    </div>
  );
}

function UsersSection() {
  const { t } = useTranslation();
  const users = useUsers();
  const organisations = useOrganisations();
  return (
    <div>
      <VStack gap="space-16">
        <Heading level="2" size="medium" id={USERS_HEADING}>
          {t('admin.users.heading')}
        </Heading>
        {users.isPending ? (
          <LoadingState label={t('admin.users.loading')} />
        ) : users.isError ? (
          <ErrorState
            heading={t('admin.users.loadError')}
            headingLevel="3"
            error={users.error}
            onRetry={() => void users.refetch()}
            retrying={users.isFetching}
          />
        ) : users.data.length === 0 ? (
          <BodyShort>{t('admin.users.empty')}</BodyShort>
        ) : (
          <UsersTable
            users={users.data}
            organisations={organisations.data ?? []}
            labelledBy={USERS_HEADING}
          />
        )}
        {organisations.data ? <CreateUserForm organisations={organisations.data} /> : null}
      </VStack>
    </div>
  );
}

export function AdminPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.heading'));
  return (
    <VStack gap="space-40">
      <VStack gap="space-8">
        <Heading level="1" size="large">
          {t('admin.heading')}
        </Heading>
        <BodyLong>{t('admin.intro')}</BodyLong>
      </VStack>
      <OrganisationsSection />
      <UsersSection />
      <PrivacyRightsSection />
      <ExternalLoginsSection />
    </VStack>
  );
}
