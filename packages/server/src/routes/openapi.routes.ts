import type { App } from '../app-types.ts';

export function registerOpenApiRoute(app: App): void {
  app.get(
    '/api/openapi.json',
    {
      config: { access: { kind: 'public', why: 'API description' } },
      schema: { hide: true },
    },
    async () => app.swagger(),
  );
}
