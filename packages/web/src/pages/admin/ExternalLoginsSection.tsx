import type { OidcProvider } from '@ips-bridge/domain';
import {
  Alert,
  BodyLong,
  BodyShort,
  Button,
  Heading,
  HStack,
  Select,
  TextField,
  VStack,
} from '@navikt/ds-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUsers } from '../../api/admin.ts';
import { useLinkIdentity, useOidcProviders, useUnlinkIdentity, useUserIdentities } from '../../api/oidc.ts';
import type { UserIdentityItem } from '../../api/types.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { FormErrorSummary } from '../../components/FormErrorSummary.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { hasFieldErrors, mapServerFieldErrors } from '../../forms/fieldErrors.ts';
import { useFormErrors } from '../../forms/useFormErrors.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { problemMessage } from '../../i18n/problemMessage.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';

const FIELDS = ['userId', 'provider', 'subject'] as const;
type Field = (typeof FIELDS)[number];
const fieldId = (field: Field) => `link-identity-${field}`;

/** Link an external login (ID-porten, Entra ID, HelseID) to a user, and see or remove a user's links. */
export function ExternalLoginsSection() {
  const { t } = useTranslation();
  const providers = useOidcProviders();
  const users = useUsers();
  const [userId, setUserId] = useState('');
  if (!providers.data || providers.data.length === 0) return null;
  return (
    <section aria-labelledby="admin-external-logins-heading">
      <VStack gap="space-16">
        <Heading level="2" size="medium" id="admin-external-logins-heading">
          {t('oidc.admin.heading')}
        </Heading>
        <BodyLong>{t('oidc.admin.intro')}</BodyLong>
        <Select
          className="list-search"
          id={fieldId('userId')}
          label={t('oidc.admin.user')}
          value={userId}
          onChange={(event) => setUserId(event.target.value)}
        >
          <option value="">{t('oidc.admin.chooseUser')}</option>
          {(users.data ?? []).map((user) => (
            <option key={user.id} value={user.id}>
              {user.displayName} ({user.username}, {t(`roles.${user.role}`)})
            </option>
          ))}
        </Select>
        {userId === '' ? null : (
          <>
            <IdentityList userId={userId} />
            <LinkForm key={userId} userId={userId} providers={providers.data} />
          </>
        )}
      </VStack>
    </section>
  );
}

