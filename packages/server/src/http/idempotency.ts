import { createHash, type Hash } from 'node:crypto';
import { Transform } from 'node:stream';
import {
  type Db,
  deleteExpiredIdempotencyRecords,
  findIdempotencyRecord,
  type IdempotencyKeyId,
  type IdempotencyRecord,
  insertIdempotencyRecord,
  tryLockIdempotencyKey,
} from '@ips-bridge/db';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './errors.ts';
import { type RequestTransaction, RequestTransactions } from './request-transaction.ts';

/**
 * Idempotency-Key on writes (docs/adr/0002-idempotency-keys.md). A client sends a key of its choosing with a POST,
 * PUT, PATCH or DELETE; the first request with that key runs in one request transaction (request-transaction.ts),
 * and its 2xx answer is recorded in that same transaction, so the write and its record commit together or not at
 * all. A retry with the key and the same request gets the recorded answer (`Idempotency-Replayed: true`) and writes
 * nothing; the key with a different request is 422; a retry while the first is still running is 409.
 */
export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';
export const IDEMPOTENCY_REPLAYED_HEADER = 'idempotency-replayed';

/** How long an answer is kept: a day for a logged-in caller, an hour on a public route without a session. */
export const IDEMPOTENCY_TTL_MS = 24 * 3_600_000;
export const ANONYMOUS_IDEMPOTENCY_TTL_MS = 3_600_000;

const KEY_PATTERN = /^[\x21-\x7e]{8,200}$/;
const KEYED_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** The response headers a replay repeats (never Set-Cookie: no session token is ever stored). */
const REPLAYED_HEADERS = ['content-type', 'etag', 'location'] as const;
/** Expired answers are swept at most this often per app instance (and a key's own expired answer on its reuse). */
const SWEEP_INTERVAL_MS = 10 * 60_000;
/** A streamed body read only to compare it with a recorded request is cut off here (no route takes more). */
const MAX_STREAMED_BODY_BYTES = 64 * 1024 * 1024;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** For a route whose answer must never be stored or replayed (it sets a session cookie): the key is ignored. */
    idempotencyKey?: { ignored: string };
  }
}

interface KeyedRequest {
  id: IdempotencyKeyId;
  ttlMs: number;
  transaction: RequestTransaction;
  fingerprint: () => Promise<string>;
}

export interface Idempotency {
  /** The `db` for the routes: inside a keyed request it runs in the request transaction. */
  db: Db;
  /** Adds the hooks; call before the routes are registered. */
  register(app: FastifyInstance): void;
  /** Adds the shared Idempotency-Key header parameter (and its 409/422 answers) to the OpenAPI description. */
  describe<T extends object>(openapi: T): T;
}

