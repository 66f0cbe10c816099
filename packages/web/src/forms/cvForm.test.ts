import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { CvContent } from '../api/cv.ts';
import { ApiError } from '../api/problem.ts';
import {
  addInterest,
  type CvFormValues,
  cvFieldForPath,
  cvFieldId,
  cvFieldOrder,
  cvFormFrom,
  type EducationRowValues,
  type ExperienceRowValues,
  educationField,
  emptyEducationRow,
  emptyExperienceRow,
  experienceField,
  mapCvServerErrors,
  toCvContent,
  validateCvForm,
  withInterestDraftAdded,
} from './cvForm.ts';

// The key (and any interpolation values) instead of a translation, so the tests can see which message was chosen.
const t = ((key: string, options?: Record<string, unknown>) =>
  options ? `${key} ${JSON.stringify(options)}` : key) as unknown as TFunction;

const saved: CvContent = {
  headline: 'Butikkmedarbeider',
  summary: 'Punktlig og blid.',
  experience: [
    { title: 'Lager', employer: 'Rema 1000', from: '2026-11', to: null, description: '' },
    { title: 'Butikkmedarbeider', employer: 'Coop', from: '2019-03', to: '2020-08', description: 'Kasse' },
  ],
  education: [{ subject: 'Restaurant- og matfag', institution: null, year: 2015, completed: true }],
  interests: ['fotball', 'matlaging'],
};

function experience(patch: Partial<ExperienceRowValues>): ExperienceRowValues {
  return { ...emptyExperienceRow(), title: 'Lager', employer: 'Rema', from: '03.2019', ...patch };
}

function education(patch: Partial<EducationRowValues>): EducationRowValues {
  return { ...emptyEducationRow(), subject: 'Matfag', ...patch };
}

function form(patch: Partial<CvFormValues> = {}): CvFormValues {
  return { ...cvFormFrom(saved), ...patch };
}

