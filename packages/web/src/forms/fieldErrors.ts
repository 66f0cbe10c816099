import { PHONE_PATTERN } from '@ips-bridge/domain';
import type { TFunction } from 'i18next';
import { type FieldProblem, isApiError } from '../api/problem.ts';
import { fieldProblemMessage } from '../i18n/problemMessage.ts';

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

export function hasFieldErrors<F extends string>(errors: FieldErrors<F>): boolean {
  return Object.values(errors).some((message) => typeof message === 'string' && message !== '');
}

/** The body field a server error path points at: 'nationalId', '/nationalId' and 'body.nationalId' all work. */
function fieldName(path: string): string {
  const parts = path.split(/[./]/).filter((part) => part !== '' && part !== 'body');
  return parts[0] ?? '';
}

/**
 * Puts the server's field errors on the form's fields. Errors for fields the form does not have are returned in
 * `other`, so they can still be shown. `messageFor` can word a form's own problem codes; other codes get the
 * general message for the code.
 */
export function mapServerFieldErrors<F extends string>(
  t: TFunction,
  error: unknown,
  fields: readonly F[],
  messageFor?: (problem: FieldProblem) => string | undefined,
): { fields: FieldErrors<F>; other: string[] } {
  const mapped: FieldErrors<F> = {};
  const other: string[] = [];
  if (!isApiError(error)) return { fields: mapped, other };
  for (const problem of error.fieldErrors) {
    const name = fieldName(problem.path);
    const field = fields.find((candidate) => candidate === name);
    const message = messageFor?.(problem) ?? fieldProblemMessage(t, problem);
    if (field === undefined) other.push(message);
    else if (mapped[field] === undefined) mapped[field] = message;
  }
  return { fields: mapped, other };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isPlausibleEmail(value: string): boolean {
  return EMAIL.test(value);
}

export function isPlausiblePhone(value: string): boolean {
  return PHONE_PATTERN.test(value);
}
