import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, ERROR_TITLES, type ErrorCode, type FieldError } from './errors.ts';

/** RFC 9457 problem details, with our stable `code` and the request id for support. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  code: ErrorCode;
  detail?: string;
  errors?: FieldError[];
  requestId: string;
}

export function sendProblem(reply: FastifyReply, request: FastifyRequest, error: AppError): FastifyReply {
  const body: Problem = {
    type: `https://ips-bridge.example/problems/${error.code.replaceAll('_', '-')}`,
    title: ERROR_TITLES[error.code],
    status: error.status,
    code: error.code,
    requestId: request.id,
  };
  if (error.message !== ERROR_TITLES[error.code]) body.detail = error.message;
  if (error.errors) body.errors = error.errors;
  return reply.code(error.status).headers(error.headers).type('application/problem+json').send(body);
}

const DB_UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
]);

function isDatabaseUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  const message = (error as { message?: unknown }).message;
  if (typeof code === 'string' && (DB_UNAVAILABLE_CODES.has(code) || code.startsWith('08'))) return true;
  return (
    typeof message === 'string' &&
    (message.includes('Connection terminated') || message.includes('timeout exceeded when trying to connect'))
  );
}

function fieldErrorsFromValidation(
  error: Parameters<typeof hasZodFastifySchemaValidationErrors>[0],
): FieldError[] {
  if (!hasZodFastifySchemaValidationErrors(error)) return [];
  return error.validation.flatMap((v) => {
    const base = v.instancePath.replace(/^\//, '').replaceAll('/', '.');
    if (v.keyword === 'unrecognized_keys') {
      const keys = (v.params as { keys?: unknown }).keys;
      const list = Array.isArray(keys) ? keys.map(String) : [];
      return list.map((key) => ({
        path: base ? `${base}.${key}` : key,
        message: 'Unknown field',
        code: 'unrecognized_key',
      }));
    }
    const custom = (v.params as { params?: { code?: unknown } }).params?.code;
    const code = v.keyword === 'custom' && typeof custom === 'string' ? custom : v.keyword;
    return [{ path: base, message: v.message ?? 'Invalid value', code }];
  });
}

/** Maps anything thrown in a route to a problem+json answer; only unexpected errors are logged. */
export function toAppError(error: FastifyError | Error, request: FastifyRequest): AppError {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    return new AppError('validation_failed', { errors: fieldErrorsFromValidation(error) });
  }
  const fastifyCode = (error as FastifyError).code;
  switch (fastifyCode) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('invalid_json');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('payload_too_large');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new AppError('unsupported_media_type');
    default:
      break;
  }
  if (isDatabaseUnavailable(error))
    return new AppError('database_unavailable', { headers: { 'retry-after': '5' } });
  const status = (error as FastifyError).statusCode;
  if (!isResponseSerializationError(error) && typeof status === 'number' && status >= 400 && status < 500) {
    if (status === 404) return new AppError('not_found');
    if (status === 415) return new AppError('unsupported_media_type');
    if (status === 413) return new AppError('payload_too_large');
    return new AppError('validation_failed', { detail: error.message });
  }
  // Unexpected: log the error's kind and message only (no request body, no query values, no database detail).
  request.log.error(
    { err: { type: error.name, code: fastifyCode, message: error.message } },
    'unhandled error',
  );
  return new AppError('internal_error');
}
