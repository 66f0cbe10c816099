import { createContext, type ReactNode, useContext } from 'react';
import type { Me } from '../api/types.ts';

const MeContext = createContext<Me | null>(null);

export function MeProvider({ me, children }: { me: Me; children: ReactNode }) {
  return <MeContext value={me}>{children}</MeContext>;
}

/** The logged-in user. Only usable below the authentication guard. */
export function useMe(): Me {
  const me = useContext(MeContext);
  if (me === null) throw new Error('useMe() used outside an authenticated page');
  return me;
}

/** The logged-in user, or null on public pages. */
export function useOptionalMe(): Me | null {
  return useContext(MeContext);
}
