import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { App } from '../app-types.ts';
import { AppError } from '../http/errors.ts';

/**
 * Serves the built web app (packages/web/dist) from the same origin as the API. Files under /assets are
 * content-hashed and cached for a year; every other path gets index.html so the browser router can take it.
 * The build writes a Brotli (.br) and a gzip (.gz) copy of each text file (packages/web/vite.config.ts); the one
 * the browser accepts is sent, with `Vary: Accept-Encoding`.
 */
const ONE_YEAR_MS = 365 * 24 * 3600 * 1000;

export async function registerWebRoutes(app: App, distDir: string): Promise<void> {
  const indexFile = path.join(distDir, 'index.html');
  if (!existsSync(indexFile)) {
    app.log.warn({ distDir }, 'web app not built; run `npm run build:web` (API only)');
    return;
  }
  await app.register(fastifyStatic, { root: distDir, serve: false, preCompressed: true });

  app.get(
    '/*',
    {
      config: {
        access: { kind: 'public', why: 'the web app shell and its static assets carry no personal data' },
      },
      schema: { hide: true },
    },
    async (request, reply) => {
      const requested = (request.params as { '*': string })['*'];
      const top = requested.split('/')[0];
      if (top === 'api' || top === 'health') throw new AppError('not_found');
      if (requested.startsWith('assets/') && existsSync(path.join(distDir, path.normalize(requested)))) {
        // sendFile sets Cache-Control itself (max-age=0 by default), so the policy goes in its options.
        return reply.sendFile(requested, { maxAge: ONE_YEAR_MS, immutable: true });
      }
      if (requested !== '' && !requested.includes('/') && existsSync(path.join(distDir, requested))) {
        return reply.header('cache-control', 'no-cache').sendFile(requested, { cacheControl: false });
      }
      return reply.header('cache-control', 'no-cache').sendFile('index.html', { cacheControl: false });
    },
  );
}