function IdentityList({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const identities = useUserIdentities(userId);
  const [removed, setRemoved] = useState(false);
  return (
    <VStack gap="space-8">
      <Heading level="3" size="small">
        {t('oidc.admin.listHeading')}
      </Heading>
      {removed ? (
        <Alert variant="success" size="small" role="status">
          {t('oidc.admin.removed')}
        </Alert>
      ) : null}
      {identities.isPending ? (
        <LoadingState label={t('oidc.admin.loading')} />
      ) : identities.isError ? (
        <ErrorState
          heading={t('oidc.admin.loadError')}
          headingLevel="3"
          error={identities.error}
          onRetry={() => void identities.refetch()}
          retrying={identities.isFetching}
        />
      ) : identities.data.length === 0 ? (
        <BodyShort>{t('oidc.admin.empty')}</BodyShort>
      ) : (
        <ul className="card-list">
          {identities.data.map((identity) => (
            <IdentityRow
              key={identity.id}
              userId={userId}
              identity={identity}
              onRemoved={() => setRemoved(true)}
            />
          ))}
        </ul>
      )}
    </VStack>
  );
}

function IdentityRow(props: { userId: string; identity: UserIdentityItem; onRemoved: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const unlink = useUnlinkIdentity(props.userId);
  const [confirming, setConfirming] = useState(false);
  const { identity } = props;
  const provider = t(`oidc.providers.${identity.provider}`);
  return (
    <li data-testid="linked-identity">
      <VStack gap="space-4">
        <BodyShort weight="semibold" style={{ overflowWrap: 'anywhere' }}>
          {provider}: <code>{identity.subject}</code>
        </BodyShort>
        <BodyShort size="small">
          {t(`oidc.admin.linkedHow.${identity.linkedHow}`)} ·{' '}
          {identity.lastLoginAt
            ? t('oidc.admin.lastLogin', { time: formatDateTime(identity.lastLoginAt, language) })
            : t('oidc.admin.neverUsed')}
        </BodyShort>
        {unlink.isError ? (
          <Alert variant="error" size="small" role="alert">
            {problemMessage(t, unlink.error)}
          </Alert>
        ) : null}
        {confirming ? (
          <VStack gap="space-8">
            <BodyShort>{t('oidc.admin.confirmRemove', { provider })}</BodyShort>
            <HStack gap="space-8">
              <Button
                size="small"
                variant="danger"
                loading={unlink.isPending}
                onClick={() => unlink.mutate(identity.id, { onSuccess: props.onRemoved })}
              >
                {t('oidc.admin.confirm')}
              </Button>
              <Button size="small" variant="tertiary" onClick={() => setConfirming(false)}>
                {t('oidc.admin.cancel')}
              </Button>
            </HStack>
          </VStack>
        ) : (
          <div>
            <Button size="small" variant="secondary" onClick={() => setConfirming(true)}>
              {t('oidc.admin.remove')}
            </Button>
          </div>
        )}
      </VStack>
    </li>
  );
}

function LinkForm({ userId, providers }: { userId: string; providers: OidcProvider[] }) {
  const { t } = useTranslation();
  const link = useLinkIdentity(userId);
  const [provider, setProvider] = useState('');
  const [subject, setSubject] = useState('');
  const [linked, setLinked] = useState(false);
  const form = useFormErrors(FIELDS, fieldId);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    link.reset();
    setLinked(false);
    const errors: Partial<Record<Field, string>> = {};
    if (provider === '') errors.provider = t('oidc.admin.providerRequired');
    if (subject.trim() === '') errors.subject = t('oidc.admin.subjectRequired');
    form.showErrors(errors);
    if (hasFieldErrors(errors)) return;
    link.mutate(
      { provider: provider as OidcProvider, subject: subject.trim() },
      {
        onSuccess: () => {
          setLinked(true);
          setSubject('');
        },
        onError: (error) => form.showErrors(mapServerFieldErrors(t, error, FIELDS).fields),
      },
    );
  };

  return (
    <div className="form-panel">
      <VStack gap="space-16">
        <FormErrorSummary ref={form.summaryRef} entries={form.summaryEntries} />
        {link.isError && !hasFieldErrors(form.errors) ? (
          <Alert variant="error" role="alert">
            {problemMessage(t, link.error)}
          </Alert>
        ) : null}
        {linked ? (
          <Alert variant="success" size="small" role="status">
            {t('oidc.admin.linked')}
          </Alert>
        ) : null}
        <form onSubmit={submit} noValidate aria-label={t('oidc.admin.submit')}>
          <VStack gap="space-16">
            <Select
              id={fieldId('provider')}
              label={t('oidc.admin.provider')}
              value={provider}
              onChange={(event) => {
                setProvider(event.target.value);
                form.clearField('provider');
              }}
              error={form.errors.provider}
            >
              <option value="">{t('oidc.admin.chooseProvider')}</option>
              {providers.map((p) => (
                <option key={p} value={p}>
                  {t(`oidc.providers.${p}`)}
                </option>
              ))}
            </Select>
            <TextField
              id={fieldId('subject')}
              label={t('oidc.admin.subject')}
              description={t('oidc.admin.subjectDescription')}
              value={subject}
              onChange={(event) => {
                setSubject(event.target.value);
                form.clearField('subject');
              }}
              error={form.errors.subject}
              autoComplete="off"
              spellCheck={false}
            />
            <div>
              <Button type="submit" variant="secondary" loading={link.isPending}>
                {t('oidc.admin.submit')}
              </Button>
            </div>
          </VStack>
        </form>
      </VStack>
    </div>
  );
}
