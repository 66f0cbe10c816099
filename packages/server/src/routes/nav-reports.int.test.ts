import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestContext,
  type TestClient,
  type TestContext,
  testNationalId,
} from '../testing/test-context.ts';

const archiveDir = mkdtempSync(path.join(tmpdir(), 'ipsb-archive-'));
let ctx: TestContext;
let spec: TestClient;
let jobseeker: TestClient;
let base: string;

beforeAll(async () => {
  ctx = await createTestContext({
    now: () => new Date('2026-11-22T10:00:00Z'),
    config: { ARCHIVE_DIR: archiveDir },
  });
  spec = await ctx.login('specA1');
  const participantId = (
    await spec.post('/api/participants', {
      givenName: 'Rita',
      familyName: 'Rapport',
      nationalId: testNationalId(90),
      referralSource: 'nav',
      referralDate: '2026-09-01',
    })
  ).json().id;
  base = `/api/participants/${participantId}/nav-reports`;
  await ctx.db
    .updateTable('participant')
    .set({ user_id: ctx.fixtures.users.jobseeker1 })
    .where('id', '=', participantId)
    .execute();
  jobseeker = await ctx.login('jobseeker1');
  // Some journey to report on.
  await spec.post(`/api/participants/${participantId}/jobs`, {
    employerName: 'Rema 1000',
    title: 'Butikkmedarbeider',
    competitive: true,
    hoursPerWeek: 12,
    hourlyWage: 210,
    startDate: '2026-11-02',
    foundWithIps: true,
  });
});
afterAll(async () => {
  await ctx.close();
  rmSync(archiveDir, { recursive: true, force: true });
});

const post = (client: TestClient, url: string, body: unknown, version: number) =>
  ctx.app.inject({
    method: 'POST',
    url,
    headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken, 'if-match': `"${version}"` },
    ...(body === undefined ? {} : { payload: body as Record<string, unknown> }),
  });

describe('reports to NAV', () => {
  let reportId: string;

  it('drafts a report from the journey records for a period', async () => {
    const created = await spec.post(base, {
      kind: 'interval',
      periodFrom: '2026-09-01',
      periodTo: '2026-11-22',
    });
    expect(created.statusCode).toBe(201);
    const report = created.json();
    reportId = report.id;
    expect(report).toMatchObject({ status: 'draft', version: 1 });
    expect(report.facts).toMatchObject({
      phaseAtStart: 'referred',
      phaseAtEnd: 'working',
      jobsStarted: [{ employerName: 'Rema 1000', hoursPerWeek: 12 }],
    });
  });

  it.each([
    { body: { kind: 'interval', periodFrom: '2026-11-01', periodTo: '2026-10-01' }, code: 'period_reversed' },
    { body: { kind: 'end', periodFrom: '2026-11-01', periodTo: '2026-11-30' }, code: 'date_in_future' },
  ])('refuses a period that is $code', async ({ body, code }) => {
    const response = await spec.post(base, body);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].code).toBe(code);
  });

  it('cannot be sent before the jobseeker has read it', async () => {
    const edited = await ctx.app.inject({
      method: 'PUT',
      url: `${base}/${reportId}`,
      headers: { cookie: spec.cookie, 'x-csrf-token': spec.csrfToken, 'if-match': '"1"' },
      payload: {
        summaryText: 'Rita har startet i jobb hos Rema 1000.',
        nextStepsText: 'Ukentlig oppfølging.',
      },
    });
    expect(edited.statusCode).toBe(200);
    const tooEarly = await post(spec, `${base}/${reportId}/send`, undefined, 2);
    expect(tooEarly.statusCode).toBe(409);
    expect(
      (await post(jobseeker, `${base}/${reportId}/jobseeker-response`, { comment: 'x' }, 2)).statusCode,
    ).toBe(409);
  });

  it('goes to the jobseeker, who reads and comments, and is then archived with a reference', async () => {
    expect((await jobseeker.get(base)).json().items).toEqual([]); // a draft is the specialist's until shared
    expect((await post(spec, `${base}/${reportId}/share`, undefined, 2)).statusCode).toBe(200);
    expect((await jobseeker.get(base)).json().items.map((r: { id: string }) => r.id)).toEqual([reportId]);
    const response = await post(
      jobseeker,
      `${base}/${reportId}/jobseeker-response`,
      { comment: 'Jeg vil jobbe flere timer etter jul.' },
      3,
    );
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      status: 'ready',
      jobseekerComment: 'Jeg vil jobbe flere timer etter jul.',
    });
    expect((await post(jobseeker, `${base}/${reportId}/send`, undefined, 4)).statusCode).toBe(403);

    const sent = await post(spec, `${base}/${reportId}/send`, undefined, 4);
    expect(sent.statusCode).toBe(200);
    const reference = sent.json().archiveReference as string;
    expect(sent.json().status).toBe('sent');
    expect(readdirSync(archiveDir).sort()).toEqual([`${reference}.html`, `${reference}.json`]);
    const html = readFileSync(path.join(archiveDir, `${reference}.html`), 'utf8');
    expect(html).toContain('Rita har startet i jobb hos Rema 1000.');
    expect(html).toContain('Jeg vil jobbe flere timer etter jul.');
    expect((await post(spec, `${base}/${reportId}/send`, undefined, 5)).statusCode).toBe(409);
  });

  it('escapes what people wrote in the archived HTML', async () => {
    const created = (
      await spec.post(base, { kind: 'end', periodFrom: '2026-11-01', periodTo: '2026-11-22' })
    ).json();
    await ctx.app.inject({
      method: 'PUT',
      url: `${base}/${created.id}`,
      headers: { cookie: spec.cookie, 'x-csrf-token': spec.csrfToken, 'if-match': '"1"' },
      payload: { summaryText: '<script>alert(1)</script>', nextStepsText: '' },
    });
    await post(spec, `${base}/${created.id}/share`, undefined, 2);
    await post(jobseeker, `${base}/${created.id}/jobseeker-response`, {}, 3);
    const sent = (await post(spec, `${base}/${created.id}/send`, undefined, 4)).json();
    const html = readFileSync(path.join(archiveDir, `${sent.archiveReference}.html`), 'utf8');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
  });
});
