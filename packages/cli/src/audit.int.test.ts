import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type AuditChainReport, appendAudit } from '@ips-bridge/db';
import { createTestDatabase, type TestDatabase } from '@ips-bridge/db/testing';
import { seedDemo } from '@ips-bridge/server';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

/** `ips-bridge audit seal` and `ips-bridge audit verify` on a seeded database (docs/operations.md). */

const main = fileURLToPath(new URL('./main.ts', import.meta.url));

function ipsBridge(args: string[], databaseUrl: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [main, ...args], {
      cwd: path.dirname(main),
      env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', DATABASE_URL: databaseUrl },
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
beforeAll(async () => {
  database = await createTestDatabase(inject('adminDatabaseUrl'));
  await seedDemo(database.db, { today: '2026-11-20' });
  await appendAudit(
    database.db,
    Array.from({ length: 40 }, (_, i) => ({
      actorUserId: null,
      actorRole: 'employment_specialist',
      action: 'participant.read',
      participantId: null,
      outcome: i % 5 ? ('allowed' as const) : ('denied' as const),
      reason: i % 5 ? 'default-sharing' : 'not-in-care-team',
      requestId: `req-${i}`,
    })),
  );
}, 60_000);
afterAll(() => database.drop());

describe('ips-bridge audit', () => {
  it('seals, verifies, and exits 4 naming the row once a sealed row was changed', async () => {
    const rows = Number(
      (await sql<{ n: string }>`SELECT count(*)::text AS n FROM audit_log`.execute(database.db)).rows[0]?.n,
    );
    const seal = await ipsBridge(['audit', 'seal'], database.url);
    expect(seal.code, seal.out).toBe(0);
    expect(seal.out).toContain(`Sealed ${rows} audit rows`);
    const head = /Chain head: (\d+:[0-9a-f]{64})/.exec(seal.out)?.[1];
    expect(head).toBeDefined();

    const verify = await ipsBridge(['audit', 'verify', '--anchor', head ?? ''], database.url);
    expect(verify.code, verify.out).toBe(0);
    expect(verify.out).toContain(`Audit rows: ${rows}; sealed and checked: ${rows}; not sealed yet: 0.`);
    expect(verify.out).toContain('The audit chain is intact');

    const target = rows - 7;
    await database.db.transaction().execute(async (trx) => {
      await sql`SET LOCAL session_replication_role = replica`.execute(trx);
      await sql`UPDATE audit_log SET reason = 'consent' WHERE id = ${target}`.execute(trx);
    });
    const broken = await ipsBridge(['audit', 'verify'], database.url);
    expect(broken.code, broken.out).toBe(4);
    expect(broken.out).toContain('THE AUDIT CHAIN IS BROKEN: 1 changed, 0 deleted');
    expect(broken.out).toContain(`First problem, at audit row ${target}: audit row ${target} differs`);

    const json = await ipsBridge(['audit', 'verify', '--json'], database.url);
    expect(json.code).toBe(4);
    const report = JSON.parse(json.out) as AuditChainReport;
    expect(report).toMatchObject({ ok: false, sealedRows: rows, firstProblem: { auditId: target } });
  }, 60_000);

  it('refuses an anchor that is not ID:HASH', async () => {
    const result = await ipsBridge(['audit', 'verify', '--anchor', '12:nothex'], database.url);
    expect(result.code).toBe(2);
    expect(result.out).toContain('--anchor takes ID:HASH');
  });
});
