import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from './client.ts';
import { participantHistoryQueryKey } from './journey.ts';
import { participantsQueryKey } from './participants.ts';
import type {
  GoalUpdate,
  IndividualPlan,
  NewGoal,
  NewStep,
  StepStatusChange,
  StepUpdate,
  WorkList,
} from './types.ts';

export const workListQueryKey = ['work-list'] as const;

export function planQueryKey(participantId: string) {
  return [...participantsQueryKey, 'plan', participantId] as const;
}

function planPath(participantId: string): string {
  return `/api/participants/${encodeURIComponent(participantId)}/plan`;
}

function fetchPlan(participantId: string): Promise<IndividualPlan> {
  return api.get<IndividualPlan>(planPath(participantId));
}

export function usePlan(participantId: string) {
  return useQuery({
    queryKey: planQueryKey(participantId),
    queryFn: () => fetchPlan(participantId),
    // Goals and steps are changed with the version shown (If-Match): no silent refresh on window focus.
    refetchOnWindowFocus: false,
  });
}

/** Every plan change answers with the whole plan: show it, and fetch the history and the work list again. */
function useAfterPlanSave(participantId: string) {
  const queryClient = useQueryClient();
  return async (plan: IndividualPlan) => {
    queryClient.setQueryData(planQueryKey(participantId), plan);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: participantHistoryQueryKey(participantId) }),
      queryClient.invalidateQueries({ queryKey: workListQueryKey }),
    ]);
  };
}

export function useAddGoal(participantId: string) {
  const afterSave = useAfterPlanSave(participantId);
  return useMutation({
    mutationFn: (goal: NewGoal) => api.post<IndividualPlan>(`${planPath(participantId)}/goals`, goal),
    onSuccess: afterSave,
  });
}

export function useUpdateGoal(participantId: string) {
  const afterSave = useAfterPlanSave(participantId);
  return useMutation({
    mutationFn: ({ goalId, version, body }: { goalId: string; version: number; body: GoalUpdate }) =>
      api.put<IndividualPlan>(`${planPath(participantId)}/goals/${encodeURIComponent(goalId)}`, body, {
        ifMatch: version,
      }),
    onSuccess: afterSave,
  });
}

export function useAddStep(participantId: string) {
  const afterSave = useAfterPlanSave(participantId);
  return useMutation({
    mutationFn: (step: NewStep) => api.post<IndividualPlan>(`${planPath(participantId)}/steps`, step),
    onSuccess: afterSave,
  });
}

export function useUpdateStep(participantId: string) {
  const afterSave = useAfterPlanSave(participantId);
  return useMutation({
    mutationFn: ({ stepId, version, body }: { stepId: string; version: number; body: StepUpdate }) =>
      api.put<IndividualPlan>(`${planPath(participantId)}/steps/${encodeURIComponent(stepId)}`, body, {
        ifMatch: version,
      }),
    onSuccess: afterSave,
  });
}

/** Marks a step done or open again: the jobseeker for their own steps (If-Match: the step's version). */
export function useSetStepStatus(participantId: string) {
  const afterSave = useAfterPlanSave(participantId);
  return useMutation({
    mutationFn: ({
      stepId,
      version,
      status,
    }: {
      stepId: string;
      version: number;
      status: StepStatusChange['status'];
    }) =>
      api.put<IndividualPlan>(
        `${planPath(participantId)}/steps/${encodeURIComponent(stepId)}/status`,
        { status },
        { ifMatch: version },
      ),
    onSuccess: afterSave,
  });
}

/** Fetches the latest plan now, e.g. after a change was refused with 412. Throws when it cannot be fetched. */
export function useReloadPlan(participantId: string) {
  const queryClient = useQueryClient();
  return useCallback(
    (): Promise<IndividualPlan> =>
      queryClient.fetchQuery({
        queryKey: planQueryKey(participantId),
        queryFn: () => fetchPlan(participantId),
        staleTime: 0,
      }),
    [queryClient, participantId],
  );
}

/** The logged-in staff member's open steps that are overdue or due within a week, and late first contacts. */
export function useWorkList() {
  return useQuery({
    queryKey: workListQueryKey,
    queryFn: () => api.get<WorkList>('/api/work-list'),
    // Changes elsewhere (a first contact, someone else's step) affect it: fetch it each time the page opens.
    staleTime: 0,
  });
}
