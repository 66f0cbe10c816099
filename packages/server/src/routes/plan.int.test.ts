import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestContext,
  type TestClient,
  type TestContext,
  testNationalId,
} from '../testing/test-context.ts';

let ctx: TestContext;
let spec: TestClient;
let participantId: string;
let base: string;

beforeAll(async () => {
  ctx = await createTestContext({ now: () => new Date('2026-11-22T10:00:00Z') });
  spec = await ctx.login('specA1');
  const created = await spec.post('/api/participants', {
    givenName: 'Pia',
    familyName: 'Plan',
    nationalId: testNationalId(30),
    referralSource: 'therapist',
    referralDate: '2026-11-01',
  });
  participantId = created.json().id;
  base = `/api/participants/${participantId}/plan`;
  await ctx.db
    .insertInto('care_team_member')
    .values({ participant_id: participantId, user_id: ctx.fixtures.users.navA, role: 'nav_counsellor' })
    .execute();
  await ctx.db
    .updateTable('participant')
    .set({ user_id: ctx.fixtures.users.jobseeker1 })
    .where('id', '=', participantId)
    .execute();
});
afterAll(() => ctx.close());

const put = (client: TestClient, url: string, body: unknown, version: number) =>
  ctx.app.inject({
    method: 'PUT',
    url,
    headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken, 'if-match': `"${version}"` },
    payload: body as Record<string, unknown>,
  });

