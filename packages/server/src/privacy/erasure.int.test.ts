import {
  listParticipantReferences,
  listSchemaColumns,
  type SchemaColumn,
  sealAuditLog,
  verifyAuditChain,
} from '@ips-bridge/db';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedEverywhere } from '../testing/seed-subject.ts';
import {
  createTestContext,
  type TestClient,
  type TestContext,
  testNationalId,
} from '../testing/test-context.ts';
import { eraseParticipant } from './erasure.ts';
import { PROCESSING_REGISTER } from './processing-register.ts';

// GDPR art. 17: erasure by anonymisation, end to end through the administrator's two steps. Afterwards no text, JSON
// or byte column of any table in the schema holds the synthetic person's name, identity number, e-mail or username;
// the facts statistics count are still there; the audit log is whole and its hash chain verifies.

const clock = new Date('2026-11-22T10:00:00.000Z');
const GIVEN = 'Zorvanthe';
const FAMILY = 'Quillibrand';
const NATIONAL_ID = testNationalId(91);
const EMAIL = 'zorvanthe.q@example.org';
const MARK = `${GIVEN} ${FAMILY} ${NATIONAL_ID}`;

let ctx: TestContext;
let admin: TestClient;
let spec: TestClient;
let subject: string;
let other: string;
let columns: SchemaColumn[];

async function register(givenName: string, familyName: string, index: number, email: string | null) {
  // With an Idempotency-Key, so a stored replay of the registration (which names the person) exists too.
  const response = await spec.post(
    '/api/participants',
    {
      givenName,
      familyName,
      nationalId: testNationalId(index),
      referralSource: 'self',
      referralDate: '2026-10-01',
      ...(email ? { email } : {}),
    },
    { 'idempotency-key': `erasure-test-register-${index}` },
  );
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id as string;
}

/** Every (table, column) of text, JSON or bytes whose value contains one of `needles`, case-insensitively. */
async function tracesOf(needles: string[]): Promise<string[]> {
  const found: string[] = [];
  const searchable = columns.filter((c) =>
    ['text', 'character varying', 'jsonb', 'json', 'bytea'].includes(c.dataType),
  );
  expect(searchable.length).toBeGreaterThan(50);
  for (const c of searchable) {
    const value =
      c.dataType === 'bytea'
        ? sql`convert_from(${sql.ref(c.column)}, 'UTF8')`
        : sql`${sql.ref(c.column)}::text`;
    for (const needle of needles) {
      const result = await sql<{ n: number }>`
        SELECT count(*)::int AS n FROM ${sql.table(c.table)} WHERE position(lower(${needle}) in lower(${value})) > 0
      `.execute(ctx.db);
      if ((result.rows[0]?.n ?? 0) > 0) found.push(`${c.table}.${c.column} holds "${needle}"`);
    }
  }
  return found;
}

