import type { CatalogueShape } from '../../catalogue.ts';
import type { timeUseNb } from './nb.ts';

/** English: specialists' time use. */
export const timeUseEn: CatalogueShape<typeof timeUseNb> = {
  heading: 'Time use',
  intro:
    'IPS happens out where jobseekers and employers are. The target is that at least {{target}} % of your working hours are spent out in the community, not in the office.',
  why: 'Record your hours for each week. The page works out how much of the time was in the community, and says whether the target is met.',
  loading: 'Getting your weeks …',
  loadError: 'We could not get your time use.',
  weeksHeading: 'Week by week',
  saved: 'Week {{number}} is saved: {{percent}} % of the time in the community.',
  savedNoHours: 'Week {{number}} is saved with no hours.',
  summary: {
    heading_one: 'Last week',
    heading_other: 'Last {{count}} weeks',
    none: 'You have not recorded any hours in the last weeks.',
    share_one: '{{percent}} % of the hours were in the community ({{count}} week recorded).',
    share_other: '{{percent}} % of the hours were in the community ({{count}} weeks recorded).',
    meets: 'That meets the target of at least {{target}} %.',
    below: 'That is {{points}} percentage points below the target of {{target}} %.',
  },
  week: {
    label: 'Week {{number}} ({{from}}–{{to}})',
    thisWeek: 'This week',
    community: 'In the community',
    office: 'In the office',
    share: 'Share in the community',
    hours: '{{hours}} hours',
    percent: '{{percent}} %',
    noHours: 'No hours',
    meets: 'Meets the target of {{target}} %.',
    below: 'Below the target of {{target}} %.',
    notRecorded: 'Not recorded.',
    record: 'Record hours',
    change: 'Change the hours',
    forWeek: 'for week {{number}}',
  },
  form: {
    heading: 'Hours in the community and in the office',
    community: 'Hours in the community',
    communityDescription: 'With jobseekers, at employers, out and about.',
    office: 'Hours in the office',
    officeDescription: 'Meetings, writing and other work in the office.',
    previewEmpty: 'Enter the hours to see the share in the community.',
    previewMeets: 'That is {{percent}} % in the community. It meets the target of {{target}} %.',
    previewBelow: 'That is {{percent}} % in the community. It is below the target of {{target}} %.',
    submit: 'Save the week',
  },
  stale: {
    heading: 'The week has changed',
    text: 'The hours for this week were saved elsewhere after you opened the page. Get the latest version, and save again.',
  },
  errors: {
    required: 'Enter the number of hours. Enter 0 if there were none.',
    notANumber: 'Enter the hours as a number, for example 7.5.',
    range: 'Enter a number from 0 to {{max}}.',
    tooManyHours: 'The hours in the community and in the office cannot add up to more than {{max}}.',
    notAMonday: 'The week must start on a Monday. Reload the page.',
    weekInFuture: 'The week has not begun yet.',
  },
};
