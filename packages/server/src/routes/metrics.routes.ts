import { auditSealLag, type Db, poolStats } from '@ips-bridge/db';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { App } from '../app-types.ts';
import type { Config } from '../config.ts';
import { AppError } from '../http/errors.ts';

/**
 * Prometheus metrics (docs/operations.md "Monitoring"): process metrics, HTTP requests by route pattern, the
 * database pool, and how far audit sealing is behind. Labels are route patterns (`/api/participants/:participantId`),
 * never raw URLs, so no identifier or search term reaches the metrics. Only with METRICS_TOKEN set; without it
 * nothing is collected and GET /metrics answers 404.
 */
export interface Metrics {
  registry: Registry;
}

/** Call before the routes are registered, so every route's answers are counted. */
export function registerMetrics(app: App, deps: { db: Db; config: Config }): Metrics | null {
  if (!deps.config.metricsToken) return null;
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });

  const requests = new Histogram({
    name: 'ipsb_http_request_duration_seconds',
    help: 'HTTP requests by method, route pattern and status, with their duration',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  app.addHook('onResponse', async (request, reply) => {
    requests.observe(
      {
        method: request.method,
        // Unmatched URLs (404) share one label: a raw URL could carry anything a caller typed.
        route: request.is404 ? 'unmatched' : (request.routeOptions.url ?? 'unmatched'),
        status_code: String(reply.statusCode),
      },
      reply.elapsedTime / 1000,
    );
  });

  const pool = (
    name: string,
    help: string,
    pick: (stats: NonNullable<ReturnType<typeof poolStats>>) => number,
  ) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        const stats = poolStats(deps.db);
        if (stats) this.set(pick(stats));
      },
    });
  pool(
    'ipsb_db_pool_connections',
    'Open database connections of this instance (busy and idle)',
    (s) => s.total,
  );
  pool('ipsb_db_pool_idle_connections', 'Idle database connections of this instance', (s) => s.idle);
  pool('ipsb_db_pool_waiting_requests', 'Queries waiting for a free database connection', (s) => s.waiting);
  pool('ipsb_db_pool_max_connections', 'The pool size (DB_POOL_SIZE)', (s) => s.max);

  let lag: Promise<{ rows: number; seconds: number } | null> | null = null;
  // One query per scrape for both gauges; a failed query leaves them out rather than failing the scrape.
  const readLag = () => {
    lag ??= auditSealLag(deps.db)
      .catch(() => null)
      .finally(() => {
        setImmediate(() => {
          lag = null;
        });
      });
    return lag;
  };
  new Gauge({
    name: 'ipsb_audit_unsealed_rows',
    help: 'Audit rows not yet sealed into the hash chain (ADR 0003); normally a few seconds of writes',
    registers: [registry],
    async collect() {
      const value = await readLag();
      if (value) this.set(value.rows);
    },
  });
  new Gauge({
    name: 'ipsb_audit_seal_lag_seconds',
    help: 'Age of the oldest unsealed audit row (0 when all are sealed); the sealer runs every 2 s',
    registers: [registry],
    async collect() {
      const value = await readLag();
      if (value) this.set(value.seconds);
    },
  });
  return { registry };
}

export function registerMetricsRoute(app: App, metrics: Metrics | null): void {
  app.get(
    '/metrics',
    {
      config: {
        access: {
          kind: 'bearer',
          secret: 'metricsToken',
          why: 'for the Prometheus scraper; counts by route pattern, no personal data',
        },
      },
      schema: { hide: true },
    },
    async (_request, reply) => {
      // The access layer answers 404 while METRICS_TOKEN is unset, so metrics exist here.
      const registry = metrics?.registry;
      if (!registry) throw new AppError('not_found');
      const body = await registry.metrics();
      return reply
        .header('content-type', registry.contentType)
        .header('cache-control', 'no-store')
        .send(body);
    },
  );
}
