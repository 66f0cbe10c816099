import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { appendAudit, type Db, sealAuditLog } from '@ips-bridge/db';
import {
  BackupFileError,
  type BackupFileResult,
  createBackupFile,
  inspectBackupFile,
  inspectTarget,
  RestoreRefusedError,
  RestoreVerificationError,
  restoreBackup,
  runningEmbeddedPostgres,
} from '@ips-bridge/db/backup';
import { createTestDatabase, type TestDatabase } from '@ips-bridge/db/testing';
import { seedDemo } from '@ips-bridge/server';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

/**
 * Backup and restore (docs/operations.md): a seeded database with audit rows is backed up, restored into fresh
 * databases and compared table by table with a fingerprint computed here independently of the backup code
 * (md5 over each table's rows in text order, sequences, constraints and triggers).
 */

const main = fileURLToPath(new URL('./main.ts', import.meta.url));
const databases: TestDatabase[] = [];
let source: TestDatabase;
let dir: string;
let backup: BackupFileResult;

// Values that exercise COPY text escaping: tab, newline, carriage return, backslashes, the \N and \. markers,
// an empty string beside NULL, quotes and non-ASCII text.
const TRICKY = [
  'tab\there',
  'line\nbreak\r\nand return\r',
  'back\\slash \\N \\. \\\\',
  '',
  '"quoted" \'single\' æøå ÆØÅ 🎉',
];

async function freshDatabase(migrate: boolean): Promise<TestDatabase> {
  const database = await createTestDatabase(inject('adminDatabaseUrl'), { migrate });
  databases.push(database);
  return database;
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'ipsb-backup-'));
  source = await freshDatabase(true);
  await seedDemo(source.db, { today: '2026-11-20' });
  await appendAudit(
    source.db,
    TRICKY.map((reason, i) => ({
      actorUserId: null,
      actorRole: i % 2 ? 'administrator' : null,
      action: 'backup.test',
      participantId: null,
      outcome: i % 2 ? 'denied' : 'allowed',
      reason,
      requestId: i === 0 ? '\\.' : null,
    })),
  );
  // A sub-goal whose id sorts before its parent's: a restore in key order must not trip over the self-reference.
  await sql`
    INSERT INTO plan_goal (id, participant_id, parent_id, text)
    SELECT 'ffffffff-0000-4000-8000-000000000001', id, NULL, 'parent goal' FROM participant ORDER BY id LIMIT 1;
    INSERT INTO plan_goal (id, participant_id, parent_id, text)
    SELECT '00000000-0000-4000-8000-000000000001', participant_id, id, 'sub-goal' FROM plan_goal
     WHERE id = 'ffffffff-0000-4000-8000-000000000001';
  `.execute(source.db);
  // The audit hash chain over all but the last two audit rows (as if they were written in the last seconds).
  const [last] = (await sql<{ id: number }>`SELECT max(id)::int AS id FROM audit_log`.execute(source.db))
    .rows;
  await sealAuditLog(source.db, { maxRows: (last?.id ?? 2) - 2 });
  backup = await createBackupFile(source.db, path.join(dir, 'source.sql.gz'), { appVersion: 'test' });
}, 120_000);

