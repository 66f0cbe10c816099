import type { NotificationItem } from '@ips-bridge/contracts';
import {
  BodyLong,
  BodyShort,
  Box,
  Button,
  Detail,
  Heading,
  HStack,
  Link,
  Tag,
  VStack,
} from '@navikt/ds-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useMarkNotificationsRead, useNotifications } from '../../api/notifications.ts';
import { useMe } from '../../auth/MeContext.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { ContactPreferencesSection } from './ContactPreferencesSection.tsx';
import { notificationPath } from './notificationPath.ts';

function NotificationRow({ item, onOpen }: { item: NotificationItem; onOpen: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const me = useMe();
  const path = notificationPath(item, me.role);
  const unread = item.readAt === null;
  return (
    <Box
      as="li"
      padding="space-16"
      borderWidth="1"
      borderColor={unread ? 'accent' : 'neutral-subtle'}
      borderRadius="8"
      background="raised"
      data-testid="notification"
    >
      <VStack gap="space-4">
        <HStack gap="space-8" align="center">
          <BodyShort weight={unread ? 'semibold' : 'regular'}>
            {t(`notifications.kind.${item.kind}`)}
          </BodyShort>
          {unread ? (
            <Tag size="small" variant="info">
              {t('notifications.unread')}
            </Tag>
          ) : null}
        </HStack>
        {item.participantName ? (
          <Detail>{t('notifications.about', { name: item.participantName })}</Detail>
        ) : null}
        <Detail>{formatDateTime(item.createdAt, language)}</Detail>
        {path ? (
          <Link as={RouterLink} to={path} onClick={onOpen}>
            {t('notifications.open')}
          </Link>
        ) : null}
      </VStack>
    </Box>
  );
}

/** My notifications (what is new, never what it says) and how I want to be told outside the app. */
export function NotificationsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notifications.heading'));
  const notifications = useNotifications();
  const markRead = useMarkNotificationsRead();

  let content: ReactNode;
  if (notifications.isPending) content = <LoadingState label={t('notifications.loading')} />;
  else if (notifications.isError)
    content = (
      <ErrorState
        heading={t('notifications.loadError')}
        error={notifications.error}
        onRetry={() => void notifications.refetch()}
        retrying={notifications.isFetching}
        headingLevel="2"
      />
    );
  else if (notifications.data.items.length === 0) content = <BodyLong>{t('notifications.empty')}</BodyLong>;
  else
    content = (
      <VStack gap="space-12">
        <HStack gap="space-12" align="center" justify="space-between">
          <BodyShort data-testid="notifications-unread-count">
            {t('notifications.unreadCount', { count: notifications.data.unreadCount })}
          </BodyShort>
          {notifications.data.unreadCount > 0 ? (
            <Button
              type="button"
              size="small"
              variant="secondary"
              loading={markRead.isPending}
              onClick={() => markRead.mutate({ all: true })}
            >
              {t('notifications.markAllRead')}
            </Button>
          ) : null}
        </HStack>
        <ul className="card-list" data-testid="notifications">
          {notifications.data.items.map((item) => (
            <NotificationRow
              key={item.id}
              item={item}
              onOpen={() => {
                if (item.readAt === null) markRead.mutate({ ids: [item.id] });
              }}
            />
          ))}
        </ul>
      </VStack>
    );

  return (
    <VStack gap="space-32" maxWidth="44rem">
      <VStack gap="space-8">
        <Heading level="1" size="large">
          {t('notifications.heading')}
        </Heading>
        <BodyLong size="large">{t('notifications.intro')}</BodyLong>
      </VStack>
      <section aria-label={t('notifications.heading')}>{content}</section>
      <ContactPreferencesSection />
    </VStack>
  );
}
