import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';
import { participantHistoryQueryKey } from './journey.ts';
import { participantsQueryKey } from './participants.ts';
import type { TherapistNoteInput, TherapistNotes } from './types.ts';

export function therapistNotesQueryKey(participantId: string) {
  return [...participantsQueryKey, 'therapist-notes', participantId] as const;
}

function therapistNotesPath(participantId: string): string {
  return `/api/participants/${encodeURIComponent(participantId)}/therapist-notes`;
}

/** The therapist's notes the caller may see, each with who sees it, and who would see a new note per category. */
export function useTherapistNotes(participantId: string) {
  return useQuery({
    queryKey: therapistNotesQueryKey(participantId),
    queryFn: () => api.get<TherapistNotes>(therapistNotesPath(participantId)),
  });
}

export function useWriteTherapistNote(participantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TherapistNoteInput) =>
      api.post<TherapistNotes>(therapistNotesPath(participantId), body),
    onSuccess: async (notes) => {
      queryClient.setQueryData(therapistNotesQueryKey(participantId), notes);
      await queryClient.invalidateQueries({ queryKey: participantHistoryQueryKey(participantId) });
    },
  });
}
