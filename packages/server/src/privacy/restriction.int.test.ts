import { findAccessFacts, findConsentFacts } from '@ips-bridge/db';
import {
  type Actor,
  decideInformationAccess,
  INFORMATION_CATEGORIES,
  osloDate,
  RECIPIENT_ROLES,
  type Role,
} from '@ips-bridge/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccessRule } from '../http/access.ts';
import {
  createTestContext,
  type FixtureUser,
  type TestClient,
  type TestContext,
  testNationalId,
} from '../testing/test-context.ts';

// Restriction of processing (GDPR art. 18), enforced in the participant access layer: with a restriction in force,
// every participant route that changes data refuses every staff member the policy would otherwise let through, with
// 423 record_restricted and a denied audit row; reads and the jobseeker's own contributions go on. The routes come
// from the app's route table, as in the access matrix, so a new write route is covered without being listed here.

const NOW = new Date('2026-11-22T10:00:00.000Z');
const STAFF: FixtureUser[] = ['specA1', 'supervisorA', 'navA', 'therapistA'];
type ParticipantRule = Extract<AccessRule, { kind: 'participant' }>;
interface Route {
  method: string;
  url: string;
  rule: ParticipantRule;
}

let ctx: TestContext;
let clients: Record<string, TestClient>;
let participantId: string;
let routes: Route[];

beforeAll(async () => {
  ctx = await createTestContext({ now: () => NOW });
  const { users } = ctx.fixtures;
  clients = {};
  for (const user of [...STAFF, 'admin', 'jobseeker1'] as FixtureUser[])
    clients[user] = await ctx.login(user);
  participantId = (
    await clients.specA1?.post('/api/participants', {
      givenName: 'Begrenset',
      familyName: 'Behandling',
      nationalId: testNationalId(93),
      referralSource: 'self',
      referralDate: '2026-10-01',
    })
  )?.json().id;
  await ctx.db
    .insertInto('care_team_member')
    .values([
      { participant_id: participantId, user_id: users.navA, role: 'nav_counsellor' },
      { participant_id: participantId, user_id: users.therapistA, role: 'therapist' },
    ])
    .execute();
  await ctx.db
    .updateTable('participant')
    .set({ user_id: users.jobseeker1 })
    .where('id', '=', participantId)
    .execute();
  // Everything shared with everyone in the care team: the restriction is the only thing that can refuse them.
  await ctx.db
    .insertInto('consent_record')
    .values(
      RECIPIENT_ROLES.flatMap((role) =>
        INFORMATION_CATEGORIES.map((category) => ({
          participant_id: participantId,
          recipient_role: role,
          category,
          decision: 'grant' as const,
          valid_from: '2026-01-01',
          recorded_by: users.jobseeker1,
          recorded_via: 'jobseeker' as const,
        })),
      ),
    )
    .execute();
  routes = ctx.app.accessTable
    .filter((r): r is typeof r & { access: ParticipantRule } => r.access.kind === 'participant')
    .map((r) => ({ method: r.method, url: r.url, rule: r.access }));
}, 60_000);
afterAll(() => ctx?.close());

function concreteUrl(url: string): string {
  return url
    .replace(':participantId', participantId)
    .replace(/:version\b/, '1')
    .replace(/:[A-Za-z]+/g, '00000000-0000-4000-8000-000000000000');
}

async function policyAllows(user: FixtureUser, rule: ParticipantRule): Promise<boolean> {
  const u = await ctx.db
    .selectFrom('app_user')
    .select(['id', 'role', 'team_id'])
    .where('id', '=', ctx.fixtures.users[user])
    .executeTakeFirstOrThrow();
  const role = u.role as Role;
  if (rule.roles !== 'all' && !rule.roles.includes(role)) return false;
  const facts = await findAccessFacts(ctx.db, participantId);
  if (!facts) throw new Error('participant missing');
  const consent = await findConsentFacts(ctx.db, participantId, NOW);
  const actor: Actor = { userId: u.id, role, teamId: u.team_id };
  return decideInformationAccess(actor, facts, consent, rule.action, rule.category, {
    today: osloDate(NOW),
    now: NOW.toISOString(),
  }).allowed;
}

async function call(user: string, route: Route) {
  const client = clients[user];
  if (!client) throw new Error(`no client ${user}`);
  const method = route.method as 'GET' | 'POST' | 'PUT' | 'DELETE';
  return ctx.app.inject({
    method,
    url: concreteUrl(route.url),
    headers: {
      cookie: client.cookie,
      ...(method === 'GET' ? {} : { 'x-csrf-token': client.csrfToken }),
    },
    ...(method === 'GET' || method === 'DELETE' ? {} : { payload: {} }),
  });
}

/** Every (route, staff member) pair where the policy allows a change: what a restriction must stop. */
async function staffWrites(): Promise<{ route: Route; user: FixtureUser }[]> {
  const cells: { route: Route; user: FixtureUser }[] = [];
  for (const route of routes.filter((r) => r.rule.action !== 'read'))
    for (const user of STAFF) if (await policyAllows(user, route.rule)) cells.push({ route, user });
  return cells;
}

