import { PHASES, type Phase } from '@ips-bridge/domain';

/** What the caseload list shows, as kept in the address: the chosen phases and the page. */
export interface CaseloadFilter {
  phases: Phase[];
  page: number;
}

const isPhase = (value: string): value is Phase => (PHASES as readonly string[]).includes(value);

/** Reads the filter from the address, ignoring what is not a known phase or a page number (a stale bookmark). */
export function parseCaseloadFilter(params: URLSearchParams): CaseloadFilter {
  const phases = (params.get('phase') ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(isPhase);
  const page = Number(params.get('page'));
  return {
    phases: PHASES.filter((p) => phases.includes(p)),
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** The address parameters for a filter; other parameters are kept, defaults are left out. */
export function writeCaseloadFilter(current: URLSearchParams, filter: CaseloadFilter): URLSearchParams {
  const next = new URLSearchParams(current);
  if (filter.phases.length === 0) next.delete('phase');
  else next.set('phase', PHASES.filter((p) => filter.phases.includes(p)).join(','));
  if (filter.page <= 1) next.delete('page');
  else next.set('page', String(filter.page));
  return next;
}

/** How many pages `total` rows fill, at least one. */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}
