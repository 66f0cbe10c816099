import type { CvContent, CvResponse } from '@ips-bridge/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { careerProfileQueryKey } from './careerProfile.ts';
import { api } from './client.ts';
import { participantHistoryQueryKey } from './journey.ts';
import { participantsQueryKey } from './participants.ts';
import { workQueryKey } from './work.ts';

export type { CvContent, CvResponse };

export function cvQueryKey(participantId: string) {
  return [...participantsQueryKey, 'cv', participantId] as const;
}

function cvPath(participantId: string): string {
  return `/api/participants/${encodeURIComponent(participantId)}/cv`;
}

function fetchCv(participantId: string): Promise<CvResponse> {
  return api.get<CvResponse>(cvPath(participantId));
}

/**
 * The CV: the saved one, or (version 0, `draft`) one drafted from the career profile and jobs. Saves carry the
 * version the user opened (If-Match), so a change someone else saved in the meantime is never overwritten unseen.
 */
export function useCv(participantId: string) {
  return useQuery({
    queryKey: cvQueryKey(participantId),
    queryFn: () => fetchCv(participantId),
    refetchOnWindowFocus: false,
  });
}

export function useSaveCv(participantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, body }: { version: number; body: CvContent }) =>
      api.put<CvResponse>(cvPath(participantId), body, { ifMatch: version }),
    onSuccess: async (cv) => {
      queryClient.setQueryData(cvQueryKey(participantId), cv);
      await queryClient.invalidateQueries({ queryKey: participantHistoryQueryKey(participantId) });
    },
  });
}

/** Fetches the latest CV now, e.g. after a save was refused with 412. Throws when it cannot be fetched. */
export function useReloadCv(participantId: string) {
  const queryClient = useQueryClient();
  return useCallback(
    (): Promise<CvResponse> =>
      queryClient.fetchQuery({
        queryKey: cvQueryKey(participantId),
        queryFn: () => fetchCv(participantId),
        staleTime: 0,
      }),
    [queryClient, participantId],
  );
}

function sameKey(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((part, index) => part === b[index]);
}

/**
 * While the CV is still a draft it is made from the career profile and the jobs: when either of those is loaded
 * anew on this page (after a save, say), the draft is fetched again so it shows what it is made from now. A saved
 * CV no longer follows them, so it is left alone.
 */
export function useDraftCvFollowsSources(participantId: string): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const sources = [careerProfileQueryKey(participantId), workQueryKey(participantId)];
    const cvKey = cvQueryKey(participantId);
    return queryClient.getQueryCache().subscribe((event) => {
      if (event.type !== 'updated' || event.action.type !== 'success') return;
      if (!sources.some((key) => sameKey(key, event.query.queryKey))) return;
      // The first load of the page's sections is not a change: the draft was fetched with it.
      if (event.query.state.dataUpdateCount <= 1) return;
      const cv = queryClient.getQueryData<CvResponse>(cvKey);
      if (cv?.draft) void queryClient.invalidateQueries({ queryKey: cvKey, exact: true });
    });
  }, [queryClient, participantId]);
}
