import { ApiError, networkProblem, toProblem } from './problem.ts';
import type { SessionResponse } from './types.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

let csrfToken: string | null = null;

/** The CSRF token comes from the login response or GET /api/session and goes on every non-GET request. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (text === '') return undefined;
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export interface RequestOptions {
  /**
   * The version of the record the user is changing, as read from the server. Sent as `If-Match: "<version>"`, so
   * the server refuses the change (412) when someone else has saved in the meantime.
   */
  ifMatch?: number;
  /**
   * The Idempotency-Key of this user action. Every write gets a new one by default; pass the same key again when
   * the user retries the same action after a failure, so the server does it at most once.
   */
  idempotencyKey?: string;
}

/** A new Idempotency-Key: 128 random bits (crypto.getRandomValues also works on plain http, randomUUID does not). */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

async function send(
  method: Method,
  path: string,
  body: unknown,
  options: RequestOptions = {},
): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (options.ifMatch !== undefined) headers['if-match'] = `"${options.ifMatch}"`;
  if (options.idempotencyKey !== undefined) headers['idempotency-key'] = options.idempotencyKey;
  if (method !== 'GET' && csrfToken !== null) headers['x-csrf-token'] = csrfToken;
  try {
    return await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? null : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(networkProblem());
  }
}

async function refreshCsrfToken(): Promise<boolean> {
  const response = await send('GET', '/api/session', undefined);
  if (!response.ok) return false;
  const session = (await readBody(response)) as SessionResponse | undefined;
  if (!session?.csrfToken) return false;
  setCsrfToken(session.csrfToken);
  return true;
}

/**
 * Sends a JSON request to the API and returns the parsed body (undefined for 204). Non-2xx responses become an
 * ApiError holding the problem details. A rejected CSRF token is refreshed once and the request retried, with the
 * same Idempotency-Key: a write carries one key per call (or the caller's, for a user's retry).
 */
export async function apiRequest<T>(
  method: Method,
  path: string,
  body?: unknown,
  requestOptions: RequestOptions = {},
): Promise<T> {
  const options =
    method === 'GET' ? requestOptions : { idempotencyKey: newIdempotencyKey(), ...requestOptions };
  let response = await send(method, path, body, options);
  if (method !== 'GET' && response.status === 403) {
    const problem = toProblem(response.status, response.statusText, await readBody(response.clone()));
    if (problem.code === 'csrf_token_invalid' && (await refreshCsrfToken())) {
      response = await send(method, path, body, options);
    }
  }
  const parsed = await readBody(response);
  if (!response.ok) throw new ApiError(toProblem(response.status, response.statusText, parsed));
  return parsed as T;
}

/**
 * POSTs a body that is not JSON (a file) and returns the response as it is, for callers that read it as a stream
 * and handle non-2xx answers themselves. Carries the CSRF token and, like apiRequest, refreshes it once when the
 * server rejects it; and an Idempotency-Key (one per call, the same on that retry, or the caller's in `headers`).
 * A network failure is an ApiError with status 0.
 */
export async function postRaw(
  path: string,
  body: Blob,
  headers: Record<string, string>,
  signal?: AbortSignal,
): Promise<Response> {
  const all: Record<string, string> = { 'idempotency-key': newIdempotencyKey(), ...headers };
  const attempt = async () => {
    if (csrfToken !== null) all['x-csrf-token'] = csrfToken;
    try {
      return await fetch(path, {
        method: 'POST',
        headers: all,
        credentials: 'same-origin',
        body,
        signal: signal ?? null,
      });
    } catch {
      throw new ApiError(networkProblem());
    }
  };
  let response = await attempt();
  if (response.status === 403) {
    const problem = toProblem(response.status, response.statusText, await readBody(response.clone()));
    if (problem.code === 'csrf_token_invalid' && (await refreshCsrfToken())) response = await attempt();
  }
  return response;
}

export const api = {
  get: <T>(path: string) => apiRequest<T>('GET', path),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    apiRequest<T>('POST', path, body, options),
  put: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    apiRequest<T>('PUT', path, body, options),
};
