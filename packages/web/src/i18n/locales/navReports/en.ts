import type { CatalogueShape } from '../../catalogue.ts';
import type { navReportsNb } from './nb.ts';

/** English: reports to NAV. */
export const navReportsEn: CatalogueShape<typeof navReportsNb> = {
  heading: 'Reports to NAV',
  intro:
    'Interval and end reports to NAV are made from what is recorded in the journey. {{name}} reads the report and can comment on it before it is sent.',
  loading: 'Getting the reports …',
  loadError: 'We could not get the reports to NAV.',
  empty: 'No reports yet. Draft one for a period, and the facts are filled in from the journey.',
  emptyReadOnly: 'No reports yet.',
  new: 'New report',
  title: '{{kind}} {{from}}–{{to}}',
  kinds: {
    interval: 'Interval report',
    end: 'End report',
  },
  kindDescriptions: {
    interval: 'How things are going, for a period.',
    end: 'When the IPS journey ends.',
  },
  created:
    'The draft for {{from}}–{{to}} is ready. Check the facts, write the summary and share the report with {{name}}.',
  status: {
    sent: 'Sent to NAV {{when}}',
    staff: {
      draft: 'Draft',
      with_jobseeker: 'With {{name}} to read',
      ready: 'Read by {{name}}, ready to send',
      sent: 'Sent to NAV',
    },
    jobseeker: {
      draft: 'Draft',
      with_jobseeker: 'Please read',
      ready: 'You have read it',
      sent: 'Sent to NAV',
    },
  },
  next: {
    draft: 'Write the summary and the next steps, then share the report with {{name}}.',
    withJobseeker: '{{name}} is reading the report. You can send it once {{name}} has read it.',
    ready: '{{name}} has read the report. You can send it to NAV now.',
    sent: 'The report is sent and cannot be changed.',
  },
  archiveReference: 'Archive reference: {{reference}} (sent {{when}})',
  show: 'Show the report',
  hide: 'Hide the report',
  print: 'Print',
  printAbout: 'Report to NAV about {{name}}',
  edit: 'Edit the text',
  share: 'Share with {{name}}',
  send: 'Send to NAV',
  sendConfirm: {
    heading: 'Send the report to NAV?',
    text: 'The report is archived and sent to NAV. It cannot be changed afterwards.',
    submit: 'Send the report',
  },
  done: {
    shared: 'The report is shared with {{name}}, who can read it on My page.',
    sent: 'The report is sent to NAV. Archive reference: {{reference}}.',
    textsSaved: 'The text is saved.',
    textsSavedShared: 'The text is saved. {{name}} is asked to read the report again.',
  },
  create: {
    heading: 'New report to NAV',
    kind: 'Kind of report',
    from: 'From',
    to: 'To (inclusive)',
    periodHelp:
      'A report covers at most a year and ends today at the latest. The facts are filled in from the journey.',
    submit: 'Draft the report',
    errors: {
      kind: 'Choose the kind of report.',
      fromRequired: 'Enter the date the period starts.',
      toRequired: 'Enter the date the period ends.',
      periodReversed: 'The period cannot end before it starts.',
      toInFuture: 'The period cannot end in the future.',
      periodTooLong: 'A report can cover at most a year.',
    },
  },
  texts: {
    heading: 'Edit the text of the report',
    sharedWarning: '{{name}} already has the report. When you save, {{name}} is asked to read it again.',
    summary: 'Summary',
    summaryDescription:
      'How has the period gone? Keep it short and concrete. Do not write more about health than NAV needs.',
    nextSteps: 'Next steps',
    nextStepsDescription: "What happens next? The plan's open steps are already in the report.",
    submit: 'Save the text',
  },
  document: {
    summary: 'Summary',
    phase: 'Phase in the period',
    goals: 'Goals',
    stepsDone: 'Steps done',
    employerContacts: 'Contact with employers',
    jobs: 'Work',
    support: 'Support at work',
    nextSteps: 'Next steps',
    comment: 'Comment from {{name}}',
    yourComment: 'Your comment',
    notWritten: 'Not written yet.',
    noComment: 'No comment.',
    read: '{{name}} read the report {{when}}.',
    youRead: 'You read the report {{when}}.',
  },
  facts: {
    none: 'None.',
    noneInPeriod: 'None in the period.',
    notRecorded: 'not recorded',
    phaseStartEnd: 'At the start: {{start}}. At the end: {{end}}.',
    phaseChange: '{{date}}: {{phase}}',
    goal: '{{text}} ({{status}})',
    dated: '{{date}}: {{text}}',
    contacts_one: '{{count}} contact, {{faceToFace}} face to face.',
    contacts_other: '{{count}} contacts, {{faceToFace}} face to face.',
    employers: 'Employers: {{names}}.',
    jobStarted: 'Started {{date}}: {{title}} at {{employer}}, {{hours}} hours a week',
    jobEnded: 'Ended {{date}}: {{title}} at {{employer}}',
    withReason: '{{text}} ({{reason}})',
    jobOngoing: 'Working now: {{title}} at {{employer}}, {{hours}} hours a week',
    noJobs: 'No work in the period.',
    openSteps: 'Open steps in the plan:',
    stepDue: '{{text}} (by {{date}})',
  },
  stale: {
    heading: 'The report has changed',
    text: 'The report has been changed, shared, commented on or sent since you opened the page. Get the latest version and try again.',
    jobseekerHeading: 'The report has changed',
    jobseekerText:
      'Your employment specialist changed the report while you were reading. Get the new version and read it again.',
  },
  mine: {
    heading: 'Reports to NAV about you',
    intro:
      'Your employment specialist writes reports to NAV about how things are going. You can read them and write a comment before they are sent.',
    loading: 'Getting the reports …',
    loadError: 'We could not get your reports.',
    empty: 'You have no reports to read yet.',
    read: 'Read the report',
    hide: 'Hide the report',
    next: {
      draft: 'Your employment specialist is still writing the report.',
      with_jobseeker:
        'Read the report. Write a comment if something is wrong or missing. Then press "I have read the report".',
      ready:
        'You have read the report. Your employment specialist will send it to NAV. You can change your comment until then.',
      sent: 'The report is sent to NAV.',
    },
  },
  response: {
    heading: 'Have you read the report?',
    changeHeading: 'Your comment',
    comment: 'Comment to NAV (optional)',
    commentDescription:
      'Is something wrong or missing? Write it here. Your comment goes to NAV with the report.',
    submit: 'I have read the report',
    saveComment: 'Save the comment',
    saved: 'Thank you! Your employment specialist can now send the report to NAV.',
  },
};
