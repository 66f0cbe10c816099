import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';
import { startPageQueryKey } from './messages.ts';
import type { MyTeamMeetings, StartPage, TeamIntegration, TeamMeetingInput } from './types.ts';

export const teamMeetingsQueryKey = ['me', 'team-meetings'] as const;
export const teamIntegrationQueryKey = ['team', 'team-meetings'] as const;

/** The specialist's own treatment-team and NAV meetings, with the rhythm kept. */
export function useMyTeamMeetings() {
  return useQuery({
    queryKey: teamMeetingsQueryKey,
    queryFn: () => api.get<MyTeamMeetings>('/api/me/team-meetings'),
  });
}

export function useRecordTeamMeeting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TeamMeetingInput) => api.post<MyTeamMeetings>('/api/me/team-meetings', body),
    onSuccess: (meetings) => queryClient.setQueryData(teamMeetingsQueryKey, meetings),
  });
}

/** The supervisor's team: each specialist's meeting rhythm. */
export function useTeamIntegration() {
  return useQuery({
    queryKey: teamIntegrationQueryKey,
    queryFn: () => api.get<TeamIntegration>('/api/team/team-meetings'),
  });
}

/** The focused start page: what is new is measured from the previous visit. */
export function useStartPage() {
  return useQuery({
    queryKey: startPageQueryKey,
    queryFn: () => api.get<StartPage>('/api/me/start'),
    refetchOnWindowFocus: false,
  });
}

/** Remembers this visit, so that next time "new" starts from now. The page keeps showing what it fetched. */
export function useRecordStartPageVisit() {
  return useMutation({ mutationFn: () => api.post<undefined>('/api/me/start/visit') });
}
