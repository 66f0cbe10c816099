import type { FastifyInstance } from 'fastify';
import { AppError, type FieldError } from './errors.ts';

/** Deeper than any request body of ours (the career profile is 4 levels); a deeper one is refused. */
export const MAX_INPUT_DEPTH = 32;

/** Text PostgreSQL cannot store: the NUL character, or a lone UTF-16 surrogate (not a Unicode character at all). */
function isUnstorable(text: string): boolean {
  return text.includes('\u0000') || !text.isWellFormed();
}

interface Entry {
  value: unknown;
  key: string | null;
  parent: Entry | null;
  depth: number;
}

/** "workHistory.0.employer": each entry keeps its parent, not a copy of its path, so a deep value costs linear time. */
function pathOf(entry: Entry | null, key?: string): string {
  const keys = key === undefined ? [] : [key];
  for (let e = entry; e?.key != null; e = e.parent) keys.unshift(e.key);
  return keys.join('.');
}

const unstorable = (path: string): FieldError => ({
  path,
  code: 'invalid_characters',
  message: 'Text cannot contain the NUL character (U+0000) or an unpaired surrogate',
});

/**
 * The first problem found in parsed input (path parameters, query string or JSON body) that no route can take: text
 * PostgreSQL cannot store, or nesting deeper than MAX_INPUT_DEPTH. Walks with its own stack, so a deeply nested body
 * cannot overflow the call stack. A streamed upload or a buffer is not looked into.
 */
export function findInputProblem(value: unknown): FieldError | null {
  const stack: Entry[] = [{ value, key: null, parent: null, depth: 0 }];
  while (stack.length > 0) {
    const entry = stack.pop() as Entry;
    const current = entry.value;
    if (typeof current === 'string') {
      if (isUnstorable(current)) return unstorable(pathOf(entry));
      continue;
    }
    if (typeof current !== 'object' || current === null) continue;
    if (typeof (current as { pipe?: unknown }).pipe === 'function' || ArrayBuffer.isView(current)) continue;
    if (entry.depth >= MAX_INPUT_DEPTH)
      return { path: pathOf(entry), code: 'too_deep', message: `Nested more than ${MAX_INPUT_DEPTH} levels` };
    const depth = entry.depth + 1;
    if (Array.isArray(current)) {
      current.forEach((item, i) => {
        stack.push({ value: item, key: String(i), parent: entry, depth });
      });
      continue;
    }
    for (const [key, item] of Object.entries(current)) {
      if (isUnstorable(key)) return unstorable(pathOf(entry, key));
      stack.push({ value: item, key, parent: entry, depth });
    }
  }
  return null;
}

/**
 * Refuses, as a validation error naming the field, input that would otherwise fail deep inside the server with 500:
 * PostgreSQL fails a statement that stores or even compares text with a NUL character ("invalid byte sequence for
 * encoding UTF8: 0x00") and a jsonb value with a lone surrogate ("invalid input syntax for type json"); a JSON body
 * nested thousands of levels deep overflows the stack of any recursive walk over it (such as the Idempotency-Key
 * fingerprint). No field has a use for either, so one check before the route's schema covers every field, present
 * and future, instead of one in each string schema.
 */
export function registerInputGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    for (const part of [request.params, request.query, request.body]) {
      const problem = findInputProblem(part);
      if (problem) throw new AppError('validation_failed', { errors: [problem] });
    }
  });
}
