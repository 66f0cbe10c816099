import type { CatalogueShape } from '../../catalogue.ts';
import type { workforceNb } from './nb.ts';

/** English: the supervisors' workforce view and supervision notes. */
export const workforceEn: CatalogueShape<typeof workforceNb> = {
  heading: 'Team workforce',
  intro:
    'How the employment specialists on your team are coping with their workload: active participants, overdue follow-along contacts, meetings and time in the community. Figures only, no participants.',
  period: {
    legend: 'Period',
    from: 'From',
    to: 'To',
    show: 'Show the period',
    endBeforeStart: 'The end date cannot be before the start date.',
    required: 'Choose a date.',
  },
  loading: 'Fetching the figures …',
  loadError: 'We could not fetch the figures.',
  empty: 'No employment specialists on the team.',
  thresholds:
    'Flags: more than {{caseload}} active participants; {{overdue}} or more overdue follow-along contacts; less than {{community}} % of the recorded time in the community.',
  table: {
    heading: 'The specialists now and in the period',
    specialist: 'Employment specialist',
    activeNow: 'Active now',
    overdue: 'Overdue follow-along',
    meetings: 'Meetings per week',
    community: 'Community time',
    flags: 'Flags',
  },
  meetingsDetail: '{{treatmentTeam}} treatment team, {{nav}} NAV, {{collaboration}} collaboration meetings',
  communityDetail_one: '{{count}} week recorded',
  communityDetail_other: '{{count}} weeks recorded',
  percent: '{{value}} %',
  noTime: 'Not recorded',
  flags: {
    over_caseload: 'More than {{limit}} active participants',
    falling_behind: 'Falling behind with follow-along',
    low_community_time: 'Less than {{limit}} % of the time in the community',
  },
  noFlags: 'No flags',
  caseload: {
    heading: 'Active participants per month',
    intro: 'Active participants at the end of each month (the last month: at the end of the period).',
  },
  notes: {
    heading: 'Supervision notes',
    headingFor: 'Supervision notes about {{name}}',
    mine: 'Supervision notes about you',
    mineIntro: 'The notes your supervisor has written from supervision with you.',
    open: 'Notes about {{name}}',
    choose: 'Choose a specialist in the table to see and write supervision notes.',
    loading: 'Fetching the notes …',
    loadError: 'We could not fetch the notes.',
    empty: 'No notes yet.',
    date: 'Date',
    text: 'Note',
    warning:
      "Do not write names or other details of participants here. The note is about the specialist's work, and the specialist can read it.",
    submit: 'Save the note',
    saved: 'The note is saved.',
    edit: 'Change the note of {{date}}',
    save: 'Save the change',
    cancel: 'Cancel',
    by: 'Written by {{name}}',
    errors: {
      dateRequired: 'Choose the date.',
      dateInFuture: 'The date cannot be in the future.',
      textRequired: 'Write the note.',
      changed: 'Someone else has changed the note. Reload and try again.',
    },
  },
};
