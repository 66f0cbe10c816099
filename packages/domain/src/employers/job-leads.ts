/**
 * Job development is driven by the jobseeker's preferences (IPS principle: "attention to client preferences").
 * A job lead found at an employer is matched against each participant's stated preferences: the kind of work,
 * the place and the hours. The match explains itself, so the specialist can talk it through with the person.
 */
export interface JobLeadFacts {
  title: string;
  jobType: string;
  place: string | null;
  hoursPerWeek: number | null;
}

export interface PreferenceFacts {
  jobTypes: readonly string[];
  places: readonly string[];
  hoursPerWeekMin: number | null;
  hoursPerWeekMax: number | null;
}

export type MatchReason = 'job_type' | 'place' | 'hours';

export interface LeadMatch {
  /** 0–3: one point for each of kind of work, place and hours that fits. */
  score: number;
  reasons: MatchReason[];
}

const norm = (s: string) => s.trim().toLowerCase();

function overlaps(wanted: readonly string[], ...offered: string[]): boolean {
  const words = offered.map(norm).filter(Boolean);
  return wanted.map(norm).some((w) => w !== '' && words.some((o) => o.includes(w) || w.includes(o)));
}

export function matchJobLead(lead: JobLeadFacts, preferences: PreferenceFacts): LeadMatch {
  const reasons: MatchReason[] = [];
  if (overlaps(preferences.jobTypes, lead.jobType, lead.title)) reasons.push('job_type');
  if (lead.place !== null && overlaps(preferences.places, lead.place)) reasons.push('place');
  if (
    lead.hoursPerWeek !== null &&
    (preferences.hoursPerWeekMin !== null || preferences.hoursPerWeekMax !== null) &&
    lead.hoursPerWeek >= (preferences.hoursPerWeekMin ?? 0) &&
    lead.hoursPerWeek <= (preferences.hoursPerWeekMax ?? Number.POSITIVE_INFINITY)
  ) {
    reasons.push('hours');
  }
  return { score: reasons.length, reasons };
}
