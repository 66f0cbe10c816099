import type { CatalogueShape } from '../../catalogue.ts';
import type { therapistNotesNb } from './nb.ts';

/** English: the therapist's notes on the participant page. */
export const therapistNotesEn: CatalogueShape<typeof therapistNotesNb> = {
  heading: 'Notes from the therapist',
  contentsLabel: 'Notes from the therapist',
  intro:
    'The therapist writes what is useful for the work. Each note is shown only to those the jobseeker has agreed to share it with.',
  loading: 'Loading the notes …',
  loadError: 'We could not load the notes.',
  empty: 'No notes you can see yet.',
  by: '{{name}}, {{when}}',
  sharedWith: 'Shared with: {{names}}',
  sharedWithNobody: 'Shared with: nobody in the team yet (the jobseeker always sees their own information)',
  categories: {
    work_functioning: 'What helps and hinders at work',
    warning_signs: 'Early warning signs and coping',
    diagnosis_treatment: 'Diagnosis and treatment',
  },
  form: {
    open: 'Write a note',
    heading: 'New note',
    category: 'What is the note about?',
    text: 'Note',
    textDescription: 'Write what is useful for the job. The note cannot be changed afterwards.',
    willBeShared: 'Will be shared with: {{names}}',
    willBeSharedWithNobody: 'Will not be shared with anyone in the team. The jobseeker can share it later.',
    submit: 'Save the note',
    cancel: 'Cancel',
    saved: 'The note is saved.',
    textRequired: 'Write the note.',
    textTooLong: 'The note can be at most 4000 characters.',
  },
};
