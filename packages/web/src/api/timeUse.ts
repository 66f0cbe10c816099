import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from './client.ts';
import type { TimeUse, TimeUseInput } from './types.ts';

/** How many weeks the time-use page shows: this week and the eleven before it. */
export const TIME_USE_WEEKS = 12;

export const timeUseQueryKey = ['me', 'time-use', TIME_USE_WEEKS] as const;

function fetchTimeUse(): Promise<TimeUse> {
  return api.get<TimeUse>(`/api/me/time-use?${new URLSearchParams({ weeks: String(TIME_USE_WEEKS) })}`);
}

/** The specialist's own recorded weeks, newest first; weeks with nothing recorded are not in the answer. */
export function useTimeUse() {
  return useQuery({
    queryKey: timeUseQueryKey,
    queryFn: fetchTimeUse,
    refetchOnWindowFocus: false,
  });
}

/** Records a week's hours (the answer is empty): the weeks are fetched again to show the new share. */
export function useSaveTimeUse() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ weekStart, version, body }: { weekStart: string; version: number; body: TimeUseInput }) =>
      api.put<undefined>(`/api/me/time-use/${encodeURIComponent(weekStart)}`, body, { ifMatch: version }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: timeUseQueryKey }),
  });
}

/** Fetches the weeks again now, e.g. after a save was refused with 412. Throws when it cannot be fetched. */
export function useReloadTimeUse() {
  const queryClient = useQueryClient();
  return useCallback(
    (): Promise<TimeUse> =>
      queryClient.fetchQuery({ queryKey: timeUseQueryKey, queryFn: fetchTimeUse, staleTime: 0 }),
    [queryClient],
  );
}
