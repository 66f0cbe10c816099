import { BellIcon } from '@navikt/aksel-icons';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useNotifications } from '../api/notifications.ts';

/**
 * "Varsler" in the header: a link to the notifications page with the unread count in text (and in its accessible
 * name), not only as a coloured dot.
 */
export function NotificationsLink() {
  const { t } = useTranslation();
  const notifications = useNotifications();
  const unread = notifications.data?.unreadCount ?? 0;
  return (
    <NavLink
      to="/notifications"
      className="app-header__notifications"
      aria-label={unread > 0 ? t('notifications.navUnread', { count: unread }) : t('notifications.nav')}
      data-testid="notifications-link"
    >
      <BellIcon aria-hidden fontSize="1.5rem" />
      <span>{t('notifications.nav')}</span>
      {unread > 0 ? (
        <span className="app-header__badge" aria-hidden data-testid="notifications-unread">
          {unread}
        </span>
      ) : null}
    </NavLink>
  );
}
