import { MIN_PASSWORD_LENGTH, ORGANISATION_KINDS, ROLES, USERNAME_PATTERN } from '@ips-bridge/domain';
import { z } from 'zod';
import { uuid } from './common.ts';

export const organisationSchema = z
  .object({ id: uuid, name: z.string(), kind: z.enum(ORGANISATION_KINDS), region: z.string().nullable() })
  .meta({ id: 'Organisation' });

export const adminUserSchema = z
  .object({
    id: uuid,
    username: z.string(),
    displayName: z.string(),
    role: z.enum(ROLES),
    organisationId: uuid,
    organisationName: z.string(),
    teamId: uuid.nullable(),
    active: z.boolean(),
  })
  .meta({ id: 'UserListItem' });

export const createOrganisationBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  kind: z.enum(ORGANISATION_KINDS),
  region: z
    .string()
    .trim()
    .max(100)
    .nullish()
    .transform((v) => v || null),
});

export const createUserBody = z.strictObject({
  username: z
    .string()
    .trim()
    .toLowerCase()
    .regex(USERNAME_PATTERN, 'Use 3–64 letters a–z, digits, dots, dashes or underscores'),
  displayName: z.string().trim().min(1).max(200),
  role: z.enum(ROLES),
  organisationId: uuid,
  teamId: uuid.nullish(),
  password: z.string().min(MIN_PASSWORD_LENGTH).max(1024),
});

export type Organisation = z.output<typeof organisationSchema>;
export type NewOrganisation = z.input<typeof createOrganisationBody>;
export type AdminUser = z.output<typeof adminUserSchema>;
export type NewUser = z.input<typeof createUserBody>;
