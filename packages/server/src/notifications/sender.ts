import type { ExternalChannel, NotificationKind } from '@ips-bridge/domain';

/** One notification going out of the app: to one address, by one channel, with a content-free text. */
export interface OutgoingNotification {
  channel: ExternalChannel;
  /** The e-mail address or phone number. Never logged. */
  to: string;
  kind: NotificationKind;
  recipientUserId: string;
  /** The text to send, in the recipient's language: what kind of thing happened, never its content. */
  text: string;
  /** The same for every attempt of this delivery: a provider that supports it can drop a repeated send. */
  deliveryId: string;
}

/**
 * Where e-mail and SMS notifications go (docs/notifications.md). An installation plugs in its e-mail or SMS
 * provider by implementing this; `send` resolves when the provider has accepted the notification and rejects
 * otherwise (the worker tries again later).
 */
export interface NotificationSender {
  readonly name: string;
  send(notification: OutgoingNotification): Promise<void>;
}

interface InfoLogger {
  info(obj: object, msg: string): void;
}

/**
 * The default sender, used in the demo: it sends nothing and logs only that a notification of kind X went to user
 * id Y by channel Z — never the address, the phone number or the text.
 */
export function loggingSender(log: InfoLogger): NotificationSender {
  return {
    name: 'log',
    send: async (n) => {
      log.info(
        { notificationKind: n.kind, userId: n.recipientUserId, channel: n.channel },
        'notification sent (logging sender)',
      );
    },
  };
}

/** The sender NOTIFICATION_SENDER names. An installation adds its provider here (docs/notifications.md). */
export function createNotificationSender(name: 'log', log: InfoLogger): NotificationSender {
  switch (name) {
    case 'log':
      return loggingSender(log);
  }
}
