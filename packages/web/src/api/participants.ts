import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';
import type { CaseloadItem, ItemsResponse, NewParticipant, Participant } from './types.ts';

export const participantsQueryKey = ['participants'] as const;

export function useCaseload() {
  return useQuery({
    queryKey: [...participantsQueryKey, 'caseload'],
    queryFn: async () => (await api.get<ItemsResponse<CaseloadItem>>('/api/participants')).items,
  });
}

export function useParticipant(id: string | undefined | null) {
  return useQuery({
    queryKey: [...participantsQueryKey, 'detail', id],
    queryFn: () => api.get<Participant>(`/api/participants/${encodeURIComponent(id ?? '')}`),
    enabled: typeof id === 'string' && id !== '',
  });
}

export function useRegisterParticipant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (participant: NewParticipant) => api.post<Participant>('/api/participants', participant),
    onSuccess: async (participant) => {
      queryClient.setQueryData([...participantsQueryKey, 'detail', participant.id], participant);
      await queryClient.invalidateQueries({ queryKey: [...participantsQueryKey, 'caseload'] });
    },
  });
}
