import type { ReactNode } from 'react';
import type { Me } from '../api/types.ts';
import { AppHeader } from './AppHeader.tsx';
import { MainContent } from './MainContent.tsx';
import { SkipLink } from './SkipLink.tsx';

/** The frame around every page for logged-in users. */
export function AppShell({ me, children }: { me: Me; children: ReactNode }) {
  return (
    <div className="app">
      <SkipLink />
      <AppHeader me={me} />
      <MainContent>{children}</MainContent>
    </div>
  );
}
