import type { FastifyInstance } from 'fastify';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The media types a route's 200 answer comes in when it is a file rather than (or as well as) JSON, so the
     * OpenAPI description tells clients what they get. Without application/json in the list the JSON entry the
     * response schema produced is dropped: the schema then only documents the file's text.
     */
    fileResponse?: { mediaTypes: readonly string[] };
  }
}

interface OpenApiResponse {
  description?: string;
  content?: Record<string, { schema?: unknown }>;
}

/** Text types are described as strings; anything else is bytes, which OpenAPI 3.1 describes by leaving out the schema. */
function mediaEntry(type: string): { schema?: unknown } {
  return type.startsWith('text/') ? { schema: { type: 'string' } } : {};
}

/**
 * The media types in the generated OpenAPI description: collects the routes' `fileResponse` declarations and puts
 * them on their 200 answers, and describes every error answer as application/problem+json, which is what the error
 * handler sends (the response schemas alone make them application/json).
 */
export function createMediaTypes(): {
  register(app: FastifyInstance): void;
  describe<T extends object>(openapi: T): T;
} {
  const byRoute = new Map<string, readonly string[]>();
  return {
    register(app) {
      app.addHook('onRoute', (route) => {
        const declared = route.config?.fileResponse;
        if (!declared) return;
        for (const method of [route.method].flat()) {
          byRoute.set(`${method.toLowerCase()} ${route.url}`, declared.mediaTypes);
        }
      });
    },
    describe(openapi) {
      const paths = (
        openapi as { paths?: Record<string, Record<string, { responses?: Record<string, OpenApiResponse> }>> }
      ).paths;
      for (const [path, operations] of Object.entries(paths ?? {})) {
        const route = path.replaceAll(/\{(\w+)\}/g, ':$1');
        for (const [method, operation] of Object.entries(operations)) {
          for (const [status, answer] of Object.entries(operation.responses ?? {})) {
            const json = answer.content?.['application/json'];
            if (Number(status) >= 400 && json) answer.content = { 'application/problem+json': json };
          }
          const types = byRoute.get(`${method} ${route}`);
          const ok = operation.responses?.['200'];
          if (!types || !ok) continue;
          const json = ok.content?.['application/json'];
          const content: Record<string, { schema?: unknown }> = {};
          for (const type of types)
            content[type] = type === 'application/json' && json ? json : mediaEntry(type);
          ok.content = content;
        }
      }
      return openapi;
    },
  };
}
