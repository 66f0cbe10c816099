import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';
import type { CaseloadItem, ItemsResponse, NewParticipant, Participant } from './types.ts';

export const participantsQueryKey = ['participants'] as const;
export const caseloadQueryKey = [...participantsQueryKey, 'caseload'] as const;

export function participantQueryKey(id: string | undefined | null) {
  return [...participantsQueryKey, 'detail', id] as const;
}

export function useCaseload() {
  return useQuery({
    queryKey: caseloadQueryKey,
    queryFn: async () => (await api.get<ItemsResponse<CaseloadItem>>('/api/participants')).items,
  });
}

export function fetchParticipant(id: string): Promise<Participant> {
  return api.get<Participant>(`/api/participants/${encodeURIComponent(id)}`);
}

export function useParticipant(id: string | undefined | null) {
  return useQuery({
    queryKey: participantQueryKey(id),
    queryFn: () => fetchParticipant(id ?? ''),
    enabled: typeof id === 'string' && id !== '',
    // Changes are sent with the version shown on the page (If-Match). The record is fetched when the page opens,
    // after the user's own saves and when they ask for the latest version, but not silently when the window
    // regains focus: someone else's change then comes back as a clear "changed since you opened it".
    refetchOnWindowFocus: false,
  });
}

export function useRegisterParticipant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (participant: NewParticipant) => api.post<Participant>('/api/participants', participant),
    onSuccess: async (participant) => {
      queryClient.setQueryData(participantQueryKey(participant.id), participant);
      await queryClient.invalidateQueries({ queryKey: caseloadQueryKey });
    },
  });
}
