import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDueReminders, runExpectationReminders } from '../notifications/due-reminders.ts';
import type { NotificationSender, OutgoingNotification } from '../notifications/sender.ts';
import { deliverPending } from '../notifications/worker.ts';
import {
  createTestContext,
  type TestClient,
  type TestContext,
  testNationalId,
} from '../testing/test-context.ts';

// Notifications (issue 8 item 8): who is told of a new message, a meeting or a due step; marking read; contact
// preferences with ETag/If-Match; the outbox sends by the person's choice at sending time, retries a failed send
// without duplicates, and "do not contact me digitally" stops every e-mail and SMS but not the app.

let ctx: TestContext;
let spec: TestClient;
let nav: TestClient;
let therapist: TestClient;
let jobseeker: TestClient;
let supervisor: TestClient;
let otherJobseeker: TestClient;
let participantId: string;
const time = { now: new Date('2026-11-22T10:00:00.000Z') };
const SECRET = 'Diagnosen min er endret og medisinen er ny';

interface NotificationsBody {
  items: {
    id: string;
    kind: string;
    participantId: string | null;
    participantName: string | null;
    subjectId: string | null;
    readAt: string | null;
  }[];
  unreadCount: number;
}

const list = async (client: TestClient) => {
  const response = await client.get('/api/me/notifications');
  expect(response.statusCode).toBe(200);
  return response.json() as NotificationsBody;
};

function recordingSender(
  failFirst = 0,
): NotificationSender & { sent: OutgoingNotification[]; calls: number } {
  let failures = failFirst;
  const sender = {
    name: 'recording',
    sent: [] as OutgoingNotification[],
    calls: 0,
    send: async (n: OutgoingNotification) => {
      sender.calls += 1;
      if (failures > 0) {
        failures -= 1;
        throw new Error('provider down');
      }
      sender.sent.push(n);
    },
  };
  return sender;
}

const putPreferences = (client: TestClient, body: unknown, ifMatch?: string) =>
  ctx.app.inject({
    method: 'PUT',
    url: '/api/me/contact-preferences',
    headers: {
      cookie: client.cookie,
      'x-csrf-token': client.csrfToken,
      ...(ifMatch ? { 'if-match': ifMatch } : {}),
    },
    payload: body as Record<string, unknown>,
  });

const sendMessage = async (client: TestClient, text = SECRET) => {
  const response = await client.post(`/api/participants/${participantId}/messages`, { text });
  expect(response.statusCode).toBe(201);
};

const deliveries = () =>
  ctx.db
    .selectFrom('notification_delivery as d')
    .innerJoin('notification as n', 'n.id', 'd.notification_id')
    .select(['d.id', 'd.channel', 'd.state', 'd.attempts', 'd.next_attempt_at', 'n.recipient_id'])
    .orderBy('d.next_attempt_at')
    .execute();

beforeAll(async () => {
  ctx = await createTestContext({ now: () => time.now });
  spec = await ctx.login('specA1');
  const created = await spec.post('/api/participants', {
    givenName: 'Vera',
    familyName: 'Varsel',
    nationalId: testNationalId(93),
    referralSource: 'self',
    referralDate: '2026-10-01',
  });
  participantId = created.json().id;
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
  nav = await ctx.login('navA');
  therapist = await ctx.login('therapistA');
  jobseeker = await ctx.login('jobseeker1');
  supervisor = await ctx.login('supervisorA');
  otherJobseeker = await ctx.login('jobseeker2');
});
afterAll(() => ctx.close());