export function createIdempotency(deps: { db: Db; now: () => Date }): Idempotency {
  const transactions = new RequestTransactions(deps.db);
  const keyed = new WeakMap<FastifyRequest, KeyedRequest>();
  const ignoredRoutes = new Set<string>();
  let lastSweep = 0;

  const sweep = async (request: FastifyRequest, now: Date) => {
    if (now.getTime() - lastSweep < SWEEP_INTERVAL_MS) return;
    lastSweep = now.getTime();
    try {
      await deleteExpiredIdempotencyRecords(deps.db, now);
    } catch (error) {
      request.log.warn({ err: { message: (error as Error).message } }, 'idempotency key sweep failed');
    }
  };

  /** Claims the key, or answers the request itself (replay); returns null when the request carries no key. */
  const claim = async (
    request: FastifyRequest,
    reply: FastifyReply,
  ): Promise<KeyedRequest | 'answered' | null> => {
    const key = parseKey(request.headers[IDEMPOTENCY_KEY_HEADER]);
    if (key === undefined) return null;
    const now = deps.now();
    const id: IdempotencyKeyId = {
      scope: request.auth ? `user:${request.auth.user.id}` : 'anonymous',
      method: request.method,
      route: request.routeOptions.url ?? request.url,
      key,
    };
    await sweep(request, now);

    const transaction = await transactions.begin();
    let existing: IdempotencyRecord | undefined;
    try {
      existing = await transaction.nested(async (trx) => {
        if (!(await tryLockIdempotencyKey(trx, id))) throw inUse();
        await deleteExpiredIdempotencyRecords(trx, now, id);
        return findIdempotencyRecord(trx, id, now);
      });
    } catch (error) {
      await transaction.rollback();
      throw error;
    }
    if (existing) {
      await transaction.rollback();
      if ((await readFingerprint(request)) !== existing.fingerprint)
        throw new AppError('idempotency_key_reused');
      replay(reply, existing);
      return 'answered';
    }
    return {
      id,
      ttlMs: request.auth ? IDEMPOTENCY_TTL_MS : ANONYMOUS_IDEMPOTENCY_TTL_MS,
      transaction,
      fingerprint: trackFingerprint(request),
    };
  };

  /** Records a 2xx answer in the request transaction and commits it with the route's writes. */
  const record = async (request: FastifyRequest, reply: FastifyReply, state: KeyedRequest, body: Buffer) => {
    const now = deps.now();
    const headers: Record<string, string> = {};
    for (const name of REPLAYED_HEADERS) {
      const value = reply.getHeader(name);
      if (value !== undefined) headers[name] = String(value);
    }
    try {
      const inserted = await insertIdempotencyRecord(state.transaction.db, {
        ...state.id,
        fingerprint: await state.fingerprint(),
        statusCode: reply.statusCode,
        responseHeaders: headers,
        responseBody: body,
        createdAt: now,
        expiresAt: new Date(now.getTime() + state.ttlMs),
      });
      if (!inserted) throw inUse();
      await state.transaction.commit();
    } catch (error) {
      await state.transaction.rollback();
      // Nothing was kept: the answer must not point at what was rolled back.
      reply.removeHeader('etag');
      reply.removeHeader('location');
      request.log.warn({ err: { message: (error as Error).message } }, 'keyed request rolled back');
      throw error;
    }
  };

  const register = (app: FastifyInstance) => {
    app.addHook('onRoute', (route) => {
      if (!route.config?.idempotencyKey) return;
      for (const method of [route.method].flat()) ignoredRoutes.add(`${method} ${route.url}`);
    });

    // Callback style on purpose: the route handler must run inside `transactions.run`, so that its queries find
    // the request transaction. preHandler comes after authentication, CSRF and body validation: a request refused
    // there never touches a key.
    app.addHook('preHandler', (request, reply, done) => {
      if (
        !KEYED_METHODS.has(request.method) ||
        request.headers[IDEMPOTENCY_KEY_HEADER] === undefined ||
        request.routeOptions.config.idempotencyKey
      ) {
        done();
        return;
      }
      claim(request, reply).then(
        (state) => {
          if (state === 'answered') return;
          if (state === null) {
            done();
            return;
          }
          keyed.set(request, state);
          // The client went away before its answer: nothing it asked for is kept; its retry does the work.
          reply.raw.once('close', () => {
            void state.transaction.rollback();
          });
          transactions.run(state.transaction, done);
        },
        (error: unknown) => done(error as Error),
      );
    });

    app.addHook('onSend', async (request, reply, payload) => {
      const state = keyed.get(request);
      if (!state?.transaction.isOpen) return payload;
      const status = reply.statusCode;
      if (status >= 500) {
        // Failed unexpectedly: keep nothing, so the client's retry starts clean.
        await state.transaction.rollback();
        return payload;
      }
      if (status < 200 || status >= 300) {
        // Refused: the key stays free for a corrected request; what the route itself kept (such as the audit row
        // of a denied access) is committed as it would be without a key.
        await state.transaction.commit();
        return payload;
      }
      if (isStream(payload))
        return recordWhenStreamEnds(payload, (body) => record(request, reply, state, body));
      await record(request, reply, state, toBuffer(payload));
      return payload;
    });
  };

  const describe = <T extends object>(openapi: T): T => describeInOpenApi(openapi, ignoredRoutes);

  return { db: transactions.db, register, describe };
}

function inUse(): AppError {
  return new AppError('idempotency_key_in_use', { headers: { 'retry-after': '1' } });
}

function parseKey(header: string | string[] | undefined): string | undefined {
  if (header === undefined) return undefined;
  if (Array.isArray(header))
    throw new AppError('idempotency_key_invalid', { detail: 'Send one Idempotency-Key' });
  let key = header.trim();
  // The IETF draft writes the key as a structured-field string ("…"); a bare token is accepted too.
  if (key.length >= 2 && key.startsWith('"') && key.endsWith('"')) key = key.slice(1, -1);
  if (!KEY_PATTERN.test(key)) throw new AppError('idempotency_key_invalid');
  return key;
}

function replay(reply: FastifyReply, record: IdempotencyRecord): void {
  reply.code(record.statusCode);
  for (const [name, value] of Object.entries(record.responseHeaders)) reply.header(name, value);
  reply.header(IDEMPOTENCY_REPLAYED_HEADER, 'true');
  reply.send(record.responseBody);
}

// ---------------------------------------------------------------------------------------------------------------
// The request fingerprint: what makes a retry "the same request". Method, URL (path and query), If-Match, content
// type and body. A JSON body is hashed as canonical JSON (keys sorted) of the validated body; a streamed body (a file
// upload) as its bytes, hashed while the route reads it.

function fingerprintHash(request: FastifyRequest): Hash {
  const contentType = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const ifMatch = request.headers['if-match'] ?? '';
  return createHash('sha256').update(
    `${JSON.stringify([request.method, request.url, ifMatch, contentType])}\n`,
  );
}

function isStream(value: unknown): value is NodeJS.ReadableStream {
  return typeof (value as { pipe?: unknown } | null)?.pipe === 'function';
}

