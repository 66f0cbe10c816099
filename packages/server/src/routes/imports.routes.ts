import { PassThrough, Transform } from 'node:stream';
import type { Db } from '@ips-bridge/db';
import { z } from 'zod';
import type { App } from '../app-types.ts';
import { requireAuth } from '../http/access.ts';
import { AppError } from '../http/errors.ts';
import { problemResponses } from '../http/schemas.ts';
import type { ImportFormat } from '../services/import/rows.ts';
import { IMPORT_ENTITIES, runImport } from '../services/import/run-import.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CSV = 'text/csv';
/** Larger files go through `ips-bridge import` on the server. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

const reportSchema = z
  .object({
    entity: z.enum(IMPORT_ENTITIES),
    dryRun: z.boolean(),
    rowsRead: z.number().int(),
    imported: z.number().int(),
    problemCount: z.number().int(),
    problems: z.array(
      z.object({ line: z.number().int(), field: z.string(), code: z.string(), message: z.string() }),
    ),
  })
  .meta({ id: 'ImportReport' });

function limitBytes(max: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      seen += chunk.length;
      if (seen > max) callback(new AppError('payload_too_large'));
      else callback(null, chunk);
    },
  });
}

export function registerImportRoutes(app: App, deps: { db: Db; now: () => Date }): void {
  // The file is read as a stream by the importer, never buffered whole.
  app.addContentTypeParser([CSV, XLSX], (_request, payload, done) => done(null, payload));

  app.post(
    '/api/imports/:entity',
    {
      config: { access: { kind: 'authenticated', roles: ['employment_specialist', 'ips_supervisor'] } },
      schema: {
        tags: ['imports'],
        summary:
          'Import participants, employers or jobs into your team from a CSV or XLSX file (body: the file; ' +
          'Content-Type text/csv or the XLSX type). All or nothing; dryRun=true only checks. With ' +
          'Accept: application/x-ndjson the answer streams {"type":"progress","rowsRead":n} lines, then {"type":"report",…}.',
        params: z.strictObject({ entity: z.enum(IMPORT_ENTITIES) }),
        querystring: z.strictObject({
          dryRun: z
            .enum(['true', 'false'])
            .default('false')
            .transform((v) => v === 'true'),
        }),
        response: { 200: reportSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { user } = requireAuth(request);
      if (!user.team) throw new AppError('forbidden', { detail: 'You are not a member of an IPS team' });
      const contentType = (request.headers['content-type'] ?? '').split(';')[0]?.trim();
      const format: ImportFormat = contentType === XLSX ? 'xlsx' : 'csv';
      const body = request.body as NodeJS.ReadableStream | undefined;
      if (!body || typeof (body as { pipe?: unknown }).pipe !== 'function')
        throw new AppError('unsupported_media_type');
      const input = (body as NodeJS.ReadableStream).pipe(limitBytes(MAX_IMPORT_BYTES));
      const options = {
        entity: request.params.entity,
        format,
        input,
        teamId: user.team.id,
        actor: { id: user.id, role: user.role },
        dryRun: request.query.dryRun,
        now: deps.now(),
        requestId: request.id,
      };
      const wantsStream = (request.headers.accept ?? '').includes('application/x-ndjson');
      if (!wantsStream) {
        return runImport(deps.db, options).catch((error: unknown) => {
          if (error instanceof AppError) throw error;
          throw new AppError('validation_failed', {
            detail: `The file could not be read: ${(error as Error).message}`,
          });
        });
      }
      const out = new PassThrough();
      reply.type('application/x-ndjson').send(out as never); // a stream is sent as it is, not through the schema
      runImport(deps.db, {
        ...options,
        onProgress: (rowsRead) => out.write(`${JSON.stringify({ type: 'progress', rowsRead })}\n`),
      })
        .then((report) => out.end(`${JSON.stringify({ type: 'report', ...report })}\n`))
        .catch((error: unknown) => {
          const code = error instanceof AppError ? error.code : 'validation_failed';
          out.end(`${JSON.stringify({ type: 'error', code, message: 'The file could not be read' })}\n`);
        });
      return reply;
    },
  );
}
