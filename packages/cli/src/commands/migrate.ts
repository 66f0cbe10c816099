import { loadConfig, openDatabase } from '@ips-bridge/server';
import { print } from '../exit.ts';

export async function runMigrate(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(config, { migrate: false });
  try {
    const { migrateToLatest } = await import('@ips-bridge/db');
    const report = await migrateToLatest(database.db);
    print(report.applied.length ? `Applied: ${report.applied.join(', ')}` : 'The database is up to date.');
  } finally {
    await database.close();
  }
}
