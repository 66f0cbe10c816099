import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifySwagger from '@fastify/swagger';
import type { Db } from '@ips-bridge/db';
import Fastify from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { App } from './app-types.ts';
import { type ArchiveSender, folderArchiveSender } from './archive/archive-sender.ts';
import { createOidcService, type OidcOptions } from './auth/oidc.ts';
import type { Config } from './config.ts';
import { registerAccessLayer } from './http/access.ts';
import { AppError } from './http/errors.ts';
import { createIdempotency } from './http/idempotency.ts';
import { registerInputGuard } from './http/input-guard.ts';
import { createMediaTypes } from './http/media-types.ts';
import { registerParticipantPrecheck } from './http/participant-access.ts';
import { sendProblem, toAppError } from './http/problem.ts';
import { registerAdminRoutes } from './routes/admin.routes.ts';
import { registerAuthRoutes } from './routes/auth.routes.ts';
import { registerBenefitsRoutes } from './routes/benefits.routes.ts';
import { registerCareerProfileRoutes } from './routes/career-profile.routes.ts';
import { registerConsentRoutes } from './routes/consent.routes.ts';
import { registerCvRoutes } from './routes/cv.routes.ts';
import { registerDisclosureAndTimeRoutes } from './routes/disclosure-and-time.routes.ts';
import { registerEmployerRoutes } from './routes/employers.routes.ts';
import { loadFidelityScaleFile, registerFidelityRoutes } from './routes/fidelity.routes.ts';
import { registerHealthRoutes } from './routes/health.routes.ts';
import { registerImportRoutes } from './routes/imports.routes.ts';
import { registerJourneyRoutes } from './routes/journey.routes.ts';
import { registerMeetingQualityRoutes } from './routes/meeting-quality.routes.ts';
import { registerMeetingRoutes } from './routes/meetings.routes.ts';
import { registerMessageRoutes } from './routes/messages.routes.ts';
import { registerMetrics, registerMetricsRoute } from './routes/metrics.routes.ts';
import { registerNavReportRoutes } from './routes/nav-reports.routes.ts';
import { registerNotificationRoutes } from './routes/notifications.routes.ts';
import { registerOidcRoutes } from './routes/oidc.routes.ts';
import { registerOpenApiRoute } from './routes/openapi.routes.ts';
import { registerOutcomeRoutes } from './routes/outcomes.routes.ts';
import { registerParticipantRoutes } from './routes/participants.routes.ts';
import { registerPlanRoutes } from './routes/plan.routes.ts';
import { registerPrivacyRoutes } from './routes/privacy.routes.ts';
import { registerReferralRoutes } from './routes/referrals.routes.ts';
import { registerTeamworkRoutes } from './routes/teamwork.routes.ts';
import { registerTherapistNoteRoutes } from './routes/therapist-notes.routes.ts';
import { registerWebRoutes } from './routes/web.routes.ts';
import { registerWorkRoutes } from './routes/work.routes.ts';
import { registerWorkforceRoutes } from './routes/workforce.routes.ts';

export interface AppDeps {
  config: Config;
  db: Db;
  /** The clock; tests pass a fixed one. */
  now?: () => Date;
  /** Where reports to NAV are filed; default: the folder sender in config.archiveDir. */
  archiveSender?: ArchiveSender;
  /** Options for the OpenID Connect client (tests route its requests through a tampering fetch). */
  oidc?: OidcOptions;
  /** Extra routes registered before the app is sealed (tests use it to prove the access layer's guard). */
  extraRoutes?: (app: App) => void;
}

export const DEFAULT_WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

