import { setTimeout as sleep } from 'node:timers/promises';
import { appendAudit, verifyAuditChain } from '@ips-bridge/db';
import { createTestDatabase, type TestDatabase } from '@ips-bridge/db/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadTestConfig } from './config.ts';
import { startServer } from './server.ts';

/** The running server seals the audit log into its hash chain (docs/adr/0003-audit-hash-chain.md). */

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase(inject('adminDatabaseUrl'));
});
afterAll(() => database.drop());

async function sealedCount(): Promise<number> {
  const result = await sql<{ n: string }>`SELECT count(*)::text AS n FROM audit_seal`.execute(database.db);
  return Number(result.rows[0]?.n);
}

describe('startServer', () => {
  it('seals new audit rows within a few seconds, and stops sealing on stop()', async () => {
    const server = await startServer(loadTestConfig({ DATABASE_URL: database.url, PORT: '0' }), () => {});
    try {
      await appendAudit(
        database.db,
        Array.from({ length: 3 }, (_, i) => ({
          actorUserId: null,
          actorRole: 'therapist',
          action: 'participant.read',
          participantId: null,
          outcome: 'allowed' as const,
          reason: 'consent',
          requestId: `req-${i}`,
        })),
      );
      for (let i = 0; i < 50 && (await sealedCount()) < 3; i += 1) await sleep(100);
      expect(await sealedCount()).toBe(3);
    } finally {
      await server.stop();
    }
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true, sealedRows: 3 });
    await appendAudit(database.db, [
      {
        actorUserId: null,
        actorRole: null,
        action: 'after.stop',
        participantId: null,
        outcome: 'allowed',
        reason: null,
        requestId: null,
      },
    ]);
    await sleep(2500);
    expect(await sealedCount()).toBe(3);
  }, 20_000);
});
