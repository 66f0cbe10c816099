import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createDb, type Db } from '../connection.ts';
import { type AuditEntry, appendAudit } from '../repositories/audit.repository.ts';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import { sealAuditLog, startAuditSealer } from './seal.ts';
import { verifyAuditChain } from './verify.ts';

/**
 * The audit hash chain (docs/adr/0003-audit-hash-chain.md) on a real PostgreSQL: sealing demo-like rows, the
 * verifier finding each kind of tampering at the right row, and the sealer never sealing past a row that an open
 * transaction may still commit.
 */

const databases: TestDatabase[] = [];
const extraDbs: Db[] = [];

async function freshDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase(inject('adminDatabaseUrl'));
  databases.push(database);
  return database;
}

afterAll(async () => {
  for (const db of extraDbs) await db.destroy();
  for (const database of databases) await database.drop();
});

const ROLES = ['employment_specialist', 'nav_counsellor', 'therapist', 'ips_supervisor', 'jobseeker', null];
const ACTIONS = ['participant.read', 'plan.update', 'meeting.minutes.read', 'consent.grant', 'auth.login'];
const REASONS = [
  'default-sharing',
  'consent',
  'not-in-care-team',
  'break-the-glass: "akutt" oppfølging, ring behandler\nførst',
  'tab\there \\N \\. æøå 🎉',
  '',
  null,
];

/** Audit rows like the app writes: varied actors, roles, actions, outcomes and reasons, some nulls. */
function demoEntries(count: number, seed = 0): AuditEntry[] {
  const actors = Array.from({ length: 7 }, () => randomUUID());
  const participants = Array.from({ length: 11 }, () => randomUUID());
  return Array.from({ length: count }, (_, n) => {
    const i = n + seed;
    return {
      actorUserId: i % 13 === 0 ? null : (actors[i % actors.length] ?? null),
      actorRole: ROLES[i % ROLES.length] ?? null,
      action: ACTIONS[i % ACTIONS.length] ?? 'participant.read',
      participantId: i % 5 === 0 ? null : (participants[i % participants.length] ?? null),
      outcome: i % 4 === 0 ? 'denied' : 'allowed',
      reason: REASONS[i % REASONS.length] ?? null,
      requestId: i % 3 === 0 ? null : `req-${i}`,
    };
  });
}

async function insertDemoRows(db: Db, count: number): Promise<void> {
  for (let done = 0; done < count; done += 1000) {
    await appendAudit(db, demoEntries(Math.min(1000, count - done), done));
  }
}

async function sealedIds(db: Db): Promise<number[]> {
  const result = await sql<{
    id: string;
  }>`SELECT audit_id::text AS id FROM audit_seal ORDER BY audit_id`.execute(db);
  return result.rows.map((r) => Number(r.id));
}

/** Runs statements as the superuser with every trigger and foreign-key check off: what an intruder might do. */
async function tamper(db: Db, statements: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql`SET LOCAL session_replication_role = replica`.execute(trx);
    await sql.raw(statements).execute(trx);
  });
}

