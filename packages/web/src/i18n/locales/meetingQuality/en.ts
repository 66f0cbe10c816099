import type { meetingQualityNb } from './nb.ts';

/** English: meeting quality over time (team page and participant page), the `meetingQuality` section. */
export const meetingQualityEn: typeof meetingQualityNb = {
  heading: 'Meeting quality',
  teamIntro:
    'Whether the team’s collaboration meetings work: whether everyone said what they needed before the meeting, whether the money questions were settled, whether the actions were done, and whether the parties got what they needed. Figures based on fewer than {{minimum}} meetings or answers are not shown.',
  participantHeading: 'Meeting quality',
  participantIntro: 'How this participant’s meetings went in the period.',
  period: {
    legend: 'Period',
    from: 'From',
    to: 'To',
    show: 'Show',
    shown: 'Showing {{from}}–{{to}}.',
    errors: {
      fromRequired: 'Choose the day the period starts.',
      toRequired: 'Choose the day the period ends.',
      endBeforeStart: 'The end date cannot be before the start date.',
    },
  },
  loading: 'Fetching the meeting quality …',
  loadError: 'We could not fetch the meeting quality.',
  empty: 'No meetings held and no questions asked to NAV in the period.',
  meetingsHeld_one: '{{count}} meeting held in the period.',
  meetingsHeld_other: '{{count}} meetings held in the period.',
  table: {
    caption: 'Meeting quality in the period',
    measure: 'What we measure',
    result: 'Result',
    details: 'Based on',
  },
  rows: {
    expectations: 'Every party said what they needed before the meeting',
    financial: 'The money item was settled',
    actions: 'Actions done by their deadline',
    navWait: 'Questions to NAV: days to an answer',
    gotWhatNeeded: 'Got what they needed (all answers)',
    gotWhatNeededRole: 'Got what they needed: {{role}}',
  },
  roles: {
    jobseeker: 'the jobseeker',
    employment_specialist: 'the employment specialist',
    nav_counsellor: 'the NAV counsellor',
    therapist: 'the therapist',
  },
  share: '{{percent}} %',
  ofMeetings: '{{count}} of {{of}} meetings',
  ofActions: '{{count}} of {{of}} actions past their deadline',
  actionsDetail: '{{overdue}} overdue and not done, {{late}} done late, {{notYetDue}} due later',
  navWaitResult: 'Median {{median}} days, longest {{longest}} days',
  navWaitNoneAnswered: 'None answered yet',
  navWaitDetail: '{{answered}} of {{asked}} answered, {{within}} within two days (NAV guidance: 48 hours)',
  navWaitOpen: '{{open}} still waiting, the longest {{days}} days so far',
  answersResult: 'Yes {{yes}} %, partly {{partly}} %, no {{no}} %',
  answersDetail: '{{answers}} answers: yes {{yesCount}}, partly {{partlyCount}}, no {{noCount}}',
  tooFew: 'Too few to show (under {{minimum}})',
  none: 'No data in the period',
  notShared: 'Not shared with you',
  therapistNote:
    'Waiting for therapists’ answers is not measured: messages have no addressee, so a question to the therapist cannot be told apart from the rest of the conversation.',
};
