import { type ReactNode, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../api/types.ts';
import { LoadingState } from '../components/LoadingState.tsx';
import { applyLanguage } from '../i18n/i18n.ts';
import { AppShell } from '../layout/AppShell.tsx';
import { MeProvider } from './MeContext.tsx';

/** Everything a logged-in page needs: the user in context, their language, and the app frame. */
export function SignedIn({ me, children }: { me: Me; children: ReactNode }) {
  const { t } = useTranslation();
  useEffect(() => {
    applyLanguage(me.locale);
  }, [me.locale]);
  return (
    <MeProvider me={me}>
      <AppShell me={me}>
        <Suspense fallback={<LoadingState label={t('common.loading')} />}>{children}</Suspense>
      </AppShell>
    </MeProvider>
  );
}