describe('a restriction placed by an administrator', () => {
  it('is placed with a reason, and shows in the status and the caseload tag', async () => {
    const placed = await clients.admin?.post('/api/admin/privacy/restrictions', {
      participantId,
      reason: 'The jobseeker contests the accuracy of the career profile (letter of 20 November)',
    });
    expect(placed?.statusCode, placed?.body).toBe(201);
    expect(placed?.json()).toMatchObject({ restricted: true, source: 'administrator', mayLift: true });
    const status = (await clients.specA1?.get(`/api/participants/${participantId}/restriction`))?.json();
    expect(status).toMatchObject({ restricted: true, source: 'administrator', mayLift: false });
    const caseload = (await clients.specA1?.get('/api/participants'))?.json() as {
      items: { id: string; restricted: boolean }[];
    };
    expect(caseload.items.find((i) => i.id === participantId)?.restricted).toBe(true);
    const again = await clients.admin?.post('/api/admin/privacy/restrictions', {
      participantId,
      reason: 'again',
    });
    expect(again?.json().code).toBe('already_restricted');
  });

  it('refuses every change by staff on every participant write route with 423 record_restricted, audited', async () => {
    const cells = await staffWrites();
    expect(new Set(cells.map((c) => `${c.route.method} ${c.route.url}`)).size).toBeGreaterThan(20);
    const mismatches: string[] = [];
    for (const { route, user } of cells) {
      const response = await call(user, route);
      const requestId = String(response.headers['x-request-id'] ?? '');
      const audit = await ctx.db
        .selectFrom('audit_log')
        .select(['outcome', 'reason', 'action'])
        .where('request_id', '=', requestId)
        .execute();
      const body = response.json() as { code?: string };
      const ok =
        response.statusCode === 423 &&
        body.code === 'record_restricted' &&
        audit.length === 1 &&
        audit[0]?.outcome === 'denied' &&
        audit[0]?.reason === 'record-restricted' &&
        audit[0]?.action === route.rule.audit;
      if (!ok)
        mismatches.push(
          `${user} ${route.method} ${route.url}: ${response.statusCode} ${JSON.stringify(audit)}`,
        );
    }
    expect(mismatches).toEqual([]);
  }, 120_000);

  it('lets reads through as the policy allows them', async () => {
    const reads = routes.filter((r) => r.rule.action === 'read' && r.method === 'GET');
    expect(reads.length).toBeGreaterThan(10);
    const refused: string[] = [];
    for (const route of reads) {
      if (!(await policyAllows('specA1', route.rule))) continue;
      const response = await call('specA1', route);
      if (response.statusCode === 423) refused.push(route.url);
    }
    expect(refused).toEqual([]);
    expect((await clients.specA1?.get(`/api/participants/${participantId}`))?.statusCode).toBe(200);
  });

  it('lets the jobseeker read and contribute, but not lift a restriction an administrator placed', async () => {
    const jobseeker = clients.jobseeker1 as TestClient;
    expect((await jobseeker.get(`/api/participants/${participantId}`)).statusCode).toBe(200);
    const contributions = routes.filter(
      (r) => r.rule.action === 'contribute' && (r.rule.roles === 'all' || r.rule.roles.includes('jobseeker')),
    );
    expect(contributions.length).toBeGreaterThan(2);
    for (const route of contributions)
      expect((await call('jobseeker1', route)).statusCode, route.url).not.toBe(423);
    const lift = await jobseeker.post(`/api/participants/${participantId}/restriction/lift`);
    expect(lift.statusCode).toBe(403);
    expect(lift.json().code).toBe('restriction_lift_not_allowed');
  });

  it('once lifted, lets staff change the record again', async () => {
    const lifted = await clients.admin?.post('/api/admin/privacy/restrictions/lift', { participantId });
    expect(lifted?.statusCode, lifted?.body).toBe(200);
    const goal = await clients.specA1?.post(`/api/participants/${participantId}/plan/goals`, {
      text: 'Finne jobb',
    });
    expect(goal?.statusCode, goal?.body).toBe(201);
    for (const { route, user } of await staffWrites())
      expect((await call(user, route)).statusCode, `${user} ${route.url}`).not.toBe(423);
  }, 120_000);
});

describe('a restriction the jobseeker places on their own record', () => {
  it('is placed, stops the specialist’s edit, and is lifted by the jobseeker', async () => {
    const jobseeker = clients.jobseeker1 as TestClient;
    const url = `/api/participants/${participantId}/restriction`;
    const placed = await jobseeker.post(url, { reason: 'Jeg mener karriereprofilen er feil' });
    expect(placed.statusCode, placed.body).toBe(201);
    expect(placed.json()).toMatchObject({ restricted: true, source: 'jobseeker', mayLift: true });

    const edit = await clients.specA1?.post(`/api/participants/${participantId}/plan/goals`, {
      text: 'Nytt mål',
    });
    expect(edit?.statusCode).toBe(423);
    expect(edit?.headers['content-type']).toContain('application/problem+json');

    const list = (await clients.admin?.get('/api/admin/privacy/restrictions'))?.json() as {
      items: { participantId: string; source: string }[];
    };
    expect(list.items).toContainEqual(expect.objectContaining({ participantId, source: 'jobseeker' }));

    const lifted = await jobseeker.post(`${url}/lift`);
    expect(lifted.statusCode, lifted.body).toBe(200);
    expect(lifted.json()).toMatchObject({ restricted: false });
    const after = await clients.specA1?.post(`/api/participants/${participantId}/plan/goals`, {
      text: 'Nytt mål',
    });
    expect(after?.statusCode).toBe(201);
  });

  it('cannot be placed by staff through the jobseeker’s route', async () => {
    const response = await clients.specA1?.post(`/api/participants/${participantId}/restriction`, {
      reason: 'x',
    });
    expect(response?.statusCode).toBe(403);
  });
});
