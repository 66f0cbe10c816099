import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/problem.ts';
import {
  type EmployerContactFormValues,
  emptyEmployerContactForm,
  mapEmployerContactServerErrors,
  toEmployerContactInput,
  validateEmployerContactForm,
} from './employerContactForm.ts';

const t = ((key: string, options?: Record<string, unknown>) =>
  options ? `${key} ${JSON.stringify(options)}` : key) as unknown as TFunction;

const today = '2026-03-20';
const ANNA = '00000000-0000-4000-8000-00000000000a';
const BO = '00000000-0000-4000-8000-00000000000b';

function form(values: Partial<EmployerContactFormValues>): EmployerContactFormValues {
  return { ...emptyEmployerContactForm(today), faceToFace: 'yes', purpose: 'job_development', ...values };
}

describe('the log-contact form', () => {
  it('starts with today and no answers', () => {
    expect(emptyEmployerContactForm(today)).toEqual({
      date: today,
      faceToFace: '',
      purpose: '',
      outcome: '',
      participantIds: [],
    });
  });

  it('asks whether it was face to face and for what purpose', () => {
    expect(validateEmployerContactForm(t, emptyEmployerContactForm(today), today)).toEqual({
      faceToFace: 'jobDevelopment.contactForm.faceToFaceRequired',
      purpose: 'jobDevelopment.contactForm.purposeRequired',
    });
    expect(validateEmployerContactForm(t, form({}), today)).toEqual({});
  });

  it('needs a real date that is not in the future', () => {
    expect(validateEmployerContactForm(t, form({ date: '' }), today).date).toBe(
      'jobDevelopment.contactForm.dateRequired',
    );
    expect(validateEmployerContactForm(t, form({ date: '2026-02-30' }), today).date).toBe('fieldErrors.date');
    expect(validateEmployerContactForm(t, form({ date: '2026-03-21' }), today).date).toBe(
      'fieldErrors.dateInFuture',
    );
  });

  it('sends yes as true, trims the outcome and sends each participant once', () => {
    expect(
      toEmployerContactInput(
        form({ faceToFace: 'no', outcome: ' Ledig stilling ', participantIds: [ANNA, ANNA] }),
      ),
    ).toEqual({
      date: today,
      faceToFace: false,
      purpose: 'job_development',
      outcome: 'Ledig stilling',
      participantIds: [ANNA],
    });
  });

  it('names a participant the server refuses', () => {
    const sent = toEmployerContactInput(form({ participantIds: [ANNA, BO] }));
    const error = new ApiError({
      title: 'Invalid',
      status: 400,
      code: 'validation_failed',
      errors: [
        { path: 'participantIds.1', code: 'unknown_participant', message: 'Not one of your participants' },
        { path: 'date', code: 'date_in_future', message: 'The date cannot be in the future' },
      ],
    });
    const names = new Map([[BO, 'Bo Berg']]);
    expect(mapEmployerContactServerErrors(t, error, sent, (id) => names.get(id))).toEqual({
      fields: {
        participantIds: 'jobDevelopment.contactForm.unknownParticipant {"name":"Bo Berg"}',
        date: 'fieldErrors.dateInFuture',
      },
      other: [],
    });
    expect(mapEmployerContactServerErrors(t, error, sent, () => undefined).fields.participantIds).toBe(
      'jobDevelopment.contactForm.unknownParticipantUnnamed',
    );
  });
});
