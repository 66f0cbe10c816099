import { OIDC_PROVIDERS } from '@ips-bridge/domain';
import { z } from 'zod';
import { uuid } from './common.ts';

/** Login with OpenID Connect (docs/login.md). */

export const oidcProviderSchema = z.enum(OIDC_PROVIDERS).meta({ id: 'OidcProvider' });

export const oidcProvidersSchema = z
  .object({ items: z.array(z.object({ id: oidcProviderSchema })) })
  .meta({ id: 'OidcProviders' });

/** An external login linked to a user. The subject is the provider's identifier for the person, not a name. */
export const userIdentitySchema = z
  .object({
    id: uuid,
    provider: oidcProviderSchema,
    issuer: z.string(),
    subject: z.string(),
    linkedHow: z.enum(['administrator', 'national_id']),
    createdAt: z.iso.datetime(),
    lastLoginAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'UserIdentity' });

export const linkIdentityBody = z
  .strictObject({
    provider: oidcProviderSchema,
    subject: z.string().trim().min(1).max(500),
  })
  .meta({ id: 'LinkIdentity' });

export type UserIdentityItem = z.output<typeof userIdentitySchema>;
export type LinkIdentity = z.input<typeof linkIdentityBody>;
