import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from './client.ts';
import { participantHistoryQueryKey } from './journey.ts';
import { participantsQueryKey } from './participants.ts';
import type { DisclosurePlan, DisclosurePlanInput } from './types.ts';

export function disclosurePlanQueryKey(participantId: string) {
  return [...participantsQueryKey, 'disclosure-plan', participantId] as const;
}

function disclosurePlanPath(participantId: string): string {
  return `/api/participants/${encodeURIComponent(participantId)}/disclosure-plan`;
}

function fetchDisclosurePlan(participantId: string): Promise<DisclosurePlan> {
  return api.get<DisclosurePlan>(disclosurePlanPath(participantId));
}

/** The disclosure plan and its version (0 while there is none). Saves carry that version (If-Match). */
export function useDisclosurePlan(participantId: string) {
  return useQuery({
    queryKey: disclosurePlanQueryKey(participantId),
    queryFn: () => fetchDisclosurePlan(participantId),
    refetchOnWindowFocus: false,
  });
}

export function useSaveDisclosurePlan(participantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, body }: { version: number; body: DisclosurePlanInput }) =>
      api.put<DisclosurePlan>(disclosurePlanPath(participantId), body, { ifMatch: version }),
    onSuccess: async (plan) => {
      queryClient.setQueryData(disclosurePlanQueryKey(participantId), plan);
      await queryClient.invalidateQueries({ queryKey: participantHistoryQueryKey(participantId) });
    },
  });
}

/** Fetches the latest plan now, e.g. after a save was refused with 412. Throws when it cannot be fetched. */
export function useReloadDisclosurePlan(participantId: string) {
  const queryClient = useQueryClient();
  return useCallback(
    (): Promise<DisclosurePlan> =>
      queryClient.fetchQuery({
        queryKey: disclosurePlanQueryKey(participantId),
        queryFn: () => fetchDisclosurePlan(participantId),
        staleTime: 0,
      }),
    [queryClient, participantId],
  );
}
