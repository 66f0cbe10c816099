import { GOAL_STATUSES, JOB_END_REASONS, STEP_STATUSES } from '@ips-bridge/domain';
import { describe, expect, it } from 'vitest';
import { EDUCATION_LEVELS } from '../forms/careerProfileForm.ts';
import { SUPPORT_SETTINGS, SUPPORT_WITH } from '../forms/workForms.ts';
import { en } from './locales/en.ts';
import { nb } from './locales/nb.ts';
import { nn } from './locales/nn.ts';

// These values are looked up with template keys (`work.endReasons.${reason}` …), which the general key check
// cannot see: every value the API can send needs words in every language.
describe('career profile, plan and work labels', () => {
  it.each([
    ['nb', nb],
    ['nn', nn],
    ['en', en],
  ])('are all translated in %s', (_language, catalogue) => {
    const missing = (labels: Record<string, string>, values: readonly string[]) =>
      values.filter((value) => !labels[value]);
    expect(missing(catalogue.careerProfile.levels, EDUCATION_LEVELS)).toEqual([]);
    expect(
      missing(catalogue.careerProfile.reasons, ['first_version', 'update', 'after_job_experience']),
    ).toEqual([]);
    expect(missing(catalogue.plan.goalStatuses, GOAL_STATUSES)).toEqual([]);
    expect(missing(catalogue.plan.stepStatuses, STEP_STATUSES)).toEqual([]);
    expect(missing(catalogue.work.endReasons, JOB_END_REASONS)).toEqual([]);
    expect(missing(catalogue.work.withWhom, SUPPORT_WITH)).toEqual([]);
    expect(missing(catalogue.work.settings, SUPPORT_SETTINGS)).toEqual([]);
    expect(
      missing(catalogue.work.followAlong.stages, ['before_start', 'first_days', 'first_month', 'monthly']),
    ).toEqual([]);
  });
});
