import type { Role } from '@ips-bridge/domain';
import type { ReactNode } from 'react';
import { NotAvailablePage } from '../pages/NotAvailablePage.tsx';
import { useMe } from './MeContext.tsx';

/** Shows the page only to the given roles; everyone else gets a friendly "not available for your role". */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const me = useMe();
  if (!roles.includes(me.role)) return <NotAvailablePage />;
  return children;
}
