import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/problem.ts';
import {
  type CurrentPhase,
  emptyPhaseChangeForm,
  mapPhaseChangeServerErrors,
  type PhaseChangeFormValues,
  toPhaseChange,
  validateFirstContactDate,
  validatePhaseChangeForm,
  withPhase,
} from './phaseChangeForm.ts';

// The key (and any interpolation values) instead of a translation, so the tests can see which message was chosen.
const t = ((key: string, options?: Record<string, unknown>) =>
  options ? `${key} ${JSON.stringify(options)}` : key) as unknown as TFunction;

const today = '2026-03-20';
const current: CurrentPhase = { phase: 'engagement', since: '2026-03-10' };

function form(values: Partial<PhaseChangeFormValues>): PhaseChangeFormValues {
  return { ...emptyPhaseChangeForm(today), ...values };
}

describe('the change-phase form', () => {
  it('starts with no phase and today as the date', () => {
    expect(emptyPhaseChangeForm(today)).toEqual({ phase: '', date: today, reason: '', plannedRecontact: '' });
  });

  it('asks for a phase and a date', () => {
    expect(validatePhaseChangeForm(t, form({ date: '' }), current, today, 'nb')).toEqual({
      phase: 'journey.problems.phaseRequired',
      date: 'journey.problems.dateRequired',
    });
  });

  it('uses the domain rule: same phase, future date, before the current phase', () => {
    expect(validatePhaseChangeForm(t, form({ phase: 'engagement' }), current, today, 'nb').phase).toBe(
      'journey.problems.same_phase',
    );
    expect(
      validatePhaseChangeForm(t, form({ phase: 'job_search', date: '2026-03-21' }), current, today, 'nb')
        .date,
    ).toBe('fieldErrors.dateInFuture');
    expect(
      validatePhaseChangeForm(t, form({ phase: 'job_search', date: '2026-03-09' }), current, today, 'nb')
        .date,
    ).toBe('journey.problems.before_current_phase {"date":"10.03.2026"}');
    expect(validatePhaseChangeForm(t, form({ phase: 'job_search' }), current, today, 'nb')).toEqual({});
  });

  it('needs a reason and a later re-contact date for a pause', () => {
    expect(validatePhaseChangeForm(t, form({ phase: 'paused' }), current, today, 'nb')).toEqual({
      reason: 'journey.problems.reason_required',
      plannedRecontact: 'journey.problems.recontact_required',
    });
    const sameDay = form({ phase: 'paused', reason: 'health', plannedRecontact: today });
    expect(validatePhaseChangeForm(t, sameDay, current, today, 'nb')).toEqual({
      plannedRecontact: 'journey.problems.recontact_not_after_date',
    });
  });

  it('sends only what the chosen phase uses', () => {
    const filled = form({ phase: 'paused', reason: 'health', plannedRecontact: '2026-04-10' });
    expect(toPhaseChange(filled)).toEqual({
      phase: 'paused',
      date: today,
      reason: 'health',
      plannedRecontact: '2026-04-10',
    });
    expect(toPhaseChange({ ...filled, phase: 'ended', reason: 'moved' })).toEqual({
      phase: 'ended',
      date: today,
      reason: 'moved',
    });
    expect(toPhaseChange({ ...filled, phase: 'job_search' })).toEqual({ phase: 'job_search', date: today });
  });

  it('clears a reason that does not fit the newly chosen phase', () => {
    expect(withPhase(form({ phase: 'paused', reason: 'health' }), 'ended').reason).toBe('');
    expect(withPhase(form({ phase: 'paused', reason: 'own_wish' }), 'ended').reason).toBe('own_wish');
  });

  it('puts the server’s objections on the fields with the same messages', () => {
    const error = new ApiError({
      title: 'Validation failed',
      status: 400,
      code: 'validation_failed',
      errors: [
        { path: 'date', code: 'before_current_phase', message: 'The date is before the current phase began' },
        { path: 'reason', code: 'unknown_reason', message: 'Unknown reason' },
        { path: 'somethingElse', code: 'custom', message: 'Odd' },
      ],
    });
    expect(mapPhaseChangeServerErrors(t, error, current, 'en')).toEqual({
      fields: {
        date: 'journey.problems.before_current_phase {"date":"10 Mar 2026"}',
        reason: 'journey.problems.unknown_reason',
      },
      other: ['serverFieldErrors.custom'],
    });
  });
});

describe('the first-contact date', () => {
  it('must be given, not in the future and not before the referral', () => {
    expect(validateFirstContactDate(t, '', '2026-03-01', today, 'nb')).toBe(
      'journey.problems.firstContactDateRequired',
    );
    expect(validateFirstContactDate(t, '2026-03-21', '2026-03-01', today, 'nb')).toBe(
      'fieldErrors.dateInFuture',
    );
    expect(validateFirstContactDate(t, '2026-02-28', '2026-03-01', today, 'nb')).toBe(
      'journey.problems.before_referral {"date":"01.03.2026"}',
    );
    expect(validateFirstContactDate(t, '2026-03-01', '2026-03-01', today, 'nb')).toBeUndefined();
  });
});
