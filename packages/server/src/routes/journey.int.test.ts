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

beforeAll(async () => {
  ctx = await createTestContext({ now: () => new Date('2026-11-22T10:00:00Z') });
  spec = await ctx.login('specA1');
  const created = await spec.post('/api/participants', {
    givenName: 'Per',
    familyName: 'Fase',
    nationalId: testNationalId(10),
    referralSource: 'nav',
    referralDate: '2026-11-01',
  });
  participantId = created.json().id;
});
afterAll(() => ctx.close());

const url = (path: string) => `/api/participants/${participantId}${path}`;

async function etag(): Promise<string> {
  const response = await spec.get(url(''));
  return String(response.headers.etag);
}

describe('phases', () => {
  it('starts a new participant in "referred" since the referral date, with the first contact overdue after 7 days', async () => {
    const response = await spec.get(url(''));
    expect(response.json()).toMatchObject({
      phase: 'referred',
      phaseSince: '2026-11-01',
      daysInPhase: 21,
      firstContactDate: null,
      firstContactOverdue: true,
    });
    expect(response.headers.etag).toBe('"1"');
    const caseload = (await spec.get('/api/participants')).json().items;
    expect(caseload[0]).toMatchObject({ phase: 'referred', daysInPhase: 21, firstContactOverdue: true });
  });

  it('records the first contact, which clears the overdue flag', async () => {
    const response = await ctx.app.inject({
      method: 'PUT',
      url: url('/first-contact'),
      headers: { cookie: spec.cookie, 'x-csrf-token': spec.csrfToken, 'if-match': await etag() },
      payload: { date: '2026-11-05' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      firstContactDate: '2026-11-05',
      firstContactOverdue: false,
      version: 2,
    });
    expect(response.headers.etag).toBe('"2"');
  });

  it('moves to engagement with If-Match, keeps the history, and bumps the version', async () => {
    const response = await spec.post(
      url('/phase-changes'),
      { phase: 'engagement', date: '2026-11-10' },
      { 'if-match': await etag() },
    );
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      phase: 'engagement',
      phaseSince: '2026-11-10',
      daysInPhase: 12,
      version: 3,
    });

    const history = (await spec.get(url('/history'))).json();
    expect(history.phases.map((p: { phase: string; startedOn: string }) => [p.phase, p.startedOn])).toEqual([
      ['engagement', '2026-11-10'],
      ['referred', '2026-11-01'],
    ]);
    expect(history.phases[0].recordedBy.id).toBe(ctx.fixtures.users.specA1);
    expect(history.changes.map((c: { entity: string }) => c.entity)).toEqual(['phase', 'first_contact']);
    expect(history.changes[0]).toMatchObject({
      before: { phase: 'referred', since: '2026-11-01' },
      after: { phase: 'engagement', since: '2026-11-10' },
    });
  });

  it('refuses an update without If-Match (428) and with a stale ETag (412), changing nothing', async () => {
    const missing = await spec.post(url('/phase-changes'), { phase: 'job_search', date: '2026-11-20' });
    expect(missing.statusCode).toBe(428);
    expect(missing.json().code).toBe('precondition_required');
    const stale = await spec.post(
      url('/phase-changes'),
      { phase: 'job_search', date: '2026-11-20' },
      { 'if-match': '"1"' },
    );
    expect(stale.statusCode).toBe(412);
    expect(stale.json().code).toBe('precondition_failed');
    expect((await spec.get(url(''))).json().phase).toBe('engagement');
  });

  it('answers 412, not 500, for an ETag beyond any version a record can have', async () => {
    // Found by the API fuzzer: the number went to PostgreSQL as an integer out of range.
    for (const ifMatch of ['"2147483648"', '"99999999999999999999"']) {
      const response = await ctx.app.inject({
        method: 'PUT',
        url: url('/first-contact'),
        headers: { cookie: spec.cookie, 'x-csrf-token': spec.csrfToken, 'if-match': ifMatch },
        payload: { date: '2026-11-20' },
      });
      expect(response.statusCode).toBe(412);
      expect(response.json().code).toBe('precondition_failed');
    }
  });

  it('lets only one of two concurrent saves from the same version win', async () => {
    const tag = await etag();
    const [a, b] = await Promise.all([
      spec.post(url('/phase-changes'), { phase: 'career_profile', date: '2026-11-20' }, { 'if-match': tag }),
      spec.post(url('/phase-changes'), { phase: 'job_search', date: '2026-11-20' }, { 'if-match': tag }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 412]);
    const history = (await spec.get(url('/history'))).json();
    expect(history.phases).toHaveLength(3);
  });

  it.each([
    {
      why: 'a future date',
      body: { phase: 'ended', date: '2026-12-01', reason: 'own_wish' },
      path: 'date',
      code: 'date_in_future',
    },
    {
      why: 'the current phase',
      body: { phase: 'PLACEHOLDER', date: '2026-11-21' },
      path: 'phase',
      code: 'same_phase',
    },
    {
      why: 'a pause without re-contact',
      body: { phase: 'paused', date: '2026-11-21', reason: 'health' },
      path: 'plannedRecontact',
      code: 'recontact_required',
    },
    {
      why: 'an unknown phase',
      body: { phase: 'discharged', date: '2026-11-21' },
      path: 'phase',
      code: 'invalid_value',
    },
    {
      why: 'an unknown field',
      body: { phase: 'ended', date: '2026-11-21', reason: 'own_wish', note: 'x' },
      path: 'note',
      code: 'unrecognized_key',
    },
  ])('answers 400 for $why, naming $path', async ({ body, path, code }) => {
    const current = (await spec.get(url(''))).json();
    const payload = body.phase === 'PLACEHOLDER' ? { ...body, phase: current.phase } : body;
    const response = await spec.post(url('/phase-changes'), payload, { 'if-match': `"${current.version}"` });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toContainEqual(expect.objectContaining({ path, code }));
    expect((await spec.get(url(''))).json().version).toBe(current.version);
  });

  it('pauses with a reason and a planned re-contact instead of discharging', async () => {
    const response = await spec.post(
      url('/phase-changes'),
      { phase: 'paused', date: '2026-11-21', reason: 'health', plannedRecontact: '2027-01-15' },
      { 'if-match': await etag() },
    );
    expect(response.statusCode).toBe(200);
    const history = (await spec.get(url('/history'))).json();
    expect(history.phases[0]).toMatchObject({
      phase: 'paused',
      reason: 'health',
      plannedRecontact: '2027-01-15',
    });
  });

  it('lets the jobseeker read but not change, and keeps other specialists out', async () => {
    await ctx.db
      .updateTable('participant')
      .set({ user_id: ctx.fixtures.users.jobseeker1 })
      .where('id', '=', participantId)
      .execute();
    const jobseeker = await ctx.login('jobseeker1');
    expect((await jobseeker.get(url('/history'))).statusCode).toBe(200);
    const tag = await etag();
    const change = await jobseeker.post(
      url('/phase-changes'),
      { phase: 'job_search', date: '2026-11-22' },
      { 'if-match': tag },
    );
    expect(change.statusCode).toBe(403);
    const other = await ctx.login('specA2');
    expect((await other.get(url('/history'))).statusCode).toBe(404);
    const otherChange = await other.post(
      url('/phase-changes'),
      { phase: 'job_search', date: '2026-11-22' },
      { 'if-match': tag },
    );
    expect(otherChange.statusCode).toBe(404);
  });
});
