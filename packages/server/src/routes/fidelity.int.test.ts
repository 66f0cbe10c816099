import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestContext,
  type TestClient,
  type TestContext,
  testNationalId,
} from '../testing/test-context.ts';

let ctx: TestContext;
let supervisor: TestClient;
let reviewerA: TestClient;
let reviewerB: TestClient;
let teammate: TestClient;
let outsider: TestClient;

beforeAll(async () => {
  ctx = await createTestContext({ now: () => new Date('2026-11-20T10:00:00Z') });
  supervisor = await ctx.login('supervisorA');
  // Reviewer A is from the team's own site; reviewer B is a specialist of another team (an external reviewer).
  reviewerA = await ctx.login('specA2');
  reviewerB = await ctx.login('specB1');
  teammate = await ctx.login('specA1');
  outsider = await ctx.login('supervisorB');
});
afterAll(() => ctx.close());

function send(client: TestClient, method: 'PUT' | 'POST', url: string, body: unknown, ifMatch?: string) {
  return ctx.app.inject({
    method,
    url,
    headers: {
      cookie: client.cookie,
      'x-csrf-token': client.csrfToken,
      ...(ifMatch ? { 'if-match': ifMatch } : {}),
    },
    ...(body === undefined ? {} : { payload: body as Record<string, unknown> }),
  });
}

const allItems = (score: (item: number) => number) =>
  Array.from({ length: 25 }, (_, i) => ({ item: i + 1, score: score(i + 1), note: '' }));

async function createReview(periodFrom = '2026-01-01', periodTo = '2026-06-30') {
  const response = await supervisor.post('/api/fidelity/reviews', {
    periodFrom,
    periodTo,
    reviewerAId: ctx.fixtures.users.specA2,
    reviewerBId: ctx.fixtures.users.specB1,
  });
  expect(response.statusCode).toBe(201);
  return response.json() as { id: string; version: number; sheets: { a: { version: number } } };
}

describe('the scale', () => {
  it('serves 25 items with anchors marked verified or not', async () => {
    const scale = (await teammate.get('/api/fidelity/scale')).json();
    expect(scale.items).toHaveLength(25);
    expect(scale.items[0].anchors[4]).toMatchObject({ score: 5, status: 'verified' });
    expect(scale.items[16].anchors[4].status).toBe('unverified');
  });
  it('is not for jobseekers', async () => {
    expect((await (await ctx.login('jobseeker1')).get('/api/fidelity/scale')).statusCode).toBe(403);
  });
});

describe('creating a review: bad input', () => {
  it.each([
    {
      why: 'the period ends before it starts',
      body: { periodFrom: '2026-06-30', periodTo: '2026-01-01' },
      path: 'periodTo',
    },
    { why: 'the same reviewer twice', body: { reviewerBId: 'A' }, path: 'reviewerBId' },
    { why: 'no second reviewer', body: { reviewerBId: undefined }, path: 'reviewerBId' },
    { why: 'a jobseeker as reviewer', body: { reviewerBId: 'jobseeker' }, path: 'reviewerBId' },
  ])('refuses $why with 400 on $path', async ({ body, path }) => {
    const base = {
      periodFrom: '2026-01-01',
      periodTo: '2026-06-30',
      reviewerAId: ctx.fixtures.users.specA2,
      reviewerBId: ctx.fixtures.users.specB1,
    };
    const reviewerBId =
      body.reviewerBId === 'A'
        ? base.reviewerAId
        : body.reviewerBId === 'jobseeker'
          ? ctx.fixtures.users.jobseeker1
          : 'reviewerBId' in body && body.reviewerBId === undefined
            ? undefined
            : base.reviewerBId;
    const response = await supervisor.post('/api/fidelity/reviews', { ...base, ...body, reviewerBId });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((e: { path: string }) => e.path)).toContain(path);
  });

  it('lets only the team supervisor or an administrator start a review of the team', async () => {
    const body = {
      teamId: ctx.fixtures.teamA,
      periodFrom: '2026-01-01',
      periodTo: '2026-06-30',
      reviewerAId: ctx.fixtures.users.specA2,
      reviewerBId: ctx.fixtures.users.specB1,
    };
    expect((await outsider.post('/api/fidelity/reviews', body)).statusCode).toBe(403);
    expect((await teammate.post('/api/fidelity/reviews', body)).statusCode).toBe(403);
  });
});

