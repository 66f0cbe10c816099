import type {
  ContactPreferencesInput,
  ContactPreferencesView,
  NotificationCount,
  Notifications,
} from '@ips-bridge/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';

export const notificationsQueryKey = ['me', 'notifications'] as const;
export const notificationCountQueryKey = ['me', 'notifications', 'count'] as const;
export const contactPreferencesQueryKey = ['me', 'contact-preferences'] as const;

/** How often the header looks for new notifications while the app is open. */
const POLL_MS = 60_000;

/** The caller's notifications (newest first) and unread count. */
export function useNotifications() {
  return useQuery({
    queryKey: notificationsQueryKey,
    queryFn: () => api.get<Notifications>('/api/me/notifications'),
  });
}

/** The unread count for the header, refreshed every minute while the app is open. */
export function useUnreadNotificationCount() {
  return useQuery({
    queryKey: notificationCountQueryKey,
    queryFn: () => api.get<NotificationCount>('/api/me/notifications/count'),
    refetchInterval: POLL_MS,
  });
}

/** Marks these notifications read, or all of them. */
export function useMarkNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (which: { ids: string[] } | { all: true }) =>
      api.post<Notifications>('/api/me/notifications/read', which),
    onSuccess: (data) => {
      queryClient.setQueryData(notificationsQueryKey, data);
      queryClient.setQueryData(notificationCountQueryKey, { unreadCount: data.unreadCount });
    },
  });
}

export function useContactPreferences() {
  return useQuery({
    queryKey: contactPreferencesQueryKey,
    queryFn: () => api.get<ContactPreferencesView>('/api/me/contact-preferences'),
  });
}

/** Saves the choices against the version read (If-Match); a change saved elsewhere in between is refused (412). */
export function useSaveContactPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, version }: { input: ContactPreferencesInput; version: number }) =>
      api.put<ContactPreferencesView>('/api/me/contact-preferences', input, { ifMatch: version }),
    onSuccess: (data) => queryClient.setQueryData(contactPreferencesQueryKey, data),
  });
}
