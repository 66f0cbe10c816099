import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from '../api/session.ts';
import { ErrorState } from '../components/ErrorState.tsx';
import { LoadingState } from '../components/LoadingState.tsx';
import { PublicShell } from '../layout/PublicShell.tsx';
import type { LoginRedirectState } from './loginRedirect.ts';
import { SignedIn } from './SignedIn.tsx';

/** Layout route for every page that needs a login: anonymous visitors are sent to /login. */
export function RequireSession() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();

  if (session.data === undefined) {
    if (session.isError) {
      return (
        <PublicShell>
          <ErrorState
            heading={t('common.errorHeading')}
            headingLevel="1"
            error={session.error}
            onRetry={() => void session.refetch()}
            retrying={session.isFetching}
          />
        </PublicShell>
      );
    }
    return (
      <PublicShell>
        <LoadingState label={t('common.loading')} />
      </PublicShell>
    );
  }

  if (session.data.status === 'anonymous') {
    const { reason } = session.data;
    const state: LoginRedirectState =
      reason === 'logged_out' ? { reason } : { reason, from: `${location.pathname}${location.search}` };
    return <Navigate to="/login" replace state={state} />;
  }

  return (
    <SignedIn me={session.data.user}>
      <Outlet />
    </SignedIn>
  );
}
