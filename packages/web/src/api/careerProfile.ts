import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from './client.ts';
import { participantHistoryQueryKey } from './journey.ts';
import { participantsQueryKey } from './participants.ts';
import type { CareerProfile, CareerProfileInput, CareerProfileVersion } from './types.ts';

/** One saved version of the career profile, as `GET …/career-profile/versions/:version` returns it. */
export type { CareerProfileVersion };

export function careerProfileQueryKey(participantId: string) {
  return [...participantsQueryKey, 'career-profile', participantId] as const;
}

function careerProfileVersionQueryKey(participantId: string, version: number) {
  return [...careerProfileQueryKey(participantId), 'version', version] as const;
}

function careerProfilePath(participantId: string): string {
  return `/api/participants/${encodeURIComponent(participantId)}/career-profile`;
}

function fetchCareerProfile(participantId: string): Promise<CareerProfile> {
  return api.get<CareerProfile>(careerProfilePath(participantId));
}

export function useCareerProfile(participantId: string) {
  return useQuery({
    queryKey: careerProfileQueryKey(participantId),
    queryFn: () => fetchCareerProfile(participantId),
    // Saves carry the version the user opened (If-Match); someone else's change comes back as a clear
    // "changed since you opened it" rather than silently replacing what is on screen.
    refetchOnWindowFocus: false,
  });
}

/** An earlier version, read only. Saved versions never change, so they are kept once fetched. */
export function useCareerProfileVersion(participantId: string, version: number | null) {
  return useQuery({
    queryKey: careerProfileVersionQueryKey(participantId, version ?? 0),
    queryFn: () => api.get<CareerProfileVersion>(`${careerProfilePath(participantId)}/versions/${version}`),
    enabled: version !== null && version > 0,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** A new version of the profile, based on the version the user opened (sent as If-Match; 0 for the first). */
interface VersionedProfile {
  version: number;
  body: CareerProfileInput;
}

export function useSaveCareerProfile(participantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, body }: VersionedProfile) =>
      api.put<CareerProfile>(careerProfilePath(participantId), body, { ifMatch: version }),
    onSuccess: async (profile) => {
      queryClient.setQueryData(careerProfileQueryKey(participantId), profile);
      await queryClient.invalidateQueries({ queryKey: participantHistoryQueryKey(participantId) });
    },
  });
}

/** Fetches the latest profile now, e.g. after a save was refused with 412. Throws when it cannot be fetched. */
export function useReloadCareerProfile(participantId: string) {
  const queryClient = useQueryClient();
  return useCallback(
    (): Promise<CareerProfile> =>
      queryClient.fetchQuery({
        queryKey: careerProfileQueryKey(participantId),
        queryFn: () => fetchCareerProfile(participantId),
        staleTime: 0,
      }),
    [queryClient, participantId],
  );
}