async function rowsAbout(participantId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const { table, column } of await listParticipantReferences(ctx.db)) {
    const result = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM ${sql.table(table)} WHERE ${sql.ref(column)} = ${participantId}
    `.execute(ctx.db);
    counts[`${table}.${column}`] = result.rows[0]?.n ?? 0;
  }
  return counts;
}

beforeAll(async () => {
  ctx = await createTestContext({ now: () => clock });
  admin = await ctx.login('admin');
  spec = await ctx.login('specA1');
  subject = await register(GIVEN, FAMILY, 91, EMAIL);
  other = await register('Other', 'Person', 92, null);
  const f = ctx.fixtures;
  await seedEverywhere(ctx.db, f, subject, f.users.jobseeker1, MARK);
  await seedEverywhere(ctx.db, f, other, f.users.jobseeker2, 'OTHER-MARK');
  // The jobseeker logs in and reads their own record; the specialist reads it: audit rows and sessions exist.
  const jobseeker = await ctx.login('jobseeker1');
  expect((await jobseeker.get(`/api/participants/${subject}`)).statusCode).toBe(200);
  expect((await spec.get(`/api/participants/${subject}`)).statusCode).toBe(200);
  columns = await listSchemaColumns(ctx.db);
}, 60_000);
afterAll(() => ctx?.close());

describe('the erasure rules in the record of processing', () => {
  it('give every table a rule, and every table about a participant one erasure can carry out', () => {
    const problems: string[] = [];
    const nullable = new Map(columns.map((c) => [`${c.table}.${c.column}`, c.nullable]));
    for (const [table, entry] of Object.entries(PROCESSING_REGISTER)) {
      const rule = entry.erasure;
      const personal = Object.entries(entry.columns)
        .filter(([, cls]) => cls !== 'none')
        .map(([column]) => column);
      if (!entry.subject) {
        if (!['account', 'none'].includes(rule.action)) problems.push(`${table}: not about a participant`);
        continue;
      }
      if (!['delete', 'anonymise', 'keep'].includes(rule.action))
        problems.push(`${table}: holds rows about a participant, so it must delete, anonymise or keep them`);
      if (rule.action !== 'anonymise') continue;
      for (const column of personal) {
        const kept = rule.keep.includes(column);
        const set = column in rule.set;
        if (kept === set)
          problems.push(
            `${table}.${column}: must be either kept or overwritten, not ${kept ? 'both' : 'neither'}`,
          );
      }
      for (const [column, value] of Object.entries(rule.set)) {
        if (!(column in entry.columns)) problems.push(`${table}.${column}: no such column`);
        if (value.kind === 'null' && nullable.get(`${table}.${column}`) === false)
          problems.push(`${table}.${column}: NOT NULL, so it needs a placeholder`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('erasure on a lawful request (administrator, two steps)', () => {
  let requestId: string;
  let auditBefore: number;
  let otherBefore: Record<string, number>;

  it('finds the person by identity number and records the request with its legal ground', async () => {
    const lookup = await admin.post('/api/admin/privacy/lookup', { nationalId: NATIONAL_ID });
    expect(lookup.statusCode, lookup.body).toBe(200);
    expect(lookup.json()).toMatchObject({
      participantId: subject,
      name: `${GIVEN} ${FAMILY}`,
      erased: false,
    });

    const recorded = await admin.post('/api/admin/privacy/erasure-requests', {
      participantId: subject,
      ground: 'consent_withdrawn',
      receivedOn: '2026-11-20',
    });
    expect(recorded.statusCode, recorded.body).toBe(201);
    expect(recorded.json()).toMatchObject({ status: 'pending', name: `${GIVEN} ${FAMILY}` });
    requestId = recorded.json().id;

    const twice = await admin.post('/api/admin/privacy/erasure-requests', {
      participantId: subject,
      ground: 'objection',
      receivedOn: '2026-11-21',
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('erasure_pending');
  });

  it('refuses the confirmation when the typed name is not the person’s, and erases nothing', async () => {
    const wrong = await admin.post(`/api/admin/privacy/erasure-requests/${requestId}/confirm`, {
      confirmName: `${GIVEN} Someone`,
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().code).toBe('erasure_confirmation_mismatch');
    expect((await spec.get(`/api/participants/${subject}`)).statusCode).toBe(200);
  });

  it('is not for other roles', async () => {
    const response = await spec.post(`/api/admin/privacy/erasure-requests/${requestId}/confirm`, {
      confirmName: `${GIVEN} ${FAMILY}`,
    });
    expect(response.statusCode).toBe(403);
  });

  it('anonymises the record in one go: no trace of the name, identity number, e-mail or username anywhere', async () => {
    auditBefore = await auditRowsAbout(subject);
    otherBefore = await rowsAbout(other);
    expect(await tracesOf([GIVEN, FAMILY, NATIONAL_ID, EMAIL])).not.toEqual([]);

    const confirmed = await admin.post(`/api/admin/privacy/erasure-requests/${requestId}/confirm`, {
      confirmName: `  ${GIVEN.toLowerCase()}  ${FAMILY} `,
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json()).toMatchObject({ status: 'completed', name: null, ground: 'consent_withdrawn' });

    expect(await tracesOf([GIVEN, FAMILY, NATIONAL_ID, EMAIL, 'jobseeker1'])).toEqual([]);
    // The external logins (ID-porten) linked to the account are gone with it.
    const identities = await ctx.db
      .selectFrom('user_identity')
      .select('id')
      .where('user_id', '=', ctx.fixtures.users.jobseeker1)
      .execute();
    expect(identities).toEqual([]);
    // So are the e-mail address and phone number given for notifications, and the notifications.
    const jobseekerId = ctx.fixtures.users.jobseeker1;
    expect(
      await ctx.db
        .selectFrom('contact_preference')
        .select('user_id')
        .where('user_id', '=', jobseekerId)
        .execute(),
    ).toEqual([]);
    expect(
      await ctx.db.selectFrom('notification').select('id').where('recipient_id', '=', jobseekerId).execute(),
    ).toEqual([]);
  });

  it('keeps the non-identifying facts outcome statistics count', async () => {
    const participant = await ctx.db
      .selectFrom('participant')
      .selectAll()
      .where('id', '=', subject)
      .executeTakeFirstOrThrow();
    expect(participant.erased_at).not.toBeNull();
    expect(participant).toMatchObject({
      given_name: '—',
      family_name: '—',
      phone: null,
      email: null,
      user_id: null,
    });
    expect(participant.national_id).toMatch(/^00\d{9}$/);
    expect(participant.birth_date.slice(5)).toBe('01-01');
    expect(participant.referral_date).toBe('2026-10-01');
    const job = await ctx.db
      .selectFrom('job')
      .selectAll()
      .where('participant_id', '=', subject)
      .executeTakeFirstOrThrow();
    expect(job).toMatchObject({
      start_date: '2026-11-10',
      competitive: true,
      found_with_ips: true,
      employer_id: null,
    });
    expect(Number(job.hours_per_week)).toBe(20);
    const phases = await ctx.db
      .selectFrom('participant_phase')
      .select('phase')
      .where('participant_id', '=', subject)
      .execute();
    expect(phases.length).toBeGreaterThan(0);
    const rows = await rowsAbout(subject);
    for (const gone of [
      'therapist_note',
      'disclosure_plan',
      'cv',
      'career_profile_version',
      'care_team_member',
    ])
      expect(rows[`${gone}.participant_id`], gone).toBe(0);
    expect(rows['erasure_request.participant_id']).toBe(2);
  });

  it('keeps every audit row, adds the erasure’s own, and the hash chain still verifies', async () => {
    const after = await auditRowsAbout(subject);
    expect(after).toBeGreaterThan(auditBefore);
    const erase = await ctx.db
      .selectFrom('audit_log')
      .select(['action', 'reason', 'actor_user_id'])
      .where('participant_id', '=', subject)
      .where('action', '=', 'participant.erase')
      .execute();
    expect(erase).toEqual([
      { action: 'participant.erase', reason: 'consent_withdrawn', actor_user_id: ctx.fixtures.users.admin },
    ]);
    await sealAuditLog(ctx.db, { waitMs: 0 });
    const report = await verifyAuditChain(ctx.db);
    expect(report.ok, JSON.stringify(report.problems)).toBe(true);
    expect(report.pendingRows).toBe(0);
  });

  it('closes the jobseeker’s login and hides the record from everyone', async () => {
    const user = await ctx.db
      .selectFrom('app_user')
      .select(['active', 'password_hash'])
      .where('id', '=', ctx.fixtures.users.jobseeker1)
      .executeTakeFirstOrThrow();
    expect(user).toEqual({ active: false, password_hash: null });
    await expect(ctx.login('jobseeker1')).rejects.toThrow(/login as jobseeker1 failed: 401/);
    expect((await spec.get(`/api/participants/${subject}`)).statusCode).toBe(404);
    const supervisor = await ctx.login('supervisorA');
    const caseload = (await supervisor.get('/api/participants')).json() as { items: { id: string }[] };
    expect(caseload.items.map((i) => i.id)).toContain(other);
    expect(caseload.items.map((i) => i.id)).not.toContain(subject);
  });

  it('leaves every other person’s rows as they were', async () => {
    // Audit rows about them grow with every read (the caseload above), so they are compared apart from the rest.
    const { 'audit_log.participant_id': _audit, ...now } = await rowsAbout(other);
    const { 'audit_log.participant_id': _before, ...before } = otherBefore;
    expect(now).toEqual(before);
    const exported = (await spec.get(`/api/participants/${other}/export`)).body;
    expect(exported).toContain('OTHER-MARK');
  });

  it('is idempotent: confirming again answers the same, erasing again does nothing', async () => {
    const again = await admin.post(`/api/admin/privacy/erasure-requests/${requestId}/confirm`, {
      confirmName: 'anything',
    });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ status: 'completed' });
    const outcome = await ctx.db
      .transaction()
      .execute((trx) =>
        eraseParticipant(trx, subject, { ground: 'objection', actor: null, requestId: null, at: clock }),
      );
    expect(outcome).toEqual({ participantId: subject, alreadyErased: true, rows: {} });
    const restrict = await admin.post('/api/admin/privacy/restrictions', {
      participantId: subject,
      reason: 'x',
    });
    expect(restrict.json().code).toBe('record_erased');
  });
});

async function auditRowsAbout(participantId: string): Promise<number> {
  const result = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM audit_log WHERE participant_id = ${participantId}
  `.execute(ctx.db);
  return result.rows[0]?.n ?? 0;
}