afterAll(async () => {
  for (const database of databases) await database.drop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Fingerprint {
  tables: Record<string, { rows: number; md5: string }>;
  sequences: unknown[];
  constraints: unknown[];
  triggers: unknown[];
  migrations: unknown[];
}

async function fingerprint(db: Db): Promise<Fingerprint> {
  return db.transaction().execute(async (trx) => {
    await sql`SET LOCAL TimeZone = 'UTC'`.execute(trx);
    const names = await sql<{ name: string }>`
      SELECT tablename AS name FROM pg_tables
       WHERE schemaname = current_schema() AND tablename NOT LIKE 'kysely_migration%' ORDER BY 1`.execute(
      trx,
    );
    const tables: Fingerprint['tables'] = {};
    for (const { name } of names.rows) {
      const result = await sql<{ rows: number; md5: string }>`
        SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, E'\n' ORDER BY t::text COLLATE "C"), '')) AS md5
          FROM ${sql.table(name)} AS t`.execute(trx);
      const row = result.rows[0];
      if (row) tables[name] = row;
    }
    const sequences = await sql`
      SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = current_schema() ORDER BY 1`.execute(
      trx,
    );
    const constraints = await sql`
      SELECT conrelid::regclass::text AS table, conname, pg_get_constraintdef(oid) AS definition FROM pg_constraint
       WHERE connamespace = current_schema()::regnamespace ORDER BY 1, 2`.execute(trx);
    const triggers = await sql`
      SELECT tgrelid::regclass::text AS table, tgname, tgenabled FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1, 2`.execute(
      trx,
    );
    const migrations = await sql`SELECT name FROM kysely_migration ORDER BY name`.execute(trx);
    return {
      tables,
      sequences: sequences.rows,
      constraints: constraints.rows,
      triggers: triggers.rows,
      migrations: migrations.rows,
    };
  });
}

function run(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [main, ...args], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString();
    });
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString();
    });
    child.stdin.end();
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The backup's text, changed by `edit` and compressed again (a well-formed file with different content). */
function rewritten(edit: (text: string) => string, name: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, gzipSync(edit(gunzipSync(readFileSync(backup.file)).toString('utf8'))));
  return file;
}

describe('backup', () => {
  it('writes a manifest with every table, its row count and checksum, and the migration level', async () => {
    const manifest = await inspectBackupFile(backup.file);
    expect(manifest).toEqual(backup.manifest);
    const expected = await fingerprint(source.db);
    expect(manifest.tables.map((t) => t.name).sort()).toEqual(Object.keys(expected.tables).sort());
    for (const table of manifest.tables)
      expect(table.rows, table.name).toBe(expected.tables[table.name]?.rows);
    expect(manifest.tables.find((t) => t.name === 'audit_log')?.rows).toBeGreaterThanOrEqual(TRICKY.length);
    expect(manifest.migrations).toEqual((expected.migrations as Array<{ name: string }>).map((m) => m.name));
    expect(manifest.appVersion).toBe('test');
    expect(readFileSync(backup.file).subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b])); // gzip
  });

  it('never overwrites a file', async () => {
    await expect(createBackupFile(source.db, backup.file, { appVersion: 'test' })).rejects.toThrow(
      /already exists/,
    );
  });
});

