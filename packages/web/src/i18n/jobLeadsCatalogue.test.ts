import { describe, expect, it } from 'vitest';
import type { JobLeadMatchReason, JobLeadStatus } from '../api/jobLeads.ts';
import { en } from './locales/en.ts';
import { nb } from './locales/nb.ts';
import { nn } from './locales/nn.ts';

const STATUSES: JobLeadStatus[] = ['open', 'filled', 'closed'];
const REASONS: JobLeadMatchReason[] = ['job_type', 'place', 'hours'];

// Statuses and match reasons are looked up as `jobLeads.statuses.${status}` and so on, which the general key
// check cannot see.
describe('job lead statuses and match reasons', () => {
  it.each([
    ['nb', nb],
    ['nn', nn],
    ['en', en],
  ])('are all translated in %s', (_language, catalogue) => {
    const statuses: Record<string, string> = catalogue.jobLeads.statuses;
    const changed: Record<string, string> = catalogue.jobLeads.actions.changed;
    const reasons: Record<string, string> = catalogue.jobLeads.matches.reasons;
    expect(STATUSES.filter((status) => !statuses[status] || !changed[status])).toEqual([]);
    expect(REASONS.filter((reason) => !reasons[reason])).toEqual([]);
  });
});
