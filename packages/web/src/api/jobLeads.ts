import type { JobLead, JobLeadInput } from '@ips-bridge/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';
import type { ItemsResponse } from './types.ts';

export type { JobLead, JobLeadInput };
export type JobLeadStatus = JobLead['status'];
export type JobLeadMatchReason = JobLead['matches'][number]['reasons'][number];

/** Which leads to list: the open ones (the default) or every lead the team has recorded. */
export type JobLeadFilter = 'open' | 'all';

export const jobLeadsQueryKey = ['job-leads'] as const;

export function jobLeadListQueryKey(filter: JobLeadFilter) {
  return [...jobLeadsQueryKey, 'list', filter] as const;
}

/** The team's job leads, newest first, each with the caller's participants whose preferences fit it. */
export function useJobLeads(filter: JobLeadFilter) {
  return useQuery({
    queryKey: jobLeadListQueryKey(filter),
    queryFn: async () =>
      (await api.get<ItemsResponse<JobLead>>(`/api/job-leads?${new URLSearchParams({ status: filter })}`))
        .items,
    // A status change carries the version shown (If-Match); a refetch on window focus would move the versions
    // under the user's feet, so someone else's change is reported as "changed since you opened it" instead.
    refetchOnWindowFocus: false,
  });
}

export function useCreateJobLead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (lead: JobLeadInput) => api.post<JobLead>('/api/job-leads', lead),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: jobLeadsQueryKey }),
  });
}

/** A status change, based on the version of the lead the user saw (sent as If-Match). */
export interface JobLeadStatusChange {
  leadId: string;
  version: number;
  status: JobLeadStatus;
}

/**
 * Marks a lead open, filled or closed. The answer has no body; on success it resolves to the lead's new version
 * (the server counts each change up by one), so the change can be undone against exactly that version.
 */
export function useSetJobLeadStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ leadId, version, status }: JobLeadStatusChange): Promise<number> => {
      await api.put<void>(
        `/api/job-leads/${encodeURIComponent(leadId)}/status`,
        { status },
        { ifMatch: version },
      );
      return version + 1;
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: jobLeadsQueryKey }),
  });
}
