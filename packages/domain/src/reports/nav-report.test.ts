import { describe, expect, it } from 'vitest';
import { navReportFacts, navReportPeriodProblems } from './nav-report.ts';

const sources = {
  phases: [
    { phase: 'referred', startedOn: '2026-08-01' },
    { phase: 'engagement', startedOn: '2026-08-10' },
    { phase: 'job_search', startedOn: '2026-09-15' },
    { phase: 'working', startedOn: '2026-10-20' },
  ],
  goals: [
    {
      text: 'Jobbe i butikk',
      status: 'active',
      steps: [
        { text: 'Lage CV', status: 'done', dueDate: '2026-09-20', doneOn: '2026-09-18' },
        { text: 'Besøke Rema', status: 'done', dueDate: null, doneOn: '2026-08-20' },
        { text: 'Avtale oppfølging', status: 'open', dueDate: '2026-11-30', doneOn: null },
      ],
    },
  ],
  employerContacts: [
    { date: '2026-09-20', employerName: 'Rema 1000', faceToFace: true },
    { date: '2026-09-25', employerName: 'Coop', faceToFace: false },
    { date: '2026-10-02', employerName: 'Rema 1000', faceToFace: true },
    { date: '2026-08-25', employerName: 'Kiwi', faceToFace: true },
  ],
  jobs: [
    {
      employerName: 'Rema 1000',
      title: 'Butikkmedarbeider',
      startDate: '2026-10-20',
      endDate: null,
      hoursPerWeek: 12,
      endReason: null,
    },
    {
      employerName: 'Kiwi',
      title: 'Vareplassering',
      startDate: '2026-09-01',
      endDate: '2026-09-10',
      hoursPerWeek: 8,
      endReason: 'quit_health',
    },
  ],
  supportContacts: [
    { date: '2026-10-19', faceToFace: true },
    { date: '2026-10-22', faceToFace: false },
  ],
};

describe('navReportFacts', () => {
  it('summarises a period from the journey records', () => {
    const facts = navReportFacts(sources, '2026-09-01', '2026-10-31');
    expect(facts.phaseAtStart).toBe('engagement');
    expect(facts.phaseAtEnd).toBe('working');
    expect(facts.phaseChanges).toEqual([
      { phase: 'job_search', on: '2026-09-15' },
      { phase: 'working', on: '2026-10-20' },
    ]);
    expect(facts.stepsDone).toEqual([{ text: 'Lage CV', on: '2026-09-18' }]);
    expect(facts.employerContacts).toEqual({ total: 3, faceToFace: 2, employers: ['Coop', 'Rema 1000'] });
    expect(facts.jobsStarted.map((j) => j.employerName)).toEqual(['Rema 1000', 'Kiwi']);
    expect(facts.jobsEnded).toEqual([
      { employerName: 'Kiwi', title: 'Vareplassering', endDate: '2026-09-10', endReason: 'quit_health' },
    ]);
    expect(facts.ongoingJobs.map((j) => j.employerName)).toEqual(['Rema 1000']);
    expect(facts.supportContacts).toEqual({ total: 2, faceToFace: 1 });
    expect(facts.nextSteps).toEqual([{ text: 'Avtale oppfølging', dueDate: '2026-11-30' }]);
  });

  it('has no phase before the first one', () => {
    expect(navReportFacts(sources, '2026-07-01', '2026-07-31').phaseAtStart).toBeNull();
  });
});

describe('navReportPeriodProblems', () => {
  it.each([
    { from: '2026-09-01', to: '2026-10-31', expected: [] },
    { from: '2026-10-31', to: '2026-09-01', expected: [{ field: 'periodTo', code: 'period_reversed' }] },
    { from: '2026-11-01', to: '2026-11-23', expected: [{ field: 'periodTo', code: 'date_in_future' }] },
    { from: '2025-01-01', to: '2026-11-01', expected: [{ field: 'periodFrom', code: 'period_too_long' }] },
  ])('$from → $to', ({ from, to, expected }) => {
    expect(navReportPeriodProblems(from, to, '2026-11-22')).toEqual(expected);
  });
});
