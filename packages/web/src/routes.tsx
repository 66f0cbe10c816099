import { REGISTERING_ROLES, STAFF_ROLES } from '@ips-bridge/domain';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoutes } from 'react-router';
import { FIDELITY_ROLES } from './auth/fidelityRoles.ts';
import { HomeRedirect } from './auth/HomeRedirect.tsx';
import { IMPORT_ROLES } from './auth/importRoles.ts';
import { JOB_DEVELOPMENT_ROLES } from './auth/jobDevelopmentRoles.ts';
import { RequireRole } from './auth/RequireRole.tsx';
import { RequireSession } from './auth/RequireSession.tsx';
import { REFERRAL_INBOX_ROLES, REFERRING_ROLES, TIME_USE_ROLES } from './auth/referralRoles.ts';
import { OUTCOME_REPORT_ROLES } from './auth/reportRoles.ts';
import { START_PAGE_ROLES, TEAMWORK_ROLES, WORKFORCE_ROLES } from './auth/teamworkRoles.ts';
import { LoadingState } from './components/LoadingState.tsx';
import { withTexts } from './i18n/i18n.ts';
import { PublicShell } from './layout/PublicShell.tsx';
import { LoginPage } from './pages/LoginPage.tsx';
import { NotFoundRoute } from './pages/NotFoundRoute.tsx';

// The other pages load on demand, so people only download what their role uses, each with the parts of the
// catalogue it needs (`withTexts`; i18n/textAreas.test.ts checks the lists). The login page is the usual first
// page, so it comes with the main bundle.
const SelfReferralPage = lazy(
  withTexts(['referral'], () =>
    import('./pages/SelfReferralPage.tsx').then((m) => ({ default: m.SelfReferralPage })),
  ),
);
const CaseloadPage = lazy(
  withTexts(['person', 'staff'], () =>
    import('./pages/CaseloadPage.tsx').then((m) => ({ default: m.CaseloadPage })),
  ),
);
const RegisterParticipantPage = lazy(
  withTexts(['referral'], () =>
    import('./pages/RegisterParticipantPage.tsx').then((m) => ({ default: m.RegisterParticipantPage })),
  ),
);
const ParticipantPage = lazy(
  withTexts(['person'], () =>
    import('./pages/ParticipantPage.tsx').then((m) => ({ default: m.ParticipantPage })),
  ),
);
const WorkListPage = lazy(
  withTexts(['person', 'staff'], () =>
    import('./pages/WorkListPage.tsx').then((m) => ({ default: m.WorkListPage })),
  ),
);
const MyPlanPage = lazy(
  withTexts(['person'], () =>
    import('./pages/myPlan/MyPlanPage.tsx').then((m) => ({ default: m.MyPlanPage })),
  ),
);
const MyPage = lazy(
  withTexts(['person'], () => import('./pages/MyPage.tsx').then((m) => ({ default: m.MyPage }))),
);
const MySharingPage = lazy(
  withTexts(['person'], () =>
    import('./pages/consent/SharingPage.tsx').then((m) => ({ default: m.MySharingPage })),
  ),
);
const MyAccessLogPage = lazy(
  withTexts(['person'], () =>
    import('./pages/consent/AccessLogPage.tsx').then((m) => ({ default: m.MyAccessLogPage })),
  ),
);
// The money pages bring the calculation and (with the chart, loaded later still) recharts: never in the main bundle.
const MyMoneyPage = lazy(
  withTexts(['money'], () => import('./pages/money/MoneyPage.tsx').then((m) => ({ default: m.MyMoneyPage }))),
);
const ParticipantMoneyPage = lazy(
  withTexts(['money'], () =>
    import('./pages/money/MoneyPage.tsx').then((m) => ({ default: m.ParticipantMoneyPage })),
  ),
);
const MyMoneyPrintPage = lazy(
  withTexts(['money'], () =>
    import('./pages/money/MoneyPrintPage.tsx').then((m) => ({ default: m.MyMoneyPrintPage })),
  ),
);
const ParticipantMoneyPrintPage = lazy(
  withTexts(['money'], () =>
    import('./pages/money/MoneyPrintPage.tsx').then((m) => ({ default: m.ParticipantMoneyPrintPage })),
  ),
);
const MyCvPrintPage = lazy(
  withTexts(['person'], () =>
    import('./pages/cv/CvPrintPage.tsx').then((m) => ({ default: m.MyCvPrintPage })),
  ),
);
const ParticipantCvPrintPage = lazy(
  withTexts(['person'], () =>
    import('./pages/cv/CvPrintPage.tsx').then((m) => ({ default: m.ParticipantCvPrintPage })),
  ),
);
const MyDataSummaryPage = lazy(
  withTexts(['person'], () =>
    import('./pages/privacy/DataSummaryPage.tsx').then((m) => ({ default: m.MyDataSummaryPage })),
  ),
);
const ParticipantDataSummaryPage = lazy(
  withTexts(['person'], () =>
    import('./pages/privacy/DataSummaryPage.tsx').then((m) => ({ default: m.ParticipantDataSummaryPage })),
  ),
);
const ParticipantMeetingPage = lazy(
  withTexts(['person'], () =>
    import('./pages/meetings/MeetingPage.tsx').then((m) => ({ default: m.ParticipantMeetingPage })),
  ),
);
const MyMeetingPage = lazy(
  withTexts(['person'], () =>
    import('./pages/meetings/MeetingPage.tsx').then((m) => ({ default: m.MyMeetingPage })),
  ),
);
const NotificationsPage = lazy(
  withTexts(['person'], () =>
    import('./pages/notifications/NotificationsPage.tsx').then((m) => ({ default: m.NotificationsPage })),
  ),
);
const AdminPage = lazy(
  withTexts(['person', 'admin'], () =>
    import('./pages/AdminPage.tsx').then((m) => ({ default: m.AdminPage })),
  ),
);
const EmployersPage = lazy(
  withTexts(['staff'], () => import('./pages/EmployersPage.tsx').then((m) => ({ default: m.EmployersPage }))),
);
const EmployerPage = lazy(
  withTexts(['person', 'staff'], () =>
    import('./pages/EmployerPage.tsx').then((m) => ({ default: m.EmployerPage })),
  ),
);
const JobDevelopmentPage = lazy(
  withTexts(['staff'], () =>
    import('./pages/JobDevelopmentPage.tsx').then((m) => ({ default: m.JobDevelopmentPage })),
  ),
);
const JobLeadsPage = lazy(
  withTexts(['staff'], () => import('./pages/JobLeadsPage.tsx').then((m) => ({ default: m.JobLeadsPage }))),
);
const ReferPage = lazy(
  withTexts(['referral'], () => import('./pages/ReferPage.tsx').then((m) => ({ default: m.ReferPage }))),
);
const ReferralInboxPage = lazy(
  withTexts(['person', 'referral'], () =>
    import('./pages/ReferralInboxPage.tsx').then((m) => ({ default: m.ReferralInboxPage })),
  ),
);
const TimeUsePage = lazy(
  withTexts(['person', 'staff'], () =>
    import('./pages/TimeUsePage.tsx').then((m) => ({ default: m.TimeUsePage })),
  ),
);
const WorkforcePage = lazy(
  withTexts(['staff'], () =>
    import('./pages/workforce/WorkforcePage.tsx').then((m) => ({ default: m.WorkforcePage })),
  ),
);

