import { ORGANISATION_KINDS, ROLES } from '@ips-bridge/domain';
import { z } from 'zod';
import { uuid } from './common.ts';

export const LOCALES = ['nb', 'nn', 'en'] as const;
export const localeSchema = z.enum(LOCALES);

export const meSchema = z
  .object({
    id: uuid,
    username: z.string(),
    displayName: z.string(),
    role: z.enum(ROLES),
    locale: localeSchema,
    organisation: z.object({ id: uuid, name: z.string(), kind: z.enum(ORGANISATION_KINDS) }),
    team: z.object({ id: uuid, name: z.string() }).nullable(),
    /** Set for jobseekers: their own participant record. */
    participantId: uuid.nullable(),
  })
  .meta({ id: 'Me' });

export const sessionSchema = z.object({ user: meSchema, csrfToken: z.string() }).meta({ id: 'Session' });

export const loginBody = z.strictObject({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(1024),
});

export const localeBody = z.strictObject({ locale: localeSchema });

export type Me = z.output<typeof meSchema>;
export type SessionResponse = z.output<typeof sessionSchema>;
