import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestContext,
  type TestClient,
  type TestContext,
  testNationalId,
} from '../testing/test-context.ts';

// Secure messages in a participant's journey (issue 5 item 8): the parties are the jobseeker and the care-team
// members the jobseeker's consent for contact and plan reaches; a block or a withdrawal ends access at once, and
// what a person wrote stays under their name; read status per reader.

let ctx: TestContext;
let spec: TestClient;
let nav: TestClient;
let therapist: TestClient;
let jobseeker: TestClient;
let supervisor: TestClient;
let participantId: string;
let base: string;
let clock = new Date('2026-11-22T10:00:00.000Z');

interface MessagesBody {
  items: {
    id: string;
    author: { userId: string; displayName: string };
    text: string;
    mine: boolean;
    readBy: { userId: string; readAt: string }[];
    readByMe: boolean;
  }[];
  unreadCount: number;
  parties: { userId: string; role: string }[];
}

beforeAll(async () => {
  ctx = await createTestContext({ now: () => clock });
  spec = await ctx.login('specA1');
  const created = await spec.post('/api/participants', {
    givenName: 'Mona',
    familyName: 'Melding',
    nationalId: testNationalId(91),
    referralSource: 'self',
    referralDate: '2026-10-01',
  });
  participantId = created.json().id;
  base = `/api/participants/${participantId}/messages`;
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
});
afterAll(() => ctx.close());

describe('messages in a participant journey', () => {
  it('starts empty, with the jobseeker and the care team as parties', async () => {
    const response = await spec.get(base);
    expect(response.statusCode).toBe(200);
    const body = response.json() as MessagesBody;
    expect(body.items).toEqual([]);
    const { users } = ctx.fixtures;
    expect(body.parties.map((p) => p.userId).sort()).toEqual(
      [users.jobseeker1, users.specA1, users.navA, users.therapistA].sort(),
    );
  });

  it('lets the specialist write; others see it unread until they mark it read, then the author sees who and when', async () => {
    const sent = await spec.post(base, { text: 'Hei! Møte med bakeriet på torsdag kl 10.' });
    expect(sent.statusCode).toBe(201);
    const message = (sent.json() as MessagesBody).items[0];
    expect(message).toMatchObject({ mine: true, readByMe: true, readBy: [] });

    const seenByNav = (await nav.get(base)).json() as MessagesBody;
    expect(seenByNav.unreadCount).toBe(1);
    expect(seenByNav.items[0]).toMatchObject({ mine: false, readByMe: false, text: message?.text });

    clock = new Date('2026-11-22T10:05:00.000Z');
    const marked = await nav.post(`${base}/read`, { messageIds: [message?.id] });
    expect(marked.statusCode).toBe(200);
    expect((marked.json() as MessagesBody).unreadCount).toBe(0);

    // Marking again keeps the first reading.
    clock = new Date('2026-11-22T10:10:00.000Z');
    await nav.post(`${base}/read`, { messageIds: [message?.id] });

    const authorView = (await spec.get(base)).json() as MessagesBody;
    expect(authorView.items[0]?.readBy).toEqual([
      expect.objectContaining({ userId: ctx.fixtures.users.navA, readAt: '2026-11-22T10:05:00.000Z' }),
    ]);
    expect(authorView.unreadCount).toBe(0);
    // The therapist has not read it yet.
    expect(((await therapist.get(base)).json() as MessagesBody).unreadCount).toBe(1);
  });

  it('does not mark the reader’s own message as read by themselves', async () => {
    const own = (await spec.get(base)).json() as MessagesBody;
    const response = await spec.post(`${base}/read`, { messageIds: [own.items[0]?.id] });
    expect((response.json() as MessagesBody).items[0]?.readBy.map((r) => r.userId)).not.toContain(
      ctx.fixtures.users.specA1,
    );
  });

  it('lets the jobseeker read and write in their own conversation', async () => {
    const mine = (await jobseeker.get(base)).json() as MessagesBody;
    expect(mine.unreadCount).toBe(1);
    const sent = await jobseeker.post(base, { text: 'Takk, jeg kommer.' });
    expect(sent.statusCode).toBe(201);
    expect((sent.json() as MessagesBody).items.at(-1)).toMatchObject({
      mine: true,
      text: 'Takk, jeg kommer.',
    });
  });

  it('refuses empty messages, supervisors, administrators, other jobseekers and people outside the care team', async () => {
    expect((await spec.post(base, { text: '   ' })).statusCode).toBe(400);
    expect((await supervisor.get(base)).statusCode).toBe(403);
    expect((await (await ctx.login('admin')).get(base)).statusCode).toBe(403);
    expect((await (await ctx.login('jobseeker2')).get(base)).statusCode).toBe(404);
    expect((await (await ctx.login('specA2')).get(base)).statusCode).toBe(404);
  });

  it('ends the NAV counsellor’s access at once when the jobseeker withdraws contact and plan; earlier messages stay theirs', async () => {
    const navMessage = await nav.post(base, { text: 'Jeg har sendt søknaden om lønnstilskudd.' });
    expect(navMessage.statusCode).toBe(201);
    const withdrawn = await jobseeker.post(`/api/participants/${participantId}/consents`, {
      changes: [
        {
          recipient: { kind: 'user', userId: ctx.fixtures.users.navA },
          category: 'contact_and_plan',
          decision: 'withdraw',
        },
      ],
      recordedVia: 'jobseeker',
    });
    expect(withdrawn.statusCode).toBeLessThan(300);
    expect((await nav.get(base)).statusCode).toBe(404);
    expect((await nav.post(base, { text: 'Er du der?' })).statusCode).toBe(404);
    const view = (await spec.get(base)).json() as MessagesBody;
    expect(view.parties.map((p) => p.userId)).not.toContain(ctx.fixtures.users.navA);
    expect(view.items.find((m) => m.text.startsWith('Jeg har sendt'))?.author.userId).toBe(
      ctx.fixtures.users.navA,
    );
    const denied = await ctx.db
      .selectFrom('audit_log')
      .select(['reason'])
      .where('actor_user_id', '=', ctx.fixtures.users.navA)
      .where('action', '=', 'message.read')
      .where('outcome', '=', 'denied')
      .execute();
    expect(denied.map((d) => d.reason)).toContain('consent-withdrawn');
  });

  it('shuts a blocked person out at once', async () => {
    expect((await therapist.get(base)).statusCode).toBe(200);
    const blocked = await jobseeker.post(`/api/participants/${participantId}/blocks`, {
      userId: ctx.fixtures.users.therapistA,
      reason: '',
    });
    expect(blocked.statusCode).toBeLessThan(300);
    expect((await therapist.get(base)).statusCode).toBe(404);
    expect((await therapist.post(`${base}/read`, { messageIds: [crypto.randomUUID()] })).statusCode).toBe(
      404,
    );
    const view = (await jobseeker.get(base)).json() as MessagesBody;
    expect(view.parties.map((p) => p.userId)).not.toContain(ctx.fixtures.users.therapistA);
  });

  it('audits every read and write', async () => {
    const rows = await ctx.db
      .selectFrom('audit_log')
      .select(['action'])
      .where('participant_id', '=', participantId)
      .where('outcome', '=', 'allowed')
      .where('action', 'in', ['message.read', 'message.create', 'message.mark_read'])
      .execute();
    const actions = new Set(rows.map((r) => r.action));
    expect(actions).toEqual(new Set(['message.read', 'message.create', 'message.mark_read']));
  });
});
