import { createTestDatabase, type TestDatabase } from '@ips-bridge/db/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp } from '../app.ts';
import type { App } from '../app-types.ts';
import { loadTestConfig } from '../config.ts';
import { DEMO_PASSWORD, seedDemo } from './seed-demo.ts';

let database: TestDatabase;
let app: App;

beforeAll(async () => {
  database = await createTestDatabase(inject('adminDatabaseUrl'));
  await seedDemo(database.db, { today: '2026-11-20' });
  app = await buildApp({ config: loadTestConfig(), db: database.db });
});
afterAll(async () => {
  await app?.close();
  await database?.drop();
});

async function logIn(username: string) {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password: DEMO_PASSWORD },
  });
  expect(response.statusCode).toBe(200);
  const cookie = response.cookies.find((c) => c.name === 'ipsb_session');
  return { cookie: `ipsb_session=${cookie?.value}` };
}

interface Lead {
  title: string;
  employerName: string;
  status: string;
  matches: Array<{ name: string; score: number; reasons: string[] }>;
}

async function leads(username: string, status: 'open' | 'all'): Promise<Lead[]> {
  const { cookie } = await logIn(username);
  const response = await app.inject({
    method: 'GET',
    url: `/api/job-leads?status=${status}`,
    headers: { cookie },
  });
  expect(response.statusCode).toBe(200);
  return response.json().items;
}

describe('the demo’s job development', () => {
  it('gives each team employers and open job leads that fit some of the specialist’s participants', async () => {
    for (const site of ['tromso', 'bodo', 'alta']) {
      const open = await leads(`js1.${site}`, 'open');
      expect(open.map((lead) => lead.title).sort()).toEqual(['Kafémedarbeider', 'Lagermedarbeider']);
      const best = open.flatMap((lead) => lead.matches).filter((match) => match.score === 3);
      expect(best.length, site).toBeGreaterThanOrEqual(2);
    }
  });

  it('has a filled lead too, and matches for the second specialist’s own participant', async () => {
    const all = await leads('js2.tromso', 'all');
    expect(all.map((lead) => [lead.title, lead.status]).sort()).toEqual([
      ['Kafémedarbeider', 'open'],
      ['Lagermedarbeider', 'open'],
      ['Sjåfør varelevering', 'filled'],
    ]);
    const warehouse = all.find((lead) => lead.title === 'Lagermedarbeider');
    expect(warehouse?.employerName).toBe('Tromsø Lager og Logistikk AS');
    expect(warehouse?.matches).toHaveLength(1);
    expect(warehouse?.matches[0]?.reasons).toEqual(['job_type', 'place', 'hours']);
  });
});

