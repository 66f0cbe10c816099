import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../../auth/sessions.ts';
import { loadTestConfig } from '../../config.ts';
import {
  createTestContext,
  type FixtureUser,
  TEST_PASSWORD,
  type TestClient,
  type TestContext,
  testNationalId,
} from '../test-context.ts';
import {
  emptyStats,
  type FuzzIdentity,
  type FuzzOptions,
  formatReport,
  fuzzOperation,
  type OpenApiDocument,
  operationsOf,
  reachedHandler,
  schemaContext,
} from './api-fuzzer.ts';
import { NASTY_STRINGS } from './schema-arbitraries.ts';

/**
 * Fuzzes every operation of the OpenAPI description (see api-fuzzer.ts). `npm test` sends about 1 500 requests with
 * a fixed seed; `npm run test:fuzz` (FUZZ_RUNS=10000) sends at least 10 000 with a fresh seed and prints the
 * figures. FUZZ_SEED=<n> repeats a run; a failure prints the shrunk request and fast-check's seed and path, and
 * FUZZ_LOG=error adds the server's log line for each unexpected error.
 */
const TOTAL = Number(process.env.FUZZ_RUNS ?? 1_500);
const FULL = process.env.FUZZ_RUNS !== undefined;
const SEED = Number(process.env.FUZZ_SEED ?? (FULL ? Date.now() % 2 ** 31 : 20261122));
const NOW = new Date('2026-11-22T10:00:00Z');

const archiveDir = mkdtempSync(path.join(tmpdir(), 'ipsb-fuzz-archive-'));
let ctx: TestContext;
let options: FuzzOptions;

const IDENTITIES: Record<string, FixtureUser | null> = {
  specialist: 'specA1',
  supervisor: 'supervisorA',
  nav: 'navA',
  therapist: 'therapistA',
  jobseeker: 'jobseeker1',
  admin: 'admin',
  anonymous: null,
};

const ESTIMATE_INPUT = {
  year: 2026,
  situation: { kind: 'aap', basisIncome: 400_000, age: 35, children: 1 },
  scenarios: [{ label: '10 timer', hoursPerWeek: 10, hourlyWage: 200, weeksPerYear: 46 }],
};

const ok = async (response: Promise<{ statusCode: number; body: string; json(): unknown }>) => {
  const r = await response;
  if (r.statusCode >= 300) throw new Error(`fixture request failed: ${r.statusCode} ${r.body}`);
  return r.json() as { id: string } & Record<string, unknown>;
};

