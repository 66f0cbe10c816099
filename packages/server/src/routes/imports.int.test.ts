import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestContext,
  type TestClient,
  type TestContext,
  testNationalId,
} from '../testing/test-context.ts';

let ctx: TestContext;
let spec: TestClient;

beforeAll(async () => {
  ctx = await createTestContext({ now: () => new Date('2026-11-22T10:00:00Z') });
  spec = await ctx.login('specA1');
});
afterAll(() => ctx.close());

const upload = (
  entity: string,
  body: string | Buffer,
  options: { dryRun?: boolean; type?: string; accept?: string } = {},
) =>
  ctx.app.inject({
    method: 'POST',
    url: `/api/imports/${entity}${options.dryRun ? '?dryRun=true' : ''}`,
    headers: {
      cookie: spec.cookie,
      'x-csrf-token': spec.csrfToken,
      'content-type': options.type ?? 'text/csv',
      ...(options.accept ? { accept: options.accept } : {}),
    },
    payload: body,
  });

const count = async (table: 'participant' | 'employer' | 'job') =>
  (await ctx.db.selectFrom(table).select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow()).n;

describe('imports', () => {
  it('dry-runs the sample participants file without writing, then imports it', async () => {
    const file = readFileSync(new URL('../../../../docs/import/participants.csv', import.meta.url), 'utf8');
    const dry = await upload('participants', file, { dryRun: true });
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toMatchObject({
      entity: 'participants',
      dryRun: true,
      rowsRead: 2,
      imported: 0,
      problemCount: 1,
    });
    // The sample names js1.tromso, who is not in this test team: reported with its line and column.
    expect(dry.json().problems).toEqual([
      expect.objectContaining({ line: 2, field: 'specialist_username', code: 'unknown_specialist' }),
    ]);
    expect(await count('participant')).toBe(0);

    const fixed = file.replace('js1.tromso', 'speca1');
    const result = await upload('participants', fixed);
    expect(result.json()).toMatchObject({ dryRun: false, rowsRead: 2, imported: 2, problemCount: 0 });
    const kari = await ctx.db
      .selectFrom('participant')
      .select(['id', 'phase', 'referral_date'])
      .where('given_name', '=', 'Kari')
      .executeTakeFirstOrThrow();
    expect(kari).toMatchObject({ phase: 'engagement', referral_date: '2026-09-01' });
    expect((await spec.get('/api/participants?q=nordmann')).json().items).toHaveLength(1);
  });

  it('lists every bad row with its line and field, and keeps nothing (all or nothing)', async () => {
    const before = await count('participant');
    const csv = [
      'given_name,family_name,national_id,referral_date',
      `Anna,Ok,${testNationalId(200)},2026-10-01`,
      'Berit,Bad,01018012372,2026-10-01',
      `Cato,Future,${testNationalId(201)},2027-01-01`,
      `Dina,Dup,${testNationalId(200)},2026-10-01`,
      `,NoName,${testNationalId(202)},2026-10-01`,
    ].join('\n');
    const result = (await upload('participants', csv)).json();
    expect(result).toMatchObject({ rowsRead: 5, imported: 0, problemCount: 4 });
    expect(
      result.problems.map((p: { line: number; field: string; code: string }) => [p.line, p.field, p.code]),
    ).toEqual(
      expect.arrayContaining([
        [3, 'nationalId', 'national_id_checksum'],
        [4, 'referral_date', 'date_in_future'],
        [5, 'national_id', 'national_id_taken'],
        [6, 'givenName', 'too_small'],
      ]),
    );
    expect(await count('participant')).toBe(before);
  });

  it('imports employers and then jobs that refer to them, from XLSX too', async () => {
    const employers = readFileSync(new URL('../../../../docs/import/employers.csv', import.meta.url), 'utf8');
    expect((await upload('employers', employers)).json()).toMatchObject({ imported: 2, problemCount: 0 });
    expect((await upload('employers', employers)).json()).toMatchObject({ imported: 0, problemCount: 1 });

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Jobber');
    sheet.addRow([
      'national_id',
      'organisation_number',
      'title',
      'competitive',
      'hours_per_week',
      'hourly_wage',
      'start_date',
      'found_with_ips',
    ]);
    const kariId = (
      await ctx.db
        .selectFrom('participant')
        .select('national_id')
        .where('given_name', '=', 'Kari')
        .executeTakeFirstOrThrow()
    ).national_id;
    sheet.addRow([kariId, '974760673', 'Dyrepleierassistent', 'ja', 12.5, '215,50', '01.11.2026', 'ja']);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const result = await upload('jobs', buffer, {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    expect(result.json()).toMatchObject({ rowsRead: 1, imported: 1, problemCount: 0 });
    const job = await ctx.db
      .selectFrom('job')
      .select(['employer_name', 'hours_per_week', 'hourly_wage', 'start_date'])
      .executeTakeFirstOrThrow();
    expect(job).toEqual({
      employer_name: 'Tromsø Dyreklinikk',
      hours_per_week: 12.5,
      hourly_wage: 215.5,
      start_date: '2026-11-01',
    });
  });

  it('checks jobs: unknown participant, hours over 100, end before start', async () => {
    const csv = [
      'national_id;employer;title;competitive;hours_per_week;hourly_wage;start_date;found_with_ips;end_date;end_reason',
      `${testNationalId(250)};Kiwi;Lager;ja;10;200;2026-10-01;ja;;`,
      `${(await ctx.db.selectFrom('participant').select('national_id').executeTakeFirstOrThrow()).national_id};Kiwi;Lager;ja;101;200;2026-10-01;ja;2026-09-01;dismissed`,
    ].join('\n');
    const result = (await upload('jobs', csv)).json();
    expect(result.problems.map((p: { line: number; field: string }) => [p.line, p.field])).toEqual(
      expect.arrayContaining([
        [2, 'national_id'],
        [3, 'hoursPerWeek'],
      ]),
    );
    expect(result.imported).toBe(0);
    expect(await count('job')).toBe(1);
  });

  it('streams progress lines before the report when asked', async () => {
    const rows = Array.from(
      { length: 1200 },
      (_, i) => `Navn${i},Strøm,${testNationalId(300 + i)},2026-10-01`,
    );
    const response = await upload(
      'participants',
      ['given_name,family_name,national_id,referral_date', ...rows].join('\n'),
      {
        dryRun: true,
        accept: 'application/x-ndjson',
      },
    );
    expect(response.headers['content-type']).toContain('application/x-ndjson');
    const lines = response.body
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.filter((l) => l.type === 'progress').map((l) => l.rowsRead)).toEqual([500, 1000, 1200]);
    expect(lines.at(-1)).toMatchObject({ type: 'report', rowsRead: 1200, dryRun: true, imported: 0 });
  });

  it('is for specialists and supervisors, and refuses other content types', async () => {
    const nav = await ctx.login('navA');
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/imports/participants',
      headers: { cookie: nav.cookie, 'x-csrf-token': nav.csrfToken, 'content-type': 'text/csv' },
      payload: 'a,b',
    });
    expect(response.statusCode).toBe(403);
    expect((await upload('participants', '{}', { type: 'application/json' })).statusCode).toBe(415);
    expect((await upload('animals', 'x')).statusCode).toBe(400);
  });
});
