import {
  careerProfileBody,
  careerProfileSchema,
  careerProfileVersionSchema,
  participantParams,
} from '@ips-bridge/contracts';
import {
  appendChange,
  type CareerProfileVersionRecord,
  type Db,
  findCareerProfileVersion,
  insertCareerProfileVersion,
  listCareerProfileVersions,
} from '@ips-bridge/db';
import { STAFF_ROLES } from '@ips-bridge/domain';
import { z } from 'zod';
import type { App } from '../app-types.ts';
import { requireAuth } from '../http/access.ts';
import { requireIfMatch, setEtag } from '../http/concurrency.ts';
import { AppError } from '../http/errors.ts';
import { type ParticipantScope, withParticipant } from '../http/participant-access.ts';
import { problemResponses } from '../http/schemas.ts';

function meta(v: CareerProfileVersionRecord) {
  return {
    version: v.version,
    reason: v.reason,
    createdBy: v.createdBy,
    createdAt: v.createdAt.toISOString(),
  };
}

/** The profile as `scope` may see it: early warning signs and coping strategies only where they are shared. */
function toProfile(versions: CareerProfileVersionRecord[], scope: ParticipantScope) {
  const latest = versions[0];
  const healthWithheld = !scope.readable.has('warning_signs');
  return {
    version: latest?.version ?? 0,
    content: latest ? careerProfileSchema.shape.content.parse(latest.content) : null,
    health: latest && !healthWithheld ? careerProfileSchema.shape.health.parse(latest.healthContent) : null,
    healthWithheld,
    history: versions.map(meta),
  };
}

export function registerCareerProfileRoutes(app: App, deps: { db: Db; now: () => Date }): void {
  const { db } = deps;

  app.get(
    '/api/participants/:participantId/career-profile',
    {
      config: {
        access: {
          kind: 'participant',
          category: 'career_profile',
          action: 'read',
          audit: 'career_profile.read',
          roles: 'all',
        },
      },
      schema: {
        tags: ['journey'],
        summary: 'The current career profile and the list of its versions (ETag: the profile version)',
        params: participantParams,
        response: { 200: careerProfileSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const profile = await withParticipant(db, request, request.params.participantId, async (trx, scope) =>
        toProfile(await listCareerProfileVersions(trx, request.params.participantId), scope),
      );
      setEtag(reply, profile.version);
      return profile;
    },
  );

  app.put(
    '/api/participants/:participantId/career-profile',
    {
      config: {
        access: {
          kind: 'participant',
          category: 'career_profile',
          action: 'write',
          audit: 'career_profile.write',
          roles: STAFF_ROLES,
        },
      },
      schema: {
        tags: ['journey'],
        summary:
          'Save a new version of the career profile (If-Match: the version you read, "0" for the first)',
        params: participantParams,
        body: careerProfileBody,
        response: { 200: careerProfileSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const expectedVersion = requireIfMatch(request);
      const { user } = requireAuth(request);
      const now = deps.now();
      const participantId = request.params.participantId;
      const profile = await withParticipant(db, request, participantId, async (trx, scope) => {
        const before = await listCareerProfileVersions(trx, participantId);
        if ((before[0]?.version ?? 0) !== expectedVersion) throw new AppError('precondition_failed');
        // Someone the warning signs are not shared with cannot change them: the last saved ones are kept.
        const healthContent = scope.readable.has('warning_signs')
          ? request.body.health
          : (before[0]?.healthContent ?? { earlyWarningSigns: '', copingStrategies: '' });
        const version = await insertCareerProfileVersion(trx, {
          participantId,
          expectedVersion,
          content: request.body.content,
          healthContent,
          reason: expectedVersion === 0 ? 'first_version' : request.body.reason,
          createdBy: user.id,
          at: now,
        });
        if (version === null) throw new AppError('precondition_failed');
        await appendChange(trx, {
          participantId,
          entity: 'career_profile',
          action: expectedVersion === 0 ? 'create' : 'update',
          before: { version: expectedVersion },
          after: { version },
          changedBy: user.id,
          at: now,
        });
        return toProfile(await listCareerProfileVersions(trx, participantId), scope);
      });
      setEtag(reply, profile.version);
      return profile;
    },
  );

  app.get(
    '/api/participants/:participantId/career-profile/versions/:version',
    {
      config: {
        access: {
          kind: 'participant',
          category: 'career_profile',
          action: 'read',
          audit: 'career_profile.read',
          roles: 'all',
        },
      },
      schema: {
        tags: ['journey'],
        summary: 'One earlier version of the career profile',
        params: participantParams.extend({ version: z.coerce.number().int().min(1).max(2_147_483_647) }),
        response: { 200: careerProfileVersionSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { found, healthWithheld } = await withParticipant(
        db,
        request,
        request.params.participantId,
        async (trx, scope) => ({
          found: await findCareerProfileVersion(trx, request.params.participantId, request.params.version),
          healthWithheld: !scope.readable.has('warning_signs'),
        }),
      );
      if (!found) throw new AppError('not_found');
      return {
        ...meta(found),
        content: careerProfileVersionSchema.shape.content.parse(found.content),
        health: healthWithheld ? null : careerProfileSchema.shape.health.parse(found.healthContent),
        healthWithheld,
      };
    },
  );
}
