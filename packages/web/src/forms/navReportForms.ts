import {
  addDays,
  daysBetween,
  isValidLocalDate,
  NAV_REPORT_KINDS,
  type NavReportKind,
  navReportPeriodProblems,
  type Phase,
} from '@ips-bridge/domain';
import type { TFunction } from 'i18next';
import type { FieldProblem } from '../api/problem.ts';
import type { NavReport, NewNavReport } from '../api/types.ts';
import { type FieldErrors, mapServerFieldErrors } from './fieldErrors.ts';

/**
 * Reports to NAV: a new report is drafted for a period from the journey's records; the specialist then writes
 * the summary and the next steps, and the jobseeker may comment. Checked with the server's rules.
 */

export const MAX_SUMMARY = 8000;
export const MAX_NEXT_STEPS = 4000;
export const MAX_COMMENT = 4000;
/** How far back a new report reaches when there is no earlier report to continue from. */
const DEFAULT_PERIOD_MONTHS = 3;

export const NEW_REPORT_FIELDS = ['kind', 'periodFrom', 'periodTo'] as const;
export type NewReportField = (typeof NEW_REPORT_FIELDS)[number];
export type NewReportValues = Record<NewReportField, string>;

export const REPORT_TEXT_FIELDS = ['summaryText', 'nextStepsText'] as const;
export type ReportTextField = (typeof REPORT_TEXT_FIELDS)[number];
export type ReportTextValues = Record<ReportTextField, string>;

export const COMMENT_FIELDS = ['comment'] as const;
export type CommentField = (typeof COMMENT_FIELDS)[number];

export function isNavReportKind(value: string): value is NavReportKind {
  return (NAV_REPORT_KINDS as readonly string[]).includes(value);
}

function monthsBefore(date: string, months: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - months);
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, lastDay));
  return d.toISOString().slice(0, 10);
}

/**
 * A sensible period for a new report: up to today, from the day after the latest report ended (so reports follow
 * on from each other), or else the last three months, but not from before the referral. An ended journey gets an
 * end report.
 */
export function defaultNewReport(
  reports: readonly Pick<NavReport, 'periodTo'>[],
  participant: { referralDate: string; phase: Phase },
  today: string,
): NewReportValues {
  const kind: NavReportKind = participant.phase === 'ended' ? 'end' : 'interval';
  const latestEnd = reports.map((report) => report.periodTo).sort((a, b) => daysBetween(a, b))[0];
  const afterLatest = latestEnd === undefined ? null : addDays(latestEnd, 1);
  let periodFrom: string;
  if (
    afterLatest !== null &&
    daysBetween(afterLatest, today) >= 0 &&
    daysBetween(afterLatest, today) <= 366
  ) {
    periodFrom = afterLatest;
  } else {
    const threeMonthsAgo = monthsBefore(today, DEFAULT_PERIOD_MONTHS);
    const referral = participant.referralDate;
    periodFrom =
      isValidLocalDate(referral) &&
      daysBetween(threeMonthsAgo, referral) > 0 &&
      daysBetween(referral, today) >= 0
        ? referral
        : threeMonthsAgo;
  }
  return { kind, periodFrom, periodTo: today };
}

/** The words for the domain's and the server's period problems. */
function periodMessage(t: TFunction, code: string): string | undefined {
  if (code === 'period_reversed') return t('navReports.create.errors.periodReversed');
  if (code === 'date_in_future') return t('navReports.create.errors.toInFuture');
  if (code === 'period_too_long') return t('navReports.create.errors.periodTooLong');
  return undefined;
}

export function validateNewReport(
  t: TFunction,
  values: NewReportValues,
  today: string,
): FieldErrors<NewReportField> {
  const errors: FieldErrors<NewReportField> = {};
  if (!isNavReportKind(values.kind)) errors.kind = t('navReports.create.errors.kind');
  const from = values.periodFrom.trim();
  const to = values.periodTo.trim();
  if (from === '') errors.periodFrom = t('navReports.create.errors.fromRequired');
  else if (!isValidLocalDate(from)) errors.periodFrom = t('fieldErrors.date');
  if (to === '') errors.periodTo = t('navReports.create.errors.toRequired');
  else if (!isValidLocalDate(to)) errors.periodTo = t('fieldErrors.date');
  if (errors.periodFrom || errors.periodTo) return errors;
  for (const problem of navReportPeriodProblems(from, to, today)) {
    errors[problem.field] = periodMessage(t, problem.code);
  }
  return errors;
}

export function toNewReport(values: NewReportValues): NewNavReport {
  return {
    kind: isNavReportKind(values.kind) ? values.kind : 'interval',
    periodFrom: values.periodFrom.trim(),
    periodTo: values.periodTo.trim(),
  };
}

export function validateReportTexts(t: TFunction, values: ReportTextValues): FieldErrors<ReportTextField> {
  const errors: FieldErrors<ReportTextField> = {};
  if (values.summaryText.trim().length > MAX_SUMMARY) {
    errors.summaryText = t('fieldErrors.tooLong', { max: MAX_SUMMARY });
  }
  if (values.nextStepsText.trim().length > MAX_NEXT_STEPS) {
    errors.nextStepsText = t('fieldErrors.tooLong', { max: MAX_NEXT_STEPS });
  }
  return errors;
}

export function toReportTexts(values: ReportTextValues): ReportTextValues {
  return { summaryText: values.summaryText.trim(), nextStepsText: values.nextStepsText.trim() };
}

export function validateComment(t: TFunction, comment: string): FieldErrors<CommentField> {
  return comment.trim().length > MAX_COMMENT
    ? { comment: t('fieldErrors.tooLong', { max: MAX_COMMENT }) }
    : {};
}

/** An empty comment is sent as none. */
export function toCommentBody(comment: string): { comment: string | null } {
  const trimmed = comment.trim();
  return { comment: trimmed === '' ? null : trimmed };
}

/** Puts the server's objections on a report form's fields, in the same words as the browser check. */
export function mapNavReportServerErrors<F extends string>(
  t: TFunction,
  error: unknown,
  fields: readonly F[],
): { fields: FieldErrors<F>; other: string[] } {
  return mapServerFieldErrors(t, error, fields, (problem: FieldProblem) => periodMessage(t, problem.code));
}
