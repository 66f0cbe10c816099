import { osloDate } from '@ips-bridge/domain';
import { buildApp } from './app.ts';
import type { App } from './app-types.ts';
import type { Config } from './config.ts';
import { openDatabase } from './database.ts';
import { databaseIsEmpty, seedDemo } from './demo/seed-demo.ts';

export interface RunningServer {
  app: App;
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts IPS Bridge: database (embedded unless DATABASE_URL), migrations, the demo seed on an empty database, and
 * the HTTP server. stop() drains requests, closes the pool and stops the embedded database, in that order.
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
    return {
      app: running,
      url,
      stop: async () => {
        await running.close();
        await database.close();
      },
    };
  } catch (error) {
    await app?.close().catch(() => {});
    await database.close().catch(() => {});
    throw error;
  }
}