const FidelityPage = lazy(
  withTexts(['admin'], () =>
    import('./pages/fidelity/FidelityPage.tsx').then((m) => ({ default: m.FidelityPage })),
  ),
);
const FidelityReviewPage = lazy(
  withTexts(['admin'], () =>
    import('./pages/fidelity/FidelityReviewPage.tsx').then((m) => ({ default: m.FidelityReviewPage })),
  ),
);
const StartPage = lazy(
  withTexts(['person', 'staff'], () =>
    import('./pages/start/StartPage.tsx').then((m) => ({ default: m.StartPage })),
  ),
);
const TeamworkPage = lazy(
  withTexts(['person', 'staff'], () =>
    import('./pages/teamwork/TeamworkPage.tsx').then((m) => ({ default: m.TeamworkPage })),
  ),
);

const ImportPage = lazy(
  withTexts(['staff', 'admin'], () =>
    import('./pages/ImportPage.tsx').then((m) => ({ default: m.ImportPage })),
  ),
);

const OutcomesPage = lazy(
  withTexts(['person', 'admin'], () =>
    import('./pages/OutcomesPage.tsx').then((m) => ({ default: m.OutcomesPage })),
  ),
);
const OutcomesPrintPage = lazy(
  withTexts(['admin'], () =>
    import('./pages/outcomes/OutcomesPrintPage.tsx').then((m) => ({ default: m.OutcomesPrintPage })),
  ),
);

/** The frame of a public page while its code and texts load. */
function PublicPageLoading() {
  const { t } = useTranslation();
  return (
    <PublicShell>
      <LoadingState label={t('common.loading')} />
    </PublicShell>
  );
}

