import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { emptyDraft, validateMeeting } from './meetingForm.ts';

const t = ((key: string) => key) as unknown as TFunction;
const TODAY = '2026-11-22';

describe('the team-meeting form', () => {
  it('builds the body of a treatment-team meeting', () => {
    const draft = {
      ...emptyDraft(TODAY),
      counterpart: ' DPS Nord ',
      attended: 'no' as const,
      participantsDiscussed: '3',
    };
    expect(validateMeeting(draft, TODAY, t)).toEqual({
      errors: {},
      body: {
        kind: 'treatment_team',
        date: TODAY,
        counterpart: 'DPS Nord',
        attended: false,
        participantsDiscussed: 3,
        note: '',
      },
    });
  });

  it('sends a NAV meeting as held, without a count', () => {
    const draft = {
      ...emptyDraft(TODAY),
      kind: 'nav' as const,
      counterpart: 'NAV Tromsø',
      participantsDiscussed: '4',
    };
    expect(validateMeeting(draft, TODAY, t).body).toMatchObject({
      attended: true,
      participantsDiscussed: null,
    });
  });

  it.each([
    { change: { date: '' }, field: 'date', key: 'teamwork.form.errors.dateRequired' },
    { change: { date: '2026-11-23' }, field: 'date', key: 'teamwork.form.errors.dateInFuture' },
    { change: { counterpart: '  ' }, field: 'counterpart', key: 'teamwork.form.errors.counterpartRequired' },
    {
      change: { participantsDiscussed: '2.5' },
      field: 'participantsDiscussed',
      key: 'teamwork.form.errors.discussedInvalid',
    },
    {
      change: { participantsDiscussed: '-1' },
      field: 'participantsDiscussed',
      key: 'teamwork.form.errors.discussedInvalid',
    },
  ])('ties $key to $field', ({ change, field, key }) => {
    const result = validateMeeting({ ...emptyDraft(TODAY), counterpart: 'DPS', ...change }, TODAY, t);
    expect(result.body).toBeNull();
    expect(result.errors).toEqual({ [field]: key });
  });
});
