import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from './client.ts';
import { participantHistoryQueryKey } from './journey.ts';
import { caseloadQueryKey, participantQueryKey, participantsQueryKey } from './participants.ts';
import type { JobEnd, NewEducation, NewJob, NewSupportContact, WorkAndSupport } from './types.ts';

export function workQueryKey(participantId: string) {
  return [...participantsQueryKey, 'work', participantId] as const;
}

function participantPath(participantId: string): string {
  return `/api/participants/${encodeURIComponent(participantId)}`;
}

function fetchWork(participantId: string): Promise<WorkAndSupport> {
  return api.get<WorkAndSupport>(`${participantPath(participantId)}/work`);
}

export function useWork(participantId: string) {
  return useQuery({
    queryKey: workQueryKey(participantId),
    queryFn: () => fetchWork(participantId),
    // Ending a job carries the job's version (If-Match): no silent refresh on window focus.
    refetchOnWindowFocus: false,
  });
}

/**
 * Every change answers with the whole overview. A job start or end, or an education start, can also move the
 * participant to another phase, so the participant, the history and the caseload are fetched again too.
 */
function useAfterWorkSave(participantId: string, { phaseMayChange }: { phaseMayChange: boolean }) {
  const queryClient = useQueryClient();
  return async (overview: WorkAndSupport) => {
    queryClient.setQueryData(workQueryKey(participantId), overview);
    if (!phaseMayChange) return;
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: participantQueryKey(participantId) }),
      queryClient.invalidateQueries({ queryKey: participantHistoryQueryKey(participantId) }),
      queryClient.invalidateQueries({ queryKey: caseloadQueryKey }),
    ]);
  };
}

export function useStartJob(participantId: string) {
  const afterSave = useAfterWorkSave(participantId, { phaseMayChange: true });
  return useMutation({
    mutationFn: (job: NewJob) => api.post<WorkAndSupport>(`${participantPath(participantId)}/jobs`, job),
    onSuccess: afterSave,
  });
}

export function useEndJob(participantId: string) {
  const afterSave = useAfterWorkSave(participantId, { phaseMayChange: true });
  return useMutation({
    mutationFn: ({ jobId, version, body }: { jobId: string; version: number; body: JobEnd }) =>
      api.put<WorkAndSupport>(
        `${participantPath(participantId)}/jobs/${encodeURIComponent(jobId)}/end`,
        body,
        {
          ifMatch: version,
        },
      ),
    onSuccess: afterSave,
  });
}

export function useAddEducation(participantId: string) {
  const afterSave = useAfterWorkSave(participantId, { phaseMayChange: true });
  return useMutation({
    mutationFn: (education: NewEducation) =>
      api.post<WorkAndSupport>(`${participantPath(participantId)}/education`, education),
    onSuccess: afterSave,
  });
}

export function useAddSupportContact(participantId: string) {
  const afterSave = useAfterWorkSave(participantId, { phaseMayChange: false });
  return useMutation({
    mutationFn: (contact: NewSupportContact) =>
      api.post<WorkAndSupport>(`${participantPath(participantId)}/support-contacts`, contact),
    onSuccess: afterSave,
  });
}

/** Fetches the latest overview now, e.g. after a change was refused with 412. Throws when it cannot be fetched. */
export function useReloadWork(participantId: string) {
  const queryClient = useQueryClient();
  return useCallback(
    (): Promise<WorkAndSupport> =>
      queryClient.fetchQuery({
        queryKey: workQueryKey(participantId),
        queryFn: () => fetchWork(participantId),
        staleTime: 0,
      }),
    [queryClient, participantId],
  );
}
