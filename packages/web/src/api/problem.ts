/** A field-level problem from the server: `path` is the body field name, e.g. 'nationalId'. */
export interface FieldProblem {
  path: string;
  message: string;
  code: string;
}

/** RFC 9457 problem details as the IPS Bridge API sends them, plus client-side codes for network failures. */
export interface Problem {
  type?: string;
  title: string;
  status: number;
  code: string;
  detail?: string;
  errors?: FieldProblem[];
  requestId?: string;
}

/** Thrown by the API client for every non-2xx response and for network failures (status 0). */
export class ApiError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }

  get code(): string {
    return this.problem.code;
  }

  get fieldErrors(): FieldProblem[] {
    return this.problem.errors ?? [];
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function toFieldProblems(value: unknown): FieldProblem[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const problems: FieldProblem[] = [];
  for (const item of value) {
    if (!isRecord(item)) continue;
    const rawPath = item.path;
    const path = Array.isArray(rawPath) ? rawPath.join('.') : optionalString(rawPath);
    if (path === undefined) continue;
    problems.push({
      path,
      message: optionalString(item.message) ?? '',
      code: optionalString(item.code) ?? 'invalid',
    });
  }
  return problems;
}

function fallbackCode(status: number): string {
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 429) return 'too_many_attempts';
  if (status >= 500) return 'internal_error';
  return 'unknown';
}

/** Reads a problem body defensively: anything missing gets a sensible value from the HTTP status. */
export function toProblem(status: number, statusText: string, body: unknown): Problem {
  const record = isRecord(body) ? body : {};
  const problem: Problem = {
    title: optionalString(record.title) ?? statusText,
    status: typeof record.status === 'number' ? record.status : status,
    code: optionalString(record.code) ?? fallbackCode(status),
  };
  const type = optionalString(record.type);
  if (type !== undefined) problem.type = type;
  const detail = optionalString(record.detail);
  if (detail !== undefined) problem.detail = detail;
  const errors = toFieldProblems(record.errors);
  if (errors !== undefined) problem.errors = errors;
  const requestId = optionalString(record.requestId);
  if (requestId !== undefined) problem.requestId = requestId;
  return problem;
}

export function networkProblem(): Problem {
  return { title: 'Network error', status: 0, code: 'network_error' };
}

/**
 * Whether fetching one record failed because it cannot be shown: not found, no access, or a malformed id (400).
 * All look the same to the user, so nobody learns whether a record they may not see exists.
 */
export function isRecordUnavailable(error: unknown): boolean {
  return isApiError(error) && (error.status === 404 || error.status === 403 || error.status === 400);
}
