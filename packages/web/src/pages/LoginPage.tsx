import { Alert, BodyLong, Box, Button, Heading, Link, TextField, VStack } from '@navikt/ds-react';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Link as RouterLink, useLocation } from 'react-router';
import { oidcStartUrl, useOidcProviders } from '../api/oidc.ts';
import { clearUserData, useLogin, useSession } from '../api/session.ts';
import { canVisit, homePathFor } from '../auth/homePath.ts';
import { readLoginRedirectState } from '../auth/loginRedirect.ts';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';
import { problemMessage } from '../i18n/problemMessage.ts';
import { PublicShell } from '../layout/PublicShell.tsx';

type Field = 'username' | 'password';

// The non-personal codes the server's OIDC callback sends back with the browser (/login?error=…).
const OIDC_ERRORS = [
  'oidc_cancelled',
  'oidc_expired',
  'oidc_failed',
  'oidc_level_too_low',
  'oidc_not_linked',
  'oidc_not_allowed',
  'oidc_unavailable',
] as const;
type OidcError = (typeof OIDC_ERRORS)[number];

function readOidcError(search: string): OidcError | null {
  const code = new URLSearchParams(search).get('error');
  return (OIDC_ERRORS as readonly string[]).includes(code ?? '') ? (code as OidcError) : null;
}

export function LoginPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('login.heading'));
  const session = useSession();
  const login = useLogin();
  const location = useLocation();
  const redirect = readLoginRedirectState(location.state);
  const queryClient = useQueryClient();
  const authenticated = session.data?.status === 'authenticated';
  const providers = useOidcProviders();
  const oidcError = readOidcError(location.search);

  // Nothing cached for the previous user may linger once someone is on the login page.
  useEffect(() => {
    if (!authenticated) clearUserData(queryClient);
  }, [authenticated, queryClient]);

  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  if (session.data?.status === 'authenticated') {
    const { role } = session.data.user;
    const from = redirect?.from;
    const target = from !== undefined && canVisit(role, from.split('?')[0] ?? '') ? from : homePathFor(role);
    return <Navigate to={target} replace />;
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = username.trim();
    const next: Partial<Record<Field, string>> = {};
    if (trimmed === '') next.username = t('login.usernameRequired');
    if (password === '') next.password = t('login.passwordRequired');
    setErrors(next);
    if (next.username) {
      usernameRef.current?.focus();
      return;
    }
    if (next.password) {
      passwordRef.current?.focus();
      return;
    }
    login.mutate(
      { username: trimmed, password },
      {
        onError: () => {
          setPassword('');
          passwordRef.current?.focus();
        },
      },
    );
  };

  const notice =
    redirect?.reason === 'logged_out'
      ? { variant: 'success' as const, text: t('login.loggedOut') }
      : redirect?.reason === 'expired'
        ? { variant: 'warning' as const, text: t('login.sessionExpired') }
        : null;

  return (
    <PublicShell>
      <Box maxWidth="28rem" marginInline="auto" paddingBlock="space-16">
        <VStack gap="space-24">
          <VStack gap="space-8">
            <Heading level="1" size="large">
              {t('login.heading')}
            </Heading>
            <BodyLong>{t('app.tagline')}</BodyLong>
            <BodyLong>{t('login.intro')}</BodyLong>
          </VStack>
          {notice && !login.isError ? (
            <Alert variant={notice.variant} size="small">
              {notice.text}
            </Alert>
          ) : null}
          {login.isError ? (
            <Alert variant="error" role="alert">
              {problemMessage(t, login.error)}
            </Alert>
          ) : oidcError ? (
            <Alert variant="error" role="alert" data-testid="oidc-error">
              {t(`oidc.errors.${oidcError}`)}
            </Alert>
          ) : null}
          {providers.data && providers.data.length > 0 ? (
            <section aria-labelledby="oidc-login-heading">
              <VStack gap="space-12">
                <Heading level="2" size="small" id="oidc-login-heading">
                  {t('oidc.login.heading')}
                </Heading>
                {providers.data.map((provider) => (
                  <Button
                    key={provider}
                    as="a"
                    href={oidcStartUrl(provider, redirect?.from)}
                    variant="secondary"
                    data-testid={`oidc-login-${provider}`}
                  >
                    {t('oidc.login.with', { provider: t(`oidc.providers.${provider}`) })}
                  </Button>
                ))}
                <BodyLong>{t('oidc.login.or')}</BodyLong>
              </VStack>
            </section>
          ) : null}
          <form onSubmit={submit} noValidate data-testid="login-form">
            <VStack gap="space-20">
              <TextField
                ref={usernameRef}
                id="login-username"
                name="username"
                label={t('login.username')}
                autoComplete="username"
                autoCapitalize="none"
                spellCheck={false}
                value={username}
                onChange={(event) => setUsername(event.target.value)}
                error={errors.username}
              />
              <TextField
                ref={passwordRef}
                id="login-password"
                name="password"
                type="password"
                label={t('login.password')}
                autoComplete="current-password"
                value={password}
                onChange={(event) => setPassword(event.target.value)}
                error={errors.password}
              />
              <div>
                <Button type="submit" loading={login.isPending}>
                  {t('login.submit')}
                </Button>
              </div>
            </VStack>
          </form>
          <Box paddingBlock="space-16 space-0" borderWidth="1 0 0 0" borderColor="neutral-subtle">
            <BodyLong>
              <Link as={RouterLink} to="/self-referral" data-testid="self-referral-link">
                {t('login.selfReferralLink')}
              </Link>
            </BodyLong>
          </Box>
        </VStack>
      </Box>
    </PublicShell>
  );
}
