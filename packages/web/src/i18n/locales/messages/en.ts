/** English: secure messages in a participant's journey, the `messages` section of the catalogue. */
export const messagesEn = {
  heading: 'Messages',
  contentsLabel: 'Messages',
  intro:
    'Secure messages between the jobseeker and the people in the team the jobseeker shares contact details and plan with. Messages are never sent by e-mail.',
  introSelf:
    'Write to the people who help you. Only those you share contact details and plan with can read the messages. Messages are never sent by e-mail.',
  parties: 'In the conversation: {{names}}',
  partiesNobody: 'Nobody else is in the conversation now.',
  unreadBadge_one: '{{count}} new',
  unreadBadge_other: '{{count}} new',
  loading: 'Fetching the messages …',
  loadError: 'We could not fetch the messages.',
  empty: 'No messages yet.',
  sentByMe: 'You, {{when}}',
  sentBy: '{{name}} ({{role}}), {{when}}',
  newMessage: 'New',
  readBy: 'Read by {{name}} {{when}}',
  notReadYet: 'Not read yet',
  form: {
    label: 'New message',
    description:
      'A message cannot be changed or deleted once it is sent. Write a new message if something needs correcting.',
    submit: 'Send the message',
    sent: 'The message has been sent.',
    textRequired: 'Write a message.',
    textTooLong: 'A message can be at most 4000 characters.',
  },
  notForRole: 'Messages are between the jobseeker and the care team.',
};
