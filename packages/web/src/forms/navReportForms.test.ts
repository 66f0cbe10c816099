import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/problem.ts';
import {
  defaultNewReport,
  mapNavReportServerErrors,
  NEW_REPORT_FIELDS,
  toCommentBody,
  toNewReport,
  toReportTexts,
  validateComment,
  validateNewReport,
  validateReportTexts,
} from './navReportForms.ts';

const t = ((key: string, options?: Record<string, unknown>) =>
  options ? `${key} ${JSON.stringify(options)}` : key) as unknown as TFunction;

const today = '2026-11-20';

describe('the default period of a new report', () => {
  it('follows on from the latest report, up to today', () => {
    const reports = [{ periodTo: '2026-06-30' }, { periodTo: '2026-09-30' }];
    expect(defaultNewReport(reports, { referralDate: '2025-01-10', phase: 'job_search' }, today)).toEqual({
      kind: 'interval',
      periodFrom: '2026-10-01',
      periodTo: today,
    });
  });

  it('covers the last three months without an earlier report, but not from before the referral', () => {
    expect(defaultNewReport([], { referralDate: '2025-01-10', phase: 'working' }, today).periodFrom).toBe(
      '2026-08-20',
    );
    expect(defaultNewReport([], { referralDate: '2026-10-02', phase: 'engagement' }, today).periodFrom).toBe(
      '2026-10-02',
    );
    // The 31st three months back is the last day of that month.
    expect(
      defaultNewReport([], { referralDate: '2020-01-01', phase: 'working' }, '2026-05-31').periodFrom,
    ).toBe('2026-02-28');
  });

  it('does not continue from a report that ended today or more than a year ago', () => {
    expect(
      defaultNewReport([{ periodTo: today }], { referralDate: '2025-01-10', phase: 'working' }, today),
    ).toMatchObject({ periodFrom: '2026-08-20' });
    expect(
      defaultNewReport([{ periodTo: '2025-01-31' }], { referralDate: '2024-01-10', phase: 'working' }, today),
    ).toMatchObject({ periodFrom: '2026-08-20' });
  });

  it('is an end report when the journey has ended', () => {
    expect(defaultNewReport([], { referralDate: '2025-01-10', phase: 'ended' }, today).kind).toBe('end');
  });
});

describe('the new-report form', () => {
  it('checks the period with the same rules as the server', () => {
    const values = { kind: 'interval', periodFrom: '2026-10-01', periodTo: today };
    expect(validateNewReport(t, values, today)).toEqual({});
    expect(validateNewReport(t, { ...values, periodTo: '2026-09-01' }, today)).toEqual({
      periodTo: 'navReports.create.errors.periodReversed',
    });
    expect(validateNewReport(t, { ...values, periodTo: '2026-11-21' }, today)).toEqual({
      periodTo: 'navReports.create.errors.toInFuture',
    });
    expect(validateNewReport(t, { ...values, periodFrom: '2025-01-01' }, today)).toEqual({
      periodFrom: 'navReports.create.errors.periodTooLong',
    });
    expect(validateNewReport(t, { kind: '', periodFrom: '', periodTo: '2026-13-01' }, today)).toEqual({
      kind: 'navReports.create.errors.kind',
      periodFrom: 'navReports.create.errors.fromRequired',
      periodTo: 'fieldErrors.date',
    });
    expect(toNewReport({ kind: 'end', periodFrom: ' 2026-10-01 ', periodTo: today })).toEqual({
      kind: 'end',
      periodFrom: '2026-10-01',
      periodTo: today,
    });
  });

  it("puts the server's period problems on the dates", () => {
    const error = new ApiError({
      title: 'Validation failed',
      status: 400,
      code: 'validation_failed',
      errors: [{ path: 'periodFrom', code: 'period_too_long', message: 'A report covers at most a year' }],
    });
    expect(mapNavReportServerErrors(t, error, NEW_REPORT_FIELDS)).toEqual({
      fields: { periodFrom: 'navReports.create.errors.periodTooLong' },
      other: [],
    });
  });
});

describe('the texts and the comment', () => {
  it('keep within the lengths the server takes', () => {
    expect(
      validateReportTexts(t, { summaryText: 'x'.repeat(8001), nextStepsText: 'x'.repeat(4001) }),
    ).toEqual({
      summaryText: 'fieldErrors.tooLong {"max":8000}',
      nextStepsText: 'fieldErrors.tooLong {"max":4000}',
    });
    expect(toReportTexts({ summaryText: ' Bra ', nextStepsText: '' })).toEqual({
      summaryText: 'Bra',
      nextStepsText: '',
    });
    expect(validateComment(t, 'x'.repeat(4001))).toEqual({ comment: 'fieldErrors.tooLong {"max":4000}' });
  });

  it('send an empty comment as none', () => {
    expect(toCommentBody('   ')).toEqual({ comment: null });
    expect(toCommentBody(' Stemmer bra ')).toEqual({ comment: 'Stemmer bra' });
  });
});
