import { Navigate } from 'react-router';
import { homePathFor } from './homePath.ts';
import { useMe } from './MeContext.tsx';

export function HomeRedirect() {
  const me = useMe();
  return <Navigate to={homePathFor(me.role)} replace />;
}
