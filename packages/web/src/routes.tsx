import { REGISTERING_ROLES, STAFF_ROLES } from '@ips-bridge/domain';
import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { HomeRedirect } from './auth/HomeRedirect.tsx';
import { RequireRole } from './auth/RequireRole.tsx';
import { RequireSession } from './auth/RequireSession.tsx';
import { LoginPage } from './pages/LoginPage.tsx';
import { NotFoundRoute } from './pages/NotFoundRoute.tsx';

// Pages behind the login load on demand, so people only download what their role uses. The login page is the
// usual first page, so it comes with the main bundle.
const CaseloadPage = lazy(() =>
  import('./pages/CaseloadPage.tsx').then((m) => ({ default: m.CaseloadPage })),
);
const RegisterParticipantPage = lazy(() =>
  import('./pages/RegisterParticipantPage.tsx').then((m) => ({ default: m.RegisterParticipantPage })),
);
const ParticipantPage = lazy(() =>
  import('./pages/ParticipantPage.tsx').then((m) => ({ default: m.ParticipantPage })),
);
const MyPage = lazy(() => import('./pages/MyPage.tsx').then((m) => ({ default: m.MyPage })));
const AdminPage = lazy(() => import('./pages/AdminPage.tsx').then((m) => ({ default: m.AdminPage })));

export function createRouter() {
  return createBrowserRouter([
    { path: '/login', element: <LoginPage /> },
    {
      element: <RequireSession />,
      children: [
        { index: true, element: <HomeRedirect /> },
        {
          path: '/caseload',
          element: (
            <RequireRole roles={STAFF_ROLES}>
              <CaseloadPage />
            </RequireRole>
          ),
        },
        {
          path: '/participants/new',
          element: (
            <RequireRole roles={REGISTERING_ROLES}>
              <RegisterParticipantPage />
            </RequireRole>
          ),
        },
        {
          path: '/participants/:id',
          element: (
            <RequireRole roles={STAFF_ROLES}>
              <ParticipantPage />
            </RequireRole>
          ),
        },
        {
          path: '/my-page',
          element: (
            <RequireRole roles={['jobseeker']}>
              <MyPage />
            </RequireRole>
          ),
        },
        {
          path: '/admin',
          element: (
            <RequireRole roles={['administrator']}>
              <AdminPage />
            </RequireRole>
          ),
        },
      ],
    },
    { path: '*', element: <NotFoundRoute /> },
  ]);
}
