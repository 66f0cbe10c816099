import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';
import { notificationsQueryKey } from './notifications.ts';
import { participantsQueryKey } from './participants.ts';
import type { MessageInput, Messages } from './types.ts';

export function messagesQueryKey(participantId: string) {
  return [...participantsQueryKey, 'messages', participantId] as const;
}

function messagesPath(participantId: string): string {
  return `/api/participants/${encodeURIComponent(participantId)}/messages`;
}

/** The participant's conversation as the caller may see it, with read status and the caller's unread count. */
export function useMessages(participantId: string) {
  return useQuery({
    queryKey: messagesQueryKey(participantId),
    queryFn: () => api.get<Messages>(messagesPath(participantId)),
  });
}

export function useSendMessage(participantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MessageInput) => api.post<Messages>(messagesPath(participantId), body),
    onSuccess: (messages) => queryClient.setQueryData(messagesQueryKey(participantId), messages),
  });
}

/** Marks messages read by the caller; the answer is the conversation as it now stands. */
export function useMarkMessagesRead(participantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (messageIds: string[]) =>
      api.post<Messages>(`${messagesPath(participantId)}/read`, { messageIds }),
    onSuccess: async (messages) => {
      queryClient.setQueryData(messagesQueryKey(participantId), messages);
      await queryClient.invalidateQueries({ queryKey: startPageQueryKey });
      // Reading every message also marks their notifications read (and the header's count).
      await queryClient.invalidateQueries({ queryKey: notificationsQueryKey });
    },
  });
}

export const startPageQueryKey = ['me', 'start'] as const;