describe('restore', () => {
  it('restores into a fresh database: every table, the audit log included, has the same rows', async () => {
    const target = await freshDatabase(false);
    const result = await restoreBackup(target.db, backup.file);
    expect(result.cleaned).toBe(false);
    expect(result.tables).toEqual(
      backup.manifest.tables.map(({ name, rows, checksum }) => ({ name, rows, checksum })),
    );
    expect(await fingerprint(target.db)).toEqual(await fingerprint(source.db));
    // The hash chain, recomputed over the restored rows, holds; the two rows not sealed yet wait for the sealer.
    const sealed = backup.manifest.tables.find((t) => t.name === 'audit_seal')?.rows;
    expect(sealed).toBeGreaterThan(TRICKY.length);
    expect(result.auditChain).toMatchObject({ ok: true, sealedRows: sealed, pendingRows: 2 });
    expect((await sealAuditLog(target.db)).sealed).toBe(2);

    const reasons = await target.db
      .selectFrom('audit_log')
      .select(['reason', 'request_id'])
      .where('action', '=', 'backup.test')
      .orderBy('id')
      .execute();
    expect(reasons.map((r) => r.reason)).toEqual(TRICKY);
    expect(reasons[0]?.request_id).toBe('\\.');

    // The restored audit log is still append-only, and new rows continue after the restored ids.
    await expect(sql`UPDATE audit_log SET outcome = 'denied'`.execute(target.db)).rejects.toThrow(
      /append-only/,
    );
    const maxId = async (db: Db) =>
      Number(
        (
          await db
            .selectFrom('audit_log')
            .select((e) => e.fn.max('id').as('id'))
            .executeTakeFirst()
        )?.id,
      );
    const before = await maxId(target.db);
    await appendAudit(target.db, [
      {
        actorUserId: null,
        actorRole: null,
        action: 'after.restore',
        participantId: null,
        outcome: 'allowed',
        reason: null,
        requestId: null,
      },
    ]);
    expect(await maxId(target.db)).toBe(before + 1);
  });

  it('refuses a target that holds data, and changes nothing in it', async () => {
    const before = await fingerprint(source.db);
    const refused = restoreBackup(source.db, backup.file);
    await expect(refused).rejects.toBeInstanceOf(RestoreRefusedError);
    await expect(refused).rejects.toThrow(/not empty: it holds data \(rows in .*audit_log/);
    expect(await fingerprint(source.db)).toEqual(before);
  });

  it('cleans a target that holds data only when told to and confirmed, then restores', async () => {
    const target = await freshDatabase(true);
    await sql`INSERT INTO organisation (name, kind) VALUES ('Left over', 'nav_office')`.execute(target.db);
    await expect(restoreBackup(target.db, backup.file)).rejects.toBeInstanceOf(RestoreRefusedError);
    await expect(
      restoreBackup(target.db, backup.file, { clean: true, confirmClean: async () => false }),
    ).rejects.toThrow(/not confirmed/);
    expect((await inspectTarget(target.db)).tablesWithRows).toEqual(['organisation']);

    let asked = '';
    const result = await restoreBackup(target.db, backup.file, {
      clean: true,
      confirmClean: async (problem) => {
        asked = problem;
        return true;
      },
    });
    expect(asked).toContain('rows in organisation');
    expect(result.cleaned).toBe(true);
    expect(await fingerprint(target.db)).toEqual(await fingerprint(source.db));
  });

  it('refuses a cut-off or damaged file with a clear message and leaves the target unchanged', async () => {
    const target = await freshDatabase(false);
    const bytes = readFileSync(backup.file);
    const truncated = path.join(dir, 'truncated.sql.gz');
    writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const damaged = path.join(dir, 'damaged.sql.gz');
    const flipped = Buffer.from(bytes);
    const from = Math.floor(bytes.length / 3);
    flipped.set(
      bytes.subarray(from, from + 16).map((b) => b ^ 0x5a),
      from,
    );
    writeFileSync(damaged, flipped);
    const foreign = path.join(dir, 'foreign.sql.gz');
    writeFileSync(foreign, gzipSync('SELECT 1;\n'));

    for (const [file, message] of [
      [truncated, /is damaged or incomplete: .*Nothing was restored; the database was not changed/],
      // Damaged bytes fail gzip's checks, or earlier as text that is not what the format allows.
      [damaged, /(is damaged or incomplete|is not a usable backup): .*Nothing was restored/s],
      [foreign, /is not an IPS Bridge backup/],
      [path.join(dir, 'missing.sql.gz'), /does not exist/],
    ] as const) {
      const attempt = restoreBackup(target.db, file);
      await expect(attempt, file).rejects.toBeInstanceOf(BackupFileError);
      await expect(attempt, file).rejects.toThrow(message);
    }
    expect(await inspectTarget(target.db)).toEqual({ migrations: null, tables: [], tablesWithRows: [] });
  });

  it('refuses a well-formed file whose rows disagree with its manifest, before or by rolling back the load', async () => {
    const target = await freshDatabase(false);
    // A row less than the manifest says: found while reading the file, before the database is touched.
    const missingRow = rewritten(
      (text) => text.replace(/\n[^\n]*\tbackup\.test\t[^\n]*/, ''),
      'missing-row.sql.gz',
    );
    await expect(restoreBackup(target.db, missingRow)).rejects.toThrow(
      /table audit_log has \d+ rows; the manifest says \d+.*the database was not changed/s,
    );
    expect(await inspectTarget(target.db)).toEqual({ migrations: null, tables: [], tablesWithRows: [] });

    // Same count, one value changed: the checksum comparison fails and the load is rolled back.
    const changed = rewritten((text) => text.replace('\tback\\\\slash', '\tBACK\\\\slash'), 'changed.sql.gz');
    const attempt = restoreBackup(target.db, changed);
    await expect(attempt).rejects.toBeInstanceOf(RestoreVerificationError);
    await expect(attempt).rejects.toThrow(/audit_log: checksum [0-9a-f]{32}, the backup has [0-9a-f]{32}/);
    expect((await inspectTarget(target.db)).tablesWithRows).toEqual([]);

    // The untouched file still restores into that same database.
    await restoreBackup(target.db, backup.file);
    expect(await fingerprint(target.db)).toEqual(await fingerprint(source.db));
  });
});

describe('ips-bridge backup and restore', () => {
  it('backs up DATABASE_URL to a file and restores it into an empty database, and refuses a full one', async () => {
    const target = await freshDatabase(false);
    const file = path.join(dir, 'cli.sql.gz');
    const written = await run(['backup', '--out', file], { DATABASE_URL: source.url });
    expect(written.code, written.stderr).toBe(0);
    expect(written.stdout).toMatch(/Wrote .*cli\.sql\.gz .*: \d+ tables, \d+ rows/);
    expect(written.stdout).toContain('personal data');

    const restored = await run(['restore', file], { DATABASE_URL: target.url });
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toMatch(/Restored and verified \d+ tables, \d+ rows/);
    expect(restored.stdout).toContain('The audit chain is intact');
    expect(await fingerprint(target.db)).toEqual(await fingerprint(source.db));

    const again = await run(['restore', file], { DATABASE_URL: target.url });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('not empty');
    expect(again.stderr).toContain('--force-clean');

    const noTerminal = await run(['restore', file, '--force-clean'], { DATABASE_URL: target.url });
    expect(noTerminal.code).toBe(2);
    expect(noTerminal.stderr).toContain('Add --yes to confirm');
    const confirmed = await run(['restore', file, '--force-clean', '--yes'], { DATABASE_URL: target.url });
    expect(confirmed.code, confirmed.stderr).toBe(0);
    expect(confirmed.stdout).toContain('Deleted everything that was in the target first');

    writeFileSync(path.join(dir, 'cut.sql.gz'), readFileSync(file).subarray(0, 200));
    const cut = await run(['restore', '--verify-only', path.join(dir, 'cut.sql.gz')], {});
    expect(cut.code).toBe(1);
    expect(cut.stderr).toMatch(/is damaged or incomplete/);
  }, 60_000);

  it('restores a backup whose audit chain was broken in the source, and says so with exit code 4', async () => {
    const broken = await freshDatabase(true);
    await appendAudit(
      broken.db,
      ['a', 'b', 'c'].map((reason) => ({
        actorUserId: null,
        actorRole: null,
        action: 'backup.test',
        participantId: null,
        outcome: 'allowed' as const,
        reason,
        requestId: null,
      })),
    );
    await sealAuditLog(broken.db);
    await broken.db.transaction().execute(async (trx) => {
      await sql`SET LOCAL session_replication_role = replica`.execute(trx);
      await sql`UPDATE audit_log SET reason = 'B' WHERE reason = 'b'`.execute(trx);
    });
    const file = path.join(dir, 'broken-chain.sql.gz');
    expect((await run(['backup', '--out', file], { DATABASE_URL: broken.url })).code).toBe(0);
    const target = await freshDatabase(false);
    const restored = await run(['restore', file], { DATABASE_URL: target.url });
    expect(restored.code, restored.stderr).toBe(4);
    expect(restored.stdout).toMatch(/Restored and verified \d+ tables/);
    expect(restored.stdout).toContain('THE AUDIT CHAIN IS BROKEN: 1 changed');
    expect(restored.stdout).toContain('First problem, at audit row 2');
  }, 60_000);

  it('finds the embedded PostgreSQL already running on a data folder, to back up without restarting it', async () => {
    const admin = new URL(inject('adminDatabaseUrl'));
    const query = sql<{ dir: string }>`SELECT current_setting('data_directory') AS dir`.execute(source.db);
    const [row] = (await query.catch(() => ({ rows: [] }))).rows;
    const running = row ? await runningEmbeddedPostgres(row.dir) : null;
    // Only when the tests run on the embedded server (not on a DATABASE_URL of another kind).
    if (running) expect(running.port).toBe(Number(admin.port));
    expect(await runningEmbeddedPostgres(path.join(dir, 'no-such-folder'))).toBeNull();
  });
});
