import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/problem.ts';
import {
  emptyJobLeadForm,
  JOB_LEAD_FIELDS,
  type JobLeadFormValues,
  mapJobLeadServerErrors,
  toJobLeadInput,
  validateJobLeadForm,
} from './jobLeadForm.ts';

// The key (and any interpolation values) instead of a translation, so the tests can see which message was chosen.
const t = ((key: string, options?: Record<string, unknown>) =>
  options ? `${key} ${JSON.stringify(options)}` : key) as unknown as TFunction;

const EMPLOYER = '00000000-0000-4000-8000-0000000000e1';

function form(values: Partial<JobLeadFormValues> = {}): JobLeadFormValues {
  return { ...emptyJobLeadForm(EMPLOYER), title: 'Lagermedarbeider', jobType: 'lager', ...values };
}

describe('the job lead form', () => {
  it('starts empty, or with the employer it was opened for', () => {
    expect(emptyJobLeadForm()).toEqual({
      employerId: '',
      title: '',
      jobType: '',
      place: '',
      hoursPerWeek: '',
      description: '',
    });
    expect(emptyJobLeadForm(EMPLOYER).employerId).toBe(EMPLOYER);
  });

  it('asks for the employer, the title and the kind of work, and nothing else', () => {
    expect(validateJobLeadForm(t, emptyJobLeadForm())).toEqual({
      employerId: 'jobLeads.form.employerRequired',
      title: 'jobLeads.form.titleRequired',
      jobType: 'jobLeads.form.jobTypeRequired',
    });
    expect(validateJobLeadForm(t, form())).toEqual({});
  });

  it.each<[string, Partial<JobLeadFormValues>, Partial<Record<string, string>>]>([
    ['a title of spaces only', { title: '   ' }, { title: 'jobLeads.form.titleRequired' }],
    ['a kind of work of spaces only', { jobType: ' ' }, { jobType: 'jobLeads.form.jobTypeRequired' }],
    ['a title of 200 characters', { title: 'x'.repeat(200) }, {}],
    ['a title of 201 characters', { title: 'x'.repeat(201) }, { title: 'fieldErrors.tooLong {"max":200}' }],
    [
      'a kind of work of 101 characters',
      { jobType: 'x'.repeat(101) },
      { jobType: 'fieldErrors.tooLong {"max":100}' },
    ],
    ['a place of 100 characters', { place: 'x'.repeat(100) }, {}],
    ['a place of 101 characters', { place: 'x'.repeat(101) }, { place: 'fieldErrors.tooLong {"max":100}' }],
    ['a description of 2000 characters', { description: 'x'.repeat(2000) }, {}],
    [
      'a description of 2001 characters',
      { description: 'x'.repeat(2001) },
      { description: 'fieldErrors.tooLong {"max":2000}' },
    ],
    ['no hours', { hoursPerWeek: '' }, {}],
    ['hours with a decimal comma', { hoursPerWeek: '37,5' }, {}],
    ['hours with a point', { hoursPerWeek: '7.5' }, {}],
    ['100 hours', { hoursPerWeek: '100' }, {}],
    ['0 hours', { hoursPerWeek: '0' }, { hoursPerWeek: 'jobLeads.form.hoursRange {"max":100}' }],
    ['negative hours', { hoursPerWeek: '-5' }, { hoursPerWeek: 'jobLeads.form.hoursRange {"max":100}' }],
    ['101 hours', { hoursPerWeek: '101' }, { hoursPerWeek: 'jobLeads.form.hoursRange {"max":100}' }],
    ['hours in words', { hoursPerWeek: 'tjue' }, { hoursPerWeek: 'jobLeads.form.hoursNumber' }],
  ])('%s', (_case, values, expected) => {
    expect(validateJobLeadForm(t, form(values))).toEqual(expected);
  });

  it.each<[string, Partial<JobLeadFormValues>, Record<string, unknown>]>([
    [
      'trims the text and sends an empty place and hours as null',
      { title: ' Lagermedarbeider ', jobType: ' lager ', place: '  ', description: ' Deltid. ' },
      {
        title: 'Lagermedarbeider',
        jobType: 'lager',
        place: null,
        hoursPerWeek: null,
        description: 'Deltid.',
      },
    ],
    [
      'reads hours written with a decimal comma',
      { place: ' Tromsø ', hoursPerWeek: '37,5' },
      { place: 'Tromsø', hoursPerWeek: 37.5 },
    ],
  ])('%s', (_case, values, expected) => {
    expect(toJobLeadInput(form(values))).toMatchObject({ employerId: EMPLOYER, ...expected });
  });

  it.each<[string, { path: string; code: string; message?: string }, Record<string, string>, string[]]>([
    [
      'an employer that is no longer in the register',
      { path: 'employerId', code: 'unknown_employer' },
      { employerId: 'jobLeads.form.unknownEmployer' },
      [],
    ],
    [
      'a missing employer',
      { path: 'employerId', code: 'invalid_format' },
      { employerId: 'jobLeads.form.employerRequired' },
      [],
    ],
    [
      'an empty title',
      { path: 'body.title', code: 'too_small' },
      { title: 'jobLeads.form.titleRequired' },
      [],
    ],
    [
      'an empty kind of work',
      { path: '/jobType', code: 'too_small' },
      { jobType: 'jobLeads.form.jobTypeRequired' },
      [],
    ],
    [
      'a too long place',
      { path: 'place', code: 'too_big' },
      { place: 'fieldErrors.tooLong {"max":100}' },
      [],
    ],
    [
      'hours out of range',
      { path: 'hoursPerWeek', code: 'too_big' },
      { hoursPerWeek: 'jobLeads.form.hoursRange {"max":100}' },
      [],
    ],
    [
      'a field the form does not have',
      { path: 'status', code: 'invalid_value' },
      {},
      ['serverFieldErrors.invalid_value'],
    ],
  ])('maps the server’s %s onto the form', (_case, problem, fields, other) => {
    const error = new ApiError({
      title: 'Validation failed',
      status: 400,
      code: 'validation_failed',
      errors: [{ message: '', ...problem }],
    });
    expect(mapJobLeadServerErrors(t, error)).toEqual({ fields, other });
  });

  it('lists the fields in the order they are shown', () => {
    expect(JOB_LEAD_FIELDS).toEqual([
      'employerId',
      'title',
      'jobType',
      'place',
      'hoursPerWeek',
      'description',
    ]);
  });
});
