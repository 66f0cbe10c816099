import { problemSchema } from '@ips-bridge/contracts';
import type { Db } from '@ips-bridge/db';
import { sql } from 'kysely';
import { z } from 'zod';
import type { App } from '../app-types.ts';
import { AppError } from '../http/errors.ts';

const statusSchema = z.object({ status: z.literal('ok') });

export function registerHealthRoutes(app: App, deps: { db: Db }): void {
  app.get(
    '/health/live',
    {
      config: { access: { kind: 'public', why: 'liveness probe' } },
      schema: { tags: ['health'], summary: 'The process is running', response: { 200: statusSchema } },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/health/ready',
    {
      config: { access: { kind: 'public', why: 'readiness probe' } },
      schema: {
        tags: ['health'],
        summary: 'The process can serve requests (the database answers)',
        response: { 200: statusSchema, 503: problemSchema },
      },
    },
    async () => {
      try {
        await sql`SELECT 1`.execute(deps.db);
      } catch {
        throw new AppError('database_unavailable', { headers: { 'retry-after': '5' } });
      }
      return { status: 'ok' as const };
    },
  );
}
