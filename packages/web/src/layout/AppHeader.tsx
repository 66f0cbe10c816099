import { isStaffRole } from '@ips-bridge/domain';
import { LeaveIcon } from '@navikt/aksel-icons';
import { BodyShort, Button, Detail } from '@navikt/ds-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { NavLink, Link as RouterLink } from 'react-router';
import { saveLocale, useLogout } from '../api/session.ts';
import type { Me } from '../api/types.ts';
import { FIDELITY_MENU_ROLES } from '../auth/fidelityRoles.ts';
import { homePathFor } from '../auth/homePath.ts';
import { IMPORT_ROLES } from '../auth/importRoles.ts';
import { isJobDevelopmentRole } from '../auth/jobDevelopmentRoles.ts';
import { REFER_MENU_ROLES, REFERRAL_INBOX_ROLES, TIME_USE_ROLES } from '../auth/referralRoles.ts';
import { OUTCOME_REPORT_ROLES } from '../auth/reportRoles.ts';
import { START_PAGE_ROLES, TEAMWORK_ROLES, WORKFORCE_ROLES } from '../auth/teamworkRoles.ts';
import type { Language } from '../i18n/catalogue.ts';
import { applyLanguage } from '../i18n/i18n.ts';
import { LanguageSelect } from './LanguageSelect.tsx';
import { NotificationsLink } from './NotificationsLink.tsx';

interface NavItem {
  to: string;
  label: string;
}

function useNavItems(me: Me): NavItem[] {
  const { t } = useTranslation();
  if (me.role === 'administrator')
    return [
      { to: '/admin', label: t('nav.administration') },
      { to: '/reports/outcomes', label: t('nav.outcomes') },
    ];
  if (me.role === 'jobseeker')
    return [
      { to: '/my-page', label: t('nav.myPage') },
      { to: '/my-page/plan', label: t('nav.myPlan') },
    ];
  if (isStaffRole(me.role)) {
    return [
      ...(START_PAGE_ROLES.includes(me.role) ? [{ to: '/start', label: t('nav.start') }] : []),
      { to: '/caseload', label: t('nav.caseload') },
      { to: '/work-list', label: t('nav.workList') },
      ...(isJobDevelopmentRole(me.role)
        ? [
            { to: '/employers', label: t('nav.employers') },
            { to: '/job-leads', label: t('nav.jobLeads') },
          ]
        : []),
      ...(REFERRAL_INBOX_ROLES.includes(me.role)
        ? [{ to: '/referrals', label: t('nav.referralInbox') }]
        : []),
      ...(REFER_MENU_ROLES.includes(me.role) ? [{ to: '/refer', label: t('nav.refer') }] : []),
      ...(TIME_USE_ROLES.includes(me.role) ? [{ to: '/time-use', label: t('nav.timeUse') }] : []),
      ...(TEAMWORK_ROLES.includes(me.role) ? [{ to: '/teamwork', label: t('nav.teamwork') }] : []),
      ...(WORKFORCE_ROLES.includes(me.role) ? [{ to: '/workforce', label: t('nav.workforce') }] : []),
      ...(IMPORT_ROLES.includes(me.role) ? [{ to: '/import', label: t('nav.import') }] : []),
      ...(OUTCOME_REPORT_ROLES.includes(me.role)
        ? [{ to: '/reports/outcomes', label: t('nav.outcomes') }]
        : []),
      ...(FIDELITY_MENU_ROLES.includes(me.role) ? [{ to: '/fidelity', label: t('nav.fidelity') }] : []),
    ];
  }
  return [];
}

/** The header for logged-in users: product, role-aware navigation, who is logged in, language and logout. */
export function AppHeader({ me }: { me: Me }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const logout = useLogout();
  const navItems = useNavItems(me);

  const changeLanguage = (language: Language) => {
    applyLanguage(language);
    saveLocale(queryClient, language).catch(() => {
      // The language still changes on this device; it is saved on the server the next time it is chosen.
    });
  };

  const userDetail = [t(`roles.${me.role}`), me.team?.name ?? me.organisation.name].join(' · ');

  return (
    <header className="app-header">
      <div className="app-header__inner">
        <RouterLink className="app-header__brand" to={homePathFor(me.role)}>
          {t('app.name')}
        </RouterLink>
        <nav className="app-header__nav" aria-label={t('nav.label')}>
          <ul>
            {navItems.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.to === '/my-page'} className="app-header__nav-link">
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="app-header__tools">
          <section className="app-header__user" aria-label={t('header.user')}>
            <BodyShort size="small" weight="semibold">
              {me.displayName}
            </BodyShort>
            <Detail as="p">{userDetail}</Detail>
          </section>
          {me.role === 'administrator' ? null : <NotificationsLink />}
          <LanguageSelect onChange={changeLanguage} />
          <Button
            type="button"
            variant="tertiary"
            size="small"
            icon={<LeaveIcon aria-hidden />}
            loading={logout.isPending}
            onClick={() => logout.mutate()}
            data-testid="logout"
          >
            {t('header.logout')}
          </Button>
        </div>
      </div>
    </header>
  );
}
