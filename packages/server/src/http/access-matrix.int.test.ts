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
import {
  createTestContext,
  type FixtureUser,
  type TestClient,
  type TestContext,
  testNationalId,
} from '../testing/test-context.ts';
import type { AccessRule } from './access.ts';

// The generated access matrix (issue 6): every route that touches one participant × every role × consent states
// (default, all withdrawn, all granted, blocked, break-the-glass open). Each cell's expected answer comes from the
// domain policy applied to the route's declared rule; the server must agree, and leave exactly one audit row per
// attempt, allowed or denied. A participant route the table does not reach fails the suite.

const ACTORS: FixtureUser[] = [
  'specA1',
  'specA2',
  'specB1',
  'supervisorA',
  'supervisorB',
  'navA',
  'therapistA',
  'admin',
  'jobseeker1',
  'jobseeker2',
];
const STATES = ['default', 'all-withdrawn', 'all-granted', 'blocked', 'break-the-glass'] as const;
type State = (typeof STATES)[number];
const NOW = new Date('2026-11-22T10:00:00.000Z');

type ParticipantRule = Extract<AccessRule, { kind: 'participant' }>;
interface Route {
  method: string;
  url: string;
  rule: ParticipantRule;
}

let ctx: TestContext;
let clients: Record<FixtureUser, TestClient>;
let participantId: string;
let routes: Route[];

beforeAll(async () => {
  ctx = await createTestContext({ now: () => NOW });
  const spec = await ctx.login('specA1');
  participantId = (
    await spec.post('/api/participants', {
      givenName: 'Matrise',
      familyName: 'Matrisen',
      nationalId: testNationalId(88),
      referralSource: 'self',
      referralDate: '2026-10-01',
    })
  ).json().id;
  const { users } = ctx.fixtures;
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
  clients = Object.fromEntries(
    await Promise.all(ACTORS.map(async (a) => [a, await ctx.login(a)] as const)),
  ) as Record<FixtureUser, TestClient>;
  routes = ctx.app.accessTable
    .filter((r): r is typeof r & { access: ParticipantRule } => r.access.kind === 'participant')
    .map((r) => ({ method: r.method, url: r.url, rule: r.access }));
}, 60_000);
afterAll(() => ctx?.close());

async function setState(state: State): Promise<void> {
  await ctx.db.deleteFrom('consent_record').where('participant_id', '=', participantId).execute();
  await ctx.db.deleteFrom('access_block').where('participant_id', '=', participantId).execute();
  await ctx.db.deleteFrom('emergency_access').where('participant_id', '=', participantId).execute();
  const { users } = ctx.fixtures;
  if (state === 'all-withdrawn' || state === 'all-granted') {
    await ctx.db
      .insertInto('consent_record')
      .values(
        RECIPIENT_ROLES.flatMap((role) =>
          INFORMATION_CATEGORIES.map((category) => ({
            participant_id: participantId,
            recipient_role: role,
            category,
            decision: state === 'all-granted' ? ('grant' as const) : ('withdraw' as const),
            valid_from: '2026-01-01',
            recorded_by: users.specA1,
            recorded_via: 'paper' as const,
          })),
        ),
      )
      .execute();
  }
  if (state === 'blocked') {
    await ctx.db
      .insertInto('access_block')
      .values(
        (['specA1', 'navA', 'therapistA', 'supervisorA'] as const).map((u) => ({
          participant_id: participantId,
          blocked_user_id: users[u],
          created_by: users.jobseeker1,
        })),
      )
      .execute();
  }
  if (state === 'break-the-glass') {
    await ctx.db
      .insertInto('emergency_access')
      .values(
        (['supervisorB', 'admin'] as const).map((u) => ({
          participant_id: participantId,
          user_id: users[u],
          reason: 'Matrix test: opened with a reason',
          opened_at: new Date(NOW.getTime() - 60_000),
          expires_at: new Date(NOW.getTime() + 3_600_000),
        })),
      )
      .execute();
  }
}

