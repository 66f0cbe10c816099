import type { EstimateInput } from '@ips-bridge/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api, apiRequest } from './client.ts';
import { participantHistoryQueryKey } from './journey.ts';
import { participantsQueryKey } from './participants.ts';
import type { MoneyPlan, NavQuestion, SavedScenario } from './types.ts';

/** The jobseeker's saved work-and-benefit scenarios and questions for NAV ("Min økonomi"). */
export function moneyQueryKey(participantId: string) {
  return [...participantsQueryKey, 'money', participantId] as const;
}

function participantPath(participantId: string): string {
  return `/api/participants/${encodeURIComponent(participantId)}`;
}

function fetchMoney(participantId: string): Promise<MoneyPlan> {
  return api.get<MoneyPlan>(`${participantPath(participantId)}/money`);
}

export function useMoney(participantId: string) {
  return useQuery({
    queryKey: moneyQueryKey(participantId),
    queryFn: () => fetchMoney(participantId),
    // NAV's answers are recorded with the version shown (If-Match): no silent refresh on window focus.
    refetchOnWindowFocus: false,
  });
}

/** After a change: fetch the saved scenarios and questions again, and the participant's history of changes. */
function useAfterMoneySave(participantId: string) {
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: moneyQueryKey(participantId) }),
      queryClient.invalidateQueries({ queryKey: participantHistoryQueryKey(participantId) }),
    ]);
  };
}

export interface NewSavedScenario {
  name: string;
  input: EstimateInput;
}

export function useSaveScenario(participantId: string) {
  const afterSave = useAfterMoneySave(participantId);
  return useMutation({
    mutationFn: (body: NewSavedScenario) =>
      api.post<SavedScenario>(`${participantPath(participantId)}/benefit-scenarios`, body),
    onSuccess: afterSave,
  });
}

export function useDeleteScenario(participantId: string) {
  const afterSave = useAfterMoneySave(participantId);
  return useMutation({
    mutationFn: (scenario: SavedScenario) =>
      apiRequest<undefined>(
        'DELETE',
        `${participantPath(participantId)}/benefit-scenarios/${encodeURIComponent(scenario.id)}`,
      ),
    onSuccess: afterSave,
  });
}

/** Undoes a deletion. */
export function useRestoreScenario(participantId: string) {
  const afterSave = useAfterMoneySave(participantId);
  return useMutation({
    mutationFn: (scenario: SavedScenario) =>
      api.post<SavedScenario>(
        `${participantPath(participantId)}/benefit-scenarios/${encodeURIComponent(scenario.id)}/restore`,
      ),
    onSuccess: afterSave,
  });
}

export interface NewNavQuestion {
  question: string;
  scenarioId: string | null;
}

export function useAddNavQuestion(participantId: string) {
  const afterSave = useAfterMoneySave(participantId);
  return useMutation({
    mutationFn: (body: NewNavQuestion) =>
      api.post<NavQuestion>(`${participantPath(participantId)}/nav-questions`, body),
    onSuccess: afterSave,
  });
}

export interface NavAnswer {
  answer: string;
  /** `YYYY-MM-DD`: the day NAV answered. */
  answeredOn: string;
}

/** Records NAV's answer (staff only), based on the version of the question the user saw (If-Match). */
export function useAnswerNavQuestion(participantId: string) {
  const afterSave = useAfterMoneySave(participantId);
  return useMutation({
    mutationFn: ({ questionId, version, body }: { questionId: string; version: number; body: NavAnswer }) =>
      api.put<NavQuestion>(
        `${participantPath(participantId)}/nav-questions/${encodeURIComponent(questionId)}/answer`,
        body,
        { ifMatch: version },
      ),
    onSuccess: afterSave,
  });
}

/** Fetches the latest scenarios and questions now, e.g. after an answer was refused with 412. */
export function useReloadMoney(participantId: string) {
  const queryClient = useQueryClient();
  return useCallback(
    () =>
      queryClient.fetchQuery({
        queryKey: moneyQueryKey(participantId),
        queryFn: () => fetchMoney(participantId),
        staleTime: 0,
      }),
    [queryClient, participantId],
  );
}
