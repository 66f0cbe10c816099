import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from './client.ts';
import type { OutcomeExport, OutcomeReport, OutcomeTrend } from './types.ts';

export type OutcomeGrouping = 'team' | 'specialist' | 'region';

export interface OutcomeQuery {
  from: string;
  to: string;
  groupBy: OutcomeGrouping;
}

const params = (query: OutcomeQuery) => new URLSearchParams({ ...query });

/** The outcome report for a period: aggregates for the caller's team (every team for an administrator). */
export function useOutcomeReport(query: OutcomeQuery) {
  return useQuery({
    queryKey: ['reports', 'outcomes', query],
    queryFn: () => api.get<OutcomeReport>(`/api/reports/outcomes?${params(query)}`),
    // While another period loads, the figures on screen stay instead of a spinner.
    placeholderData: keepPreviousData,
  });
}

/** Totals per quarter, for the trend. */
export function useOutcomeTrend(period: { from: string; to: string }) {
  return useQuery({
    queryKey: ['reports', 'outcomes', 'trend', period],
    queryFn: () => api.get<OutcomeTrend>(`/api/reports/outcomes/trend?${new URLSearchParams(period)}`),
  });
}

/** The exported figures (counts under 5 withheld), for the printout. */
export function useOutcomeExport(query: OutcomeQuery) {
  return useQuery({
    queryKey: ['reports', 'outcomes', 'export', query],
    queryFn: () => api.get<OutcomeExport>(`/api/reports/outcomes/export?${params(query)}&format=json`),
  });
}

/** Where the browser downloads the report as a file (the session cookie goes with it). */
export function outcomeFileUrl(query: OutcomeQuery, format: 'csv' | 'xlsx'): string {
  return `/api/reports/outcomes/export?${params(query)}&format=${format}`;
}
