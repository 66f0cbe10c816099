import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, type TestDatabase } from '@ips-bridge/db/testing';
import { seedDemo } from '@ips-bridge/server';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

/** `ips-bridge privacy retention [--dry-run]` on a seeded database (docs/privacy-rights.md). */

const main = fileURLToPath(new URL('./main.ts', import.meta.url));

function ipsBridge(
  args: string[],
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [main, ...args], {
      cwd: path.dirname(main),
      env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', DATABASE_URL: databaseUrl, ...env },
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
    });
    child.stderr.on('data', (c: Buffer) => {
      out += c.toString();
    });
    child.stdin.end();
    child.on('close', (code) => resolve({ code, out }));
  });
}

let database: TestDatabase;
let longAgo: { id: string; given_name: string };
let recently: { id: string; given_name: string };

beforeAll(async () => {
  database = await createTestDatabase(inject('adminDatabaseUrl'));
  await seedDemo(database.db, { today: '2026-11-20' });
  const people = await database.db
    .selectFrom('participant')
    .select(['id', 'given_name'])
    .orderBy('id')
    .limit(2)
    .execute();
  [longAgo, recently] = people as [typeof longAgo, typeof recently];
  // One journey ended years ago (due whatever today is), one ended this year (not due with the default 3 years).
  await database.db
    .updateTable('participant')
    .set({ phase: 'ended', phase_since: '2019-03-01' })
    .where('id', '=', longAgo.id)
    .execute();
  await database.db
    .updateTable('participant')
    .set({ phase: 'ended', phase_since: '2026-06-01' })
    .where('id', '=', recently.id)
    .execute();
}, 60_000);
afterAll(() => database.drop());

const erasedAt = async (id: string) =>
  (
    await database.db
      .selectFrom('participant')
      .select(['erased_at', 'given_name'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
  ).erased_at;

describe('ips-bridge privacy retention', () => {
  it('lists what is due with --dry-run and changes nothing', async () => {
    const dry = await ipsBridge(['privacy', 'retention', '--dry-run'], database.url);
    expect(dry.code, dry.out).toBe(0);
    expect(dry.out).toContain(`${longAgo.id}  ended 2019-03-01, due 2022-03-01`);
    expect(dry.out).not.toContain(recently.id);
    expect(dry.out).toContain('Dry run: nothing was changed.');
    expect(dry.out).not.toContain(longAgo.given_name);
    expect(await erasedAt(longAgo.id)).toBeNull();
  });

  it('counts from the configured number of years', async () => {
    const dry = await ipsBridge(['privacy', 'retention', '--dry-run', '--json'], database.url, {
      RETENTION_YEARS_AFTER_END: '0',
    });
    expect(dry.code, dry.out).toBe(0);
    const report = JSON.parse(dry.out) as { years: number; due: { participantId: string }[] };
    expect(report.years).toBe(0);
    // Every ended journey is due at 0 years: the two above and the demo's own ended ones.
    expect(report.due.map((d) => d.participantId)).toEqual(expect.arrayContaining([longAgo.id, recently.id]));
    expect(report.due.length).toBeGreaterThan(2);
  });

  it('anonymises what is due, keeps an erasure record, does nothing twice, and the audit chain verifies', async () => {
    const run = await ipsBridge(['privacy', 'retention'], database.url);
    expect(run.code, run.out).toBe(0);
    expect(run.out).toContain('Anonymised 1 record(s)');
    expect(await erasedAt(longAgo.id)).not.toBeNull();
    expect(await erasedAt(recently.id)).toBeNull();
    const record = await database.db
      .selectFrom('erasure_request')
      .select(['ground', 'status', 'recorded_by', 'completed_at'])
      .where('participant_id', '=', longAgo.id)
      .execute();
    expect(record).toEqual([
      expect.objectContaining({ ground: 'retention_expired', status: 'completed', recorded_by: null }),
    ]);

    const again = await ipsBridge(['privacy', 'retention'], database.url);
    expect(again.out).toContain('No record is due.');

    expect((await ipsBridge(['audit', 'seal', '--wait', '0'], database.url)).code).toBe(0);
    const verify = await ipsBridge(['audit', 'verify'], database.url);
    expect(verify.code, verify.out).toBe(0);
    expect(verify.out).toContain('The audit chain is intact');
  }, 60_000);
});
