import { countRowsReferencing, listParticipantReferences } from '@ips-bridge/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedEverywhere } from '../testing/seed-subject.ts';
import type { TestClient, TestContext } from '../testing/test-context.ts';
import { createTestContext, testNationalId } from '../testing/test-context.ts';
import { PROCESSING_REGISTER } from './processing-register.ts';

// GDPR art. 15 and 20: the export holds every row about the participant in every table that refers to them, found
// by a scan of the database's own foreign keys, and nothing about anyone else.

interface ExportBody {
  format: string;
  formatVersion: number;
  exportedAt: string;
  participantId: string;
  completeness: 'complete' | 'limited';
  tables: Record<string, { category: string; rows: Record<string, unknown>[] }>;
  withheld: { table: string; column: string | null; rows: number | null }[];
}

const clock = new Date('2026-11-22T10:00:00.000Z');
let ctx: TestContext;
let spec: TestClient;
let jobseeker: TestClient;
let subject: string;
let other: string;

async function register(client: TestClient, index: number, givenName: string): Promise<string> {
  const created = await client.post('/api/participants', {
    givenName,
    familyName: 'Eksport',
    nationalId: testNationalId(index),
    referralSource: 'self',
    referralDate: '2026-10-01',
  });
  expect(created.statusCode).toBe(201);
  return created.json().id;
}

beforeAll(async () => {
  ctx = await createTestContext({ now: () => clock });
  spec = await ctx.login('specA1');
  jobseeker = await ctx.login('jobseeker1');
  subject = await register(spec, 81, 'Subject');
  other = await register(spec, 82, 'Other');
  const f = ctx.fixtures;
  await seedEverywhere(ctx.db, f, subject, f.users.jobseeker1, 'SUBJECT-MARK');
  await seedEverywhere(ctx.db, f, other, f.users.jobseeker2, 'OTHER-MARK');
  // Audit rows about both, from ordinary reads.
  expect((await spec.get(`/api/participants/${subject}`)).statusCode).toBe(200);
  expect((await spec.get(`/api/participants/${other}`)).statusCode).toBe(200);
}, 60_000);
afterAll(() => ctx?.close());

const exportOf = async (client: TestClient, participantId: string) =>
  client.get(`/api/participants/${participantId}/export`);

