import { NOTIFICATION_KINDS } from '@ips-bridge/domain';
import { z } from 'zod';
import { uuid } from './common.ts';

// Issue 8 item 8: the caller's own notifications and their choice of being contacted by e-mail or SMS.

export const notificationsSchema = z
  .object({
    /** Newest first (at most 50). A notification says what kind of thing happened, never its content. */
    items: z.array(
      z.object({
        id: uuid,
        kind: z.enum(NOTIFICATION_KINDS),
        /** The participant it is about; null for none. */
        participantId: uuid.nullable(),
        /** The participant's name, for staff who may still see their contact details; null otherwise. */
        participantName: z.string().nullable(),
        /** The meeting, step or action it refers to; null for messages. */
        subjectId: uuid.nullable(),
        createdAt: z.iso.datetime(),
        readAt: z.iso.datetime().nullable(),
      }),
    ),
    unreadCount: z.number().int(),
  })
  .meta({ id: 'Notifications' });

/** The unread count alone, for the header: no participant is named, so nothing to audit. */
export const notificationCountSchema = z
  .object({ unreadCount: z.number().int() })
  .meta({ id: 'NotificationCount' });

export const markNotificationsReadBody = z
  .strictObject({
    /** These notifications, or every unread one with `all: true`. */
    ids: z.array(uuid).min(1).max(500).optional(),
    all: z.literal(true).optional(),
  })
  .refine((b) => (b.ids === undefined) !== (b.all === undefined), {
    message: 'Give either ids or all, not both',
    path: ['ids'],
  });

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .transform((v) => (v === '' ? null : v));

export const contactPreferencesBody = z.strictObject({
  email: optionalText(254),
  phone: optionalText(20),
  emailOptIn: z.boolean(),
  smsOptIn: z.boolean(),
  /** "Do not contact me digitally": no e-mail or SMS at all; notifications stay in the app. */
  noDigitalContact: z.boolean(),
});

export const contactPreferencesSchema = z
  .object({
    email: z.string().nullable(),
    phone: z.string().nullable(),
    emailOptIn: z.boolean(),
    smsOptIn: z.boolean(),
    noDigitalContact: z.boolean(),
    /** The channels notifications go out by now, from the choices above. */
    activeChannels: z.array(z.enum(['email', 'sms'])),
    version: z.number().int(),
    updatedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'ContactPreferences' });

export type Notifications = z.output<typeof notificationsSchema>;
export type NotificationCount = z.output<typeof notificationCountSchema>;
export type NotificationItem = Notifications['items'][number];
export type ContactPreferencesInput = z.input<typeof contactPreferencesBody>;
export type ContactPreferencesView = z.output<typeof contactPreferencesSchema>;