describe('a review from start to completion', () => {
  let reviewId: string;
  let etag: string;

  it('starts in scoring, with both sheets empty', async () => {
    const review = await createReview();
    reviewId = review.id;
    expect(review).toMatchObject({ status: 'scoring', total: null, band: null });
  });

  it('lists the review for the external reviewer among those assigned to them', async () => {
    const list = (await reviewerB.get('/api/fidelity/reviews')).json();
    expect(list.team.id).toBe(ctx.fixtures.teamB);
    expect(list.items).toEqual([]);
    expect(list.assignedToMe.map((r: { id: string }) => r.id)).toContain(reviewId);
  });

  it('keeps each reviewer’s scores hidden from the other and from the supervisor until both submit', async () => {
    const url = `/api/fidelity/reviews/${reviewId}/sheet`;
    const saved = await send(reviewerA, 'PUT', url, { items: allItems(() => 4) }, '"1"');
    expect(saved.statusCode).toBe(200);
    expect(saved.json().sheets.a.scores).toHaveLength(25);
    const seenByB = (await reviewerB.get(`/api/fidelity/reviews/${reviewId}`)).json();
    expect(seenByB.sheets.a).toMatchObject({ scores: null, scoredCount: 25 });
    const seenBySupervisor = (await supervisor.get(`/api/fidelity/reviews/${reviewId}`)).json();
    expect(seenBySupervisor.sheets.a.scores).toBeNull();
    expect(seenBySupervisor.viewer).toEqual({ slot: null, mayManage: true });
  });

  it('refuses a stale sheet version (412), a missing one (428) and a score outside 1–5 with its field path', async () => {
    const url = `/api/fidelity/reviews/${reviewId}/sheet`;
    expect((await send(reviewerA, 'PUT', url, { items: allItems(() => 4) }, '"1"')).statusCode).toBe(412);
    expect((await send(reviewerA, 'PUT', url, { items: allItems(() => 4) })).statusCode).toBe(428);
    const bad = await send(reviewerB, 'PUT', url, { items: [{ item: 3, score: 6 }] }, '"1"');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('items.0.score');
  });

  it('lets only the named reviewers score', async () => {
    const url = `/api/fidelity/reviews/${reviewId}/sheet`;
    expect((await send(supervisor, 'PUT', url, { items: [] }, '"1"')).statusCode).toBe(403);
  });

  it('refuses to submit a sheet with items missing', async () => {
    await send(
      reviewerB,
      'PUT',
      `/api/fidelity/reviews/${reviewId}/sheet`,
      { items: allItems(() => 3).slice(0, 20) },
      '"1"',
    );
    const response = await send(
      reviewerB,
      'POST',
      `/api/fidelity/reviews/${reviewId}/sheet/submit`,
      undefined,
    );
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'fidelity_review_incomplete' });
    expect(response.json().errors.map((e: { path: string }) => e.path)).toEqual([
      'items.21',
      'items.22',
      'items.23',
      'items.24',
      'items.25',
    ]);
  });

  it('refuses consensus before both reviewers have submitted', async () => {
    const review = (await supervisor.get(`/api/fidelity/reviews/${reviewId}`)).json();
    const response = await send(
      supervisor,
      'PUT',
      `/api/fidelity/reviews/${reviewId}/consensus`,
      { items: [{ item: 1, score: 4 }] },
      `"${review.version}"`,
    );
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('fidelity_review_incomplete');
  });

  it('moves to consensus when both have submitted, and shows both sheets side by side with their agreement', async () => {
    await send(
      reviewerB,
      'PUT',
      `/api/fidelity/reviews/${reviewId}/sheet`,
      { items: allItems((i) => (i === 17 ? 1 : 3)) },
      '"2"',
    );
    expect(
      (await send(reviewerA, 'POST', `/api/fidelity/reviews/${reviewId}/sheet/submit`, undefined)).statusCode,
    ).toBe(200);
    const response = await send(
      reviewerB,
      'POST',
      `/api/fidelity/reviews/${reviewId}/sheet/submit`,
      undefined,
    );
    expect(response.statusCode).toBe(200);
    const review = response.json();
    expect(review.status).toBe('consensus');
    expect(review.sheets.a.scores).toHaveLength(25);
    expect(review.agreement).toMatchObject({ compared: 25, exact: 0, withinOne: 24, farApart: [17] });
    etag = response.headers.etag as string;
    // A submitted sheet cannot change.
    const change = await send(
      reviewerA,
      'PUT',
      `/api/fidelity/reviews/${reviewId}/sheet`,
      { items: [] },
      `"${review.sheets.a.version}"`,
    );
    expect(change.statusCode).toBe(409);
  });

  it('refuses to complete without consensus on all 25 items, naming the missing ones', async () => {
    const consensus = await send(
      supervisor,
      'PUT',
      `/api/fidelity/reviews/${reviewId}/consensus`,
      {
        items: allItems((i) => (i === 17 ? 2 : 4))
          .slice(0, 24)
          .map(({ note: _n, ...c }) => ({ ...c, evidence: 'Seen in records' })),
      },
      etag,
    );
    expect(consensus.statusCode).toBe(200);
    etag = consensus.headers.etag as string;
    const response = await send(
      supervisor,
      'POST',
      `/api/fidelity/reviews/${reviewId}/complete`,
      undefined,
      etag,
    );
    expect(response.statusCode).toBe(409);
    expect(response.json().errors).toEqual([
      { path: 'consensus.25', message: 'No consensus score', code: 'missing_consensus' },
    ]);
  });

  it('refuses a consensus score outside 1–5 with its field path', async () => {
    const response = await send(
      supervisor,
      'PUT',
      `/api/fidelity/reviews/${reviewId}/consensus`,
      { items: [{ item: 25, score: 0 }] },
      etag,
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].path).toBe('items.0.score');
  });

  it('completes with total and band once all 25 are agreed', async () => {
    const last = await send(
      supervisor,
      'PUT',
      `/api/fidelity/reviews/${reviewId}/consensus`,
      { items: [{ item: 25, score: 4 }] },
      etag,
    );
    etag = last.headers.etag as string;
    expect(
      (await send(supervisor, 'POST', `/api/fidelity/reviews/${reviewId}/complete`, undefined, '"1"'))
        .statusCode,
    ).toBe(412);
    const response = await send(
      supervisor,
      'POST',
      `/api/fidelity/reviews/${reviewId}/complete`,
      undefined,
      etag,
    );
    expect(response.statusCode).toBe(200);
    // 24 items at 4 and item 17 at 2 = 98: fair.
    expect(response.json()).toMatchObject({ status: 'completed', total: 98, band: 'fair', weakItems: [17] });
    const list = (await teammate.get('/api/fidelity/reviews')).json();
    expect(list.items.find((r: { id: string }) => r.id === reviewId)).toMatchObject({
      total: 98,
      band: 'fair',
    });
  });

  it('takes an action plan for a weak item only, and lets it be marked done with If-Match', async () => {
    const url = `/api/fidelity/reviews/${reviewId}/actions`;
    const notWeak = await reviewerA.post(url, { item: 1, what: 'x', owner: 'y', dueDate: '2027-01-31' });
    expect(notWeak.statusCode).toBe(400);
    expect(notWeak.json().errors[0]).toMatchObject({ path: 'item', code: 'not_a_weak_item' });
    const added = await reviewerA.post(url, {
      item: 17,
      what: 'Six employer meetings a week per specialist, tracked in supervision',
      owner: 'Team leader',
      dueDate: '2027-01-31',
    });
    expect(added.statusCode).toBe(201);
    const action = added.json().actions[0];
    expect(action).toMatchObject({ item: 17, status: 'open', version: 1 });
    const done = await send(
      reviewerA,
      'PUT',
      `${url}/${action.id}`,
      { ...action, id: undefined, version: undefined, item: undefined, status: 'done' },
      '"1"',
    );
    expect(done.statusCode).toBe(200);
    expect(done.json().actions[0].status).toBe('done');
    expect(
      (await teammate.post(url, { item: 17, what: 'x', owner: 'y', dueDate: '2027-01-31' })).statusCode,
    ).toBe(403);
  });

  it('audits the writes without a participant', async () => {
    const rows = await ctx.db
      .selectFrom('audit_log')
      .select(['action', 'participant_id'])
      .where('action', 'like', 'fidelity_review.%')
      .execute();
    expect(rows.map((r) => r.action)).toEqual(
      expect.arrayContaining([
        'fidelity_review.create',
        'fidelity_review.submit',
        'fidelity_review.complete',
      ]),
    );
    expect(rows.every((r) => r.participant_id === null)).toBe(true);
  });

  it('is not visible to another team’s supervisor', async () => {
    expect((await outsider.get(`/api/fidelity/reviews/${reviewId}`)).statusCode).toBe(403);
  });
});

