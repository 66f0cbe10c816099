import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from './client.ts';
import {
  caseloadQueryKey,
  fetchParticipant,
  participantQueryKey,
  participantsQueryKey,
} from './participants.ts';
import type { Participant, ParticipantHistory, PhaseChangeInput } from './types.ts';

export function participantHistoryQueryKey(id: string) {
  return [...participantsQueryKey, 'history', id] as const;
}

function participantPath(id: string): string {
  return `/api/participants/${encodeURIComponent(id)}`;
}

export function useParticipantHistory(id: string) {
  return useQuery({
    queryKey: participantHistoryQueryKey(id),
    queryFn: () => api.get<ParticipantHistory>(`${participantPath(id)}/history`),
  });
}

/** A change to a participant, based on the version of the record the user saw (sent as If-Match). */
interface Versioned<T> {
  version: number;
  body: T;
}

/** After a save: show the record the server returned, and fetch what depends on it again. */
function useAfterSave(id: string) {
  const queryClient = useQueryClient();
  return async (participant: Participant) => {
    queryClient.setQueryData(participantQueryKey(id), participant);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: participantHistoryQueryKey(id) }),
      queryClient.invalidateQueries({ queryKey: caseloadQueryKey }),
    ]);
  };
}

export function useChangePhase(id: string) {
  const afterSave = useAfterSave(id);
  return useMutation({
    mutationFn: ({ version, body }: Versioned<PhaseChangeInput>) =>
      api.post<Participant>(`${participantPath(id)}/phase-changes`, body, { ifMatch: version }),
    onSuccess: afterSave,
  });
}

export function useRecordFirstContact(id: string) {
  const afterSave = useAfterSave(id);
  return useMutation({
    mutationFn: ({ version, body }: Versioned<{ date: string }>) =>
      api.put<Participant>(`${participantPath(id)}/first-contact`, body, { ifMatch: version }),
    onSuccess: afterSave,
  });
}

/**
 * Fetches the latest version of the participant (and their history) now, e.g. after someone else's change was
 * refused with 412. Throws when it cannot be fetched; the page keeps showing what it had.
 */
export function useReloadParticipant(id: string) {
  const queryClient = useQueryClient();
  return useCallback(async (): Promise<Participant> => {
    const participant = await queryClient.fetchQuery({
      queryKey: participantQueryKey(id),
      queryFn: () => fetchParticipant(id),
      staleTime: 0,
    });
    await queryClient.invalidateQueries({ queryKey: participantHistoryQueryKey(id) });
    return participant;
  }, [queryClient, id]);
}
