import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/problem.ts';
import {
  mapTimeUseServerErrors,
  overallShare,
  timeUseFormValues,
  timeUseWeeks,
  toTimeUse,
  validateTimeUse,
} from './timeUseForm.ts';

const t = ((key: string, options?: Record<string, unknown>) =>
  options ? `${key} ${JSON.stringify(options)}` : key) as unknown as TFunction;

const week = (weekStart: string, communityHours: number, officeHours: number, version = 1) => ({
  weekStart,
  communityHours,
  officeHours,
  communitySharePercent: Math.round((communityHours / (communityHours + officeHours)) * 100),
  meetsTarget: communityHours / (communityHours + officeHours) >= 0.65,
  version,
});

describe('the weeks on the page', () => {
  it('are this week and the ones before it, newest first, recorded or not', () => {
    // 2026-11-20 is a Friday; its week starts on Monday 16 November.
    const weeks = timeUseWeeks([week('2026-11-09', 20, 10, 3)], '2026-11-20', 3);
    expect(weeks.map((w) => w.weekStart)).toEqual(['2026-11-16', '2026-11-09', '2026-11-02']);
    expect(weeks[0]).toMatchObject({ recorded: null, version: 0 });
    expect(weeks[1]).toMatchObject({ version: 3 });
  });

  it('add up to one share over all recorded weeks', () => {
    expect(overallShare([])).toBeNull();
    expect(overallShare([week('2026-11-09', 20, 10), week('2026-11-02', 10, 10)])).toEqual({
      percent: 60,
      weeks: 2,
      meetsTarget: false,
    });
    expect(overallShare([week('2026-11-09', 30, 10)])?.meetsTarget).toBe(true);
  });
});

describe('the week form', () => {
  it('takes hours with a decimal comma or point, 0 to 100, at most 100 in all', () => {
    expect(validateTimeUse(t, { communityHours: '22,5', officeHours: '7.5' })).toEqual({});
    expect(validateTimeUse(t, { communityHours: '', officeHours: 'mange' })).toEqual({
      communityHours: 'timeUse.errors.required',
      officeHours: 'timeUse.errors.notANumber',
    });
    expect(validateTimeUse(t, { communityHours: '101', officeHours: '-1' })).toEqual({
      communityHours: 'timeUse.errors.range {"max":100}',
      officeHours: 'timeUse.errors.range {"max":100}',
    });
    expect(validateTimeUse(t, { communityHours: '60', officeHours: '41' })).toEqual({
      officeHours: 'timeUse.errors.tooManyHours {"max":100}',
    });
  });

  it('sends numbers to two decimals and shows saved hours the way people write them', () => {
    expect(toTimeUse({ communityHours: '22,555', officeHours: '7' })).toEqual({
      communityHours: 22.56,
      officeHours: 7,
    });
    expect(timeUseFormValues(week('2026-11-09', 22.5, 7.5), 'nb')).toEqual({
      communityHours: '22,5',
      officeHours: '7,5',
    });
    expect(timeUseFormValues(null, 'en')).toEqual({ communityHours: '', officeHours: '' });
  });

  it("words the server's objections", () => {
    const error = new ApiError({
      title: 'Validation failed',
      status: 400,
      code: 'validation_failed',
      errors: [
        { path: 'officeHours', code: 'too_many_hours', message: 'More than 100 hours in a week' },
        { path: 'weekStart', code: 'not_a_monday', message: 'A week starts on a Monday' },
      ],
    });
    expect(mapTimeUseServerErrors(t, error)).toEqual({
      fields: { officeHours: 'timeUse.errors.tooManyHours {"max":100}' },
      other: ['timeUse.errors.notAMonday'],
    });
  });
});
