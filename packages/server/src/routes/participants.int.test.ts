import { listAuditForParticipant } from '@ips-bridge/db';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestContext,
  type TestClient,
  type TestContext,
  testNationalId,
} from '../testing/test-context.ts';

let ctx: TestContext;
let specA1: TestClient;

const validBody = (index: number) => ({
  givenName: 'Kari',
  familyName: 'Nordmann',
  nationalId: testNationalId(index),
  phone: '+47 912 34 567',
  email: 'kari@example.no',
  referralSource: 'therapist',
  referralDate: '2026-11-01',
});

async function countParticipants(): Promise<number> {
  const row = await ctx.db
    .selectFrom('participant')
    .select(sql<number>`count(*)`.as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}

beforeAll(async () => {
  ctx = await createTestContext({ now: () => new Date('2026-11-22T10:00:00Z') });
  specA1 = await ctx.login('specA1');
});
afterAll(() => ctx.close());

describe('registering a participant', () => {
  it('lets a specialist register a participant, who then shows in their caseload with an audit trail', async () => {
    const created = await specA1.post('/api/participants', validBody(0));
    expect(created.statusCode).toBe(201);
    const participant = created.json();
    expect(participant).toMatchObject({
      givenName: 'Kari',
      familyName: 'Nordmann',
      nationalId: testNationalId(0),
      birthDate: '1990-01-01',
      referralSource: 'therapist',
      team: { id: ctx.fixtures.teamA, name: 'IPS Team A' },
      careTeam: [{ userId: ctx.fixtures.users.specA1, role: 'employment_specialist' }],
      version: 1,
    });

    const caseload = await specA1.get('/api/participants');
    expect(caseload.statusCode).toBe(200);
    const items = caseload.json().items as { id: string; daysSinceReferral: number }[];
    expect(items.map((i) => i.id)).toEqual([participant.id]);
    expect(items[0]?.daysSinceReferral).toBe(21);

    const page = await specA1.get(`/api/participants/${participant.id}`);
    expect(page.statusCode).toBe(200);
    expect(page.json().id).toBe(participant.id);

    const audit = await listAuditForParticipant(ctx.db, participant.id);
    expect(audit.map((a) => [a.action, a.outcome, a.actorUserId])).toEqual([
      ['participant.create', 'allowed', ctx.fixtures.users.specA1],
      ['caseload.read', 'allowed', ctx.fixtures.users.specA1],
      ['participant.read', 'allowed', ctx.fixtures.users.specA1],
    ]);
    expect(audit.every((a) => a.requestId && a.actorRole === 'employment_specialist')).toBe(true);
  });

  it('refuses a second registration of the same person with 409 and writes nothing', async () => {
    const before = await countParticipants();
    const again = await specA1.post('/api/participants', validBody(0));
    expect(again.statusCode).toBe(409);
    expect(again.headers['content-type']).toContain('application/problem+json');
    expect(again.json().code).toBe('national_id_taken');
    expect(await countParticipants()).toBe(before);
  });

  it.each([
    {
      why: 'an invalid checksum',
      patch: { nationalId: '01018012372' },
      path: 'nationalId',
      code: 'national_id_checksum',
    },
    {
      why: 'ten digits',
      patch: { nationalId: '0101801237' },
      path: 'nationalId',
      code: 'national_id_format',
    },
    { why: 'an unknown field', patch: { diagnosis: 'F20' }, path: 'diagnosis', code: 'unrecognized_key' },
    { why: 'a wrong type', patch: { givenName: 42 }, path: 'givenName', code: 'invalid_type' },
    { why: 'a too-long name', patch: { familyName: 'x'.repeat(101) }, path: 'familyName', code: 'too_big' },
    {
      why: 'an unknown referral source',
      patch: { referralSource: 'police' },
      path: 'referralSource',
      code: 'invalid_value',
    },
    {
      why: 'a future referral date',
      patch: { referralDate: '2026-12-01' },
      path: 'referralDate',
      code: 'date_in_future',
    },
    {
      why: 'a malformed date',
      patch: { referralDate: '01.11.2026' },
      path: 'referralDate',
      code: 'invalid_format',
    },
    { why: 'a bad e-mail', patch: { email: 'not-an-address' }, path: 'email', code: 'custom' },
  ])('answers 400 naming the field for $why, and writes nothing', async ({ patch, path, code }) => {
    const before = await countParticipants();
    const response = await specA1.post('/api/participants', { ...validBody(1), ...patch });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const problem = response.json();
    expect(problem.code).toBe('validation_failed');
    expect(problem.errors).toContainEqual(expect.objectContaining({ path, code }));
    expect(await countParticipants()).toBe(before);
  });

  it('answers 400 invalid_json for a broken body', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/participants',
      headers: {
        cookie: specA1.cookie,
        'x-csrf-token': specA1.csrfToken,
        'content-type': 'application/json',
      },
      payload: '{"givenName": ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('invalid_json');
  });

  it('refuses registration by roles that may not register', async () => {
    for (const user of ['navA', 'therapistA', 'admin', 'jobseeker1'] as const) {
      const client = await ctx.login(user);
      const response = await client.post('/api/participants', validBody(2));
      expect(response.statusCode, user).toBe(403);
      expect(response.json().code).toBe('forbidden');
    }
  });

  it('requires login (401) and the CSRF token (403)', async () => {
    const anonymous = await ctx.app.inject({
      method: 'POST',
      url: '/api/participants',
      payload: validBody(3),
    });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().code).toBe('unauthenticated');
    const noCsrf = await ctx.app.inject({
      method: 'POST',
      url: '/api/participants',
      headers: { cookie: specA1.cookie },
      payload: validBody(3),
    });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().code).toBe('csrf_token_invalid');
    expect(await countParticipants()).toBe(1);
  });
});

