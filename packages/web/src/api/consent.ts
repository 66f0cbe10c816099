import type {
  AccessLog,
  ConsentChange,
  ConsentChangesInput,
  ConsentOverview,
  EmergencyAccess,
} from '@ips-bridge/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';
import { participantHistoryQueryKey } from './journey.ts';
import { participantsQueryKey } from './participants.ts';

export type { AccessLog, ConsentChange, ConsentOverview, EmergencyAccess };
export type ConsentRecipientView = ConsentOverview['recipients'][number];
export type SharingCell = ConsentRecipientView['sharing'][number];
export type ConsentHistoryEntry = ConsentOverview['history'][number];
export type AccessBlock = ConsentOverview['blocks'][number];
export type AccessLogEntry = AccessLog['items'][number];

export function consentQueryKey(participantId: string) {
  return [...participantsQueryKey, 'consents', participantId] as const;
}

export function accessLogQueryKey(participantId: string) {
  return [...participantsQueryKey, 'access-log', participantId] as const;
}

function participantPath(participantId: string): string {
  return `/api/participants/${encodeURIComponent(participantId)}`;
}

/** What the jobseeker shares with whom: per person and category, with the history and the blocks in force. */
export function useConsentOverview(participantId: string | null) {
  return useQuery({
    queryKey: consentQueryKey(participantId ?? ''),
    queryFn: () => api.get<ConsentOverview>(`${participantPath(participantId ?? '')}/consents`),
    enabled: participantId !== null && participantId !== '',
  });
}

/**
 * Every consent change answers with the new overview: show it at once. What the others may see changes on their next
 * request; the access log gets a new row, and the participant's history a new change.
 */
function useAfterConsentChange(participantId: string) {
  const queryClient = useQueryClient();
  return async (overview: ConsentOverview) => {
    queryClient.setQueryData(consentQueryKey(participantId), overview);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: accessLogQueryKey(participantId) }),
      queryClient.invalidateQueries({ queryKey: participantHistoryQueryKey(participantId) }),
    ]);
  };
}

/** Grant or withdraw categories: the jobseeker for themselves ('jobseeker'), staff from a signed form ('paper'). */
export function useRecordConsent(participantId: string) {
  const afterChange = useAfterConsentChange(participantId);
  return useMutation({
    mutationFn: (body: ConsentChangesInput) =>
      api.post<ConsentOverview>(`${participantPath(participantId)}/consents`, body),
    onSuccess: afterChange,
  });
}

/** "Sperring": the jobseeker blocks a named person from all of their information. */
export function useBlockPerson(participantId: string) {
  const afterChange = useAfterConsentChange(participantId);
  return useMutation({
    mutationFn: (body: { userId: string; reason: string }) =>
      api.post<ConsentOverview>(`${participantPath(participantId)}/blocks`, body),
    onSuccess: afterChange,
  });
}

export function useLiftBlock(participantId: string) {
  const afterChange = useAfterConsentChange(participantId);
  return useMutation({
    mutationFn: (blockId: string) =>
      api.post<ConsentOverview>(
        `${participantPath(participantId)}/blocks/${encodeURIComponent(blockId)}/lift`,
      ),
    onSuccess: afterChange,
  });
}

/** One page of "who has seen or changed my information", newest first. */
export function useAccessLog(
  participantId: string | null,
  page: number,
  pageSize: number,
  includeOwn = false,
) {
  const query = new URLSearchParams({
    limit: String(pageSize),
    offset: String((page - 1) * pageSize),
    includeOwn: String(includeOwn),
  });
  return useQuery({
    queryKey: [...accessLogQueryKey(participantId ?? ''), query.toString()],
    queryFn: () => api.get<AccessLog>(`${participantPath(participantId ?? '')}/access-log?${query}`),
    enabled: participantId !== null && participantId !== '',
    // While the next page loads, the current one stays on screen instead of a spinner.
    placeholderData: keepPreviousData,
  });
}

/**
 * Break the glass: open a participant's record outside consent, read only, for a short time. Afterwards everything
 * shown of the participant is fetched again, now with the opened access. `onOpened` runs first: the component that
 * asked may be gone once the page has reloaded (a "not found" page turns into the participant's page).
 */
export function useEmergencyAccess(participantId: string, onOpened: (opened: EmergencyAccess) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) =>
      api.post<EmergencyAccess>(`${participantPath(participantId)}/emergency-access`, { reason }),
    onSuccess: async (opened) => {
      onOpened(opened);
      await queryClient.invalidateQueries({ queryKey: participantsQueryKey });
    },
  });
}
