import { describe, expect, it } from 'vitest';
import { matchJobLead } from './job-leads.ts';

const preferences = {
  jobTypes: ['lager', 'Butikk'],
  places: ['Tromsø'],
  hoursPerWeekMin: 10,
  hoursPerWeekMax: 20,
};

describe('matchJobLead', () => {
  it.each([
    {
      lead: { title: 'Lagermedarbeider', jobType: 'lager', place: 'Tromsø sentrum', hoursPerWeek: 15 },
      score: 3,
      reasons: ['job_type', 'place', 'hours'],
    },
    {
      lead: { title: 'Butikkmedarbeider', jobType: 'handel', place: 'Bodø', hoursPerWeek: 15 },
      score: 2,
      reasons: ['job_type', 'hours'],
    },
    {
      lead: { title: 'Kokk', jobType: 'restaurant', place: 'Tromsø', hoursPerWeek: 37.5 },
      score: 1,
      reasons: ['place'],
    },
    {
      lead: { title: 'Kokk', jobType: 'restaurant', place: null, hoursPerWeek: null },
      score: 0,
      reasons: [],
    },
    {
      lead: { title: 'Lager', jobType: 'lager', place: 'Tromsø', hoursPerWeek: 20 },
      score: 3,
      reasons: ['job_type', 'place', 'hours'],
    },
  ] as const)('$lead.title in $lead.place → $score', ({ lead, score, reasons }) => {
    expect(matchJobLead(lead, preferences)).toEqual({ score, reasons });
  });

  it('does not match hours when the person has stated none', () => {
    const result = matchJobLead(
      { title: 'Lager', jobType: 'lager', place: null, hoursPerWeek: 15 },
      { jobTypes: [], places: [], hoursPerWeekMin: null, hoursPerWeekMax: null },
    );
    expect(result).toEqual({ score: 0, reasons: [] });
  });
});
