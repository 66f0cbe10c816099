import { ACTIVE_PHASES, CASELOAD_PAGE_MAX } from '@ips-bridge/domain';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';
import type { CaseloadItem, CaseloadPage, ItemsResponse, NewParticipant, Participant } from './types.ts';

export const participantsQueryKey = ['participants'] as const;
export const caseloadQueryKey = [...participantsQueryKey, 'caseload'] as const;

export function participantQueryKey(id: string | undefined | null) {
  return [...participantsQueryKey, 'detail', id] as const;
}

export interface CaseloadParams {
  search: string;
  phases: readonly string[];
  page: number;
  pageSize: number;
}

/** One page of the caller's caseload, searched and filtered on the server. */
export function useCaseloadPage(params: CaseloadParams) {
  const query = new URLSearchParams({
    limit: String(params.pageSize),
    offset: String((params.page - 1) * params.pageSize),
  });
  const q = params.search.trim();
  if (q !== '') query.set('q', q);
  if (params.phases.length > 0) query.set('phase', params.phases.join(','));
  return useQuery({
    queryKey: [...caseloadQueryKey, 'page', query.toString()],
    queryFn: () => api.get<CaseloadPage>(`/api/participants?${query}`),
    // While the next page or search loads, the current one stays on screen instead of a spinner.
    placeholderData: keepPreviousData,
  });
}

/** The caller's participants still in the IPS journey, for pickers (at most one API page of them). */
export function useCaseload() {
  return useQuery({
    queryKey: [...caseloadQueryKey, 'active'],
    queryFn: async () =>
      (
        await api.get<ItemsResponse<CaseloadItem>>(
          `/api/participants?${new URLSearchParams({ phase: ACTIVE_PHASES.join(','), limit: String(CASELOAD_PAGE_MAX) })}`,
        )
      ).items,
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
