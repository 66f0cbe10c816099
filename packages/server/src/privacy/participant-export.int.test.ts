import { countRowsReferencing, type Db, listParticipantReferences } from '@ips-bridge/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fixtures, TestClient, TestContext } from '../testing/test-context.ts';
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

/** At least one row about `participantId` in every table that can hold one, each marked with `tag`. */
async function seedEverywhere(db: Db, f: Fixtures, participantId: string, jobseekerId: string, tag: string) {
  const u = f.users;
  const json = (value: unknown) => JSON.stringify(value);
  await db.updateTable('participant').set({ user_id: jobseekerId }).where('id', '=', participantId).execute();
  await db
    .insertInto('care_team_member')
    .values([
      { participant_id: participantId, user_id: u.navA, role: 'nav_counsellor' },
      { participant_id: participantId, user_id: u.therapistA, role: 'therapist' },
    ])
    .execute();
  await db
    .insertInto('participant_phase')
    .values({
      participant_id: participantId,
      phase: 'engagement',
      started_on: '2026-10-05',
      recorded_by: u.specA1,
    })
    .execute();
  await db
    .insertInto('change_log')
    .values({
      participant_id: participantId,
      entity: 'test',
      action: 'create',
      before: null,
      after: json({ tag }),
    })
    .execute();
  const scenario = await db
    .insertInto('benefit_scenario')
    .values({
      participant_id: participantId,
      name: tag,
      input: json({}),
      summary: json({}),
      created_by: u.specA1,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('nav_question')
    .values({
      participant_id: participantId,
      scenario_id: scenario.id,
      question: `${tag}?`,
      asked_by: jobseekerId,
    })
    .execute();
  await db
    .insertInto('career_profile_version')
    .values({
      participant_id: participantId,
      version: 1,
      content: json({ strengths: tag }),
      health_content: json({ earlyWarningSigns: `health ${tag}` }),
      reason: 'first_version',
      created_by: u.specA1,
    })
    .execute();
  const goal = await db
    .insertInto('plan_goal')
    .values({ participant_id: participantId, text: `goal ${tag}`, created_by: u.specA1 })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('plan_step')
    .values({ participant_id: participantId, goal_id: goal.id, text: `step ${tag}`, owner_role: 'jobseeker' })
    .execute();
  const employer = await db
    .insertInto('employer')
    .values({ team_id: f.teamA, name: `Employer ${tag}` })
    .returning('id')
    .executeTakeFirstOrThrow();
  const contact = await db
    .insertInto('employer_contact')
    .values({
      employer_id: employer.id,
      specialist_id: u.specA1,
      contact_date: '2026-11-01',
      face_to_face: true,
      purpose: 'job_development',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('employer_contact_participant')
    .values({ contact_id: contact.id, participant_id: participantId })
    .execute();
  const job = await db
    .insertInto('job')
    .values({
      participant_id: participantId,
      employer_id: employer.id,
      employer_name: `Employer ${tag}`,
      title: 'Lager',
      competitive: true,
      hours_per_week: 20,
      hourly_wage: 210,
      start_date: '2026-11-10',
      found_with_ips: true,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('education')
    .values({
      participant_id: participantId,
      institution: 'UiT',
      programme: tag,
      start_date: '2026-08-15',
      completed: null,
    })
    .execute();
  await db
    .insertInto('support_contact')
    .values({
      participant_id: participantId,
      job_id: job.id,
      contact_date: '2026-11-12',
      with_whom: 'employer',
      face_to_face: true,
      setting: 'community',
    })
    .execute();
  await db
    .insertInto('disclosure_plan')
    .values({
      participant_id: participantId,
      may_know: `may ${tag}`,
      must_not_know: `not ${tag}`,
      pros: '',
      cons: '',
      discussed_on: '2026-11-01',
    })
    .execute();
  await db
    .insertInto('referral')
    .values({
      team_id: f.teamA,
      source: 'self',
      given_name: tag,
      family_name: 'Eksport',
      received_on: '2026-09-30',
      participant_id: participantId,
    })
    .execute();
  await db
    .insertInto('nav_report')
    .values({
      participant_id: participantId,
      kind: 'interval',
      period_from: '2026-10-01',
      period_to: '2026-10-31',
      facts: json({ tag }),
    })
    .execute();
  await db
    .insertInto('cv')
    .values({ participant_id: participantId, content: json({ headline: tag }) })
    .execute();
  await db
    .insertInto('consent_record')
    .values({
      participant_id: participantId,
      recipient_role: 'nav_counsellor',
      category: 'work_functioning',
      decision: 'grant',
      valid_from: '2026-11-01',
      recorded_by: jobseekerId,
      recorded_via: 'jobseeker',
    })
    .execute();
  await db
    .insertInto('access_block')
    .values({
      participant_id: participantId,
      blocked_user_id: u.specA2,
      reason: `block ${tag}`,
      created_by: jobseekerId,
    })
    .execute();
  await db
    .insertInto('emergency_access')
    .values({
      participant_id: participantId,
      user_id: u.supervisorB,
      reason: `emergency ${tag}`,
      opened_at: new Date('2026-11-20T10:00:00Z'),
      expires_at: new Date('2026-11-20T11:00:00Z'),
    })
    .execute();
  await db
    .insertInto('therapist_note')
    .values([
      {
        participant_id: participantId,
        author_id: u.therapistA,
        category: 'warning_signs',
        text: `signs ${tag}`,
      },
      {
        participant_id: participantId,
        author_id: u.therapistA,
        category: 'diagnosis_treatment',
        text: `dx ${tag}`,
      },
    ])
    .execute();
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