describe('who can see a participant', () => {
  let participantId: string;

  beforeAll(async () => {
    const created = await specA1.post('/api/participants', validBody(4));
    participantId = created.json().id;
    // Link the NAV counsellor and the therapist into the care team, and give the participant a login.
    await ctx.db
      .insertInto('care_team_member')
      .values([
        { participant_id: participantId, user_id: ctx.fixtures.users.navA, role: 'nav_counsellor' },
        { participant_id: participantId, user_id: ctx.fixtures.users.therapistA, role: 'therapist' },
      ])
      .execute();
    await ctx.db
      .updateTable('participant')
      .set({ user_id: ctx.fixtures.users.jobseeker1 })
      .where('id', '=', participantId)
      .execute();
  });

  it.each(['specA1', 'navA', 'therapistA', 'supervisorA', 'jobseeker1'] as const)(
    '%s may open it',
    async (user) => {
      const client = await ctx.login(user);
      const response = await client.get(`/api/participants/${participantId}`);
      expect(response.statusCode).toBe(200);
      expect(response.json().id).toBe(participantId);
    },
  );

  it.each(['specA2', 'specB1', 'supervisorB', 'admin', 'jobseeker2'] as const)(
    '%s gets 404 (not 403, so existence does not leak) and the attempt is audited as denied',
    async (user) => {
      const client = await ctx.login(user);
      const response = await client.get(`/api/participants/${participantId}`);
      expect(response.statusCode).toBe(404);
      expect(response.json().code).toBe('not_found');
      expect(response.body).not.toContain('Nordmann');
      const audit = await listAuditForParticipant(ctx.db, participantId);
      const denied = audit.filter(
        (a) => a.outcome === 'denied' && a.actorUserId === ctx.fixtures.users[user],
      );
      expect(denied).toHaveLength(1);
      expect(denied[0]?.action).toBe('participant.read');
    },
  );

  it('answers an unknown participant id exactly like a forbidden one', async () => {
    const client = await ctx.login('specA2');
    const unknown = await client.get('/api/participants/00000000-0000-4000-8000-000000000000');
    const forbidden = await client.get(`/api/participants/${participantId}`);
    expect(unknown.statusCode).toBe(forbidden.statusCode);
    expect(unknown.json().code).toBe(forbidden.json().code);
  });

  it("shows each caller only their own caseload; the supervisor sees the team's", async () => {
    const ids = async (user: Parameters<TestContext['login']>[0]) =>
      ((await (await ctx.login(user)).get('/api/participants')).json().items as { id: string }[]).map(
        (i) => i.id,
      );
    expect(await ids('specA1')).toContain(participantId);
    expect(await ids('navA')).toEqual([participantId]);
    expect(await ids('therapistA')).toEqual([participantId]);
    expect(await ids('supervisorA')).toContain(participantId);
    expect(await ids('specA2')).toEqual([]);
    expect(await ids('specB1')).toEqual([]);
    expect(await ids('supervisorB')).toEqual([]);
  });

  it('does not give administrators or jobseekers a caseload', async () => {
    for (const user of ['admin', 'jobseeker1'] as const) {
      const response = await (await ctx.login(user)).get('/api/participants');
      expect(response.statusCode, user).toBe(403);
    }
  });

  it('rejects a malformed participant id with 400', async () => {
    const response = await specA1.get('/api/participants/not-a-uuid');
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].path).toBe('participantId');
  });
});

