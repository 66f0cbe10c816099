import type {
  ActiveRestriction,
  ErasureRequestDto,
  ParticipantExportDto,
  PrivacyCase,
  RestrictionStatus,
} from '@ips-bridge/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';
import { participantsQueryKey } from './participants.ts';

export type { ActiveRestriction, ErasureRequestDto, ParticipantExportDto, PrivacyCase, RestrictionStatus };

function participantPath(participantId: string): string {
  return `/api/participants/${encodeURIComponent(participantId)}`;
}

export function restrictionQueryKey(participantId: string) {
  return [...participantsQueryKey, 'restriction', participantId] as const;
}

/**
 * Everything stored about one participant (GDPR art. 15 and 20): the same export the JSON download gives, read and
 * audited on the server as `participant.export`. Never cached between visits.
 */
export function useParticipantExport(participantId: string | null) {
  return useQuery({
    queryKey: [...participantsQueryKey, 'export', participantId ?? ''],
    queryFn: () => api.get<ParticipantExportDto>(`${participantPath(participantId ?? '')}/export`),
    enabled: participantId !== null && participantId !== '',
    gcTime: 0,
    staleTime: 0,
  });
}

export function useRestrictionStatus(participantId: string | null) {
  return useQuery({
    queryKey: restrictionQueryKey(participantId ?? ''),
    queryFn: () => api.get<RestrictionStatus>(`${participantPath(participantId ?? '')}/restriction`),
    enabled: participantId !== null && participantId !== '',
  });
}

/** The jobseeker restricts processing of their own record, or lifts a restriction they placed. */
export function usePlaceRestriction(participantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) =>
      api.post<RestrictionStatus>(`${participantPath(participantId)}/restriction`, { reason }),
    onSuccess: (status) => queryClient.setQueryData(restrictionQueryKey(participantId), status),
  });
}

export function useLiftOwnRestriction(participantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<RestrictionStatus>(`${participantPath(participantId)}/restriction/lift`),
    onSuccess: (status) => queryClient.setQueryData(restrictionQueryKey(participantId), status),
  });
}

// ── Administrators ──────────────────────────────────────────────────────────────────────────────────────────────

const adminPrivacyKey = ['admin', 'privacy'] as const;

/** Finding the person by identity number: a POST, so the number never appears in a URL or a log line. */
export function usePrivacyLookup() {
  return useMutation({
    mutationFn: (nationalId: string) => api.post<PrivacyCase>('/api/admin/privacy/lookup', { nationalId }),
  });
}

export function useActiveRestrictions() {
  return useQuery({
    queryKey: [...adminPrivacyKey, 'restrictions'],
    queryFn: async () =>
      (await api.get<{ items: ActiveRestriction[] }>('/api/admin/privacy/restrictions')).items,
  });
}

export function useErasureRequests() {
  return useQuery({
    queryKey: [...adminPrivacyKey, 'erasure-requests'],
    queryFn: async () =>
      (await api.get<{ items: ErasureRequestDto[] }>('/api/admin/privacy/erasure-requests')).items,
  });
}

function useRefreshAdminPrivacy() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: adminPrivacyKey });
}

export function useAdminRestrict() {
  const refresh = useRefreshAdminPrivacy();
  return useMutation({
    mutationFn: (body: { participantId: string; reason: string }) =>
      api.post<RestrictionStatus>('/api/admin/privacy/restrictions', body),
    onSuccess: refresh,
  });
}

export function useAdminLift() {
  const refresh = useRefreshAdminPrivacy();
  return useMutation({
    mutationFn: (participantId: string) =>
      api.post<RestrictionStatus>('/api/admin/privacy/restrictions/lift', { participantId }),
    onSuccess: refresh,
  });
}

export function useRecordErasureRequest() {
  const refresh = useRefreshAdminPrivacy();
  return useMutation({
    mutationFn: (body: { participantId: string; ground: string; receivedOn: string }) =>
      api.post<ErasureRequestDto>('/api/admin/privacy/erasure-requests', body),
    onSuccess: refresh,
  });
}

export function useConfirmErasure() {
  const refresh = useRefreshAdminPrivacy();
  return useMutation({
    mutationFn: (input: { requestId: string; confirmName: string }) =>
      api.post<ErasureRequestDto>(
        `/api/admin/privacy/erasure-requests/${encodeURIComponent(input.requestId)}/confirm`,
        { confirmName: input.confirmName },
      ),
    onSuccess: refresh,
  });
}

export function useCancelErasure() {
  const refresh = useRefreshAdminPrivacy();
  return useMutation({
    mutationFn: (requestId: string) =>
      api.post<ErasureRequestDto>(
        `/api/admin/privacy/erasure-requests/${encodeURIComponent(requestId)}/cancel`,
      ),
    onSuccess: refresh,
  });
}
