import { osloDate } from '@ips-bridge/domain';
import { databaseIsEmpty, loadConfig, openDatabase, seedDemo } from '@ips-bridge/server';
import { print, UsageError } from '../exit.ts';

export async function runSeedDemo(options: { force?: boolean }): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(config);
  try {
    if (!options.force && !(await databaseIsEmpty(database.db))) {
      throw new UsageError('the database already has users; use --force to seed anyway');
    }
    const result = await seedDemo(database.db, { today: osloDate(new Date()) });
    print(`Seeded ${result.logins.length} users and ${result.participants} participants.`);
  } finally {
    await database.close();
  }
}