describe('GET /api/participants/:id/export', () => {
  it("gives the jobseeker 100 % of the rows about them, table by table, as the database's own keys find them", async () => {
    const response = await exportOf(jobseeker, subject);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('application/json');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="ips-bridge-export-2026-11-22\.json"$/,
    );
    expect(response.headers['cache-control']).toBe('no-store');
    const body = response.json() as ExportBody;
    expect(body).toMatchObject({
      format: 'ips-bridge/participant-export',
      formatVersion: 1,
      exportedAt: clock.toISOString(),
      participantId: subject,
      completeness: 'complete',
      withheld: [],
    });

    const references = await listParticipantReferences(ctx.db);
    expect(references.length).toBeGreaterThan(15);
    for (const { table, column } of references) {
      const inDatabase = await countRowsReferencing(ctx.db, table, column, subject);
      expect(inDatabase, `${table}.${column}: seeded rows`).toBeGreaterThan(0);
      expect(body.tables[table]?.rows.length, `${table}.${column}: rows in the export`).toBe(inDatabase);
      for (const row of body.tables[table]?.rows ?? []) expect(row[column]).toBe(subject);
    }
    expect(body.tables.participant?.rows).toEqual([
      expect.objectContaining({ id: subject, national_id: testNationalId(81) }),
    ]);
    // Messages, and who has read them (reached through the message), come too.
    expect(body.tables.participant_message?.rows.map((r) => r.text)).toEqual(['message SUBJECT-MARK']);
    expect(body.tables.message_read?.rows).toHaveLength(1);
    // Rows reached through a link (the employer contacts made for the jobseeker) come too.
    expect(body.tables.employer_contact?.rows).toHaveLength(1);
    // The export itself is in the audit rows it carries: audited in the same transaction as it was read.
    const audit = body.tables.audit_log?.rows ?? [];
    expect(audit.filter((r) => r.action === 'participant.export' && r.outcome === 'allowed')).toHaveLength(1);
    // Every table of the export is one the record of processing ties to a participant.
    for (const table of Object.keys(body.tables)) expect(PROCESSING_REGISTER[table]?.subject).toBeDefined();
  });

  it("never carries another participant's data", async () => {
    const text = (await exportOf(jobseeker, subject)).body;
    expect(text).toContain('SUBJECT-MARK');
    expect(text).not.toContain('OTHER-MARK');
    expect(text).not.toContain(other);
    expect(text).not.toContain(testNationalId(82));
  });

  it('gives the specialist only the categories they may read, and says what it left out', async () => {
    const body = (await exportOf(spec, subject)).json() as ExportBody;
    expect(body.completeness).toBe('limited');
    // The jobseeker's own access log, blocks and break-the-glass openings are theirs alone.
    for (const table of ['audit_log', 'access_block', 'emergency_access']) {
      expect(body.tables[table]).toBeUndefined();
      expect(body.withheld).toContainEqual({ table, column: null, rows: null });
    }
    // Diagnosis and treatment is never shared by default: that note is left out, the warning signs note is not.
    expect(body.tables.therapist_note?.rows.map((r) => r.category)).toEqual(['warning_signs']);
    expect(body.withheld).toContainEqual({ table: 'therapist_note', column: null, rows: 1 });
    expect(body.tables.disclosure_plan?.rows).toHaveLength(1);
    expect(body.tables.benefit_scenario?.rows).toHaveLength(1);
    expect(JSON.stringify(body)).not.toContain('OTHER-MARK');
  });

  it("gives the team supervisor neither health nor benefits, and removes the career profile's health part", async () => {
    const supervisor = await ctx.login('supervisorA');
    const body = (await exportOf(supervisor, subject)).json() as ExportBody;
    expect(body.completeness).toBe('limited');
    for (const table of ['disclosure_plan', 'benefit_scenario', 'nav_question'])
      expect(body.tables[table]).toBeUndefined();
    expect(body.tables.therapist_note?.rows).toEqual([]);
    const [profile] = body.tables.career_profile_version?.rows ?? [];
    expect(profile?.content).toEqual({ strengths: 'SUBJECT-MARK' });
    expect(profile?.health_content).toBeNull();
    expect(body.withheld).toContainEqual({
      table: 'career_profile_version',
      column: 'health_content',
      rows: 1,
    });
    expect(JSON.stringify(body)).not.toContain('health SUBJECT-MARK');
  });

  it('answers 404 for a participant the caller may not see, and audits the refusal', async () => {
    const outsider = await ctx.login('specB1');
    const deniedBefore = await deniedExports(ctx.fixtures.users.specB1);
    const response = await exportOf(outsider, subject);
    expect(response.statusCode).toBe(404);
    expect(response.body).not.toContain('SUBJECT-MARK');
    expect(await deniedExports(ctx.fixtures.users.specB1)).toBe(deniedBefore + 1);

    // The jobseeker cannot export someone else either.
    expect((await exportOf(jobseeker, other)).statusCode).toBe(404);
    // NAV counsellors and therapists have no whole-record export at all.
    expect((await exportOf(await ctx.login('navA'), subject)).statusCode).toBe(403);
    expect((await exportOf(await ctx.login('therapistA'), subject)).statusCode).toBe(403);
  });
});

async function deniedExports(userId: string): Promise<number> {
  const rows = await ctx.db
    .selectFrom('audit_log')
    .select('id')
    .where('actor_user_id', '=', userId)
    .where('action', '=', 'participant.export')
    .where('outcome', '=', 'denied')
    .where('participant_id', '=', subject)
    .execute();
  return rows.length;
}