describe('individual plan', () => {
  let goalId: string;

  it('starts empty, then holds a goal in the person’s own words with a sub-goal', async () => {
    expect((await spec.get(base)).json()).toEqual({ goals: [] });
    const goal = await spec.post(`${base}/goals`, { text: 'Jeg vil jobbe med dyr' });
    expect(goal.statusCode).toBe(201);
    goalId = goal.json().goals[0].id;
    const sub = await spec.post(`${base}/goals`, { text: 'Praksis i dyrebutikk', parentId: goalId });
    expect(sub.statusCode).toBe(201);
    expect(sub.json().goals.map((g: { parentId: string | null }) => g.parentId)).toEqual([null, goalId]);
    const subId = sub.json().goals[1].id;
    const tooDeep = await spec.post(`${base}/goals`, { text: 'x', parentId: subId });
    expect(tooDeep.statusCode).toBe(400);
    expect(tooDeep.json().errors[0]).toMatchObject({ path: 'parentId', code: 'nested_too_deep' });
  });

  it('adds steps owned by a role, resolving the person who holds it', async () => {
    const a = await spec.post(`${base}/steps`, {
      goalId,
      text: 'Ring dyrebutikken',
      ownerRole: 'employment_specialist',
      dueDate: '2026-11-25',
    });
    expect(a.statusCode).toBe(201);
    const b = await spec.post(`${base}/steps`, {
      goalId,
      text: 'Sjekke AAP ved deltid',
      ownerRole: 'nav_counsellor',
      dueDate: '2026-11-28',
    });
    const c = await spec.post(`${base}/steps`, { goalId, text: 'Skrive CV', ownerRole: 'jobseeker' });
    expect(c.statusCode).toBe(201);
    const steps = c.json().goals[0].steps;
    expect(steps.map((s: { owner: { id: string } | null }) => s.owner?.id)).toEqual([
      ctx.fixtures.users.specA1,
      ctx.fixtures.users.navA,
      ctx.fixtures.users.jobseeker1,
    ]);
    expect(b.statusCode).toBe(201);
  });

  it.each([
    {
      why: 'a due date in the past',
      body: { text: 'x', ownerRole: 'jobseeker', dueDate: '2026-11-01' },
      path: 'dueDate',
    },
    {
      why: 'an unknown owner role',
      body: { text: 'x', ownerRole: 'mother', dueDate: null },
      path: 'ownerRole',
    },
    { why: 'an empty text', body: { text: '  ', ownerRole: 'jobseeker' }, path: 'text' },
  ])('refuses a step with $why', async ({ body, path }) => {
    const response = await spec.post(`${base}/steps`, { goalId, ...body });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toContainEqual(expect.objectContaining({ path }));
  });

  it('refuses a step for a goal of another plan', async () => {
    const response = await spec.post(`${base}/steps`, {
      goalId: '00000000-0000-4000-8000-000000000000',
      text: 'x',
      ownerRole: 'jobseeker',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0]).toMatchObject({ path: 'goalId', code: 'unknown_goal' });
  });

  it('shows overdue steps on the owner’s work list, and marks a step done with its date', async () => {
    // Move the specialist's step into the past, as if time had passed.
    await ctx.db
      .updateTable('plan_step')
      .set({ due_date: '2026-11-20' })
      .where('text', '=', 'Ring dyrebutikken')
      .execute();
    const list = (await spec.get('/api/work-list')).json();
    expect(list.steps).toEqual([
      expect.objectContaining({ text: 'Ring dyrebutikken', participantName: 'Pia Plan', daysOverdue: 2 }),
    ]);
    expect(list.firstContactsOverdue).toEqual([
      expect.objectContaining({ participantId, daysSinceReferral: 21 }),
    ]);
    const nav = await ctx.login('navA');
    expect((await nav.get('/api/work-list')).json().steps.map((s: { text: string }) => s.text)).toEqual([
      'Sjekke AAP ved deltid',
    ]);

    const plan = (await spec.get(base)).json();
    const step = plan.goals[0].steps[0];
    const done = await put(
      spec,
      `${base}/steps/${step.id}`,
      { text: step.text, ownerRole: step.ownerRole, dueDate: step.dueDate, status: 'done' },
      step.version,
    );
    expect(done.statusCode).toBe(200);
    expect(done.json().goals[0].steps[0]).toMatchObject({
      status: 'done',
      doneOn: '2026-11-22',
      daysOverdue: 0,
    });
    expect((await spec.get('/api/work-list')).json().steps).toEqual([]);

    const stale = await put(
      spec,
      `${base}/steps/${step.id}`,
      { text: 'changed', ownerRole: step.ownerRole, dueDate: null, status: 'open' },
      step.version,
    );
    expect(stale.statusCode).toBe(412);
  });

  it('changes a goal with If-Match and keeps both versions in the change log', async () => {
    const plan = (await spec.get(base)).json();
    const goal = plan.goals[0];
    const updated = await put(
      spec,
      `${base}/goals/${goal.id}`,
      { text: 'Jeg vil jobbe med hester', status: 'active' },
      goal.version,
    );
    expect(updated.statusCode).toBe(200);
    expect(updated.json().goals[0]).toMatchObject({
      text: 'Jeg vil jobbe med hester',
      version: goal.version + 1,
    });
    const history = (await spec.get(`/api/participants/${participantId}/history`)).json();
    const change = history.changes.find(
      (c: { entity: string; action: string }) => c.entity === 'plan_goal' && c.action === 'update',
    );
    expect(change.before.text).toBe('Jeg vil jobbe med dyr');
    expect(change.after.text).toBe('Jeg vil jobbe med hester');
  });

  it('lets the jobseeker read the shared plan but not change it; keeps outsiders out', async () => {
    const jobseeker = await ctx.login('jobseeker1');
    expect((await jobseeker.get(base)).json().goals.length).toBe(2);
    expect((await jobseeker.post(`${base}/goals`, { text: 'x' })).statusCode).toBe(403);
    const outsider = await ctx.login('specB1');
    expect((await outsider.get(base)).statusCode).toBe(404);
    expect((await outsider.get('/api/work-list')).json()).toEqual({ steps: [], firstContactsOverdue: [] });
  });

  it('lets the jobseeker tick off their own steps, and only those', async () => {
    const jobseeker = await ctx.login('jobseeker1');
    const plan = (await jobseeker.get(base)).json();
    type Step = {
      id: string;
      text: string;
      ownerRole: string;
      status: string;
      version: number;
      doneOn: string | null;
    };
    const steps: Step[] = plan.goals.flatMap((g: { steps: Step[] }) => g.steps);
    const mine = steps.find((s) => s.text === 'Skrive CV') as Step;
    const theirs = steps.find((s) => s.ownerRole === 'nav_counsellor') as Step;
    const status = (step: Step, to: string, version = step.version, client = jobseeker) =>
      put(client, `${base}/steps/${step.id}/status`, { status: to }, version);

    const done = await status(mine, 'done');
    expect(done.statusCode).toBe(200);
    const saved = done
      .json()
      .goals.flatMap((g: { steps: Step[] }) => g.steps)
      .find((s: Step) => s.id === mine.id);
    expect(saved).toMatchObject({ status: 'done', doneOn: '2026-11-22', version: mine.version + 1 });
    // The step's other fields are untouched, and the change is in the participant's history under the jobseeker.
    expect(saved.text).toBe('Skrive CV');
    const change = await ctx.db
      .selectFrom('change_log')
      .select(['changed_by', 'after'])
      .where('participant_id', '=', participantId)
      .where('entity', '=', 'plan_step')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(change.changed_by).toBe(ctx.fixtures.users.jobseeker1);

    // An old version is refused, a missing one too, and a step someone else owns.
    expect((await status(mine, 'open', mine.version)).statusCode).toBe(412);
    const noVersion = await ctx.app.inject({
      method: 'PUT',
      url: `${base}/steps/${mine.id}/status`,
      headers: { cookie: jobseeker.cookie, 'x-csrf-token': jobseeker.csrfToken },
      payload: { status: 'open' },
    });
    expect(noVersion.statusCode).toBe(428);
    const refused = await status(theirs, 'done');
    expect(refused.statusCode).toBe(403);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect((await status(saved, 'cancelled')).statusCode).toBe(403);
    expect((await status(saved, 'finished')).statusCode).toBe(400);

    // Opened again by the jobseeker; the specialist may mark any step.
    expect(
      (await status(saved, 'open')).json().goals[0].steps.find((s: Step) => s.id === mine.id).doneOn,
    ).toBeNull();
    const fresh = (await spec.get(base)).json().goals[0].steps.find((s: Step) => s.id === theirs.id) as Step;
    expect((await status(fresh, 'done', fresh.version, spec)).statusCode).toBe(200);
    // Someone outside the care team learns nothing.
    expect((await status(fresh, 'open', fresh.version + 1, await ctx.login('specB1'))).statusCode).toBe(404);
  });
});