describe('the CV form', () => {
  it('starts from the CV as it is, months as typed in the form, and sends it back unchanged', () => {
    const values = cvFormFrom(saved);
    expect(values.experience.map((row) => [row.from, row.to])).toEqual([
      ['11.2026', ''],
      ['03.2019', '08.2020'],
    ]);
    expect(values.education[0]).toMatchObject({ institution: '', year: '2015', completed: true });
    expect(validateCvForm(t, values)).toEqual({});
    expect(toCvContent(values)).toEqual(saved);
  });

  it('sends filled rows only, trimmed, months as YYYY-MM and the year as a number', () => {
    const values = form({
      headline: '  Lagermedarbeider ',
      experience: [
        emptyExperienceRow(),
        experience({ title: ' Lager ', from: '3/2019', to: '2020-8', description: ' Plukk ' }),
      ],
      education: [education({ institution: ' Tromsø vgs ', year: ' 2015 ' }), emptyEducationRow()],
      interests: ['fotball'],
      interestDraft: '  turer   i marka ',
    });
    expect(validateCvForm(t, values)).toEqual({});
    expect(toCvContent(values)).toEqual({
      headline: 'Lagermedarbeider',
      summary: 'Punktlig og blid.',
      experience: [
        { title: 'Lager', employer: 'Rema', from: '2019-03', to: '2020-08', description: 'Plukk' },
      ],
      education: [{ subject: 'Matfag', institution: 'Tromsø vgs', year: 2015, completed: false }],
      interests: ['fotball', 'turer i marka'],
    });
  });

  const row = experience({});
  const edu = education({});
  it.each<[string, Partial<CvFormValues>, Record<string, string>]>([
    [
      'a headline over 200 characters',
      { headline: 'x'.repeat(201) },
      { headline: 'fieldErrors.tooLong {"max":200}' },
    ],
    [
      'a summary over 2000 characters',
      { summary: 'x'.repeat(2001) },
      { summary: 'fieldErrors.tooLong {"max":2000}' },
    ],
    [
      'a started experience without title, employer or start',
      { experience: [{ ...row, title: '', employer: ' ', from: '', description: 'Noe' }] },
      {
        [experienceField(row.key, 'title')]: 'cv.problems.title',
        [experienceField(row.key, 'employer')]: 'cv.problems.employer',
        [experienceField(row.key, 'from')]: 'cv.problems.fromRequired',
      },
    ],
    [
      'months that are not months',
      { experience: [{ ...row, from: 'mars 2019', to: '13.2020' }] },
      {
        [experienceField(row.key, 'from')]: 'cv.problems.month',
        [experienceField(row.key, 'to')]: 'cv.problems.month',
      },
    ],
    [
      'an end before the start',
      { experience: [{ ...row, from: '05.2020', to: '01.2020' }] },
      { [experienceField(row.key, 'to')]: 'cv.problems.toBeforeFrom' },
    ],
    [
      'experience text over the limits',
      { experience: [{ ...row, title: 'x'.repeat(201), description: 'x'.repeat(1001) }] },
      {
        [experienceField(row.key, 'title')]: 'fieldErrors.tooLong {"max":200}',
        [experienceField(row.key, 'description')]: 'fieldErrors.tooLong {"max":1000}',
      },
    ],
    [
      'more than 50 experiences',
      { experience: Array.from({ length: 51 }, () => experience({})) },
      { experience: 'cv.problems.tooManyExperience {"max":50}' },
    ],
    [
      'education without a subject, and a year out of range',
      { education: [{ ...edu, subject: '', year: '1800' }] },
      {
        [educationField(edu.key, 'subject')]: 'cv.problems.subject',
        [educationField(edu.key, 'year')]: 'cv.problems.year {"min":1940,"max":2100}',
      },
    ],
    [
      'a year that is not a whole number',
      { education: [{ ...edu, year: '2015,5' }] },
      { [educationField(edu.key, 'year')]: 'cv.problems.year {"min":1940,"max":2100}' },
    ],
    [
      'more than 30 educations',
      { education: Array.from({ length: 31 }, () => education({})) },
      { education: 'cv.problems.tooManyEducation {"max":30}' },
    ],
    [
      'an interest still typed that is too long',
      { interestDraft: 'x'.repeat(101) },
      { interests: 'fieldErrors.tooLong {"max":100}' },
    ],
    [
      'a 31st interest still typed',
      { interests: Array.from({ length: 30 }, (_, i) => `interesse ${i}`), interestDraft: 'en til' },
      { interests: 'cv.problems.tooManyInterests {"max":30}' },
    ],
    [
      'empty rows, which are left out',
      { experience: [emptyExperienceRow()], education: [emptyEducationRow()] },
      {},
    ],
    ['an empty CV', { headline: '', summary: '', experience: [], education: [], interests: [] }, {}],
  ])('checks %s', (_name, patch, expected) => {
    expect(validateCvForm(t, form(patch))).toEqual(expected);
  });

  it.each<[string, string[], string, string[], string | undefined]>([
    [
      'adds a new interest, tidied',
      ['fotball'],
      '  turer   i marka ',
      ['fotball', 'turer i marka'],
      undefined,
    ],
    ['ignores an empty one', ['fotball'], '   ', ['fotball'], undefined],
    ['ignores one already there, in any case', ['Fotball'], 'fotball', ['Fotball'], undefined],
    ['refuses one over 100 characters', [], 'x'.repeat(101), [], 'tooLong'],
    [
      'refuses a 31st',
      Array.from({ length: 30 }, (_, i) => `i${i}`),
      'ny',
      Array.from({ length: 30 }, (_, i) => `i${i}`),
      'tooMany',
    ],
  ])('%s', (_name, list, draft, expected, problem) => {
    const added = addInterest(list, draft);
    expect(added.list).toEqual(expected);
    expect(added.problem).toBe(problem);
  });

  it('keeps an interest that cannot be added in the field, and clears one that can', () => {
    expect(withInterestDraftAdded(form({ interestDraft: 'ski' })).values).toMatchObject({
      interests: ['fotball', 'matlaging', 'ski'],
      interestDraft: '',
    });
    const tooLong = form({ interestDraft: 'x'.repeat(101) });
    expect(withInterestDraftAdded(tooLong)).toEqual({ values: tooLong, problem: 'tooLong' });
  });

  it('lists the fields top to bottom, with ids the error summary can link to', () => {
    const values = form({ experience: [row], education: [edu] });
    expect(cvFieldOrder(values)).toEqual([
      'headline',
      'summary',
      'experience',
      ...['title', 'employer', 'from', 'to', 'description'].map((f) => `experience.${row.key}.${f}`),
      'education',
      ...['subject', 'institution', 'year', 'completed'].map((f) => `education.${edu.key}.${f}`),
      'interests',
    ]);
    expect(cvFieldId(experienceField(row.key, 'title'))).toBe(`cv-experience-${row.key}-title`);
  });

  it.each<[string, string | null]>([
    ['headline', 'headline'],
    ['body.summary', 'summary'],
    ['interests.3', 'interests'],
    ['experience.0.from', 'first-experience.from'],
    ['experience.0', 'first-experience.title'],
    ['experience', 'experience'],
    ['education.0.year', 'first-education.year'],
    ['education.5.subject', 'education'],
    ['somethingElse', null],
  ])('points the server path %s at its field', (path, expected) => {
    // Row numbers count the rows that were sent, so an empty row before the first filled one is skipped.
    const first = experience({});
    const firstEducation = education({});
    const values = form({
      experience: [emptyExperienceRow(), first],
      education: [emptyEducationRow(), firstEducation],
    });
    const resolved = expected
      ?.replace('first-experience.', `experience.${first.key}.`)
      .replace('first-education.', `education.${firstEducation.key}.`);
    expect(cvFieldForPath(path, values)).toBe(resolved ?? null);
  });

  it('puts the server objections on the fields, and the rest apart', () => {
    const first = experience({});
    const values = form({ experience: [first] });
    const error = new ApiError({
      title: 'Validation failed',
      status: 400,
      code: 'validation_failed',
      errors: [
        { path: 'experience.0.from', message: 'Use YYYY-MM', code: 'invalid_format' },
        { path: 'headline', message: 'Too big', code: 'too_big' },
        { path: 'unknown', message: 'What is this?', code: 'weird' },
      ],
    });
    expect(mapCvServerErrors(t, error, values)).toEqual({
      fields: {
        [experienceField(first.key, 'from')]: 'cv.problems.month',
        headline: 'serverFieldErrors.too_big',
      },
      other: ['What is this?'],
    });
    expect(mapCvServerErrors(t, new Error('network'), values)).toEqual({ fields: {}, other: [] });
  });
});
