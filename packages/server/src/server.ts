import { type ChainHead, startAuditSealer } from '@ips-bridge/db';
import { osloDate } from '@ips-bridge/domain';
import { buildApp } from './app.ts';
import type { App } from './app-types.ts';
import type { Config } from './config.ts';
import { openDatabase } from './database.ts';
import { databaseIsEmpty, seedDemo } from './demo/seed-demo.ts';
import { runDueReminders, runExpectationReminders } from './notifications/due-reminders.ts';
import { createNotificationSender } from './notifications/sender.ts';
import { deliverPending, startPeriodic } from './notifications/worker.ts';
import { startDailyRetention } from './privacy/daily-retention.ts';
import { runRetention } from './privacy/erasure.ts';

export interface RunningServer {
  app: App;
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts IPS Bridge: database (embedded unless DATABASE_URL), migrations, the demo seed on an empty database, the
 * HTTP server, the audit sealer, the notification worker and daily due reminders, and (RETENTION_RUN_DAILY) the
 * daily retention run. stop() drains requests, stops the sealer, closes the pool and stops the
 * embedded database, in that order.
 */
export async function startServer(config: Config, print: (line: string) => void): Promise<RunningServer> {
  const database = await openDatabase(config);
  print(`Database: ${database.where}`);
  let app: App | undefined;
  try {
    if (config.seedDemo && (await databaseIsEmpty(database.db))) {
      const seeded = await seedDemo(database.db, { today: osloDate(new Date()) });
      print(
        `Seeded demo data: ${seeded.logins.length} users, ${seeded.participants} participants (see README for logins)`,
      );
    }
    app = await buildApp({ config, db: database.db });
    const address = await app.listen({ host: config.host, port: config.port });
    const url = address.replace('127.0.0.1', 'localhost');
    const running = app;
    const sealer = startAuditSealing(database.db, running);
    const retention = config.retentionRunDaily
      ? startDailyRetention({
          run: () =>
            runRetention(database.db, {
              now: new Date(),
              years: config.retentionYearsAfterEnd,
              dryRun: false,
            }),
          log: running.log,
        })
      : null;
    const notifications = startNotifications(database.db, config, running);
    return {
      app: running,
      url,
      stop: async () => {
        await running.close();
        await retention?.stop();
        for (const job of notifications) await job.stop();
        await sealer.stop();
        await database.close();
      },
    };
  } catch (error) {
    await app?.close().catch(() => {});
    await database.close().catch(() => {});
    throw error;
  }
}

/**
 * The notification outbox worker (NOTIFICATION_WORKER) and the daily reminders of due steps and actions and of
 * meetings waiting for expectations (DUE_REMINDERS_DAILY), docs/notifications.md. Both log counts only.
 */
function startNotifications(db: Parameters<typeof deliverPending>[0], config: Config, app: App) {
  const settings = config.notifications;
  const sender = createNotificationSender(settings.sender, app.log);
  const jobs = [];
  if (settings.worker)
    jobs.push(
      startPeriodic({
        name: 'notification delivery',
        run: () => deliverPending(db, sender, { now: new Date() }),
        log: app.log,
        firstRunMs: settings.intervalMs,
        intervalMs: settings.intervalMs,
        quietWhen: (r) => Object.values(r).every((n) => n === 0),
      }),
    );
  if (settings.dueRemindersDaily)
    jobs.push(
      startPeriodic({
        name: 'due reminders',
        run: async () => {
          const now = new Date();
          const due = await runDueReminders(db, { now, daysAhead: settings.dueReminderDays });
          const meetings = await runExpectationReminders(db, { now, daysAhead: settings.dueReminderDays });
          return { ...due, meetings: meetings.meetings, expectationsNotified: meetings.notified };
        },
        log: app.log,
        firstRunMs: 90_000,
        intervalMs: 24 * 60 * 60 * 1000,
      }),
    );
  return jobs;
}

/** How often the audit log is sealed into its hash chain (docs/adr/0003-audit-hash-chain.md). */
const AUDIT_SEAL_INTERVAL_MS = 2000;
/** How often the chain's head is logged when it moved: a record of it outside the database. */
const AUDIT_HEAD_LOG_INTERVAL_MS = 60_000;

function startAuditSealing(db: Parameters<typeof startAuditSealer>[0], app: App) {
  let loggedAt = 0;
  let logged: ChainHead | null = null;
  let failing = false;
  return startAuditSealer(db, {
    intervalMs: AUDIT_SEAL_INTERVAL_MS,
    waitMs: 1000,
    onResult: (result) => {
      if (failing) app.log.info('audit sealing works again');
      failing = false;
      const head = result.head;
      if (!head || head.id === logged?.id || Date.now() - loggedAt < AUDIT_HEAD_LOG_INTERVAL_MS) return;
      app.log.info({ auditChainHead: `${head.id}:${head.hash}` }, 'audit chain head');
      logged = head;
      loggedAt = Date.now();
    },
    onError: (error) => {
      if (!failing) app.log.error({ err: error }, 'audit sealing failed; retrying every 2 s');
      failing = true;
    },
  });
}
