import type { notificationsNb } from './nb.ts';

/** English: notifications and contact preferences, the `notifications` section of the catalogue. */
export const notificationsEn: typeof notificationsNb = {
  heading: 'Notifications',
  intro:
    'Here you see when something new has happened. A notification does not say what it is about. You see that when you open it.',
  loading: 'Fetching the notifications …',
  loadError: 'We could not fetch the notifications.',
  empty: 'You have no notifications.',
  unreadCount_one: '{{count}} unread',
  unreadCount_other: '{{count}} unread',
  unread: 'Unread',
  markAllRead: 'Mark all as read',
  open: 'Open',
  about: 'About {{name}}',
  kind: {
    message: 'You have a new message.',
    meeting_invitation: 'You are invited to a meeting.',
    meeting_changed: 'A meeting has changed.',
    meeting_cancelled: 'A meeting has been cancelled.',
    step_due: 'A step in the plan is due soon.',
    action_due: 'An action from a meeting is due soon.',
    meeting_expectations_due: 'A meeting is coming up: say what you need from it.',
  },
  contact: {
    heading: 'How you want to hear from us',
    intro:
      'You always get notifications here in the app. You can also get a short note by e-mail or SMS. The note only says that something is new. It never says what it is about.',
    loading: 'Fetching your choices …',
    loadError: 'We could not fetch your choices.',
    channels: 'Get a note',
    email: 'By e-mail',
    emailAddress: 'E-mail address',
    sms: 'By SMS',
    phone: 'Mobile number',
    noDigital: 'Do not contact me digitally',
    noDigitalHelp: 'Then you get no e-mail or SMS from us. You still see notifications when you log in.',
    save: 'Save my choices',
    saved: 'Your choices are saved.',
    activeNone: 'Now you only get notifications in the app.',
    activeEmail: 'Now you also get a note by e-mail.',
    activeSms: 'Now you also get a note by SMS.',
    activeBoth: 'Now you also get a note by e-mail and SMS.',
    entryLink: 'Notifications and how we contact you',
  },
};