/** One record of each kind, so generated ids and If-Match versions reach real rows. */
async function seedRecords(
  spec: TestClient,
  specB: TestClient,
  therapist: TestClient,
  jobseeker: TestClient,
) {
  const participant = await ok(
    spec.post('/api/participants', {
      givenName: 'Frida',
      familyName: 'Fuzz',
      nationalId: testNationalId(1),
      referralSource: 'therapist',
      referralDate: '2026-10-01',
    }),
  );
  const foreign = await ok(
    specB.post('/api/participants', {
      givenName: 'Bjørn',
      familyName: 'Borte',
      nationalId: testNationalId(2),
      referralSource: 'nav',
      referralDate: '2026-10-01',
    }),
  );
  await ctx.db
    .updateTable('participant')
    .set({ user_id: ctx.fixtures.users.jobseeker1 })
    .where('id', '=', participant.id)
    .execute();
  await ctx.db
    .insertInto('care_team_member')
    .values([
      { participant_id: participant.id, user_id: ctx.fixtures.users.navA, role: 'nav_counsellor' },
      { participant_id: participant.id, user_id: ctx.fixtures.users.therapistA, role: 'therapist' },
    ])
    .execute();
  const p = `/api/participants/${participant.id}`;
  const plan = await ok(spec.post(`${p}/plan/goals`, { text: 'Jobbe i butikk' }));
  const goalId = (plan.goals as { id: string }[])[0]?.id ?? '';
  const withStep = await ok(
    spec.post(`${p}/plan/steps`, { goalId, text: 'Skrive CV', ownerRole: 'jobseeker' }),
  );
  const stepId = (withStep.goals as { steps: { id: string }[] }[])[0]?.steps[0]?.id ?? '';
  const employer = await ok(
    spec.post('/api/employers', { name: 'Fuzz Bakeri', organisationNumber: '974760673' }),
  );
  const lead = await ok(
    spec.post('/api/job-leads', {
      employerId: employer.id,
      title: 'Baker',
      jobType: 'butikk',
      place: 'Tromsø',
    }),
  );
  const work = await ok(
    spec.post(`${p}/jobs`, {
      employerName: 'Fuzz Bakeri',
      title: 'Bakerlærling',
      competitive: true,
      hoursPerWeek: 15,
      hourlyWage: 210,
      startDate: '2026-11-02',
      foundWithIps: true,
    }),
  );
  const jobId = (work.jobs as { id: string }[])[0]?.id ?? '';
  const scenario = await ok(
    jobseeker.post(`${p}/benefit-scenarios`, { name: 'Deltid', input: ESTIMATE_INPUT }),
  );
  const question = await ok(
    jobseeker.post(`${p}/nav-questions`, { question: 'Mister jeg AAP?', scenarioId: scenario.id }),
  );
  const referral = await ok(
    therapist.post('/api/referrals', {
      teamId: ctx.fixtures.teamA,
      givenName: 'Rolf',
      familyName: 'Referert',
      nationalId: testNationalId(3),
      message: 'Ønsker jobb',
    }),
  );
  const report = await ok(
    spec.post(`${p}/nav-reports`, { kind: 'interval', periodFrom: '2026-10-01', periodTo: '2026-11-22' }),
  );
  return {
    participantId: [participant.id, participant.id, foreign.id],
    participantIds: [participant.id, foreign.id],
    goalId: [goalId],
    parentId: [goalId],
    stepId: [stepId],
    employerId: [employer.id],
    leadId: [lead.id],
    jobId: [jobId],
    scenarioId: [scenario.id],
    questionId: [question.id],
    referralId: [referral.id],
    reportId: [report.id],
  };
}