describe('the demo’s consent', () => {
  it('gives the demo jobseekers a consent history, on paper and in the app, and leaves benefits as standard', async () => {
    const { cookie } = await logIn('deltaker1.tromso');
    const session = await app.inject({ method: 'GET', url: '/api/session', headers: { cookie } });
    const participantId = session.json().user.participantId;
    const response = await app.inject({
      method: 'GET',
      url: `/api/participants/${participantId}/consents`,
      headers: { cookie },
    });
    expect(response.statusCode).toBe(200);
    const overview = response.json();
    expect(
      overview.history.map((h: { category: string; recordedVia: string }) => [h.category, h.recordedVia]),
    ).toEqual([
      ['diagnosis_treatment', 'jobseeker'],
      ['work_functioning', 'paper'],
    ]);
    const nav = overview.recipients.find((r: { role: string }) => r.role === 'nav_counsellor');
    const cell = (category: string) => nav.sharing.find((c: { category: string }) => c.category === category);
    expect(cell('work_functioning')).toMatchObject({ shared: true, by: 'person' });
    expect(cell('benefits')).toMatchObject({ shared: true, by: 'default' });
    expect(cell('warning_signs')).toMatchObject({ shared: false, by: 'default' });
  });

  it('gives Tromsø two completed fidelity reviews a year apart (fair, then good) and one in progress', async () => {
    const { cookie } = await logIn('leder.tromso');
    const list = (
      await app.inject({ method: 'GET', url: '/api/fidelity/reviews', headers: { cookie } })
    ).json();
    expect(list.items.map((r: { status: string; band: string | null }) => [r.status, r.band])).toEqual([
      ['scoring', null],
      ['completed', 'good'],
      ['completed', 'fair'],
    ]);
    // The in-progress review is assigned to an external reviewer from Bodø.
    const bodo = await logIn('leder.bodo');
    const mine = (await app.inject({ method: 'GET', url: '/api/fidelity/reviews', headers: bodo })).json();
    expect(mine.assignedToMe).toHaveLength(1);
  });

  it('gives one demo jobseeker an upcoming meeting partly answered and a published one with actions and follow-up', async () => {
    const { cookie } = await logIn('nav.tromso');
    const js = await logIn('deltaker1.tromso');
    const session = await app.inject({ method: 'GET', url: '/api/session', headers: { cookie: js.cookie } });
    const participantId = session.json().user.participantId;
    const list = await app.inject({
      method: 'GET',
      url: `/api/participants/${participantId}/meetings`,
      headers: { cookie },
    });
    expect(list.statusCode).toBe(200);
    const [upcoming, past] = list.json().items;
    expect(upcoming.parties.map((p: { answeredExpectations: boolean }) => p.answeredExpectations)).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect(past.minutesState).toBe('published');
    const detail = (
      await app.inject({
        method: 'GET',
        url: `/api/participants/${participantId}/meetings/${past.id}`,
        headers: { cookie },
      })
    ).json();
    expect(detail.actions).toHaveLength(3);
    expect(detail.followUps.map((f: { answer: string }) => f.answer)).toEqual(['partly', 'yes', 'yes']);
    // The jobseeker shares work functioning with this NAV counsellor, so the therapist's entry is shown.
    expect(detail.minutes.some((m: { category: string | null }) => m.category === 'work_functioning')).toBe(
      true,
    );
  });
});

describe('the demo’s workforce view', () => {
  it('shows the first site’s supervisor one specialist flagged, with a supervision note', async () => {
    const { cookie } = await logIn('leder.tromso');
    const response = await app.inject({
      method: 'GET',
      url: '/api/team/workforce?from=2026-09-01&to=2026-11-20',
      headers: { cookie },
    });
    expect(response.statusCode).toBe(200);
    const flagged = (response.json().specialists as Array<{ id: string; flags: string[] }>).filter(
      (s) => s.flags.length > 0,
    );
    expect(flagged).toHaveLength(1);
    expect(flagged[0]?.flags).toContain('low_community_time');
    const notes = await app.inject({
      method: 'GET',
      url: `/api/team/specialists/${flagged[0]?.id}/supervision-notes`,
      headers: { cookie },
    });
    expect(notes.json().items).toHaveLength(1);
  });
});

describe('the demo’s meeting quality', () => {
  it('gives the Tromsø team enough held meetings for the team figures to show', async () => {
    const { cookie } = await logIn('leder.tromso');
    const response = await app.inject({
      method: 'GET',
      url: '/api/team/meeting-quality?from=2026-08-22&to=2026-11-20',
      headers: { cookie },
    });
    expect(response.statusCode, response.body).toBe(200);
    // Five earlier meetings and the one two weeks ago. Everyone answered beforehand in the three latest earlier ones
    // and the recent one (4 of 6); the money item was settled 10, 6 and 4 weeks ago and in the recent one (4 of 6);
    // actions: five earlier ones (one late) and the recent one's two past their deadline (one done, one open).
    expect(response.json()).toMatchObject({
      empty: false,
      meetingsHeld: 6,
      expectationsBeforehand: { status: 'shown', count: 4, of: 6 },
      financialResolved: { status: 'shown', count: 4, of: 6 },
      actions: { status: 'shown', due: 7, onTime: 5, late: 1, overdue: 1 },
      gotWhatNeededByRole: {
        jobseeker: { status: 'shown', answers: 6 },
        therapist: { status: 'none' },
      },
    });
  });
});