describe('notifications of a new message', () => {
  it('needs a login', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/me/notifications' });
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });

  it('go to the other parties who may read the conversation, and to no one else, without the text', async () => {
    await sendMessage(spec);
    for (const client of [jobseeker, nav, therapist]) {
      const body = await list(client);
      expect(body.unreadCount).toBe(1);
      expect(body.items[0]).toMatchObject({ kind: 'message', participantId, subjectId: null, readAt: null });
      expect(JSON.stringify(body)).not.toContain('Diagnosen');
    }
    for (const client of [spec, supervisor, otherJobseeker]) expect((await list(client)).items).toEqual([]);
  });

  it('names the participant to staff who may see them, audited; not to the jobseeker', async () => {
    expect((await list(nav)).items[0]?.participantName).toBe('Vera Varsel');
    expect((await list(jobseeker)).items[0]?.participantName).toBeNull();
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select(['action', 'participant_id'])
      .where('actor_user_id', '=', ctx.fixtures.users.navA)
      .where('action', '=', 'notification.list')
      .execute();
    expect(audit.length).toBeGreaterThan(0);
    expect(audit[0]?.participant_id).toBe(participantId);
  });

  it('are marked read by id (only the caller’s own) or all at once', async () => {
    const mine = (await list(jobseeker)).items[0];
    const navs = (await list(nav)).items[0];
    // Someone else's id is ignored.
    const foreign = await jobseeker.post('/api/me/notifications/read', { ids: [navs?.id] });
    expect(foreign.statusCode).toBe(200);
    expect((await list(nav)).unreadCount).toBe(1);
    const read = await jobseeker.post('/api/me/notifications/read', { ids: [mine?.id] });
    expect((read.json() as NotificationsBody).unreadCount).toBe(0);
    expect((read.json() as NotificationsBody).items[0]?.readAt).toBe(time.now.toISOString());
    const all = await nav.post('/api/me/notifications/read', { all: true });
    expect((all.json() as NotificationsBody).unreadCount).toBe(0);
  });

  it('count unread for the header without naming anyone', async () => {
    await sendMessage(spec, 'Hei igjen');
    const count = await jobseeker.get('/api/me/notifications/count');
    expect(count.statusCode).toBe(200);
    expect(count.json()).toEqual({ unreadCount: 1 });
  });

  it('are marked read when the person reads all the messages', async () => {
    const conversation = await jobseeker.get(`/api/participants/${participantId}/messages`);
    const unread = (conversation.json() as { items: { id: string; readByMe: boolean }[] }).items
      .filter((m) => !m.readByMe)
      .map((m) => m.id);
    expect(unread.length).toBeGreaterThan(0);
    const read = await jobseeker.post(`/api/participants/${participantId}/messages/read`, {
      messageIds: unread,
    });
    expect(read.statusCode).toBe(200);
    expect((await list(jobseeker)).unreadCount).toBe(0);
    // The NAV counsellor has not read them: theirs stays.
    expect((await list(nav)).unreadCount).toBe(1);
  });

  it.each([
    { name: 'nothing', body: {} },
    { name: 'both ids and all', body: { ids: ['00000000-0000-4000-8000-000000000000'], all: true } },
    { name: 'not an id', body: { ids: ['x'] } },
    { name: 'an empty list', body: { ids: [] } },
  ])('refuses marking read with $name (problem+json)', async ({ body }) => {
    const response = await jobseeker.post('/api/me/notifications/read', body);
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });

  it('stop reaching a person when the jobseeker withdraws consent for contact and plan', async () => {
    const withdrawn = await jobseeker.post(`/api/participants/${participantId}/consents`, {
      changes: [
        {
          recipient: { kind: 'user', userId: ctx.fixtures.users.therapistA },
          category: 'contact_and_plan',
          decision: 'withdraw',
        },
      ],
      recordedVia: 'jobseeker',
    });
    expect(withdrawn.statusCode).toBeLessThan(300);
    const before = (await list(therapist)).items.length;
    const navBefore = (await list(nav)).items.length;
    const jobseekerBefore = (await list(jobseeker)).items.length;
    await sendMessage(spec, 'Ny melding etter tilbaketrekking');
    expect((await list(therapist)).items.length).toBe(before);
    expect((await list(nav)).items.length).toBe(navBefore + 1);
    expect((await list(jobseeker)).items.length).toBe(jobseekerBefore + 1);
  });
});