describe('sealing', () => {
  it('seals demo-like rows in id order, in batches, and the chain verifies; the hashes match an SQL recomputation', async () => {
    const { db } = await freshDatabase();
    // Times with microseconds and a time zone, and rows the app writes.
    await sql`
      INSERT INTO audit_log (at, actor_role, action, outcome, reason)
      VALUES ('2026-11-22 10:15:30.123456+01', 'administrator', 'user.create', 'allowed', NULL),
             ('2026-11-22 10:15:30.123457+01', NULL, 'auth.login', 'denied', 'bad-password')`.execute(db);
    await insertDemoRows(db, 2500);

    const result = await sealAuditLog(db, { batchSize: 700 });
    expect(result).toMatchObject({ sealed: 2502, waiting: false, busy: false });
    expect(result.head?.id).toBe(2502);
    expect(await sealedIds(db)).toEqual(Array.from({ length: 2502 }, (_, i) => i + 1));

    const report = await verifyAuditChain(db, { batchSize: 600 });
    expect(report).toMatchObject({
      ok: true,
      auditRows: 2502,
      sealedRows: 2502,
      pendingRows: 0,
      problems: [],
    });
    expect(report.head).toEqual(result.head);

    // PostgreSQL's own sha256() over the canonical text built in SQL gives the same row hashes, and each chain
    // hash is sha256 of the previous one and the row hash.
    const check = await sql<{ rows_ok: boolean; links_ok: boolean }>`
      WITH canonical AS (
        SELECT s.audit_id, s.row_hash, s.chain_hash,
               '[' || concat_ws(',', to_json('ips-bridge-audit-1'::text)::text, a.id::text,
                 to_json(to_char(a.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))::text,
                 coalesce(to_json(a.actor_user_id::text)::text, 'null'), coalesce(to_json(a.actor_role)::text, 'null'),
                 to_json(a.action)::text, coalesce(to_json(a.participant_id::text)::text, 'null'),
                 to_json(a.outcome)::text, coalesce(to_json(a.reason)::text, 'null'),
                 coalesce(to_json(a.request_id)::text, 'null')) || ']' AS text
          FROM audit_seal s JOIN audit_log a ON a.id = s.audit_id)
      SELECT bool_and(row_hash = sha256(convert_to(text, 'UTF8'))) AS rows_ok,
             bool_and(chain_hash = sha256(coalesce(previous, decode(repeat('00', 32), 'hex'))
                                          || row_hash)) AS links_ok
        FROM (SELECT *, lag(chain_hash) OVER (ORDER BY audit_id) AS previous FROM canonical) AS chained`.execute(
      db,
    );
    expect(check.rows[0]).toEqual({ rows_ok: true, links_ok: true });

    // Nothing new: nothing sealed; new rows continue the chain.
    expect((await sealAuditLog(db)).sealed).toBe(0);
    await insertDemoRows(db, 10);
    expect((await verifyAuditChain(db)).pendingRows).toBe(10);
    expect(await sealAuditLog(db)).toMatchObject({ sealed: 10, head: { id: 2512 } });
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('refuses updates, deletes and truncation of seals, like the audit log', async () => {
    const { db } = await freshDatabase();
    await insertDemoRows(db, 3);
    await sealAuditLog(db);
    await expect(sql`UPDATE audit_seal SET sealed_at = now()`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM audit_seal`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`TRUNCATE audit_seal`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM audit_log`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`TRUNCATE audit_log`.execute(db)).rejects.toThrow(/append-only/);
    expect(await sealedIds(db)).toEqual([1, 2, 3]);
  });

  it('does not seal past a row of a transaction that is still open, and puts it in its place after commit', async () => {
    const { db, url } = await freshDatabase();
    await insertDemoRows(db, 3); // ids 1–3
    const open = new pg.Client({ connectionString: url });
    await open.connect();
    try {
      await open.query('BEGIN');
      await open.query(`INSERT INTO audit_log (action, outcome) VALUES ('open.transaction', 'allowed')`); // id 4
      await insertDemoRows(db, 3); // ids 5–7, committed

      const first = await sealAuditLog(db, { waitMs: 150 });
      expect(first).toMatchObject({ sealed: 3, waiting: true, head: { id: 3 } });
      expect(await sealedIds(db)).toEqual([1, 2, 3]);
      // The verifier sees rows 5–7 as not sealed yet, which is no break.
      expect(await verifyAuditChain(db)).toMatchObject({ ok: true, sealedRows: 3, pendingRows: 3 });

      await open.query('COMMIT');
      const second = await sealAuditLog(db, { waitMs: 150 });
      expect(second).toMatchObject({ sealed: 4, waiting: false, head: { id: 7 } });
      expect(await sealedIds(db)).toEqual([1, 2, 3, 4, 5, 6, 7]);
      expect(await verifyAuditChain(db)).toMatchObject({ ok: true, sealedRows: 7, pendingRows: 0 });
    } finally {
      await open.end();
    }
  });

  it('passes the id of a rolled-back transaction once nothing that was open can still use it', async () => {
    const { db, url } = await freshDatabase();
    await insertDemoRows(db, 2); // ids 1–2
    const open = new pg.Client({ connectionString: url });
    await open.connect();
    try {
      await open.query('BEGIN');
      await open.query(`INSERT INTO audit_log (action, outcome) VALUES ('rolled.back', 'allowed')`); // id 3
      await insertDemoRows(db, 2); // ids 4–5
      expect(await sealAuditLog(db, { waitMs: 100 })).toMatchObject({ sealed: 2, waiting: true });
      await open.query('ROLLBACK');
      // The waiting transaction has ended: ids up to the sequence's value are settled, the gap at 3 included.
      expect(await sealAuditLog(db, { waitMs: 100 })).toMatchObject({ sealed: 2, waiting: false });
      expect(await sealedIds(db)).toEqual([1, 2, 4, 5]);
      expect((await verifyAuditChain(db)).ok).toBe(true);
    } finally {
      await open.end();
    }
  });

  it('keeps one chain while transactions commit out of id order, some roll back, and sealers run concurrently', async () => {
    const { url, db } = await freshDatabase();
    const writers = createDb({ connectionString: url, maxConnections: 16 });
    const sealers = createDb({ connectionString: url, maxConnections: 4 });
    extraDbs.push(writers, sealers);
    let committed = 0;
    let stop = false;
    const sealing = (async () => {
      let runs = 0;
      while (!stop) {
        // Two sealers at once: the advisory lock lets one work, the other reports busy.
        await Promise.all([sealAuditLog(sealers, { waitMs: 30 }), sealAuditLog(sealers, { waitMs: 5 })]);
        runs += 1;
      }
      return runs;
    })();
    await Promise.all(
      Array.from({ length: 16 }, async (_, worker) => {
        for (let i = 0; i < 25; i += 1) {
          const rollBack = (worker + i) % 7 === 0;
          await writers
            .transaction()
            .execute(async (trx) => {
              await appendAudit(trx, demoEntries(1 + (i % 3), worker * 100 + i));
              // Hold the ids a while, so that later ids commit first.
              await sleep((worker * 7 + i * 13) % 40);
              if (rollBack) throw new Error('roll back');
            })
            .then(
              () => {
                committed += 1 + (i % 3);
              },
              () => {},
            );
        }
      }),
    );
    stop = true;
    expect(await sealing).toBeGreaterThan(1);

    const final = await sealAuditLog(db);
    expect(final.waiting).toBe(false);
    const report = await verifyAuditChain(db);
    expect(report).toMatchObject({ ok: true, auditRows: committed, sealedRows: committed, pendingRows: 0 });
  });

  it('seals on a timer that stops cleanly', async () => {
    const { db } = await freshDatabase();
    await insertDemoRows(db, 5);
    const results: number[] = [];
    const sealer = startAuditSealer(db, { intervalMs: 20, onResult: (r) => results.push(r.sealed) });
    const now = await sealer.sealNow();
    expect(now.head?.id).toBe(5);
    await insertDemoRows(db, 2);
    for (let i = 0; i < 100 && (await sealedIds(db)).length < 7; i += 1) await sleep(20);
    await sealer.stop();
    expect(await sealedIds(db)).toHaveLength(7);
    expect(results.reduce((a, b) => a + b, 0)).toBe(7);
  });
});

describe('verifying', () => {
  async function sealedDatabase(rows = 50): Promise<TestDatabase> {
    const database = await freshDatabase();
    await insertDemoRows(database.db, rows);
    await sealAuditLog(database.db);
    return database;
  }

  it('reports exactly the row that was changed, even by the table owner with the trigger disabled', async () => {
    const { db } = await sealedDatabase();
    // The owner of the table (the app's role, here) can switch the append-only trigger off.
    await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_or_delete`.execute(db);
    await sql`UPDATE audit_log SET reason = 'consent' WHERE id = 17`.execute(db);
    await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_or_delete`.execute(db);

    const report = await verifyAuditChain(db);
    expect(report.ok).toBe(false);
    expect(report.firstProblem).toMatchObject({ auditId: 17, kind: 'row-changed' });
    expect(report.problems.map((p) => [p.auditId, p.kind])).toEqual([[17, 'row-changed']]);
    expect(report.counts).toEqual({
      'row-changed': 1,
      'row-missing': 0,
      'link-broken': 0,
      'unsealed-inside': 0,
      'anchor-mismatch': 0,
    });
    expect(report.sealedRows).toBe(50);
  });

  it('reports a change of the time by a microsecond, and of a null to an empty text', async () => {
    const { db } = await sealedDatabase();
    await tamper(
      db,
      `UPDATE audit_log SET at = at + interval '1 microsecond' WHERE id = 3;
                      UPDATE audit_log SET request_id = '' WHERE id = 31 AND request_id IS NULL`,
    );
    const report = await verifyAuditChain(db);
    expect(report.problems.map((p) => [p.auditId, p.kind])).toEqual([
      [3, 'row-changed'],
      [31, 'row-changed'],
    ]);
  });

  it('reports a deleted row', async () => {
    const { db } = await sealedDatabase();
    await tamper(db, 'DELETE FROM audit_log WHERE id = 23');
    const report = await verifyAuditChain(db);
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => [p.auditId, p.kind])).toEqual([[23, 'row-missing']]);
    expect(report).toMatchObject({ auditRows: 49, sealedRows: 50 });
  });

  it('reports a row deleted together with its seal, at the next row, whose link no longer holds', async () => {
    const { db } = await sealedDatabase();
    await tamper(db, 'DELETE FROM audit_seal WHERE audit_id = 23; DELETE FROM audit_log WHERE id = 23');
    const report = await verifyAuditChain(db);
    expect(report.problems.map((p) => [p.auditId, p.kind])).toEqual([[24, 'link-broken']]);
    expect(report.firstProblem?.message).toContain('row 22');
  });

  it('reports a row and its seal both rewritten, at the next row', async () => {
    const { db } = await sealedDatabase();
    await tamper(
      db,
      `UPDATE audit_log SET outcome = 'allowed', reason = 'consent' WHERE id = 8;
       UPDATE audit_seal SET row_hash = sha256('forged'::bytea), chain_hash = sha256('forged too'::bytea)
        WHERE audit_id = 8`,
    );
    const report = await verifyAuditChain(db);
    expect(report.problems.map((p) => [p.auditId, p.kind])).toEqual([
      [8, 'row-changed'],
      [8, 'link-broken'],
      [9, 'link-broken'],
    ]);
  });

  it('reports a row inserted behind the sealed head', async () => {
    const { db } = await freshDatabase();
    await insertDemoRows(db, 5);
    await db
      .transaction()
      .execute(async (trx) => {
        await appendAudit(trx, demoEntries(1)); // id 6, rolled back
        throw new Error('roll back');
      })
      .catch(() => {});
    await insertDemoRows(db, 5); // 7–11
    await sealAuditLog(db);
    // The app's role may insert; giving an old id needs OVERRIDING SYSTEM VALUE.
    await sql`
      INSERT INTO audit_log (id, at, action, outcome) OVERRIDING SYSTEM VALUE
      VALUES (6, now() - interval '1 day', 'participant.read', 'allowed')`.execute(db);
    const report = await verifyAuditChain(db);
    expect(report.problems.map((p) => [p.auditId, p.kind])).toEqual([[6, 'unsealed-inside']]);
    expect(report.pendingRows).toBe(0);
  });

  it('finds the tail cut off with its seals only against a recorded head (anchor)', async () => {
    const { db } = await sealedDatabase();
    const head = (await verifyAuditChain(db)).head;
    expect(head?.id).toBe(50);
    if (!head) throw new Error('no head');
    await tamper(db, 'DELETE FROM audit_seal WHERE audit_id > 47; DELETE FROM audit_log WHERE id > 47');
    // A chain cut at its end is still a valid chain on its own …
    expect((await verifyAuditChain(db)).ok).toBe(true);
    // … but not the chain that was recorded.
    const report = await verifyAuditChain(db, { anchor: head });
    expect(report.problems.map((p) => [p.auditId, p.kind])).toEqual([[50, 'anchor-mismatch']]);
    expect(report.firstProblem?.message).toContain('now ends at row 47');

    const { db: other } = await sealedDatabase();
    const rewritten = await verifyAuditChain(other, { anchor: { id: 20, hash: 'ab'.repeat(32) } });
    expect(rewritten.problems.map((p) => [p.auditId, p.kind])).toEqual([[20, 'anchor-mismatch']]);
    expect((await verifyAuditChain(other, { anchor: (await verifyAuditChain(other)).head ?? head })).ok).toBe(
      true,
    );
  });

  it('streams a long chain in batches and lists a bounded number of problems', async () => {
    const { db } = await sealedDatabase(3000);
    const changed = Number(
      (
        await sql<{
          n: string;
        }>`SELECT count(*)::text AS n FROM audit_log WHERE id % 10 = 0 AND reason IS NOT NULL`.execute(db)
      ).rows[0]?.n,
    );
    await tamper(db, 'UPDATE audit_log SET reason = NULL WHERE id % 10 = 0 AND reason IS NOT NULL');
    let progress = 0;
    const report = await verifyAuditChain(db, {
      batchSize: 400,
      maxProblems: 5,
      onProgress: (n) => {
        progress = n;
      },
    });
    expect(progress).toBe(3000);
    expect(report.problems).toHaveLength(5);
    expect(report.firstProblem?.auditId).toBe(10);
    expect(changed).toBeGreaterThan(100);
    expect(report.counts['row-changed']).toBe(changed);
    expect(report.counts['link-broken']).toBe(0);
  });
});
