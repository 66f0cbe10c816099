import { describe, expect, it } from 'vitest';
import { createNotificationSender, loggingSender } from './sender.ts';

describe('the logging sender', () => {
  it('logs that a notification of a kind went to a user id by a channel, and nothing else', async () => {
    const logged: { obj: object; msg: string }[] = [];
    const sender = loggingSender({ info: (obj, msg) => logged.push({ obj, msg }) });
    await sender.send({
      channel: 'email',
      to: 'kari.nordmann@example.no',
      kind: 'message',
      recipientUserId: 'u-1',
      text: 'Du har en ny melding i IPS Bridge.',
      deliveryId: 'd-1',
    });
    expect(logged).toHaveLength(1);
    expect(logged[0]?.obj).toEqual({ notificationKind: 'message', userId: 'u-1', channel: 'email' });
    const everything = JSON.stringify(logged);
    expect(everything).not.toContain('kari');
    expect(everything).not.toContain('melding i IPS');
  });

  it('is what the configuration chooses by default', () => {
    expect(createNotificationSender('log', { info: () => {} }).name).toBe('log');
  });
});
