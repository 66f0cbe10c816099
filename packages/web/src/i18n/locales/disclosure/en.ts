import type { CatalogueShape } from '../../catalogue.ts';
import type { disclosureNb } from './nb.ts';

/** English: the disclosure plan. */
export const disclosureEn: CatalogueShape<typeof disclosureNb> = {
  contentsLabel: 'Disclosure plan',
  heading: 'Disclosure plan: what should employers know?',
  intro:
    '{{name}} decides what an employer gets to know. The plan is made together with {{name}}, and covers health and other personal matters.',
  loading: 'Getting the disclosure plan …',
  loadError: 'We could not get the disclosure plan.',
  emptyHeading: 'No plan yet',
  emptyText:
    'Talk with {{name}} about what an employer should know, and what not. Write down what you agree on.',
  emptyReadOnly: 'No disclosure plan has been made yet.',
  write: 'Write the plan',
  edit: 'Edit the plan',
  saved: 'The disclosure plan is saved.',
  notAnswered: 'Not answered.',
  questions: {
    mayKnow: 'What do you want an employer to know?',
    mustNotKnow: 'What should an employer not know?',
    pros: 'Good things about telling',
    cons: 'Risks of telling',
  },
  hints: {
    mayKnow: "In the person's own words. For example about adjustments that help.",
    mustNotKnow: 'For example a diagnosis, treatment or earlier sick leave.',
    pros: 'For example that it becomes easier to ask for adjustments.',
    cons: 'For example being met with prejudice.',
  },
  discussedOn: 'Talked about on',
  discussedOnDescription: 'The day you talked about the plan together.',
  discussedOnValue: 'Talked about on {{date}}.',
  changedBy: 'Last changed {{when}} by {{name}}.',
  changed: 'Last changed {{when}}.',
  form: {
    newHeading: 'Write the disclosure plan',
    editHeading: 'Edit the disclosure plan',
    submit: 'Save the plan',
  },
  stale: {
    heading: 'The plan has changed',
    text: 'Someone else saved the disclosure plan after you opened it. What you wrote is not saved yet. Get the latest version, and save again.',
  },
  errors: {
    discussedOnRequired: 'Enter the date you talked about the plan.',
  },
};
