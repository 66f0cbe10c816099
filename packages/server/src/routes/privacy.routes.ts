import { participantExportSchema, participantParams } from '@ips-bridge/contracts';
import type { Db } from '@ips-bridge/db';
import { osloDate } from '@ips-bridge/domain';
import type { App } from '../app-types.ts';
import { withParticipant } from '../http/participant-access.ts';
import { problemResponses } from '../http/schemas.ts';
import { buildParticipantExport } from '../privacy/participant-export.ts';

/**
 * GDPR rights of access and portability (art. 15 and 20): everything about one participant as JSON. The jobseeker
 * gets all of it; the specialist and supervisor (who help a jobseeker exercise the right, e.g. on paper) get only the
 * categories they may read now. Other roles have no need for a whole-record copy (docs/access-and-consent.md).
 */
export function registerPrivacyRoutes(app: App, deps: { db: Db; now: () => Date }): void {
  const { db } = deps;

  app.get(
    '/api/participants/:participantId/export',
    {
      config: {
        access: {
          kind: 'participant',
          category: 'contact_and_plan',
          action: 'read',
          audit: 'participant.export',
          roles: ['jobseeker', 'employment_specialist', 'ips_supervisor'],
        },
      },
      schema: {
        tags: ['consent'],
        summary:
          'Everything about one participant as machine-readable JSON (GDPR art. 15 and 20): every row in every ' +
          'table about them; a staff reader gets only the categories they may read, and a list of what was left out',
        params: participantParams,
        response: { 200: participantExportSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { participantId } = request.params;
      const now = deps.now();
      const result = await withParticipant(db, request, participantId, (trx, scope) =>
        buildParticipantExport(trx, participantId, scope, now),
      );
      reply
        .header('content-disposition', `attachment; filename="ips-bridge-export-${osloDate(now)}.json"`)
        .header('cache-control', 'no-store');
      return result;
    },
  );
}
