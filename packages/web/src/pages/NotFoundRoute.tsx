import { useTranslation } from 'react-i18next';
import { useSession } from '../api/session.ts';
import { SignedIn } from '../auth/SignedIn.tsx';
import { LoadingState } from '../components/LoadingState.tsx';
import { PublicShell } from '../layout/PublicShell.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';

/** Unknown addresses: inside the app frame when logged in, otherwise in the public frame. */
export function NotFoundRoute() {
  const { t } = useTranslation();
  const session = useSession();
  if (session.data?.status === 'authenticated') {
    return (
      <SignedIn me={session.data.user}>
        <NotFoundPage />
      </SignedIn>
    );
  }
  return (
    <PublicShell>
      {session.isPending ? <LoadingState label={t('common.loading')} /> : <NotFoundPage />}
    </PublicShell>
  );
}