describe('contact preferences', () => {
  it('start with nothing chosen, version 0', async () => {
    const response = await jobseeker.get('/api/me/contact-preferences');
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toBe('"0"');
    expect(response.json()).toMatchObject({
      email: null,
      emailOptIn: false,
      smsOptIn: false,
      noDigitalContact: false,
      activeChannels: [],
      version: 0,
    });
  });

  const valid = {
    email: 'vera@example.no',
    phone: '912 34 567',
    emailOptIn: true,
    smsOptIn: true,
    noDigitalContact: false,
  };

  it('need If-Match', async () => {
    expect((await putPreferences(jobseeker, valid)).statusCode).toBe(428);
  });

  it.each([
    {
      name: 'an address that is not one',
      body: { ...valid, email: 'vera-at-example' },
      code: 'email_invalid',
    },
    { name: 'e-mail without an address', body: { ...valid, email: null }, code: 'email_required' },
    { name: 'SMS without a number', body: { ...valid, phone: '' }, code: 'phone_required' },
    { name: 'a number that is not Norwegian', body: { ...valid, phone: '12' }, code: 'phone_invalid' },
  ])('refuse $name with a field error', async ({ body, code }) => {
    const response = await putPreferences(jobseeker, body, '"0"');
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(JSON.stringify(response.json())).toContain(code);
  });

  it('refuse a body of the wrong shape', async () => {
    const response = await putPreferences(jobseeker, { ...valid, emailOptIn: 'yes' }, '"0"');
    expect(response.statusCode).toBe(400);
  });

  it('are saved with the version moving on, audited on the jobseeker’s access log; a stale ETag is refused', async () => {
    const saved = await putPreferences(jobseeker, valid, '"0"');
    expect(saved.statusCode).toBe(200);
    expect(saved.headers.etag).toBe('"1"');
    expect(saved.json()).toMatchObject({ phone: '91234567', activeChannels: ['email', 'sms'], version: 1 });
    expect((await putPreferences(jobseeker, valid, '"0"')).statusCode).toBe(412);
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select(['participant_id'])
      .where('action', '=', 'contact_preferences.update')
      .execute();
    expect(audit.map((a) => a.participant_id)).toEqual([participantId]);
    // Another person's preferences are their own.
    expect((await otherJobseeker.get('/api/me/contact-preferences')).json()).toMatchObject({ version: 0 });
  });
});

describe('sending by e-mail and SMS', () => {
  it('puts chosen channels in the outbox with the notification; the worker sends each once, without the content', async () => {
    await ctx.db.deleteFrom('notification_delivery').execute();
    await sendMessage(spec);
    const pending = await deliveries();
    expect(pending.map((d) => [d.channel, d.state, d.recipient_id])).toEqual([
      ['email', 'pending', ctx.fixtures.users.jobseeker1],
      ['sms', 'pending', ctx.fixtures.users.jobseeker1],
    ]);
    const sender = recordingSender();
    expect(await deliverPending(ctx.db, sender, { now: time.now })).toEqual({
      sent: 2,
      failed: 0,
      cancelled: 0,
    });
    expect(sender.sent.map((n) => [n.channel, n.to, n.kind])).toEqual([
      ['email', 'vera@example.no', 'message'],
      ['sms', '91234567', 'message'],
    ]);
    for (const n of sender.sent) {
      expect(n.text).not.toContain('Diagnosen');
      expect(n.text).toContain('IPS Bridge');
    }
    // A second run sends nothing again.
    expect(await deliverPending(ctx.db, sender, { now: time.now })).toEqual({
      sent: 0,
      failed: 0,
      cancelled: 0,
    });
    expect(sender.sent).toHaveLength(2);
    expect((await deliveries()).every((d) => d.state === 'sent')).toBe(true);
  });

  it('keeps a failed send and tries it again later, sending it exactly once in the end', async () => {
    await ctx.db.deleteFrom('notification_delivery').execute();
    await sendMessage(spec);
    const failing = recordingSender(2);
    expect(await deliverPending(ctx.db, failing, { now: time.now })).toEqual({
      sent: 0,
      failed: 2,
      cancelled: 0,
    });
    const after = await deliveries();
    expect(after.map((d) => [d.state, d.attempts])).toEqual([
      ['pending', 1],
      ['pending', 1],
    ]);
    expect(after.every((d) => d.next_attempt_at.getTime() > time.now.getTime())).toBe(true);
    // Not yet due: nothing is sent.
    expect(await deliverPending(ctx.db, failing, { now: time.now })).toEqual({
      sent: 0,
      failed: 0,
      cancelled: 0,
    });
    const later = new Date(time.now.getTime() + 10 * 60_000);
    expect(await deliverPending(ctx.db, failing, { now: later })).toEqual({
      sent: 2,
      failed: 0,
      cancelled: 0,
    });
    expect(await deliverPending(ctx.db, failing, { now: later })).toEqual({
      sent: 0,
      failed: 0,
      cancelled: 0,
    });
    expect(failing.sent).toHaveLength(2);
    expect((await deliveries()).map((d) => d.state)).toEqual(['sent', 'sent']);
  });

  it('stops every e-mail and SMS on "do not contact me digitally", also those waiting, but keeps the app', async () => {
    await ctx.db.deleteFrom('notification_delivery').execute();
    await sendMessage(spec);
    expect(await deliveries()).toHaveLength(2);
    const current = await jobseeker.get('/api/me/contact-preferences');
    const off = await putPreferences(
      jobseeker,
      {
        email: 'vera@example.no',
        phone: '91234567',
        emailOptIn: true,
        smsOptIn: true,
        noDigitalContact: true,
      },
      current.headers.etag as string,
    );
    expect(off.statusCode).toBe(200);
    expect(off.json()).toMatchObject({ noDigitalContact: true, activeChannels: [] });
    const sender = recordingSender();
    expect(await deliverPending(ctx.db, sender, { now: time.now })).toEqual({
      sent: 0,
      failed: 0,
      cancelled: 2,
    });
    const unreadBefore = (await list(jobseeker)).unreadCount;
    await sendMessage(spec);
    expect((await deliveries()).filter((d) => d.state === 'pending')).toEqual([]);
    expect((await list(jobseeker)).unreadCount).toBe(unreadBefore + 1);
    expect(sender.sent).toEqual([]);
  });
});