/** The app's pages by path, rendered inside App's BrowserRouter. */
export function AppRoutes() {
  return useRoutes([
    { path: '/login', element: <LoginPage /> },
    {
      path: '/self-referral',
      element: (
        <Suspense fallback={<PublicPageLoading />}>
          <SelfReferralPage />
        </Suspense>
      ),
    },
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
          path: '/work-list',
          element: (
            <RequireRole roles={STAFF_ROLES}>
              <WorkListPage />
            </RequireRole>
          ),
        },
        { path: '/notifications', element: <NotificationsPage /> },
        {
          path: '/my-page',
          element: (
            <RequireRole roles={['jobseeker']}>
              <MyPage />
            </RequireRole>
          ),
        },
        {
          path: '/my-page/plan',
          element: (
            <RequireRole roles={['jobseeker']}>
              <MyPlanPage />
            </RequireRole>
          ),
        },
        {
          path: '/my-page/meetings/:meetingId',
          element: (
            <RequireRole roles={['jobseeker']}>
              <MyMeetingPage />
            </RequireRole>
          ),
        },
        {
          path: '/participants/:id/meetings/:meetingId',
          element: (
            <RequireRole roles={STAFF_ROLES}>
              <ParticipantMeetingPage />
            </RequireRole>
          ),
        },
        {
          path: '/my-page/sharing',
          element: (
            <RequireRole roles={['jobseeker']}>
              <MySharingPage />
            </RequireRole>
          ),
        },
        {
          path: '/my-page/access-log',
          element: (
            <RequireRole roles={['jobseeker']}>
              <MyAccessLogPage />
            </RequireRole>
          ),
        },
        {
          path: '/my-page/data',
          element: (
            <RequireRole roles={['jobseeker']}>
              <MyDataSummaryPage />
            </RequireRole>
          ),
        },
        {
          path: '/participants/:id/data',
          element: (
            <RequireRole roles={['employment_specialist', 'ips_supervisor']}>
              <ParticipantDataSummaryPage />
            </RequireRole>
          ),
        },
        {
          path: '/my-page/money',
          element: (
            <RequireRole roles={['jobseeker']}>
              <MyMoneyPage />
            </RequireRole>
          ),
        },
        {
          path: '/my-page/money/print',
          element: (
            <RequireRole roles={['jobseeker']}>
              <MyMoneyPrintPage />
            </RequireRole>
          ),
        },
        {
          path: '/participants/:id/money',
          element: (
            <RequireRole roles={STAFF_ROLES}>
              <ParticipantMoneyPage />
            </RequireRole>
          ),
        },
        {
          path: '/participants/:id/money/print',
          element: (
            <RequireRole roles={STAFF_ROLES}>
              <ParticipantMoneyPrintPage />
            </RequireRole>
          ),
        },
        {
          path: '/my-page/cv/print',
          element: (
            <RequireRole roles={['jobseeker']}>
              <MyCvPrintPage />
            </RequireRole>
          ),
        },
        {
          path: '/participants/:id/cv/print',
          element: (
            <RequireRole roles={STAFF_ROLES}>
              <ParticipantCvPrintPage />
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
        {
          path: '/employers',
          element: (
            <RequireRole roles={JOB_DEVELOPMENT_ROLES}>
              <EmployersPage />
            </RequireRole>
          ),
        },
        {
          path: '/employers/:id',
          element: (
            <RequireRole roles={JOB_DEVELOPMENT_ROLES}>
              <EmployerPage />
            </RequireRole>
          ),
        },
        {
          path: '/job-development',
          element: (
            <RequireRole roles={JOB_DEVELOPMENT_ROLES}>
              <JobDevelopmentPage />
            </RequireRole>
          ),
        },
        {
          path: '/job-leads',
          element: (
            <RequireRole roles={JOB_DEVELOPMENT_ROLES}>
              <JobLeadsPage />
            </RequireRole>
          ),
        },
        {
          path: '/refer',
          element: (
            <RequireRole roles={REFERRING_ROLES}>
              <ReferPage />
            </RequireRole>
          ),
        },
        {
          path: '/referrals',
          element: (
            <RequireRole roles={REFERRAL_INBOX_ROLES}>
              <ReferralInboxPage />
            </RequireRole>
          ),
        },
        {
          path: '/time-use',
          element: (
            <RequireRole roles={TIME_USE_ROLES}>
              <TimeUsePage />
            </RequireRole>
          ),
        },
        {
          path: '/reports/outcomes',
          element: (
            <RequireRole roles={OUTCOME_REPORT_ROLES}>
              <OutcomesPage />
            </RequireRole>
          ),
        },
        {
          path: '/start',
          element: (
            <RequireRole roles={START_PAGE_ROLES}>
              <StartPage />
            </RequireRole>
          ),
        },
        {
          path: '/fidelity',
          element: (
            <RequireRole roles={FIDELITY_ROLES}>
              <FidelityPage />
            </RequireRole>
          ),
        },
        {
          path: '/reports/outcomes/print',
          element: (
            <RequireRole roles={OUTCOME_REPORT_ROLES}>
              <OutcomesPrintPage />
            </RequireRole>
          ),
        },
        {
          path: '/fidelity/:id',
          element: (
            <RequireRole roles={FIDELITY_ROLES}>
              <FidelityReviewPage />
            </RequireRole>
          ),
        },
        {
          path: '/teamwork',
          element: (
            <RequireRole roles={TEAMWORK_ROLES}>
              <TeamworkPage />
            </RequireRole>
          ),
        },
        {
          path: '/workforce',
          element: (
            <RequireRole roles={WORKFORCE_ROLES}>
              <WorkforcePage />
            </RequireRole>
          ),
        },
        {
          path: '/import',
          element: (
            <RequireRole roles={IMPORT_ROLES}>
              <ImportPage />
            </RequireRole>
          ),
        },
      ],
    },
    { path: '*', element: <NotFoundRoute /> },
  ]);
}
