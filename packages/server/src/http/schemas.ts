import { ORGANISATION_KINDS, ROLES } from '@ips-bridge/domain';
import { z } from 'zod';

/** Schemas shared by several routes. Request objects are strict: an unknown field is a 400 naming the field. */

export const uuid = z.uuid();

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.string(),
    detail: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string(), code: z.string() })).optional(),
    requestId: z.string(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details with a stable code' });

export const localeSchema = z.enum(['nb', 'nn', 'en']);

export const meSchema = z
  .object({
    id: uuid,
    username: z.string(),
    displayName: z.string(),
    role: z.enum(ROLES),
    locale: localeSchema,
    organisation: z.object({ id: uuid, name: z.string(), kind: z.enum(ORGANISATION_KINDS) }),
    team: z.object({ id: uuid, name: z.string() }).nullable(),
    participantId: uuid.nullable(),
  })
  .meta({ id: 'Me' });

/** A custom validation issue carrying one of our stable problem codes. */
export function issueCode(code: string, message: string) {
  return { code: 'custom' as const, message, params: { code } };
}

export const problemResponses = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
  429: problemSchema,
  503: problemSchema,
} as const;
