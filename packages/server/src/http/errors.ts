/**
 * Error codes used inside the server. One mapping (problem.ts) turns them into application/problem+json at the edge;
 * the web app translates each code for the user.
 */
export const ERROR_STATUS = {
  validation_failed: 400,
  invalid_json: 400,
  idempotency_key_invalid: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  csrf_token_invalid: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  national_id_taken: 409,
  username_taken: 409,
  identity_taken: 409,
  idempotency_key_in_use: 409,
  fidelity_review_incomplete: 409,
  restriction_lift_not_allowed: 403,
  record_erased: 409,
  erasure_pending: 409,
  already_restricted: 409,
  precondition_failed: 412,
  payload_too_large: 413,
  unsupported_media_type: 415,
  idempotency_key_reused: 422,
  empty_report: 422,
  erasure_confirmation_mismatch: 422,
  record_restricted: 423,
  precondition_required: 428,
  too_many_attempts: 429,
  internal_error: 500,
  database_unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export const ERROR_TITLES: Record<ErrorCode, string> = {
  validation_failed: 'The request has invalid fields',
  invalid_json: 'The request body is not valid JSON',
  idempotency_key_invalid: 'Idempotency-Key must be 8 to 200 visible ASCII characters',
  unauthenticated: 'You are not logged in',
  invalid_credentials: 'Wrong username or password',
  forbidden: 'You do not have access to this',
  csrf_token_invalid: 'The request is missing a valid CSRF token',
  not_found: 'Not found',
  method_not_allowed: 'Method not allowed',
  conflict: 'The request conflicts with the current state',
  national_id_taken: 'A participant with this national identity number is already registered',
  username_taken: 'The username is already taken',
  identity_taken: 'This external login is already linked to a user',
  idempotency_key_in_use: 'A request with this Idempotency-Key is still being processed; try again shortly',
  fidelity_review_incomplete:
    'The fidelity review is not ready for this step: a reviewer has not submitted, or items lack a score',
  restriction_lift_not_allowed:
    'This restriction was placed by an administrator; ask them to lift it when the matter is settled',
  record_erased: 'This record has been erased',
  erasure_pending: 'An erasure request for this person is already waiting for confirmation',
  already_restricted: 'Processing of this record is already restricted',
  erasure_confirmation_mismatch: 'The name typed does not match the person whose record is to be erased',
  record_restricted:
    'Processing of this record is restricted (GDPR art. 18): it can be read, but not changed, until the restriction is lifted',
  precondition_failed: 'Someone else changed this since you opened it; reload and try again',
  idempotency_key_reused: 'This Idempotency-Key was already used for a different request',
  empty_report: 'Nobody was served in this period: there is nothing to export',
  precondition_required: 'Send If-Match with the ETag you read, so no one else’s change is overwritten',
  payload_too_large: 'The request body is too large',
  unsupported_media_type: 'Unsupported content type; send application/json',
  too_many_attempts: 'Too many attempts; try again later',
  internal_error: 'Something went wrong on our side',
  database_unavailable: 'The database is not available right now',
};

export interface FieldError {
  path: string;
  message: string;
  code: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly errors: FieldError[] | undefined;
  readonly headers: Record<string, string>;

  constructor(
    code: ErrorCode,
    options: { detail?: string; errors?: FieldError[]; headers?: Record<string, string> } = {},
  ) {
    super(options.detail ?? ERROR_TITLES[code]);
    this.name = 'AppError';
    this.code = code;
    this.status = ERROR_STATUS[code];
    this.errors = options.errors;
    this.headers = options.headers ?? {};
  }
}
