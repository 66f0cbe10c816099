import {
  adminUserSchema,
  createOrganisationBody,
  createUserBody,
  organisationSchema,
} from '@ips-bridge/contracts';
import {
  appendAudit,
  type Db,
  findOrganisation,
  insertOrganisation,
  insertUser,
  listOrganisations,
  listUsers,
  usernameExists,
} from '@ips-bridge/db';
import { z } from 'zod';
import type { App } from '../app-types.ts';
import { hashPassword } from '../auth/password.ts';
import { requireAuth } from '../http/access.ts';
import { AppError } from '../http/errors.ts';
import { problemResponses } from '../http/schemas.ts';

const ADMIN = { kind: 'authenticated', roles: ['administrator'] } as const;

export function registerAdminRoutes(app: App, deps: { db: Db }): void {
  const { db } = deps;

  app.get(
    '/api/admin/organisations',
    {
      config: { access: ADMIN },
      schema: {
        tags: ['administration'],
        summary: 'All organisations',
        response: { 200: z.object({ items: z.array(organisationSchema) }), ...problemResponses },
      },
    },
    async () => ({ items: await listOrganisations(db) }),
  );

  app.post(
    '/api/admin/organisations',
    {
      config: { access: ADMIN },
      schema: {
        tags: ['administration'],
        summary: 'Create an organisation (NAV office, health unit or IPS team)',
        body: createOrganisationBody,
        response: { 201: organisationSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { user } = requireAuth(request);
      const created = await db
        .transaction()
        .execute(async (trx) => {
          const organisation = await insertOrganisation(trx, request.body);
          await appendAudit(trx, [
            {
              actorUserId: user.id,
              actorRole: user.role,
              action: 'organisation.create',
              participantId: null,
              outcome: 'allowed',
              reason: organisation.id,
              requestId: request.id,
            },
          ]);
          return organisation;
        })
        .catch((error: unknown) => {
          if ((error as { code?: string }).code === '23505') {
            throw new AppError('conflict', { detail: 'An organisation of this kind with this name exists' });
          }
          throw error;
        });
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/api/admin/users',
    {
      config: { access: ADMIN },
      schema: {
        tags: ['administration'],
        summary: 'All users',
        response: { 200: z.object({ items: z.array(adminUserSchema) }), ...problemResponses },
      },
    },
    async () => ({ items: await listUsers(db) }),
  );

  app.post(
    '/api/admin/users',
    {
      config: { access: ADMIN },
      schema: {
        tags: ['administration'],
        summary: 'Create a user with a local password',
        body: createUserBody,
        response: { 201: adminUserSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { user: admin } = requireAuth(request);
      const body = request.body;
      const organisation = await findOrganisation(db, body.organisationId);
      if (!organisation) {
        throw new AppError('validation_failed', {
          errors: [{ path: 'organisationId', code: 'unknown_organisation', message: 'No such organisation' }],
        });
      }
      const teamId = body.teamId ?? null;
      if (teamId !== null) {
        const team = await findOrganisation(db, teamId);
        if (team?.kind !== 'ips_team') {
          throw new AppError('validation_failed', {
            errors: [{ path: 'teamId', code: 'not_an_ips_team', message: 'The team must be an IPS team' }],
          });
        }
      }
      const passwordHash = await hashPassword(body.password);
      const id = await db
        .transaction()
        .execute(async (trx) => {
          if (await usernameExists(trx, body.username)) throw new AppError('username_taken');
          const userId = await insertUser(trx, {
            username: body.username,
            displayName: body.displayName,
            role: body.role,
            organisationId: organisation.id,
            teamId,
            passwordHash,
          });
          await appendAudit(trx, [
            {
              actorUserId: admin.id,
              actorRole: admin.role,
              action: 'user.create',
              participantId: null,
              outcome: 'allowed',
              reason: userId,
              requestId: request.id,
            },
          ]);
          return userId;
        })
        .catch((error: unknown) => {
          if ((error as { code?: string }).code === '23505') throw new AppError('username_taken');
          throw error;
        });
      return reply.code(201).send({
        id,
        username: body.username,
        displayName: body.displayName,
        role: body.role,
        organisationId: organisation.id,
        organisationName: organisation.name,
        teamId,
        active: true,
      });
    },
  );
}
