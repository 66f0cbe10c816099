import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/problem.ts';
import type { CareerProfileContent } from '../api/types.ts';
import {
  addTag,
  type CareerProfileFormValues,
  careerProfileFieldForPath,
  careerProfileFieldId,
  careerProfileFormFrom,
  educationField,
  emptyCareerProfileForm,
  mapCareerProfileServerErrors,
  toCareerProfileInput,
  validateCareerProfileForm,
  withDraftsAdded,
  workField,
} from './careerProfileForm.ts';

// The key (and any interpolation values) instead of a translation, so the tests can see which message was chosen.
const t = ((key: string, options?: Record<string, unknown>) =>
  options ? `${key} ${JSON.stringify(options)}` : key) as unknown as TFunction;

function filled(): CareerProfileFormValues {
  const form = emptyCareerProfileForm();
  const [work] = form.workHistory;
  const [education] = form.education;
  if (!work || !education) throw new Error('a new form has one row of each');
  return {
    ...form,
    workHistory: [
      { ...work, employer: ' Coop Extra ', title: 'Butikkmedarbeider', from: '03.2019', to: '8.2020' },
    ],
    education: [{ ...education, subject: 'Restaurant- og matfag', level: 'vocational', year: '2015' }],
    jobTypes: ['lager'],
    jobTypesDraft: 'butikk',
    hoursMin: '10',
    hoursMax: '20,5',
    places: ['Tromsø'],
    conditions: 'Dagtid',
    strengths: 'Punktlig',
    whatHelps: 'Faste rutiner',
    whatGetsInTheWay: 'Lange dager',
    earlyWarningSigns: 'Sover dårlig',
    copingStrategies: 'Går tur',
  };
}

