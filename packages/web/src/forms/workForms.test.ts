import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/problem.ts';
import {
  EMPLOYER_NOT_IN_REGISTER,
  END_JOB_FIELDS,
  emptyEducationForm,
  emptyEndJobForm,
  emptyJobForm,
  emptySupportContactForm,
  JOB_FIELDS,
  mapWorkServerErrors,
  toJobEnd,
  toNewEducation,
  toNewJob,
  toNewSupportContact,
  validateEducationForm,
  validateEndJobForm,
  validateJobForm,
  validateSupportContactForm,
} from './workForms.ts';

const t = ((key: string, options?: Record<string, unknown>) =>
  options ? `${key} ${JSON.stringify(options)}` : key) as unknown as TFunction;

const today = '2026-11-20';

describe('the job start form', () => {
  const job = {
    ...emptyJobForm(today),
    employerName: 'Coop Extra Storgata',
    title: 'Lagermedarbeider',
    competitive: 'yes',
    hoursPerWeek: '22,5',
    hourlyWage: '192,50 kr',
    foundWithIps: 'no',
  };

  it('asks for everything it needs', () => {
    expect(validateJobForm(t, emptyJobForm(today), 'name')).toEqual({
      employerName: 'work.problems.employerName',
      title: 'work.problems.title',
      competitive: 'work.problems.competitive',
      hoursPerWeek: 'work.problems.hoursRequired',
      hourlyWage: 'work.problems.wageRequired',
      foundWithIps: 'work.problems.foundWithIps',
    });
    expect(validateJobForm(t, emptyJobForm(today), 'register').employerId).toBe(
      'work.problems.employerChoice',
    );
  });

  it('uses the domain’s limits for hours and pay', () => {
    expect(validateJobForm(t, { ...job, hoursPerWeek: '0' }, 'name').hoursPerWeek).toBe(
      'work.problems.hours_out_of_range {"max":100}',
    );
    expect(validateJobForm(t, { ...job, hoursPerWeek: 'mange' }, 'name').hoursPerWeek).toBe(
      'work.problems.number',
    );
    expect(validateJobForm(t, { ...job, hourlyWage: '-1' }, 'name').hourlyWage).toBe(
      'work.problems.negative_wage',
    );
    expect(validateJobForm(t, job, 'name')).toEqual({});
  });

  it('sends the employer from the register, or its name', () => {
    expect(toNewJob(job, 'name')).toEqual({
      employerName: 'Coop Extra Storgata',
      title: 'Lagermedarbeider',
      competitive: true,
      hoursPerWeek: 22.5,
      hourlyWage: 192.5,
      startDate: today,
      foundWithIps: false,
    });
    const fromRegister = toNewJob({ ...job, employerId: 'employer-1' }, 'register');
    expect(fromRegister.employerId).toBe('employer-1');
    expect(fromRegister.employerName).toBeUndefined();
    expect(toNewJob({ ...job, employerId: EMPLOYER_NOT_IN_REGISTER }, 'register').employerName).toBe(
      'Coop Extra Storgata',
    );
  });
});

describe('ending a job', () => {
  it('needs a date between the start and today, and a reason', () => {
    const start = '2026-10-01';
    expect(validateEndJobForm(t, emptyEndJobForm(today), start, today, 'nb')).toEqual({
      reason: 'work.problems.endReason',
    });
    const form = { ...emptyEndJobForm(today), reason: 'quit_health' };
    expect(validateEndJobForm(t, { ...form, endDate: '2026-09-30' }, start, today, 'nb').endDate).toBe(
      'work.problems.end_before_start {"date":"01.10.2026"}',
    );
    expect(validateEndJobForm(t, { ...form, endDate: '2026-11-21' }, start, today, 'nb').endDate).toBe(
      'fieldErrors.dateInFuture',
    );
    expect(toJobEnd({ ...form, note: ' Trivdes ikke ' })).toEqual({
      endDate: today,
      reason: 'quit_health',
      note: 'Trivdes ikke',
    });
  });

  it('words the server’s job codes like the browser check', () => {
    const error = new ApiError({
      title: 'Validation failed',
      status: 400,
      code: 'validation_failed',
      errors: [{ path: 'endDate', code: 'already_ended', message: 'This job has already ended' }],
    });
    expect(mapWorkServerErrors(t, error, END_JOB_FIELDS, 'nb', '2026-10-01').fields).toEqual({
      endDate: 'work.problems.already_ended',
    });
    const refine = new ApiError({
      title: 'Validation failed',
      status: 400,
      code: 'validation_failed',
      errors: [{ path: 'employerName', code: 'custom', message: 'Choose an employer …' }],
    });
    expect(mapWorkServerErrors(t, refine, JOB_FIELDS, 'nb').fields).toEqual({
      employerName: 'work.problems.employerName',
    });
  });
});

describe('education', () => {
  it('needs a place, a programme and a start; an end is optional but not before the start', () => {
    const form = { ...emptyEducationForm(today), institution: 'UiT', programme: 'Bachelor i sykepleie' };
    expect(validateEducationForm(t, emptyEducationForm(today), 'nb')).toEqual({
      institution: 'work.problems.institution',
      programme: 'work.problems.programme',
    });
    expect(validateEducationForm(t, { ...form, endDate: '2026-11-01' }, 'nb').endDate).toBe(
      'work.problems.end_before_start {"date":"20.11.2026"}',
    );
    expect(toNewEducation({ ...form, completed: 'yes' })).toEqual({
      institution: 'UiT',
      programme: 'Bachelor i sykepleie',
      startDate: today,
      endDate: null,
    });
    expect(toNewEducation({ ...form, endDate: '2026-12-01', completed: 'yes' }).completed).toBe(true);
  });
});

describe('support contacts', () => {
  it('need a date (not in the future), with whom and where; face to face follows from where', () => {
    const form = emptySupportContactForm(today, 'job-1');
    expect(validateSupportContactForm(t, { ...form, date: '2026-11-21' }, today)).toEqual({
      date: 'fieldErrors.dateInFuture',
      withWhom: 'work.problems.withWhom',
      setting: 'work.problems.setting',
    });
    const filled = { ...form, withWhom: 'employer', setting: 'community', note: ' Godt møte ' };
    expect(validateSupportContactForm(t, filled, today)).toEqual({});
    expect(toNewSupportContact(filled)).toEqual({
      date: today,
      withWhom: 'employer',
      faceToFace: true,
      setting: 'community',
      note: 'Godt møte',
      jobId: 'job-1',
    });
    expect(toNewSupportContact({ ...filled, setting: 'phone', jobId: '' })).toMatchObject({
      faceToFace: false,
      jobId: null,
    });
  });
});