/** Builds the whole HTTP application from its dependencies; `main.ts` and the tests both use it. */
export async function buildApp(deps: AppDeps): Promise<App> {
  const { config } = deps;
  const now = deps.now ?? (() => new Date());
  // The routes' `db`: inside a request with an Idempotency-Key it runs in that request's transaction.
  const idempotency = createIdempotency({ db: deps.db, now });
  const mediaTypes = createMediaTypes();
  const db = idempotency.db;

  const app = Fastify({
    logger: {
      level: config.logLevel,
      // Logs carry the route pattern, never the raw URL, body, cookies or headers: no personal data in logs.
      serializers: {
        req: (req) => ({ id: req.id, method: req.method, route: req.routeOptions?.url ?? 'unknown' }),
        res: (res) => ({ statusCode: res.statusCode }),
      },
      redact: { paths: ['req.headers', 'body', '*.nationalId', '*.password'], remove: true },
    },
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    trustProxy: config.trustProxy,
    bodyLimit: 1_048_576,
    return503OnClosing: true,
  }).withTypeProvider<ZodTypeProvider>();

  // The API speaks JSON only: any other body type is answered 415.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    hsts: config.env === 'production' ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'IPS Bridge API',
        version: '0.1.0',
        description:
          'The shared workspace for Individual Placement and Support. Session cookie authentication; ' +
          'state-changing requests need the x-csrf-token header from /api/session. Errors are application/problem+json.',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'ipsb_session' } },
      },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
    // Fills components.schemas from the schemas registered with `.meta({ id })` (the paths refer to them by $ref),
    // adds the shared Idempotency-Key header parameter to every write that honours it, and the media types of the
    // routes that answer with a file (and problem+json on errors).
    transformObject: (input) => mediaTypes.describe(idempotency.describe(jsonSchemaTransformObject(input))),
  });

  registerAccessLayer(app, { db, config, now });
  registerParticipantPrecheck(app, deps.db);
  registerInputGuard(app);
  idempotency.register(app);
  mediaTypes.register(app);
  const metrics = registerMetrics(app, { db: deps.db, config });

  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('x-request-id', request.id);
    if (request.url.startsWith('/api/') || request.url.startsWith('/health/')) {
      reply.header('cache-control', 'no-store');
    }
    return payload;
  });

  app.setErrorHandler((error, request, reply) =>
    sendProblem(reply, request, toAppError(error as Error, request)),
  );
  app.setNotFoundHandler({ preHandler: async () => {} }, (request, reply) =>
    sendProblem(reply, request, new AppError('not_found')),
  );

  registerHealthRoutes(app, { db });
  registerAuthRoutes(app, { db, config, now });
  registerOidcRoutes(app, { db, config, now, oidc: createOidcService(deps.db, config, deps.oidc) });
  registerParticipantRoutes(app, { db, now });
  registerJourneyRoutes(app, { db, now });
  registerCareerProfileRoutes(app, { db, now });
  registerPlanRoutes(app, { db, now });
  registerEmployerRoutes(app, { db, now });
  registerWorkRoutes(app, { db, now });
  registerBenefitsRoutes(app, { db, now });
  registerDisclosureAndTimeRoutes(app, { db, now });
  registerReferralRoutes(app, { db, now });
  registerImportRoutes(app, { db, now });
  registerCvRoutes(app, { db, now });
  registerConsentRoutes(app, { db, now });
  registerTherapistNoteRoutes(app, { db, now });
  registerFidelityRoutes(app, { db, now, scale: loadFidelityScaleFile(config.fidelityScaleFile) });
  registerMessageRoutes(app, { db, now });
  registerTeamworkRoutes(app, { db, now });
  registerWorkforceRoutes(app, { db, now });
  registerMeetingRoutes(app, { db, now });
  registerMeetingQualityRoutes(app, { db, now });
  registerPrivacyRoutes(app, { db, now });
  registerNotificationRoutes(app, { db, now });
  registerNavReportRoutes(app, {
    db,
    now,
    archive: deps.archiveSender ?? folderArchiveSender(config.archiveDir),
  });
  registerOutcomeRoutes(app, { db, now });
  registerAdminRoutes(app, { db });
  registerOpenApiRoute(app);
  registerMetricsRoute(app, metrics);
  deps.extraRoutes?.(app);
  await registerWebRoutes(app, config.webDistDir ?? DEFAULT_WEB_DIST);

  await app.ready();
  return app;
}
