import {
  careerProfileContentSchema,
  cvContentSchema,
  cvSchema,
  participantParams,
} from '@ips-bridge/contracts';
import {
  appendChange,
  type Db,
  type DbOrTrx,
  findCv,
  listCareerProfileVersions,
  listJobs,
  saveCv,
} from '@ips-bridge/db';
import { draftCv } from '@ips-bridge/domain';
import type { App } from '../app-types.ts';
import { requireAuth } from '../http/access.ts';
import { requireIfMatch, setEtag } from '../http/concurrency.ts';
import { AppError } from '../http/errors.ts';
import { withParticipant } from '../http/participant-access.ts';
import { problemResponses } from '../http/schemas.ts';

async function currentCv(trx: DbOrTrx, participantId: string) {
  const saved = await findCv(trx, participantId);
  if (saved) {
    return {
      version: saved.version,
      draft: false,
      content: cvContentSchema.parse(saved.content),
      updatedBy: saved.updatedBy,
      updatedAt: saved.updatedAt.toISOString(),
    };
  }
  const [latestProfile] = await listCareerProfileVersions(trx, participantId);
  const profile = latestProfile ? careerProfileContentSchema.parse(latestProfile.content) : null;
  const jobs = await listJobs(trx, participantId);
  return { version: 0, draft: true, content: draftCv({ profile, jobs }), updatedBy: null, updatedAt: null };
}

export function registerCvRoutes(app: App, deps: { db: Db; now: () => Date }): void {
  const { db } = deps;

  app.get(
    '/api/participants/:participantId/cv',
    {
      config: {
        access: {
          kind: 'participant',
          category: 'career_profile',
          action: 'read',
          audit: 'cv.read',
          roles: 'all',
        },
      },
      schema: {
        tags: ['journey'],
        summary: "The jobseeker's CV: the saved one, or a draft from the career profile and jobs",
        params: participantParams,
        response: { 200: cvSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const cv = await withParticipant(db, request, request.params.participantId, (trx) =>
        currentCv(trx, request.params.participantId),
      );
      setEtag(reply, cv.version);
      return cv;
    },
  );

  app.put(
    '/api/participants/:participantId/cv',
    {
      config: {
        access: {
          kind: 'participant',
          category: 'career_profile',
          action: 'contribute',
          audit: 'cv.write',
          roles: 'all',
        },
      },
      schema: {
        tags: ['journey'],
        summary:
          'Save the CV (the jobseeker may edit their own; If-Match: the version, "0" for the first save)',
        params: participantParams,
        body: cvContentSchema,
        response: { 200: cvSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const expectedVersion = requireIfMatch(request);
      const { user } = requireAuth(request);
      const now = deps.now();
      const participantId = request.params.participantId;
      const cv = await withParticipant(db, request, participantId, async (trx) => {
        if (
          !(await saveCv(trx, {
            participantId,
            content: request.body,
            expectedVersion,
            updatedBy: user.id,
            at: now,
          }))
        ) {
          throw new AppError('precondition_failed');
        }
        await appendChange(trx, {
          participantId,
          entity: 'cv',
          action: expectedVersion === 0 ? 'create' : 'update',
          before: { version: expectedVersion },
          after: { version: expectedVersion + 1 },
          changedBy: user.id,
          at: now,
        });
        return currentCv(trx, participantId);
      });
      setEtag(reply, cv.version);
      return cv;
    },
  );
}