beforeAll(async () => {
  // FUZZ_LOG=error shows the server's log line (error kind and message) for each unexpected error.
  const config = { ARCHIVE_DIR: archiveDir, LOG_LEVEL: process.env.FUZZ_LOG ?? 'silent' };
  ctx = await createTestContext({ now: () => NOW, config });
  const identities: FuzzIdentity[] = [];
  const clients: Record<string, TestClient> = {};
  for (const [name, user] of Object.entries(IDENTITIES)) {
    if (!user) {
      identities.push({ name, role: null });
      continue;
    }
    const client = await ctx.login(user);
    clients[name] = client;
    const role = (await client.get('/api/session')).json().user.role;
    identities.push({ name, role, cookie: client.cookie, csrfToken: client.csrfToken });
  }
  const ids = await seedRecords(
    clients.specialist as TestClient,
    await ctx.login('specB1'),
    clients.therapist as TestClient,
    clients.jobseeker as TestClient,
  );
  const { users, teamA, teamB, navOffice, healthUnit } = ctx.fixtures;
  const sessionConfig = loadTestConfig(config);
  const doc = (await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as OpenApiDocument;
  options = {
    app: ctx.app,
    doc,
    identities,
    examples: {
      ...ids,
      teamId: [teamA, teamB, navOffice],
      organisationId: [teamA, navOffice, healthUnit],
      specialistId: [users.specA1, users.specA2, users.specB1],
      username: ['speca1', 'jobseeker1', 'admin', 'nobody', 'SpecA1'],
      password: [TEST_PASSWORD, 'wrong-password-123'],
      nationalId: Array.from({ length: 40 }, (_, i) => testNationalId(200 + i)),
      organisationNumber: ['974760673', '974 760 673', '123456789'],
      version: [1, 2],
      weekStart: ['2026-11-16', '2026-11-23', '2026-11-22'],
      date: ['2026-11-22', '2026-11-16'],
      email: ['ola@example.no'],
      phone: ['+47 900 00 000'],
      input: [ESTIMATE_INPUT],
      // A few shared keys, so retries are replayed and a key reused for another request is refused.
      'Idempotency-Key': ['fuzz-key-0001', 'fuzz-key-0002', '"fuzz-key-0003"'],
      // Whole bodies that pass the checks a JSON Schema cannot express, so some writes get through to the database.
      'POST /api/v1/benefits/estimate body': [ESTIMATE_INPUT],
      'POST /api/participants/{participantId}/phase-changes body': [
        { phase: 'engagement', date: '2026-11-20' },
        { phase: 'paused', date: '2026-11-21', reason: 'Innlagt', plannedRecontact: '2026-12-20' },
      ],
      'POST /api/participants/{participantId}/nav-reports body': [
        { kind: 'interval', periodFrom: '2026-10-01', periodTo: '2026-11-22' },
      ],
    },
    rawBodies: {
      'POST /api/imports/{entity}': importFile(),
    },
    endsSession: (op) => op.key === 'POST /api/auth/logout',
    freshIdentity: async (_op, identity) => {
      const user = IDENTITIES[identity.name];
      if (!user) return identity;
      const session = await createSession(ctx.db, sessionConfig, users[user], NOW);
      return { ...identity, cookie: `ipsb_session=${session.token}`, csrfToken: session.csrfToken };
    },
  };
}, 120_000);

afterAll(async () => {
  await ctx.close();
  rmSync(archiveDir, { recursive: true, force: true });
});

/** CSV and XLSX-typed bodies for the importer: a header of real and unknown columns, then rows of odd cells. */
function importFile() {
  const columns = [
    'given_name',
    'family_name',
    'national_id',
    'referral_source',
    'referral_date',
    'phase',
    'specialist_username',
    'name',
    'organisation_number',
    'notes',
    'employer',
    'title',
    'start_date',
    'hours_per_week',
    'Given Name',
    'unknown',
  ];
  const cell = fc.oneof(
    fc.constantFrom(
      ...NASTY_STRINGS,
      testNationalId(300),
      '974760673',
      '2026-11-01',
      '01.11.2026',
      'speca1',
      'nav',
    ),
    fc.string({ maxLength: 12 }),
  );
  return fc
    .record({
      header: fc.uniqueArray(fc.constantFrom(...columns), { minLength: 1, maxLength: 8 }),
      rows: fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 5 }),
      separator: fc.constantFrom(',', ';'),
      contentType: fc.constantFrom(
        'text/csv',
        'text/csv; charset=utf-8',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'application/json',
      ),
    })
    .map(({ header, rows, separator, contentType }) => ({
      contentType,
      body: [header, ...rows]
        .map((r) => r.map((c) => (/[",;\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(separator))
        .join('\n'),
    }));
}

describe('API fuzzing from the OpenAPI description', () => {
  it(
    `sends ${TOTAL} generated requests: no 5xx, errors as problem+json, invalid input refused with a 4xx`,
    async () => {
      const ops = operationsOf(options.doc, ctx.app);
      const ctxSchemas = schemaContext(options.doc, options.examples);
      const perOperation = Math.max(1, Math.ceil(TOTAL / ops.length));
      const stats = emptyStats();
      const failures: string[] = [];
      for (const [index, op] of ops.entries()) {
        try {
          await fuzzOperation(options, ctxSchemas, op, stats, { numRuns: perOperation, seed: SEED + index });
        } catch (error) {
          failures.push(`${op.key} (repeat with FUZZ_SEED=${SEED}):\n${(error as Error).message}`);
        }
      }
      const report = formatReport(stats, SEED);
      if (FULL || failures.length > 0) process.stdout.write(`\n${report}\n`);
      else
        process.stdout.write(`API fuzz: ${stats.sent} requests to ${ops.length} operations, none failed\n`);

      expect(failures, failures.join('\n\n')).toEqual([]);
      expect(stats.sent).toBeGreaterThanOrEqual(TOTAL);
      // Coverage: every described operation was called, and some calls got past access control to the route.
      const described = ops.map((op) => op.key);
      expect([...stats.byOperation.keys()].sort()).toEqual(described.sort());
      const neverReached = ops.filter((op) => {
        const s = stats.byOperation.get(op.key);
        return !s || reachedHandler(s) === 0;
      });
      expect(neverReached.map((op) => op.key)).toEqual([]);
    },
    FULL ? 3_600_000 : 120_000,
  );
});