describe('indicators for a team and period', () => {
  beforeAll(async () => {
    const participant = (
      await teammate.post('/api/participants', {
        givenName: 'Ida',
        familyName: 'Fidelity',
        nationalId: testNationalId(77),
        referralSource: 'nav',
        referralDate: '2026-03-02',
      })
    ).json().id as string;
    const employer = (await teammate.post('/api/employers', { name: 'Bakeriet', contacts: [] })).json()
      .id as string;
    const contact = await teammate.post(`/api/employers/${employer}/contacts`, {
      date: '2026-03-20',
      faceToFace: true,
      purpose: 'job_development',
      participantIds: [participant],
    });
    expect(contact.statusCode).toBe(201);
  });

  it('answers aggregates beside each indicator, meetings from the team-meeting records', async () => {
    const response = await supervisor.get(
      `/api/fidelity/teams/${ctx.fixtures.teamA}/indicators?from=2026-03-01&to=2026-03-31`,
    );
    expect(response.statusCode).toBe(200);
    const byKey = Object.fromEntries(response.json().items.map((i: { key: string }) => [i.key, i]));
    expect(byKey.days_to_first_employer_contact).toMatchObject({ value: 18, status: 'meets_target' });
    // Referred on 2026-03-02 and still active at the end of March: on their specialist's caseload.
    expect(byKey.caseload.basis).toMatchObject({ specialists: 2, participants: 1 });
    // No team meetings recorded in March: each specialist's month, and the six weeks overlapping it (Sunday 1 March
    // lies in the week of 23 February), are without one.
    expect(byKey.nav_meetings).toMatchObject({
      status: 'below_target',
      value: 0,
      basis: { specialists: 2, specialistMonths: 2, specialistMonthsWithMeeting: 0 },
    });
    expect(byKey.treatment_team_meetings).toMatchObject({ value: 0, basis: { specialistWeeks: 12 } });
    expect(byKey.competitive_jobs.status).toBe('no_data');
    // Aggregates only: nothing that names a person.
    expect(response.body).not.toContain('Fidelity');
    expect(response.body).not.toContain(ctx.fixtures.users.specA1);
  });

  it('counts the caseload at the end of the period: nobody before the referral', async () => {
    const at = async (from: string, to: string) =>
      (await supervisor.get(`/api/fidelity/teams/${ctx.fixtures.teamA}/indicators?from=${from}&to=${to}`))
        .json()
        .items.find((i: { key: string }) => i.key === 'caseload');
    expect(await at('2026-11-01', '2026-11-30')).toMatchObject({
      value: 0.5,
      status: 'meets_target',
      basis: { specialists: 2, participants: 1, largest: 1 },
    });
    expect((await at('2026-01-01', '2026-02-28')).basis).toMatchObject({ participants: 0 });
  });

  it('refuses a period that ends before it starts (400 on to)', async () => {
    const response = await supervisor.get(
      `/api/fidelity/teams/${ctx.fixtures.teamA}/indicators?from=2026-03-31&to=2026-03-01`,
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].path).toBe('to');
  });

  it('is not for another team', async () => {
    expect(
      (
        await outsider.get(
          `/api/fidelity/teams/${ctx.fixtures.teamA}/indicators?from=2026-03-01&to=2026-03-31`,
        )
      ).statusCode,
    ).toBe(403);
  });
});
