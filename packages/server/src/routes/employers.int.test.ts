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
let otherParticipantId: string;

beforeAll(async () => {
  ctx = await createTestContext({ now: () => new Date('2026-11-20T10:00:00Z') }); // a Friday
  spec = await ctx.login('specA1');
  const register = async (client: TestClient, index: number, referralDate: string) =>
    (
      await client.post('/api/participants', {
        givenName: 'Emma',
        familyName: `Employer${index}`,
        nationalId: testNationalId(40 + index),
        referralSource: 'nav',
        referralDate,
      })
    ).json().id as string;
  participantId = await register(spec, 0, '2026-10-01');
  otherParticipantId = await register(await ctx.login('specB1'), 1, '2026-10-01');
});
afterAll(() => ctx.close());

const employer = {
  name: 'Tromsø Dyreklinikk',
  organisationNumber: '974 760 673',
  sector: 'Dyrehelse',
  contacts: [{ name: 'Ola Leder', role: 'Daglig leder', phone: '+47 900 00 000' }],
};

describe('employer register', () => {
  let employerId: string;

  it('adds an employer with a validated organisation number, normalised', async () => {
    const response = await spec.post('/api/employers', employer);
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      name: 'Tromsø Dyreklinikk',
      organisationNumber: '974760673',
      contactCount: 0,
      version: 1,
    });
    employerId = response.json().id;
    const list = (await spec.get('/api/employers?q=dyre')).json().items;
    expect(list.map((e: { id: string }) => e.id)).toEqual([employerId]);
    expect((await spec.get('/api/employers?q=bakeri')).json().items).toEqual([]);
  });

  it.each([
    {
      why: 'a wrong control digit',
      patch: { organisationNumber: '974760674' },
      code: 'organisation_number_checksum',
    },
    { why: 'eight digits', patch: { organisationNumber: '97476067' }, code: 'organisation_number_format' },
  ])('refuses $why', async ({ patch, code }) => {
    const response = await spec.post('/api/employers', { ...employer, name: 'X', ...patch });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toContainEqual(
      expect.objectContaining({ path: 'organisationNumber', code }),
    );
  });

  it('refuses a NUL character in a field or a search with 400, not 500', async () => {
    // Found by the API fuzzer: PostgreSQL cannot store or compare text holding U+0000.
    const created = await spec.post('/api/employers', { ...employer, name: 'Bakeri\u0000' });
    expect(created.statusCode).toBe(400);
    expect(created.json().errors).toEqual([
      expect.objectContaining({ path: 'name', code: 'invalid_characters' }),
    ]);
    const search = await spec.get('/api/employers?q=%00');
    expect(search.statusCode).toBe(400);
    expect(search.json().errors[0]).toMatchObject({ path: 'q', code: 'invalid_characters' });
  });

  it('refuses the same organisation number twice in a team with 409', async () => {
    const response = await spec.post('/api/employers', { ...employer, name: 'Duplicate' });
    expect(response.statusCode).toBe(409);
  });

  it('keeps each team’s register to itself', async () => {
    const other = await ctx.login('specB1');
    expect((await other.get('/api/employers')).json().items).toEqual([]);
    expect((await other.get(`/api/employers/${employerId}`)).statusCode).toBe(404);
    expect((await (await ctx.login('navA')).get('/api/employers')).statusCode).toBe(403);
  });

  it('logs contacts for the specialist’s own participants only, and counts the week', async () => {
    const contact = await spec.post(`/api/employers/${employerId}/contacts`, {
      date: '2026-11-17',
      faceToFace: true,
      purpose: 'job_development',
      outcome: 'Trenger dyrepleier i deltid',
      participantIds: [participantId],
    });
    expect(contact.statusCode).toBe(201);
    expect(contact.json()).toMatchObject({
      faceToFace: true,
      participants: [{ id: participantId, name: 'Emma Employer0' }],
    });

    const foreign = await spec.post(`/api/employers/${employerId}/contacts`, {
      date: '2026-11-18',
      faceToFace: true,
      purpose: 'placement',
      participantIds: [otherParticipantId],
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().errors[0]).toMatchObject({ path: 'participantIds.0', code: 'unknown_participant' });

    const future = await spec.post(`/api/employers/${employerId}/contacts`, {
      date: '2026-11-21',
      faceToFace: false,
      purpose: 'other',
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().errors[0].path).toBe('date');

    await spec.post(`/api/employers/${employerId}/contacts`, {
      date: '2026-11-19',
      faceToFace: false,
      purpose: 'follow_up',
    });
    await spec.post(`/api/employers/${employerId}/contacts`, {
      date: '2026-11-09',
      faceToFace: true,
      purpose: 'get_to_know',
    });

    const week = (await spec.get('/api/job-development/week')).json();
    expect(week).toMatchObject({
      weekStart: '2026-11-16',
      faceToFace: 1,
      other: 1,
      target: 6,
      meetsTarget: false,
    });
    expect(week.contacts).toHaveLength(2);
    expect(week.participants).toEqual([
      expect.objectContaining({
        participantId,
        firstEmployerContact: '2026-11-17',
        daysToFirstEmployerContact: 47,
        overTarget: true,
      }),
    ]);
    const lastWeek = (await spec.get('/api/job-development/week?date=2026-11-12')).json();
    expect(lastWeek).toMatchObject({ weekStart: '2026-11-09', faceToFace: 1, other: 0 });

    const history = (await spec.get(`/api/participants/${participantId}/history`)).json();
    expect(history.changes.some((c: { entity: string }) => c.entity === 'employer_contact')).toBe(true);
  });

  it('answers 400, not 500, for a week at the ends of the calendar', async () => {
    // Found by the API fuzzer: the week around 0000-01-01 or 9999-12-31 left PostgreSQL's date range.
    for (const date of ['0000-01-01', '9999-12-31']) {
      const response = await spec.get(`/api/job-development/week?date=${date}`);
      expect(response.statusCode).toBe(400);
      expect(response.json().errors[0]).toMatchObject({ path: 'date', code: 'date_out_of_range' });
    }
  });

  it('shows the contact log without participants the reader may not see', async () => {
    const supervisorB = await ctx.login('supervisorB');
    expect((await supervisorB.get(`/api/employers/${employerId}`)).statusCode).toBe(404);
    const spec2 = await ctx.login('specA2');
    const detail = (await spec2.get(`/api/employers/${employerId}`)).json();
    expect(detail.contactLog).toHaveLength(3);
    expect(detail.contactLog.every((c: { participants: unknown[] }) => c.participants.length === 0)).toBe(
      true,
    );
    const own = (await spec.get(`/api/employers/${employerId}`)).json();
    expect(own.contactLog.find((c: { date: string }) => c.date === '2026-11-17').participants).toHaveLength(
      1,
    );
  });

  it('changes an employer with If-Match', async () => {
    const current = await spec.get(`/api/employers/${employerId}`);
    const tag = String(current.headers.etag);
    const update = await ctx.app.inject({
      method: 'PUT',
      url: `/api/employers/${employerId}`,
      headers: { cookie: spec.cookie, 'x-csrf-token': spec.csrfToken, 'if-match': tag },
      payload: { ...employer, notes: 'Positive til IPS' },
    });
    expect(update.statusCode).toBe(200);
    expect(update.json().notes).toBe('Positive til IPS');
    const stale = await ctx.app.inject({
      method: 'PUT',
      url: `/api/employers/${employerId}`,
      headers: { cookie: spec.cookie, 'x-csrf-token': spec.csrfToken, 'if-match': tag },
      payload: employer,
    });
    expect(stale.statusCode).toBe(412);
  });
});