describe('the career profile form', () => {
  it('starts with one empty row of each kind', () => {
    const form = emptyCareerProfileForm();
    expect(form.workHistory).toHaveLength(1);
    expect(form.education).toHaveLength(1);
    expect(validateCareerProfileForm(t, form)).toEqual({});
  });

  it('sends filled rows only, months as YYYY-MM, numbers as numbers, and what is still typed in a list', () => {
    const values = filled();
    const empty = emptyCareerProfileForm();
    values.workHistory.push(...empty.workHistory);
    expect(validateCareerProfileForm(t, values)).toEqual({});
    expect(toCareerProfileInput(values)).toEqual({
      content: {
        workHistory: [
          {
            employer: 'Coop Extra',
            title: 'Butikkmedarbeider',
            from: '2019-03',
            to: '2020-08',
            wentWell: null,
            wasHard: null,
          },
        ],
        education: [
          {
            subject: 'Restaurant- og matfag',
            level: 'vocational',
            institution: null,
            completed: false,
            year: 2015,
          },
        ],
        preferences: {
          jobTypes: ['lager', 'butikk'],
          hoursPerWeekMin: 10,
          hoursPerWeekMax: 20.5,
          places: ['Tromsø'],
          conditions: 'Dagtid',
        },
        strengths: 'Punktlig',
        whatHelps: 'Faste rutiner',
        whatGetsInTheWay: 'Lange dager',
      },
      health: { earlyWarningSigns: 'Sover dårlig', copingStrategies: 'Går tur' },
      reason: 'update',
    });
  });

  it('asks for what a started row needs, and checks months, years and hours', () => {
    const values = filled();
    const work = values.workHistory[0];
    const education = values.education[0];
    if (!work || !education) throw new Error('rows expected');
    values.workHistory = [{ ...work, employer: '', from: 'mars 2019', to: '' }];
    values.education = [{ ...education, level: '', year: '1800' }];
    values.hoursMin = '30';
    values.hoursMax = '20';
    expect(validateCareerProfileForm(t, values)).toEqual({
      [workField(work.key, 'employer')]: 'careerProfile.problems.employer',
      [workField(work.key, 'from')]: 'careerProfile.problems.month',
      [educationField(education.key, 'level')]: 'careerProfile.problems.level',
      [educationField(education.key, 'year')]: 'careerProfile.problems.year {"min":1940,"max":2100}',
      hoursMax: 'careerProfile.problems.hoursOrder',
    });
    values.workHistory = [{ ...work, from: '05.2020', to: '01.2020' }];
    expect(validateCareerProfileForm(t, values)[workField(work.key, 'to')]).toBe(
      'careerProfile.problems.toBeforeFrom',
    );
    values.hoursMax = '120';
    expect(validateCareerProfileForm(t, values).hoursMax).toBe(
      'careerProfile.problems.hoursRange {"max":100}',
    );
  });

  it('adds to a list once, trimmed, and at most 20', () => {
    expect(addTag(['lager'], '  butikk  ')).toEqual({ list: ['lager', 'butikk'] });
    expect(addTag(['lager'], 'Lager')).toEqual({ list: ['lager'] });
    expect(addTag(['lager'], '   ')).toEqual({ list: ['lager'] });
    expect(addTag([], 'x'.repeat(101)).problem).toBe('tooLong');
    const twenty = Array.from({ length: 20 }, (_, i) => `jobb ${i}`);
    expect(addTag(twenty, 'en til').problem).toBe('tooMany');
    expect(withDraftsAdded({ ...filled(), placesDraft: 'Bodø' }).values.places).toEqual(['Tromsø', 'Bodø']);
  });

  it('fills the form from a saved profile and back to the same profile', () => {
    const content: CareerProfileContent = {
      workHistory: [
        { employer: 'A', title: 'B', from: '2019-03', to: null, wentWell: 'Kundene', wasHard: null },
      ],
      education: [{ subject: 'C', level: 'higher', institution: 'UiT', completed: true, year: 2010 }],
      preferences: {
        jobTypes: ['lager'],
        hoursPerWeekMin: 37.5,
        hoursPerWeekMax: null,
        places: [],
        conditions: '',
      },
      strengths: 'S',
      whatHelps: 'H',
      whatGetsInTheWay: 'W',
    };
    const form = careerProfileFormFrom(content, { earlyWarningSigns: 'E', copingStrategies: 'C' }, 'nb');
    expect(form.workHistory[0]?.from).toBe('03.2019');
    expect(form.hoursMin).toBe('37,5');
    expect(toCareerProfileInput(form).content).toEqual(content);
  });

  it('puts the server’s objections on the rows that were sent', () => {
    const values = filled();
    const blank = emptyCareerProfileForm().workHistory;
    // A blank first row is not sent, so the server's row 0 is the form's second row.
    values.workHistory = [...blank, ...values.workHistory];
    const sent = values.workHistory[1];
    if (!sent) throw new Error('row expected');
    expect(careerProfileFieldForPath('content.workHistory.0.title', values)).toBe(
      workField(sent.key, 'title'),
    );
    expect(careerProfileFieldForPath('content.preferences.hoursPerWeekMax', values)).toBe('hoursMax');
    expect(careerProfileFieldForPath('health.copingStrategies', values)).toBe('copingStrategies');
    expect(careerProfileFieldForPath('diagnosis', values)).toBeNull();

    const error = new ApiError({
      title: 'Validation failed',
      status: 400,
      code: 'validation_failed',
      errors: [
        { path: 'content.preferences.hoursPerWeekMax', code: 'custom', message: 'The most hours …' },
        { path: 'diagnosis', code: 'unrecognized_key', message: 'Unknown' },
      ],
    });
    expect(mapCareerProfileServerErrors(t, error, values)).toEqual({
      fields: { hoursMax: 'careerProfile.problems.hoursOrder' },
      other: ['serverFieldErrors.unrecognized_key'],
    });
  });

  it('gives every field an id the error summary can link to', () => {
    expect(careerProfileFieldId('work.row7.employer')).toBe('career-profile-work-row7-employer');
    expect(careerProfileFieldId('hoursMax')).toBe('career-profile-hoursMax');
  });
});