describe('audit in the same transaction as the data', () => {
  it('serves no participant data when the audit row cannot be written', async () => {
    const created = await specA1.post('/api/participants', validBody(5));
    const id = created.json().id as string;
    // Make audit writes for reads fail, as a full disk or a broken audit table would.
    await sql`
      CREATE FUNCTION fail_read_audit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.action = 'participant.read' THEN RAISE EXCEPTION 'audit storage failure'; END IF; RETURN NEW; END; $$;
      CREATE TRIGGER fail_read_audit BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION fail_read_audit();
    `.execute(ctx.db);
    try {
      const response = await specA1.get(`/api/participants/${id}`);
      expect(response.statusCode).toBe(500);
      expect(response.body).not.toContain('Nordmann');
      expect(response.body).not.toContain(testNationalId(5));
    } finally {
      await sql`DROP TRIGGER fail_read_audit ON audit_log; DROP FUNCTION fail_read_audit();`.execute(ctx.db);
    }
  });

  it('does not keep a registration whose audit row failed', async () => {
    await sql`
      CREATE FUNCTION fail_create_audit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.action = 'participant.create' THEN RAISE EXCEPTION 'audit storage failure'; END IF; RETURN NEW; END; $$;
      CREATE TRIGGER fail_create_audit BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION fail_create_audit();
    `.execute(ctx.db);
    const before = await countParticipants();
    try {
      const response = await specA1.post('/api/participants', validBody(6));
      expect(response.statusCode).toBe(500);
      expect(response.json().code).toBe('internal_error');
    } finally {
      await sql`DROP TRIGGER fail_create_audit ON audit_log; DROP FUNCTION fail_create_audit();`.execute(
        ctx.db,
      );
    }
    expect(await countParticipants()).toBe(before);
  });

  it('keeps the audit log append-only', async () => {
    await expect(sql`UPDATE audit_log SET outcome = 'denied'`.execute(ctx.db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM audit_log`.execute(ctx.db)).rejects.toThrow(/append-only/);
    await expect(sql`TRUNCATE audit_log`.execute(ctx.db)).rejects.toThrow(/append-only/);
    const row = await ctx.db
      .selectFrom('audit_log')
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow();
    expect(row.n).toBeGreaterThan(0);
  });
});

describe('caseload search, filter and paging', () => {
  let supervisor: TestClient;

  beforeAll(async () => {
    supervisor = await ctx.login('supervisorA');
    for (let i = 0; i < 7; i++) {
      await specA1.post('/api/participants', {
        givenName: `Side${i}`,
        familyName: `Pager${String(i).padStart(2, '0')}`,
        nationalId: testNationalId(100 + i),
        referralSource: 'self',
        referralDate: '2026-11-10',
      });
    }
  });

  it('pages in a stable order with the total', async () => {
    const first = (await supervisor.get('/api/participants?limit=3&offset=0')).json();
    const second = (await supervisor.get('/api/participants?limit=3&offset=3')).json();
    const all = (await supervisor.get('/api/participants?limit=200')).json();
    expect(first.items).toHaveLength(3);
    expect(first.total).toBe(all.items.length);
    expect([...first.items, ...second.items].map((i: { id: string }) => i.id)).toEqual(
      all.items.slice(0, 6).map((i: { id: string }) => i.id),
    );
  });

  it('searches by name and by a full identity number, and filters by phase', async () => {
    const byName = (await supervisor.get('/api/participants?q=pager0')).json();
    expect(byName.items.map((i: { familyName: string }) => i.familyName)).toEqual(
      Array.from({ length: 7 }, (_, i) => `Pager0${i}`),
    );
    const byId = (await supervisor.get(`/api/participants?q=${testNationalId(103)}`)).json();
    expect(byId.items.map((i: { familyName: string }) => i.familyName)).toEqual(['Pager03']);
    const referred = (await supervisor.get('/api/participants?phase=referred&limit=200')).json();
    expect(referred.items.every((i: { phase: string }) => i.phase === 'referred')).toBe(true);
    const none = (await supervisor.get('/api/participants?phase=working')).json();
    expect(none).toMatchObject({ items: [], total: 0 });
  });

  it('reports the caller’s active caseload against the IPS target of 20', async () => {
    const mine = (await specA1.get('/api/participants?limit=1')).json();
    expect(mine.activeCaseload.target).toBe(20);
    expect(mine.activeCaseload.count).toBe(mine.total);
  });

  it.each(['limit=0', 'limit=201', 'offset=-1', 'phase=discharged', 'sort=name'])(
    'answers 400 for %s',
    async (query) => {
      expect((await supervisor.get(`/api/participants?${query}`)).statusCode).toBe(400);
    },
  );
});
