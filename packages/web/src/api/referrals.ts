import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from './client.ts';
import { caseloadQueryKey, participantQueryKey } from './participants.ts';
import type {
  AcceptReferralInput,
  CaseloadItem,
  ItemsResponse,
  Participant,
  Referral,
  SelfReferralInput,
  StaffReferralInput,
} from './types.ts';

/** An IPS team that takes referrals, as the public team list gives it. */
export interface PublicTeam {
  id: string;
  name: string;
  region: string | null;
}

/** Which referrals the inbox shows: the new ones, one kind of closed ones, or all. */
export const REFERRAL_FILTERS = ['new', 'accepted', 'duplicate', 'withdrawn', 'all'] as const;
export type ReferralFilter = (typeof REFERRAL_FILTERS)[number];

export function isReferralFilter(value: unknown): value is ReferralFilter {
  return typeof value === 'string' && (REFERRAL_FILTERS as readonly string[]).includes(value);
}

export const publicTeamsQueryKey = ['public', 'ips-teams'] as const;
export const referralsQueryKey = ['referrals'] as const;

export function referralInboxQueryKey(filter: ReferralFilter) {
  return [...referralsQueryKey, filter] as const;
}

/** The IPS teams one can refer to. Public: the self-referral page uses it without a login. */
export function usePublicTeams() {
  return useQuery({
    queryKey: publicTeamsQueryKey,
    queryFn: async () => (await api.get<ItemsResponse<PublicTeam>>('/api/public/ips-teams')).items,
    staleTime: 10 * 60_000,
  });
}

/** Someone refers themself, without an account. The answer says only that it was received. */
export function useSelfReferral() {
  return useMutation({
    mutationFn: (body: SelfReferralInput) => api.post<{ received: true }>('/api/public/self-referrals', body),
  });
}

/** A professional refers someone into a team's inbox. */
export function useCreateReferral() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: StaffReferralInput) => api.post<Referral>('/api/referrals', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: referralsQueryKey }),
  });
}

function fetchReferrals(filter: ReferralFilter): Promise<Referral[]> {
  return api
    .get<ItemsResponse<Referral>>(`/api/referrals?${new URLSearchParams({ status: filter })}`)
    .then((response) => response.items);
}

/** The team's referral inbox. Accepting or closing carries the referral's version (If-Match). */
export function useReferrals(filter: ReferralFilter) {
  return useQuery({
    queryKey: referralInboxQueryKey(filter),
    queryFn: () => fetchReferrals(filter),
    // New referrals arrive all the time; the inbox is fetched each time it opens, but not silently on focus,
    // so a card someone is working on does not change under them.
    staleTime: 0,
    refetchOnWindowFocus: false,
  });
}

function referralPath(referralId: string): string {
  return `/api/referrals/${encodeURIComponent(referralId)}`;
}

interface VersionedReferral<T> {
  referralId: string;
  version: number;
  body: T;
}

/** Accepting makes the person a participant: the caseload and every inbox list are fetched again. */
export function useAcceptReferral() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ referralId, version, body }: VersionedReferral<AcceptReferralInput>) =>
      api.post<Participant>(`${referralPath(referralId)}/accept`, body, { ifMatch: version }),
    onSuccess: async (participant) => {
      queryClient.setQueryData(participantQueryKey(participant.id), participant);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: referralsQueryKey }),
        queryClient.invalidateQueries({ queryKey: caseloadQueryKey }),
      ]);
    },
  });
}

export function useCloseReferral() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ referralId, version, body }: VersionedReferral<{ status: 'duplicate' | 'withdrawn' }>) =>
      api.post<Referral>(`${referralPath(referralId)}/close`, body, { ifMatch: version }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: referralsQueryKey }),
  });
}

/** Fetches the inbox again now, e.g. after a change was refused with 412. Throws when it cannot be fetched. */
export function useReloadReferrals(filter: ReferralFilter) {
  const queryClient = useQueryClient();
  return useCallback(
    (): Promise<Referral[]> =>
      queryClient.fetchQuery({
        queryKey: referralInboxQueryKey(filter),
        queryFn: () => fetchReferrals(filter),
        staleTime: 0,
      }),
    [queryClient, filter],
  );
}

export interface TeamSpecialist {
  id: string;
  displayName: string;
}

/**
 * The employment specialists a supervisor can give a new participant to: those who follow someone in the team's
 * caseload (there is no list of the team's users outside the administration). Sorted by name.
 */
export function useTeamSpecialists(enabled: boolean) {
  return useQuery({
    queryKey: [...referralsQueryKey, 'specialists'] as const,
    queryFn: async (): Promise<TeamSpecialist[]> => {
      const caseload = await api.get<ItemsResponse<CaseloadItem>>('/api/participants?limit=200');
      const byId = new Map<string, TeamSpecialist>();
      for (const item of caseload.items) {
        if (item.specialist) byId.set(item.specialist.id, item.specialist);
      }
      return [...byId.values()].sort((a, b) => a.displayName.localeCompare(b.displayName));
    },
    enabled,
    staleTime: 5 * 60_000,
  });
}
