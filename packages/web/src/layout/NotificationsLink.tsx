import { BellIcon } from '@navikt/aksel-icons';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useUnreadNotificationCount } from '../api/notifications.ts';

/**
 * "Varsler" in the header: a link to the notifications page with the unread count as a number in text, and "unread"
 * for screen readers ("Varsler 2 uleste"), so the count is never told by colour alone and the accessible name
 * contains the visible text.
 */
export function NotificationsLink() {
  const { t } = useTranslation();
  const count = useUnreadNotificationCount();
  const unread = count.data?.unreadCount ?? 0;
  return (
    <NavLink to="/notifications" className="app-header__notifications" data-testid="notifications-link">
      <BellIcon aria-hidden fontSize="1.5rem" />
      <span>{t('nav.notifications')}</span>
      {unread > 0 ? (
        <>
          <span className="app-header__badge" data-testid="notifications-unread">
            {unread}
          </span>
          <span className="sr-only">{t('nav.notificationsUnread', { count: unread })}</span>
        </>
      ) : null}
    </NavLink>
  );
}
