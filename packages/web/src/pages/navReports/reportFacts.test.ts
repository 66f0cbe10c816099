import { describe, expect, it } from 'vitest';
import { groupTeamsByRegion } from '../referrals/TeamSelect.tsx';
import { readReportFacts } from './reportFacts.ts';

describe("a report's facts", () => {
  it('are read as generated', () => {
    const facts = readReportFacts({
      periodFrom: '2026-08-01',
      periodTo: '2026-10-31',
      facts: {
        period: { from: '2026-08-01', to: '2026-10-31' },
        phaseAtStart: 'job_search',
        phaseAtEnd: 'working',
        phaseChanges: [{ phase: 'working', on: '2026-09-15' }],
        goals: [{ text: 'Jobb i butikk', status: 'achieved' }],
        stepsDone: [{ text: 'Lage CV', on: '2026-08-10' }],
        employerContacts: { total: 4, faceToFace: 3, employers: ['Coop Tromsø'] },
        jobsStarted: [
          {
            employerName: 'Coop Tromsø',
            title: 'Butikkmedarbeider',
            startDate: '2026-09-15',
            hoursPerWeek: 15,
          },
        ],
        jobsEnded: [],
        ongoingJobs: [{ employerName: 'Coop Tromsø', title: 'Butikkmedarbeider', hoursPerWeek: 15 }],
        supportContacts: { total: 2, faceToFace: 1 },
        nextSteps: [{ text: 'Snakke med leder om flere timer', dueDate: null }],
      },
    });
    expect(facts.phaseChanges).toEqual([{ phase: 'working', on: '2026-09-15' }]);
    expect(facts.employerContacts).toEqual({ total: 4, faceToFace: 3, employers: ['Coop Tromsø'] });
    expect(facts.jobsStarted[0]?.hoursPerWeek).toBe(15);
    expect(facts.nextSteps).toEqual([{ text: 'Snakke med leder om flere timer', dueDate: null }]);
  });

  it('show missing facts as none instead of breaking', () => {
    const facts = readReportFacts({
      periodFrom: '2026-08-01',
      periodTo: '2026-10-31',
      facts: { period: { from: '2026-08-01', to: '2026-10-31' }, goals: 'not a list' },
    });
    expect(facts).toMatchObject({
      period: { from: '2026-08-01', to: '2026-10-31' },
      phaseAtStart: null,
      goals: [],
      employerContacts: { total: 0, faceToFace: 0, employers: [] },
      supportContacts: { total: 0, faceToFace: 0 },
    });
  });
});

describe('the team choice', () => {
  it('groups teams by region in alphabetical order, with teams without a region last', () => {
    const groups = groupTeamsByRegion(
      [
        { id: '1', name: 'IPS Tromsø', region: 'Troms' },
        { id: '2', name: 'IPS Alta', region: 'Finnmark' },
        { id: '3', name: 'IPS Harstad', region: 'Troms' },
        { id: '4', name: 'IPS Prøveprosjekt', region: null },
      ],
      'nb',
    );
    expect(groups.map((group) => [group.region, group.teams.map((team) => team.name)])).toEqual([
      ['Finnmark', ['IPS Alta']],
      ['Troms', ['IPS Harstad', 'IPS Tromsø']],
      [null, ['IPS Prøveprosjekt']],
    ]);
  });
});
