import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from './client.ts';
import type {
  Employer,
  EmployerContact,
  EmployerContactInput,
  EmployerDetail,
  EmployerInput,
  ItemsResponse,
  JobDevelopmentWeek,
} from './types.ts';

export const employersQueryKey = ['employers'] as const;
export const jobDevelopmentQueryKey = ['job-development'] as const;

export function employerListQueryKey(search: string) {
  return [...employersQueryKey, 'list', search] as const;
}

export function employerQueryKey(id: string | undefined | null) {
  return [...employersQueryKey, 'detail', id] as const;
}

export function jobDevelopmentWeekQueryKey(weekStart: string) {
  return [...jobDevelopmentQueryKey, 'week', weekStart] as const;
}

function employerPath(id: string): string {
  return `/api/employers/${encodeURIComponent(id)}`;
}

/** The team's employer register; `search` (name, organisation number or sector) is sent as `q` when not empty. */
export function useEmployers(search: string) {
  const q = search.trim();
  return useQuery({
    queryKey: employerListQueryKey(q),
    queryFn: async () => {
      const path = q === '' ? '/api/employers' : `/api/employers?${new URLSearchParams({ q })}`;
      return (await api.get<ItemsResponse<Employer>>(path)).items;
    },
    // While a new search runs, the previous results stay on screen instead of a spinner after every keystroke.
    placeholderData: keepPreviousData,
  });
}

export function fetchEmployer(id: string): Promise<EmployerDetail> {
  return api.get<EmployerDetail>(employerPath(id));
}

export function useEmployer(id: string | undefined | null) {
  return useQuery({
    queryKey: employerQueryKey(id),
    queryFn: () => fetchEmployer(id ?? ''),
    enabled: typeof id === 'string' && id !== '',
    // As for participants: changes carry the version shown (If-Match), so the record is not silently replaced
    // when the window regains focus; someone else's change comes back as a clear "changed since you opened it".
    refetchOnWindowFocus: false,
  });
}

export function useCreateEmployer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (employer: EmployerInput) => api.post<Employer>('/api/employers', employer),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: employersQueryKey }),
  });
}

/** A change to an employer, based on the version of the record the user saw (sent as If-Match). */
interface VersionedEmployer {
  version: number;
  body: EmployerInput;
}

export function useUpdateEmployer(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, body }: VersionedEmployer) =>
      api.put<Employer>(employerPath(id), body, { ifMatch: version }),
    onSuccess: async (employer) => {
      // The answer has no contact log; keep the one on screen and fetch everything again in the background.
      queryClient.setQueryData<EmployerDetail>(employerQueryKey(id), (current) =>
        current ? { ...current, ...employer } : current,
      );
      await queryClient.invalidateQueries({ queryKey: employersQueryKey });
    },
  });
}

export function useLogEmployerContact(employerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (contact: EmployerContactInput) =>
      api.post<EmployerContact>(`${employerPath(employerId)}/contacts`, contact),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: employersQueryKey }),
        queryClient.invalidateQueries({ queryKey: jobDevelopmentQueryKey }),
      ]);
    },
  });
}

/**
 * Fetches the latest version of the employer now, e.g. after a save was refused with 412. Throws when it cannot
 * be fetched; the page keeps showing what it had.
 */
export function useReloadEmployer(id: string) {
  const queryClient = useQueryClient();
  return useCallback(
    (): Promise<EmployerDetail> =>
      queryClient.fetchQuery({
        queryKey: employerQueryKey(id),
        queryFn: () => fetchEmployer(id),
        staleTime: 0,
      }),
    [queryClient, id],
  );
}

/** The caller's job-development week that `weekStart` (a Monday) begins. */
export function useJobDevelopmentWeek(weekStart: string) {
  return useQuery({
    queryKey: jobDevelopmentWeekQueryKey(weekStart),
    queryFn: () =>
      api.get<JobDevelopmentWeek>(`/api/job-development/week?${new URLSearchParams({ date: weekStart })}`),
  });
}
