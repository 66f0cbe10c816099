import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from './client.ts';
import { participantHistoryQueryKey } from './journey.ts';
import { participantsQueryKey } from './participants.ts';
import type { ItemsResponse, NavReport, NewNavReport } from './types.ts';

export function navReportsQueryKey(participantId: string) {
  return [...participantsQueryKey, 'nav-reports', participantId] as const;
}

function reportsPath(participantId: string): string {
  return `/api/participants/${encodeURIComponent(participantId)}/nav-reports`;
}

function reportPath(participantId: string, reportId: string): string {
  return `${reportsPath(participantId)}/${encodeURIComponent(reportId)}`;
}

function fetchNavReports(participantId: string): Promise<NavReport[]> {
  return api.get<ItemsResponse<NavReport>>(reportsPath(participantId)).then((response) => response.items);
}

/** The participant's reports to NAV, newest first. Each change carries the report's version (If-Match). */
export function useNavReports(participantId: string) {
  return useQuery({
    queryKey: navReportsQueryKey(participantId),
    queryFn: () => fetchNavReports(participantId),
    refetchOnWindowFocus: false,
  });
}

/** Every change answers with the report: put it in the list in place of the old one. */
function useAfterReportSave(participantId: string) {
  const queryClient = useQueryClient();
  return async (report: NavReport) => {
    queryClient.setQueryData<NavReport[]>(navReportsQueryKey(participantId), (reports) => {
      if (!reports) return [report];
      const known = reports.some((candidate) => candidate.id === report.id);
      return known
        ? reports.map((candidate) => (candidate.id === report.id ? report : candidate))
        : [report, ...reports];
    });
    await queryClient.invalidateQueries({ queryKey: participantHistoryQueryKey(participantId) });
  };
}

export function useCreateNavReport(participantId: string) {
  const afterSave = useAfterReportSave(participantId);
  return useMutation({
    mutationFn: (body: NewNavReport) => api.post<NavReport>(reportsPath(participantId), body),
    onSuccess: afterSave,
  });
}

interface VersionedReport<T> {
  reportId: string;
  version: number;
  body: T;
}

export function useUpdateNavReportTexts(participantId: string) {
  const afterSave = useAfterReportSave(participantId);
  return useMutation({
    mutationFn: ({
      reportId,
      version,
      body,
    }: VersionedReport<{ summaryText: string; nextStepsText: string }>) =>
      api.put<NavReport>(reportPath(participantId, reportId), body, { ifMatch: version }),
    onSuccess: afterSave,
  });
}

/** A step in the report's life with no body of its own: sharing it with the jobseeker, or sending it. */
export type NavReportStep = 'share' | 'send';

export function useNavReportStep(participantId: string, step: NavReportStep) {
  const afterSave = useAfterReportSave(participantId);
  return useMutation({
    mutationFn: ({ reportId, version }: { reportId: string; version: number }) =>
      api.post<NavReport>(`${reportPath(participantId, reportId)}/${step}`, undefined, { ifMatch: version }),
    onSuccess: afterSave,
  });
}

/** The jobseeker has read the report, with an optional comment that goes to NAV with it. */
export function useRespondToNavReport(participantId: string) {
  const afterSave = useAfterReportSave(participantId);
  return useMutation({
    mutationFn: ({ reportId, version, body }: VersionedReport<{ comment: string | null }>) =>
      api.post<NavReport>(`${reportPath(participantId, reportId)}/jobseeker-response`, body, {
        ifMatch: version,
      }),
    onSuccess: afterSave,
  });
}

/** Fetches the latest reports now, e.g. after a change was refused with 412. Throws when it cannot be fetched. */
export function useReloadNavReports(participantId: string) {
  const queryClient = useQueryClient();
  return useCallback(
    (): Promise<NavReport[]> =>
      queryClient.fetchQuery({
        queryKey: navReportsQueryKey(participantId),
        queryFn: () => fetchNavReports(participantId),
        staleTime: 0,
      }),
    [queryClient, participantId],
  );
}
