import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';
import type { SupervisionNote, SupervisionNotes, Workforce } from './types.ts';

export const workforceQueryKey = (from: string, to: string) => ['team', 'workforce', from, to] as const;
export const supervisionNotesQueryKey = (specialistId: string) =>
  ['team', 'supervision-notes', specialistId] as const;

/** The supervisor's team: workload and flags per specialist for a period. */
export function useWorkforce(from: string, to: string, enabled = true) {
  return useQuery({
    queryKey: workforceQueryKey(from, to),
    queryFn: () =>
      api.get<Workforce>(`/api/team/workforce?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`),
    enabled,
  });
}

/** Supervision notes about a specialist (the supervisor's, or the specialist's own). */
export function useSupervisionNotes(specialistId: string | null) {
  return useQuery({
    queryKey: supervisionNotesQueryKey(specialistId ?? ''),
    queryFn: () => api.get<SupervisionNotes>(`/api/team/specialists/${specialistId}/supervision-notes`),
    enabled: specialistId !== null,
  });
}

export interface SupervisionNoteInput {
  date: string;
  text: string;
}

/** Writes a note; the key is kept by the form so a retry of the same note is done at most once. */
export function useWriteSupervisionNote(specialistId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: SupervisionNoteInput; idempotencyKey: string }) =>
      api.post<SupervisionNote>(`/api/team/specialists/${specialistId}/supervision-notes`, body, {
        idempotencyKey,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: supervisionNotesQueryKey(specialistId) }),
  });
}

export function useEditSupervisionNote(specialistId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, body }: { id: string; version: number; body: SupervisionNoteInput }) =>
      api.put<SupervisionNote>(`/api/supervision-notes/${id}`, body, { ifMatch: version }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: supervisionNotesQueryKey(specialistId) }),
  });
}
