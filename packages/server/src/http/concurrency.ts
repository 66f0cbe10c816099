import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './errors.ts';

/** The largest version a record can have: versions are PostgreSQL integers. */
const MAX_VERSION = 2_147_483_647;

/**
 * Optimistic concurrency with ETag / If-Match: a record's ETag is its version. An update must send the ETag it
 * read; a stale one is refused with 412 ("changed since you opened it"), a missing one with 428. Nothing a user
 * saved is silently overwritten.
 */
export function etagOf(version: number): string {
  return `"${version}"`;
}

export function setEtag(reply: FastifyReply, version: number): void {
  reply.header('etag', etagOf(version));
}

export function requireIfMatch(request: FastifyRequest): number {
  const header = request.headers['if-match'];
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) throw new AppError('precondition_required');
  const match = /^(?:W\/)?"(\d+)"$/.exec(value.trim());
  if (!match?.[1])
    throw new AppError('precondition_required', { detail: 'If-Match must be the ETag you read' });
  const version = Number(match[1]);
  // Versions are PostgreSQL integers: a larger number is no ETag we gave out, so it cannot match (and must not
  // reach a query, where it fails as out of range).
  if (version > MAX_VERSION) throw new AppError('precondition_failed');
  return version;
}