/** For the first request: starts the fingerprint, following a streamed body through the route. */
function trackFingerprint(request: FastifyRequest): () => Promise<string> {
  const hash = fingerprintHash(request);
  const body = request.body;
  if (!isStream(body)) {
    const digest = hash.update(canonicalJson(body)).digest('hex');
    return async () => digest;
  }
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      callback(null, chunk);
    },
  });
  body.on('error', (error) => tap.destroy(error));
  body.pipe(tap);
  request.body = tap;
  return async () => {
    // A route answers 2xx only after reading its whole body; should one stop early, hash the rest too.
    if (!tap.writableFinished) {
      await new Promise<void>((resolve, reject) => {
        tap.once('finish', resolve);
        tap.once('error', reject);
        tap.resume();
      });
    }
    return hash.digest('hex');
  };
}

/** For a retry: the whole fingerprint now (a streamed body is read to its end). */
async function readFingerprint(request: FastifyRequest): Promise<string> {
  const hash = fingerprintHash(request);
  const body = request.body;
  if (!isStream(body)) return hash.update(canonicalJson(body)).digest('hex');
  let bytes = 0;
  for await (const chunk of body as AsyncIterable<Buffer | string>) {
    bytes += chunk.length;
    if (bytes > MAX_STREAMED_BODY_BYTES) throw new AppError('payload_too_large');
    hash.update(chunk);
  }
  return hash.digest('hex');
}

export function canonicalJson(value: unknown): string {
  if (value === undefined) return '';
  if (Buffer.isBuffer(value)) return value.toString('base64');
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

// ---------------------------------------------------------------------------------------------------------------
// The answer as it is sent.

function toBuffer(payload: unknown): Buffer {
  if (payload === undefined || payload === null) return Buffer.alloc(0);
  if (Buffer.isBuffer(payload)) return payload;
  if (typeof payload === 'string') return Buffer.from(payload, 'utf8');
  if (payload instanceof Uint8Array) return Buffer.from(payload);
  throw new Error(`cannot record a ${typeof payload} answer`);
}

/**
 * A streamed answer (an import's progress lines) is passed on as it comes, except its last chunk: that is held back
 * until the whole answer is recorded and committed. A client that saw the end of the answer knows it was kept; if
 * the commit fails the stream breaks before its end, and the client retries.
 */
function recordWhenStreamEnds(
  payload: NodeJS.ReadableStream,
  save: (body: Buffer) => Promise<void>,
): NodeJS.ReadableStream {
  const chunks: Buffer[] = [];
  let held: Buffer | null = null;
  const relay = new Transform({
    transform(chunk: Buffer | string, _encoding, callback) {
      const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
      chunks.push(bytes);
      const previous = held;
      held = bytes;
      callback(null, previous ?? undefined);
    },
    flush(callback) {
      save(Buffer.concat(chunks)).then(
        () => callback(null, held ?? undefined),
        (error: unknown) => callback(error as Error),
      );
    },
  });
  payload.on('error', (error) => relay.destroy(error));
  payload.pipe(relay);
  return relay;
}

// ---------------------------------------------------------------------------------------------------------------
// OpenAPI: one shared header parameter, referenced by every write operation that honours it.

interface OpenApiOperation {
  parameters?: unknown[];
  responses?: Record<string, { content?: unknown; description?: string }>;
}

const PARAMETER = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description:
    'A key the client chooses for one user action (for example a random UUID), reused unchanged when it retries ' +
    'that action. The first 2xx answer is stored with the write, in the same transaction; a retry with the same ' +
    'key and the same request (method, URL, If-Match, body) gets that answer again, with ' +
    '`Idempotency-Replayed: true`, and writes nothing. The same key with a different request is 422 ' +
    '(idempotency_key_reused); while the first request is still running, 409 (idempotency_key_in_use, Retry-After). ' +
    'A refused request (4xx) or a failure (5xx) does not use the key up. Keys are per user and route and kept ' +
    'for 24 hours (1 hour on a public route without a session).',
  schema: { type: 'string', minLength: 8, maxLength: 202, pattern: '^"?[\\x21-\\x7e]{8,200}"?$' },
} as const;

function describeInOpenApi<T extends object>(openapi: T, ignored: ReadonlySet<string>): T {
  const doc = openapi as {
    components?: { parameters?: Record<string, unknown> };
    paths?: Record<string, Record<string, OpenApiOperation>>;
  };
  doc.components ??= {};
  doc.components.parameters = { ...doc.components.parameters, IdempotencyKey: PARAMETER };
  for (const [path, operations] of Object.entries(doc.paths ?? {})) {
    const route = path.replaceAll(/\{(\w+)\}/g, ':$1');
    for (const [method, operation] of Object.entries(operations)) {
      const upper = method.toUpperCase();
      if (!KEYED_METHODS.has(upper) || ignored.has(`${upper} ${route}`)) continue;
      const parameters = operation.parameters ?? [];
      if (
        !parameters.some((p) => (p as { $ref?: string }).$ref === '#/components/parameters/IdempotencyKey')
      ) {
        parameters.push({ $ref: '#/components/parameters/IdempotencyKey' });
      }
      operation.parameters = parameters;
      const problem = operation.responses?.['400'];
      if (operation.responses && problem) {
        operation.responses['409'] ??= { ...problem, description: 'Conflict (or the key is in use)' };
        operation.responses['422'] ??= {
          ...problem,
          description: 'The Idempotency-Key was already used for a different request',
        };
      }
    }
  }
  return openapi;
}
