import type { TFunction } from 'i18next';
import type { FieldProblem } from '../api/problem.ts';
import { isApiError } from '../api/problem.ts';
import type { nb } from './locales/nb.ts';

type ProblemCode = keyof typeof nb.problems;
type ServerFieldCode = keyof typeof nb.serverFieldErrors;

// The codes the catalogues translate, listed here so that the catalogues themselves can load per language, on
// demand, instead of with the main bundle. The types keep the lists and the bokmål catalogue in step: a code
// added to or removed from `problems` or `serverFieldErrors` there must be added or removed here too.
const PROBLEM_CODES: Record<ProblemCode, true> = {
  validation_failed: true,
  unauthenticated: true,
  forbidden: true,
  not_found: true,
  invalid_credentials: true,
  too_many_attempts: true,
  csrf_token_invalid: true,
  conflict: true,
  national_id_taken: true,
  username_taken: true,
  identity_taken: true,
  internal_error: true,
  invalid_json: true,
  method_not_allowed: true,
  payload_too_large: true,
  unsupported_media_type: true,
  database_unavailable: true,
  network_error: true,
  precondition_failed: true,
  precondition_required: true,
  idempotency_key_invalid: true,
  idempotency_key_in_use: true,
  idempotency_key_reused: true,
  empty_report: true,
  fidelity_review_incomplete: true,
  record_restricted: true,
  restriction_lift_not_allowed: true,
  already_restricted: true,
  record_erased: true,
  erasure_pending: true,
  erasure_confirmation_mismatch: true,
  unknown: true,
};

const SERVER_FIELD_CODES: Record<ServerFieldCode, true> = {
  required: true,
  too_small: true,
  too_big: true,
  invalid_type: true,
  invalid_value: true,
  invalid_enum_value: true,
  invalid_format: true,
  invalid_string: true,
  invalid_date: true,
  custom: true,
  unrecognized_key: true,
  national_id_format: true,
  national_id_date: true,
  national_id_checksum: true,
  date_format: true,
  date_in_future: true,
  date_too_early: true,
  unknown_organisation: true,
  not_an_ips_team: true,
  national_id_taken: true,
  username_taken: true,
  invalid_characters: true,
  too_deep: true,
  date_out_of_range: true,
  end_before_start: true,
  withdraw_has_no_end: true,
  period_too_long: true,
  duplicate_item: true,
  same_reviewer: true,
  nav_meeting_is_attended: true,
  not_for_nav_meeting: true,
  why_required: true,
  identity_taken: true,
  provider_not_configured: true,
  provider_not_for_role: true,
  email_required: true,
  phone_required: true,
  email_invalid: true,
  phone_invalid: true,
};

function isProblemCode(code: string): code is ProblemCode {
  return Object.hasOwn(PROBLEM_CODES, code);
}

function isServerFieldCode(code: string): code is ServerFieldCode {
  return Object.hasOwn(SERVER_FIELD_CODES, code);
}

/** A user-facing message for any error: translated by problem code, else the server's title. */
export function problemMessage(t: TFunction, error: unknown): string {
  if (!isApiError(error)) return t('problems.unknown');
  const { code, title } = error.problem;
  if (isProblemCode(code)) return t(`problems.${code}`);
  return title.trim() === '' ? t('problems.unknown') : title;
}

/** A message for one field error from the server: translated by code, else the server's own message. */
export function fieldProblemMessage(t: TFunction, problem: FieldProblem): string {
  if (isServerFieldCode(problem.code)) return t(`serverFieldErrors.${problem.code}`);
  return problem.message.trim() === '' ? t('fieldErrors.invalid') : problem.message;
}