describe('job leads matched to preferences', () => {
  it('lists the specialist’s participants whose preferences fit a lead, best first', async () => {
    const employerId = (await spec.get('/api/employers')).json().items[0].id;
    await ctx.app.inject({
      method: 'PUT',
      url: `/api/participants/${participantId}/career-profile`,
      headers: { cookie: spec.cookie, 'x-csrf-token': spec.csrfToken, 'if-match': '"0"' },
      payload: {
        content: {
          workHistory: [],
          education: [],
          preferences: {
            jobTypes: ['dyr'],
            hoursPerWeekMin: 10,
            hoursPerWeekMax: 20,
            places: ['Tromsø'],
            conditions: '',
          },
          strengths: '',
          whatHelps: '',
          whatGetsInTheWay: '',
        },
        health: { earlyWarningSigns: '', copingStrategies: '' },
      },
    });
    const created = await spec.post('/api/job-leads', {
      employerId,
      title: 'Dyrepleierassistent',
      jobType: 'dyr',
      place: 'Tromsø',
      hoursPerWeek: 15,
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().matches).toEqual([
      { participantId, name: 'Emma Employer0', score: 3, reasons: ['job_type', 'place', 'hours'] },
    ]);
    const other = await ctx.login('specA2');
    const seenByOther = (await other.get('/api/job-leads')).json().items;
    expect(seenByOther).toHaveLength(1);
    expect(seenByOther[0].matches).toEqual([]);

    const lead = created.json();
    const filled = await ctx.app.inject({
      method: 'PUT',
      url: `/api/job-leads/${lead.id}/status`,
      headers: { cookie: spec.cookie, 'x-csrf-token': spec.csrfToken, 'if-match': `"${lead.version}"` },
      payload: { status: 'filled' },
    });
    expect(filled.statusCode).toBe(204);
    expect((await spec.get('/api/job-leads')).json().items).toEqual([]);
    expect((await spec.get('/api/job-leads?status=all')).json().items[0].status).toBe('filled');
  });

  it('refuses fewer hours than the database keeps (0.001 would be stored as 0) with 400, not 500', async () => {
    // Found by the API fuzzer.
    const employerId = (await spec.get('/api/employers')).json().items[0].id;
    const response = await spec.post('/api/job-leads', {
      employerId,
      title: 'x',
      jobType: 'y',
      hoursPerWeek: 0.001,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0]).toMatchObject({ path: 'hoursPerWeek' });
  });

  it('refuses a lead at an employer outside the register', async () => {
    const response = await spec.post('/api/job-leads', {
      employerId: '00000000-0000-4000-8000-000000000000',
      title: 'x',
      jobType: 'y',
    });
    expect(response.statusCode).toBe(400);
  });
});
