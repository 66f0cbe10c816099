import type {
  CreateFidelityReviewInput,
  FidelityActionInput,
  FidelityActionUpdateInput,
  FidelityConsensusInput,
  FidelityIndicators,
  FidelityReview,
  FidelityReviewList,
  FidelityScaleData,
  FidelitySheetInput,
} from '@ips-bridge/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';
import { isApiError } from './problem.ts';

export type {
  CreateFidelityReviewInput,
  FidelityIndicators,
  FidelityReview,
  FidelityReviewList,
  FidelityScaleData,
};

export interface ReviewerCandidate {
  id: string;
  displayName: string;
  role: string;
  team: string | null;
}

const reviewKey = (id: string) => ['fidelity', 'review', id] as const;

/** The scale as data (items, anchors with their verification status, bands); it changes only with a new release. */
export function useFidelityScale() {
  return useQuery({
    queryKey: ['fidelity', 'scale'],
    queryFn: () => api.get<FidelityScaleData>('/api/fidelity/scale'),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useFidelityReviews() {
  return useQuery({
    queryKey: ['fidelity', 'reviews'],
    queryFn: () => api.get<FidelityReviewList>('/api/fidelity/reviews'),
  });
}

export function useReviewerCandidates(enabled: boolean) {
  return useQuery({
    queryKey: ['fidelity', 'reviewer-candidates'],
    queryFn: () => api.get<{ items: ReviewerCandidate[] }>('/api/fidelity/reviewer-candidates'),
    enabled,
  });
}

export function useCreateFidelityReview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateFidelityReviewInput) => api.post<FidelityReview>('/api/fidelity/reviews', body),
    onSuccess: (review) => {
      queryClient.setQueryData(reviewKey(review.id), review);
      return queryClient.invalidateQueries({ queryKey: ['fidelity', 'reviews'] });
    },
  });
}

export function useFidelityReview(id: string) {
  return useQuery({
    queryKey: reviewKey(id),
    queryFn: () => api.get<FidelityReview>(`/api/fidelity/reviews/${encodeURIComponent(id)}`),
  });
}

/** Indicators for the review's team and period (aggregates only). */
export function useFidelityIndicators(teamId: string | undefined, from: string, to: string) {
  return useQuery({
    queryKey: ['fidelity', 'indicators', teamId, from, to],
    queryFn: () =>
      api.get<FidelityIndicators>(
        `/api/fidelity/teams/${encodeURIComponent(teamId ?? '')}/indicators?${new URLSearchParams({ from, to })}`,
      ),
    enabled: teamId !== undefined,
  });
}

/** Every change answers with the whole review: it replaces the cached one, and the list is refreshed. */
function useReviewMutation<T>(id: string, request: (input: T) => Promise<FidelityReview>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (review) => {
      queryClient.setQueryData(reviewKey(id), review);
      return queryClient.invalidateQueries({ queryKey: ['fidelity', 'reviews'] });
    },
    // Someone else saved first (412) or the review moved on (409): fetch it again, so the next try uses the
    // current version and the page shows the current state. What the user typed stays in the form.
    onError: (error) => {
      if (isApiError(error) && [409, 412].includes(error.problem.status))
        return queryClient.invalidateQueries({ queryKey: reviewKey(id) });
      return undefined;
    },
  });
}

const base = (id: string) => `/api/fidelity/reviews/${encodeURIComponent(id)}`;

export function useSaveSheet(id: string) {
  return useReviewMutation(id, ({ body, version }: { body: FidelitySheetInput; version: number }) =>
    api.put<FidelityReview>(`${base(id)}/sheet`, body, { ifMatch: version }),
  );
}

export function useSubmitSheet(id: string) {
  return useReviewMutation(id, () => api.post<FidelityReview>(`${base(id)}/sheet/submit`, undefined));
}

export function useSaveConsensus(id: string) {
  return useReviewMutation(id, ({ body, version }: { body: FidelityConsensusInput; version: number }) =>
    api.put<FidelityReview>(`${base(id)}/consensus`, body, { ifMatch: version }),
  );
}

export function useCompleteReview(id: string) {
  return useReviewMutation(id, (version: number) =>
    api.post<FidelityReview>(`${base(id)}/complete`, undefined, { ifMatch: version }),
  );
}

export function useAddAction(id: string) {
  return useReviewMutation(id, (body: FidelityActionInput) =>
    api.post<FidelityReview>(`${base(id)}/actions`, body),
  );
}

export function useUpdateAction(id: string) {
  return useReviewMutation(
    id,
    ({ actionId, body, version }: { actionId: string; body: FidelityActionUpdateInput; version: number }) =>
      api.put<FidelityReview>(`${base(id)}/actions/${encodeURIComponent(actionId)}`, body, {
        ifMatch: version,
      }),
  );
}