describe('meetings and due reminders', () => {
  it('invite the parties, and tell them when the meeting is cancelled', async () => {
    const { users } = ctx.fixtures;
    const planned = await spec.post(`/api/participants/${participantId}/meetings`, {
      date: '2026-12-01',
      startTime: '10:00',
      endTime: '11:00',
      place: 'NAV Tromsø',
      videoLink: null,
      purpose: 'Planlegge arbeidstrening',
      inviteeIds: [users.jobseeker1, users.navA],
    });
    expect(planned.statusCode).toBe(201);
    const meetingId = planned.json().meeting.id as string;
    const invitation = (await list(nav)).items.find((n) => n.kind === 'meeting_invitation');
    expect(invitation?.subjectId).toBe(meetingId);
    expect((await list(jobseeker)).items.some((n) => n.kind === 'meeting_invitation')).toBe(true);
    // Not invited, not told.
    expect((await list(therapist)).items.some((n) => n.kind === 'meeting_invitation')).toBe(false);
    expect((await list(spec)).items.some((n) => n.kind === 'meeting_invitation')).toBe(false);
    time.now = new Date(time.now.getTime() + 60_000);
    const cancelled = await ctx.app.inject({
      method: 'POST',
      url: `/api/participants/${participantId}/meetings/${meetingId}/cancel`,
      headers: {
        cookie: spec.cookie,
        'x-csrf-token': spec.csrfToken,
        'if-match': planned.headers.etag as string,
      },
    });
    expect(cancelled.statusCode).toBe(200);
    expect((await list(nav)).items[0]).toMatchObject({ kind: 'meeting_cancelled', subjectId: meetingId });
  });

  it('on a change, tell the parties who stay that it changed, the new ones that they are invited, and those removed that it is off for them', async () => {
    const { users } = ctx.fixtures;
    const plan = {
      date: '2026-12-02',
      startTime: '09:00',
      endTime: '10:00',
      place: 'NAV Tromsø',
      videoLink: null,
      purpose: 'Oppfølging',
    };
    const planned = await spec.post(`/api/participants/${participantId}/meetings`, {
      ...plan,
      inviteeIds: [users.navA, users.jobseeker1],
    });
    expect(planned.statusCode).toBe(201);
    const meetingId = planned.json().meeting.id as string;
    time.now = new Date(time.now.getTime() + 60_000);
    const changed = await ctx.app.inject({
      method: 'PUT',
      url: `/api/participants/${participantId}/meetings/${meetingId}`,
      headers: {
        cookie: spec.cookie,
        'x-csrf-token': spec.csrfToken,
        'if-match': planned.headers.etag as string,
      },
      payload: {
        ...plan,
        startTime: '12:00',
        endTime: '13:00',
        inviteeIds: [users.jobseeker1, users.therapistA],
      },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const latest = async (client: TestClient) =>
      (await list(client)).items.find((n) => n.subjectId === meetingId)?.kind;
    expect(await latest(jobseeker)).toBe('meeting_changed');
    expect(await latest(nav)).toBe('meeting_cancelled');
    expect(await latest(therapist)).toBe('meeting_invitation');
    expect(await latest(spec)).toBeUndefined();
  });

  it('remind the owner of a step due soon, once per due date', async () => {
    const goal = await ctx.db
      .insertInto('plan_goal')
      .values({ participant_id: participantId, text: 'Jobb i butikk' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const step = await ctx.db
      .insertInto('plan_step')
      .values({
        participant_id: participantId,
        goal_id: goal.id,
        text: 'Ringe butikken',
        owner_role: 'jobseeker',
        owner_user_id: null,
        due_date: '2026-11-23',
        done_on: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await ctx.db
      .insertInto('plan_step')
      .values({
        participant_id: participantId,
        goal_id: goal.id,
        text: 'Langt fram',
        owner_role: 'jobseeker',
        owner_user_id: null,
        due_date: '2027-01-30',
        done_on: null,
      })
      .execute();
    const first = await runDueReminders(ctx.db, { now: time.now, daysAhead: 2 });
    expect(first.notified).toBe(1);
    expect((await runDueReminders(ctx.db, { now: time.now, daysAhead: 2 })).notified).toBe(0);
    const reminders = (await list(jobseeker)).items.filter((n) => n.kind === 'step_due');
    expect(reminders.map((n) => n.subjectId)).toEqual([step.id]);
  });

  it('remind the parties who have not said what they need from a meeting soon: the jobseeker first, each once, not those who may no longer open it', async () => {
    const { users } = ctx.fixtures;
    const plan = (date: string) => ({
      date,
      startTime: '10:00',
      endTime: '11:00',
      place: 'NAV Tromsø',
      videoLink: null,
      purpose: SECRET,
      inviteeIds: [users.jobseeker1, users.navA, users.therapistA],
    });
    const soon = await spec.post(`/api/participants/${participantId}/meetings`, plan('2026-11-24'));
    expect(soon.statusCode, soon.body).toBe(201);
    const meetingId = soon.json().meeting.id as string;
    const farAhead = await spec.post(`/api/participants/${participantId}/meetings`, plan('2026-12-20'));
    expect(farAhead.statusCode).toBe(201);
    const rows = () =>
      ctx.db
        .selectFrom('notification')
        .select(['recipient_id', 'subject_id', 'participant_id', 'dedupe_key'])
        .where('kind', '=', 'meeting_expectations_due')
        .orderBy('created_at')
        .orderBy('recipient_id')
        .execute();

    // Nobody has answered: only the jobseeker, who answers first; a second run makes none.
    expect((await runExpectationReminders(ctx.db, { now: time.now, daysAhead: 2 })).notified).toBe(1);
    expect((await runExpectationReminders(ctx.db, { now: time.now, daysAhead: 2 })).notified).toBe(0);
    expect(await rows()).toEqual([
      {
        recipient_id: users.jobseeker1,
        subject_id: meetingId,
        participant_id: participantId,
        dedupe_key: `meeting_expectations_due:${meetingId}`,
      },
    ]);
    expect((await list(nav)).items.some((n) => n.kind === 'meeting_expectations_due')).toBe(false);
    const mine = (await list(jobseeker)).items.find((n) => n.kind === 'meeting_expectations_due');
    expect(mine).toMatchObject({ subjectId: meetingId, readAt: null });
    expect(JSON.stringify(await list(jobseeker))).not.toContain(SECRET);

    // The therapist may no longer open the meeting; the jobseeker answers.
    const withdrawn = await jobseeker.post(`/api/participants/${participantId}/consents`, {
      changes: [
        {
          recipient: { kind: 'user', userId: users.therapistA },
          category: 'meeting_minutes',
          decision: 'withdraw',
        },
      ],
      recordedVia: 'jobseeker',
    });
    expect(withdrawn.statusCode).toBeLessThan(300);
    time.now = new Date(time.now.getTime() + 60_000);
    const answered = await jobseeker.put(
      `/api/participants/${participantId}/meetings/${meetingId}/expectations/mine`,
      { need: 'Vite om timene', contribution: 'Fortelle hva jeg vil' },
    );
    expect(answered.statusCode, answered.body).toBe(200);

    // The same people the meeting page says it is waiting for: the organiser and the NAV counsellor.
    expect((answered.json().waitingFor as { id: string }[]).map((p) => p.id).sort()).toEqual(
      [users.specA1, users.navA].sort(),
    );

    // Now those who have not answered and can still open it (the organiser is a party too); not the therapist, not
    // again the jobseeker.
    expect((await runExpectationReminders(ctx.db, { now: time.now, daysAhead: 2 })).notified).toBe(2);
    expect((await runExpectationReminders(ctx.db, { now: time.now, daysAhead: 2 })).notified).toBe(0);
    const after = await rows();
    expect(after.every((r) => r.subject_id === meetingId)).toBe(true);
    expect(after.map((r) => r.recipient_id).sort()).toEqual(
      [users.jobseeker1, users.navA, users.specA1].sort(),
    );
    expect((await list(nav)).items[0]).toMatchObject({
      kind: 'meeting_expectations_due',
      subjectId: meetingId,
    });
    expect((await list(therapist)).items.some((n) => n.kind === 'meeting_expectations_due')).toBe(false);

    // Once the meeting has started, nobody is reminded any more.
    const started = new Date('2026-11-24T09:30:00.000Z');
    expect((await runExpectationReminders(ctx.db, { now: started, daysAhead: 2 })).notified).toBe(0);
  });

  it('let the organiser remind those who have not answered: the jobseeker first, once a day, not after cancelling', async () => {
    const { users } = ctx.fixtures;
    const planned = await spec.post(`/api/participants/${participantId}/meetings`, {
      date: '2026-12-05',
      startTime: '10:00',
      endTime: '11:00',
      place: 'NAV Tromsø',
      videoLink: null,
      purpose: 'Oppfølging',
      inviteeIds: [users.jobseeker1, users.navA],
    });
    expect(planned.statusCode, planned.body).toBe(201);
    const meetingId = planned.json().meeting.id as string;
    const url = `/api/participants/${participantId}/meetings/${meetingId}`;
    const reminded = () =>
      ctx.db
        .selectFrom('notification')
        .select(['recipient_id'])
        .where('kind', '=', 'meeting_expectations_due')
        .where('subject_id', '=', meetingId)
        .execute()
        .then((rows) => rows.map((r) => r.recipient_id).sort());

    // Only the organiser; never the jobseeker or another party.
    expect((await nav.post(`${url}/expectations/remind`)).statusCode).toBe(403);
    expect((await jobseeker.post(`${url}/expectations/remind`)).statusCode).toBe(403);
    expect(await reminded()).toEqual([]);

    const first = await spec.post(`${url}/expectations/remind`);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().meeting.id).toBe(meetingId);
    expect(await reminded()).toEqual([users.jobseeker1]);
    // Pressed again the same day: nothing more.
    expect((await spec.post(`${url}/expectations/remind`)).statusCode).toBe(200);
    expect(await reminded()).toEqual([users.jobseeker1]);

    time.now = new Date(time.now.getTime() + 60_000);
    const answered = await jobseeker.put(`${url}/expectations/mine`, { need: 'Timer', contribution: '' });
    expect(answered.statusCode, answered.body).toBe(200);
    expect((await spec.post(`${url}/expectations/remind`)).statusCode).toBe(200);
    expect(await reminded()).toEqual([users.jobseeker1, users.navA].sort());

    const current = await spec.get(url);
    const cancelled = await ctx.app.inject({
      method: 'POST',
      url: `${url}/cancel`,
      headers: {
        cookie: spec.cookie,
        'x-csrf-token': spec.csrfToken,
        'if-match': current.headers.etag as string,
      },
    });
    expect(cancelled.statusCode).toBe(200);
    expect((await spec.post(`${url}/expectations/remind`)).statusCode).toBe(409);
  });
});