/** The URL with this participant and made-up ids for the other parameters (the access decision comes first). */
function concreteUrl(url: string): string {
  return url
    .replace(':participantId', participantId)
    .replace(/:version\b/, '1')
    .replace(/:[A-Za-z]+/g, '00000000-0000-4000-8000-000000000000');
}

async function auditRows(requestId: string) {
  return ctx.db
    .selectFrom('audit_log')
    .select(['outcome', 'action', 'actor_user_id'])
    .where('request_id', '=', requestId)
    .execute();
}

async function expectedCell(user: FixtureUser, route: Route): Promise<'forbidden' | 'allowed' | 'denied'> {
  const { rule } = route;
  const auth = await ctx.db
    .selectFrom('app_user')
    .select(['id', 'role', 'team_id'])
    .where('id', '=', ctx.fixtures.users[user])
    .executeTakeFirstOrThrow();
  const role = auth.role as Role;
  if (rule.roles !== 'all' && !rule.roles.includes(role)) return 'forbidden';
  const facts = await findAccessFacts(ctx.db, participantId);
  if (!facts) throw new Error('participant missing');
  const consent = await findConsentFacts(ctx.db, participantId, NOW);
  const actor: Actor = { userId: auth.id, role, teamId: auth.team_id };
  const decision = decideInformationAccess(actor, facts, consent, rule.action, rule.category, {
    today: osloDate(NOW),
    now: NOW.toISOString(),
  });
  return decision.allowed ? 'allowed' : 'denied';
}

describe('the access matrix: every participant route × role × consent state', () => {
  it('reaches every participant route', () => {
    expect(routes.length).toBeGreaterThan(25);
    const categories = new Set(routes.map((r) => r.rule.category));
    expect(categories.has('contact_and_plan')).toBe(true);
  });

  for (const state of STATES) {
    it(`agrees with the policy in state "${state}"`, async () => {
      await setState(state);
      const mismatches: string[] = [];
      let cells = 0;
      for (const route of routes) {
        for (const user of ACTORS) {
          const expected = await expectedCell(user, route);
          const client = clients[user];
          const url = concreteUrl(route.url);
          const method = route.method as 'GET' | 'POST' | 'PUT' | 'DELETE';
          const response = await ctx.app.inject({
            method,
            url,
            headers: {
              cookie: client.cookie,
              ...(method === 'GET' ? {} : { 'x-csrf-token': client.csrfToken }),
            },
            ...(method === 'GET' || method === 'DELETE' ? {} : { payload: {} }),
          });
          cells += 1;
          const requestId = String(response.headers['x-request-id'] ?? '');
          const rows = await auditRows(requestId);
          const where = `${state} · ${user} · ${route.method} ${route.url}`;
          if (expected === 'forbidden') {
            if (response.statusCode !== 403 || rows.length !== 0)
              mismatches.push(
                `${where}: expected 403 without audit, got ${response.statusCode} / ${rows.length} rows`,
              );
          } else if (expected === 'denied') {
            const ok =
              response.statusCode === 404 &&
              rows.length === 1 &&
              rows[0]?.outcome === 'denied' &&
              rows[0]?.action === route.rule.audit;
            if (!ok)
              mismatches.push(
                `${where}: expected 404 and one denied audit row, got ${response.statusCode} / ${JSON.stringify(rows)}`,
              );
          } else {
            // Allowed: the policy let it through. A write with an empty body then stops at validation (400) or at the
            // missing If-Match (428) before any data is touched, and a made-up record id is not found (404) in the
            // transaction, which rolls back with nothing read or written; anything else reached the data and left
            // exactly one allowed audit row.
            const denied = rows.some((r) => r.outcome === 'denied');
            const reachedData = rows.length === 1 && rows[0]?.outcome === 'allowed';
            const stoppedBeforeData = [400, 404, 428].includes(response.statusCode) && rows.length === 0;
            if (denied || response.statusCode === 403 || !(reachedData || stoppedBeforeData))
              mismatches.push(
                `${where}: expected allowed, got ${response.statusCode} / ${JSON.stringify(rows)}`,
              );
          }
        }
      }
      expect(cells).toBe(routes.length * ACTORS.length);
      expect(mismatches).toEqual([]);
    }, 120_000);
  }
});
