import { describe, expect, it } from 'vitest';
import { draftCv } from './cv.ts';

describe('draftCv', () => {
  it('merges the profile and IPS jobs, newest first, without duplicates', () => {
    const cv = draftCv({
      profile: {
        workHistory: [
          {
            employer: 'Coop',
            title: 'Butikkmedarbeider',
            from: '2019-03',
            to: '2020-08',
            wentWell: 'Kundekontakt',
          },
          { employer: 'Rema 1000', title: 'Lager', from: '2026-10', to: null },
        ],
        education: [{ subject: 'Restaurant- og matfag', completed: false }],
        preferences: { jobTypes: ['lager', 'butikk', 'kafé', 'dyr'] },
        strengths: 'Punktlig og blid',
      },
      jobs: [{ employerName: 'Rema 1000', title: 'Lager', startDate: '2026-10-05', endDate: null }],
    });
    expect(cv.headline).toBe('lager, butikk, kafé');
    expect(cv.summary).toBe('Punktlig og blid');
    expect(cv.experience.map((e) => `${e.employer} ${e.from}`)).toEqual([
      'Rema 1000 2026-10',
      'Coop 2019-03',
    ]);
    expect(cv.experience[1]?.description).toBe('Kundekontakt');
    expect(cv.education).toEqual([
      { subject: 'Restaurant- og matfag', institution: null, year: null, completed: false },
    ]);
  });

  it('drafts an empty CV when there is no profile yet', () => {
    expect(draftCv({ profile: null, jobs: [] })).toEqual({
      headline: '',
      summary: '',
      experience: [],
      education: [],
      interests: [],
    });
  });
});
