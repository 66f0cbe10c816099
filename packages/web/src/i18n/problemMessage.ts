import type { TFunction } from 'i18next';
import type { FieldProblem } from '../api/problem.ts';
import { isApiError } from '../api/problem.ts';
import { nb } from './locales/nb.ts';

type ProblemCode = keyof typeof nb.problems;
type ServerFieldCode = keyof typeof nb.serverFieldErrors;

function isProblemCode(code: string): code is ProblemCode {
  return Object.hasOwn(nb.problems, code);
}

function isServerFieldCode(code: string): code is ServerFieldCode {
  return Object.hasOwn(nb.serverFieldErrors, code);
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
